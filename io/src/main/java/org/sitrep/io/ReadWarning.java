package org.sitrep.io;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.Id;

/**
 * A problem a lenient reader skipped: an unknown property it ignored, or a record or JSON Lines
 * line it could not read and left out. Its {@link #code()} is one of the codes of {@link
 * SitrepReadException}.
 *
 * <pre>{@code
 * ReadResult result = SitrepJson.lenient().read(path);
 * for (ReadWarning warning : result.warnings()) {
 *   System.err.println(warning.message()); // line 7, column 7 (/records/0/colour, record actor:bla): ...
 * }
 * }</pre>
 */
public final class ReadWarning {

  private final String code;
  private final int line;
  private final int column;
  private final String pointer;
  private final Id<?> recordId;
  private final String detail;

  /**
   * Creates a warning.
   *
   * @param code one of the codes of {@link SitrepReadException}
   * @param line the 1-based line, or -1 when not known
   * @param column the 1-based column, or -1 when not known
   * @param pointer the JSON Pointer of the value; {@code ""} is the root
   * @param recordId the id of the record, or null when not known
   * @param detail what is wrong, one line
   */
  public ReadWarning(
      String code, int line, int column, String pointer, Id<?> recordId, String detail) {
    this.code = Objects.requireNonNull(code, "code");
    this.line = line;
    this.column = column;
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.recordId = recordId;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /** The stable code, e.g. {@code "unknown-property"}. */
  public String code() {
    return code;
  }

  /** The 1-based line, or -1 when not known. */
  public int line() {
    return line;
  }

  /** The 1-based column, or -1 when not known. */
  public int column() {
    return column;
  }

  /** The JSON Pointer of the value; {@code ""} is the whole document or line. */
  public String pointer() {
    return pointer;
  }

  /** The id of the record, when known. */
  public Optional<Id<?>> recordId() {
    return Optional.ofNullable(recordId);
  }

  /** What is wrong, without the position. */
  public String detail() {
    return detail;
  }

  /** One line: position, pointer, record and what is wrong. */
  public String message() {
    return SitrepReadException.describe(line, column, pointer, recordId, detail);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ReadWarning)) {
      return false;
    }
    ReadWarning that = (ReadWarning) other;
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
