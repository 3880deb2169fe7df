package org.sitrep.tabular.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The current row of a {@link CsvCursor}, read by column name. A column the header lacks reads as
 * an empty cell; cells are stripped of surrounding blanks.
 */
public final class Row {

  private final CsvCursor cursor;
  private final Map<String, Integer> indexes = new HashMap<>();

  /** A view of the cursor's current row. */
  public Row(CsvCursor cursor) {
    this.cursor = cursor;
    List<String> header = cursor.header();
    for (int i = 0; i < header.size(); i++) {
      indexes.putIfAbsent(header.get(i), i);
    }
  }

  /** The header's column names. */
  public List<String> columns() {
    return cursor.header();
  }

  /**
   * The stripped text of a column, {@code ""} when empty or absent. A cell that a spreadsheet guard
   * neutralised on export ({@code '=...}, see {@link Cells#neutralise}) reads as written before.
   */
  public String text(String column) {
    Integer index = indexes.get(column);
    if (index == null || index >= cursor.cellCount()) {
      return "";
    }
    return Cells.restore(cursor.cell(index).strip());
  }

  /** Whether the column is absent or its cell blank. */
  public boolean isEmpty(String column) {
    return text(column).isEmpty();
  }

  /** A whole number, empty when the cell is; a decimal with no fraction ({@code 3.0}) is read. */
  public OptionalLong wholeNumber(String column) throws RowRejected {
    String text = text(column);
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      try {
        return OptionalLong.of(new BigDecimal(text).longValueExact());
      } catch (NumberFormatException | ArithmeticException notWhole) {
        throw new RowRejected(column, text, "not a whole number");
      }
    }
  }

  /** A 32-bit whole number, empty when the cell is. */
  public OptionalInt integer(String column) throws RowRejected {
    OptionalLong value = wholeNumber(column);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    long number = value.getAsLong();
    if (number != (int) number) {
      throw new RowRejected(column, text(column), "out of range for a 32-bit whole number");
    }
    return OptionalInt.of((int) number);
  }

  /** A decimal number, empty when the cell is. */
  public OptionalDouble decimal(String column) throws RowRejected {
    String text = text(column);
    if (text.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value)) {
        throw new RowRejected(column, text, "not a finite number");
      }
      return OptionalDouble.of(value);
    } catch (NumberFormatException e) {
      throw new RowRejected(column, text, "not a number");
    }
  }
}
