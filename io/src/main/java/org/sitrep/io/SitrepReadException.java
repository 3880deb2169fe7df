package org.sitrep.io;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.Id;

/**
 * Sitrep JSON that cannot be read: it names what is wrong ({@link #code()}), where ({@link
 * #line()}, {@link #column()}, {@link #pointer()}) and in which record ({@link #recordId()}), and
 * keeps the underlying cause.
 *
 * <p>The message is one line a user can act on, e.g. {@code line 12, column 19
 * (/records/3/perpetrators/1/actor, record incident:x): malformed id 'actr:bla': unknown kind
 * 'actr' ...}. The codes are stable and listed in {@code docs/wire-format.md}:
 *
 * <pre>{@code
 * try {
 *   Dataset dataset = SitrepJson.strict().readDataset(path);
 * } catch (SitrepReadException e) {
 *   if (e.code().equals(SitrepReadException.UNKNOWN_PROPERTY)) {
 *     System.err.println("fix " + e.pointer() + " at line " + e.line());
 *   }
 * }
 * }</pre>
 */
public final class SitrepReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A property that the format does not define and that does not start with {@code x_}. */
  public static final String UNKNOWN_PROPERTY = "unknown-property";

  /** A property given twice in one object. */
  public static final String DUPLICATE_PROPERTY = "duplicate-property";

  /** A record {@code type} that is not one of the six record types. */
  public static final String UNKNOWN_TYPE = "unknown-type";

  /** A required property that is absent or null. */
  public static final String MISSING_PROPERTY = "missing-property";

  /** A JSON value of the wrong kind: a number where a string belongs, an object for an array. */
  public static final String WRONG_JSON_TYPE = "wrong-json-type";

  /** A value of the right JSON kind that does not parse: an id, a date, an enum value. */
  public static final String MALFORMED_VALUE = "malformed-value";

  /**
   * A well-formed reference to a record of the wrong type, e.g. an incident where an actor belongs.
   */
  public static final String WRONG_KIND = "wrong-kind";

  /** A document whose {@code sitrep} version this library does not read. */
  public static final String UNSUPPORTED_VERSION = "unsupported-version";

  /** A read limit was exceeded (string, number, name, nesting, document or line length). */
  public static final String LIMIT_EXCEEDED = "limit-exceeded";

  /** Not JSON: a syntax error, truncated input, or trailing content. */
  public static final String SYNTAX = "syntax";

  private final String code;
  private final int line;
  private final int column;
  private final String pointer;
  private final Id<?> recordId;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param code one of the codes of this class, e.g. {@link #UNKNOWN_PROPERTY}
   * @param line the 1-based line, or -1 when not known
   * @param column the 1-based column, or -1 when not known
   * @param pointer the JSON Pointer (RFC 6901) of the offending value; {@code ""} is the root
   * @param recordId the id of the record being read, or null when not (yet) known
   * @param detail what is wrong, one line
   * @param cause the underlying exception, or null
   */
  public SitrepReadException(
      String code,
      int line,
      int column,
      String pointer,
      Id<?> recordId,
      String detail,
      Throwable cause) {
    super(describe(line, column, pointer, recordId, detail), cause);
    this.code = Objects.requireNonNull(code, "code");
    this.line = line;
    this.column = column;
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.recordId = recordId;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /** The stable error code, e.g. {@code "unknown-property"}. */
  public String code() {
    return code;
  }

  /** The 1-based line of the offending value, or -1 when not known. */
  public int line() {
    return line;
  }

  /**
   * The 1-based column of the offending value, or -1 when not known. Jackson counts bytes when it
   * reads bytes (files, streams) and characters when it reads characters (strings, readers).
   */
  public int column() {
    return column;
  }

  /**
   * The JSON Pointer (RFC 6901) of the offending value, e.g. {@code
   * /records/3/perpetrators/1/actor}; in JSON Lines the pointer within the line's record, e.g.
   * {@code /perpetrators/1/actor}. The empty string is the whole document or line.
   */
  public String pointer() {
    return pointer;
  }

  /** The id of the record being read, when it was read before the problem. */
  public Optional<Id<?>> recordId() {
    return Optional.ofNullable(recordId);
  }

  /** What is wrong, without the position: the message after the colon. */
  public String detail() {
    return detail;
  }

  /** This problem as a warning, as lenient readers report it. */
  public ReadWarning toWarning() {
    return new ReadWarning(code, line, column, pointer, recordId, detail);
  }

  static String describe(int line, int column, String pointer, Id<?> recordId, String detail) {
    StringBuilder out = new StringBuilder();
    if (line > 0) {
      out.append("line ").append(line);
      if (column > 0) {
        out.append(", column ").append(column);
      }
      out.append(' ');
    }
    out.append('(').append(pointer.isEmpty() ? "root" : pointer);
    if (recordId != null) {
      out.append(", record ").append(recordId);
    }
    return out.append("): ").append(detail).toString();
  }
}
