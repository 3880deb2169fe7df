package org.sitrep.tabular;

import java.util.Objects;

/**
 * Why a row of a table was kept out of an import: where it is and what is wrong with it.
 *
 * <pre>{@code
 * // acled.csv:14: fatalities = "many": not a whole number
 * reader.problems().forEach(problem -> System.err.println(problem));
 * }</pre>
 *
 * @param source the file name (or the name given to a reader)
 * @param line the physical line the row starts on, 1-based; the header is line 1
 * @param column the column at fault, or {@code ""} when the row as a whole is (its cell count)
 * @param value the cell's text as read, or for a whole-row problem its cell count
 * @param message what is wrong, and where it helps, what was expected
 */
public record RowProblem(String source, long line, String column, String value, String message) {

  /**
   * Checks that no component is null.
   *
   * @param source the file name (or the name given to a reader)
   * @param line the physical line the row starts on, 1-based; the header is line 1
   * @param column the column at fault, or {@code ""} when the row as a whole is (its cell count)
   * @param value the cell's text as read, or for a whole-row problem its cell count
   * @param message what is wrong, and where it helps, what was expected
   */
  public RowProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
  }

  /**
   * {@code file:line: column = "value": message}, or {@code file:line: message} for a whole-row
   * problem.
   */
  @Override
  public String toString() {
    return column.isEmpty()
        ? source + ":" + line + ": " + message
        : source + ":" + line + ": " + column + " = \"" + value + "\": " + message;
  }
}
