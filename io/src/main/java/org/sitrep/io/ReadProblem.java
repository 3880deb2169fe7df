package org.sitrep.io;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Id;
import org.sitrep.io.internal.access.Problems;

/**
 * A problem found while reading Sitrep JSON: what is wrong ({@link #code()}, {@link #detail()}),
 * where ({@link #line()}, {@link #column()}, {@link #pointer()}) and in which record ({@link
 * #recordId()}). A strict reader throws it inside a {@link SitrepReadException}; a lenient reader
 * skips what it could not read and lists the problem among its warnings.
 *
 * <p>The codes are stable and listed in {@code docs/wire-format.md}; they are the constants of this
 * class. Only the reader creates problems.
 *
 * <pre>{@code
 * ReadResult result = SitrepJson.lenient().read(path);
 * for (ReadProblem warning : result.warnings()) {
 *   if (warning.code().equals(ReadProblem.UNKNOWN_PROPERTY)) {
 *     System.err.println(warning.message()); // line 7, column 7 (/records/0/colour, record actor:bla): ...
 *   }
 * }
 * }</pre>
 */
public final class ReadProblem {

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

  static {
    Problems.install(
        new Problems.Constructors() {
          @Override
          public ReadProblem problem(
              String code,
              int line,
              int column,
              String pointer,
              @Nullable Id<?> recordId,
              String detail) {
            return new ReadProblem(code, line, column, pointer, recordId, detail);
          }

          @Override
          public SitrepReadException exception(ReadProblem problem, @Nullable Throwable cause) {
            return new SitrepReadException(problem, cause);
          }
        });
  }

  private final String code;
  private final int line;
  private final int column;
  private final String pointer;
  private final @Nullable Id<?> recordId;
  private final String detail;

  ReadProblem(
      String code, int line, int column, String pointer, @Nullable Id<?> recordId, String detail) {
    this.code = Objects.requireNonNull(code, "code");
    this.line = line;
    this.column = column;
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.recordId = recordId;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /**
   * {@return the stable code, one of the constants of this class, e.g. {@code "unknown-property"}}
   */
  public String code() {
    return code;
  }

  /** {@return the 1-based line of the offending value, or -1 when not known} */
  public int line() {
    return line;
  }

  /**
   * {@return the 1-based column of the offending value, or -1 when not known} Jackson counts bytes
   * when it reads bytes (files, streams) and characters when it reads characters (strings,
   * readers).
   */
  public int column() {
    return column;
  }

  /**
   * {@return the JSON Pointer (RFC 6901) of the offending value, e.g. {@code
   * /records/3/perpetrators/1/actor}; in JSON Lines the pointer within the line's record, e.g.
   * {@code /perpetrators/1/actor}} The empty string is the whole document or line.
   */
  public String pointer() {
    return pointer;
  }

  /** {@return the id of the record being read, when it was read before the problem} */
  public Optional<Id<?>> recordId() {
    return Optional.ofNullable(recordId);
  }

  /** {@return what is wrong, without the position: the message after the colon} */
  public String detail() {
    return detail;
  }

  /**
   * {@return one line: position, pointer, record and what is wrong, e.g. {@code line 12, column 19
   * (/records/3/perpetrators/1/actor, record incident:x): malformed id 'actr:bla': ...}}
   */
  public String message() {
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

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ReadProblem that)) {
      return false;
    }
    return code.equals(that.code)
        && line == that.line
        && column == that.column
        && pointer.equals(that.pointer)
        && Objects.equals(recordId, that.recordId)
        && detail.equals(that.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, line, column, pointer, recordId, detail);
  }

  /** The same as {@link #message()}, prefixed with the code. */
  @Override
  public String toString() {
    return code + ": " + message();
  }
}
