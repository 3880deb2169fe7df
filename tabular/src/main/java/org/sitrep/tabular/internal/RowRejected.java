package org.sitrep.tabular.internal;

/**
 * Thrown by a {@link RowMapper} for a row it cannot map: which column, its value and why. Carries
 * no stack trace; it is a report, not a bug.
 */
public final class RowRejected extends Exception {

  private static final long serialVersionUID = 1L;

  private final String column;
  private final String value;
  private final String reason;

  /** A problem with one cell. */
  public RowRejected(String column, String value, String reason) {
    super(reason, null, false, false);
    this.column = column;
    this.value = value;
    this.reason = reason;
  }

  /** Why the row is rejected: the message, never null. */
  public String reason() {
    return reason;
  }

  /** The column at fault, {@code ""} for the row as a whole. */
  public String column() {
    return column;
  }

  /** The cell's text. */
  public String value() {
    return value;
  }
}
