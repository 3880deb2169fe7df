package org.sitrep.tabular.internal;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A forward-only cursor over the rows of a CSV file, read by FastCSV (RFC 4180: quoted cells may
 * hold separators, quotes and line breaks). The header is the first row. Rows with more or fewer
 * cells than the header are returned as they are, so that the caller can report them and go on.
 */
public final class CsvCursor implements AutoCloseable {

  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> rows;
  private final List<String> header;

  /** The current row; null before the first and after the last. */
  private @Nullable CsvRecord current;

  private CsvCursor(CsvReader<CsvRecord> reader, List<String> header) {
    this.reader = reader;
    this.rows = reader.iterator();
    this.header = header;
  }

  /**
   * Opens a cursor and reads the header.
   *
   * @return the cursor, or null when the input has no row at all
   */
  public static @Nullable CsvCursor open(Reader in) throws IOException {
    CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .skipEmptyLines(true)
            .detectBomHeader(true)
            .ofCsvRecord(in);
    Iterator<CsvRecord> rows;
    try {
      rows = reader.iterator();
      if (!rows.hasNext()) {
        reader.close();
        return null;
      }
      // a byte order mark (Excel's "CSV UTF-8") reaches a Reader as U+FEFF: not part of the name
      List<String> header =
          rows.next().getFields().stream()
              .map(name -> name.startsWith("\ufeff") ? name.substring(1) : name)
              .map(String::strip)
              .toList();
      return new CsvCursor(reader, header);
    } catch (CsvParseException | UncheckedIOException e) {
      reader.close();
      throw asIoException(e);
    }
  }

  /** The header's column names, stripped of surrounding blanks. */
  public List<String> header() {
    return header;
  }

  /**
   * Moves to the next row.
   *
   * @return false at the end of the input
   * @throws IOException when the input cannot be read or is not CSV (an unclosed quote)
   */
  public boolean next() throws IOException {
    try {
      if (!rows.hasNext()) {
        current = null;
        return false;
      }
      current = rows.next();
      return true;
    } catch (CsvParseException | UncheckedIOException e) {
      throw asIoException(e);
    }
  }

  /** The physical line the current row starts on, 1-based. */
  public long line() {
    return row().getStartingLineNumber();
  }

  /** The number of cells of the current row. */
  public int cellCount() {
    return row().getFieldCount();
  }

  /** A cell of the current row, as read (not stripped). */
  public String cell(int index) {
    return row().getField(index);
  }

  private CsvRecord row() {
    CsvRecord row = current;
    if (row == null) {
      throw new IllegalStateException("No current row: next() moves to one");
    }
    return row;
  }

  private static IOException asIoException(RuntimeException e) {
    if (e instanceof UncheckedIOException unchecked) {
      // an UncheckedIOException always has its cause (its constructors require one)
      return Objects.requireNonNull(unchecked.getCause());
    }
    return new IOException("not readable as CSV: " + e.getMessage(), e);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
