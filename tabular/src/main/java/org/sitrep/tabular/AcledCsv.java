package org.sitrep.tabular;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.tabular.internal.AcledColumns;
import org.sitrep.tabular.internal.AcledCsvWriter;
import org.sitrep.tabular.internal.AcledRowMapper;
import org.sitrep.tabular.internal.AtomicWrite;

/**
 * ACLED exports (CSV, as downloaded from ACLED's export tool or API) in and out.
 *
 * <p>Import gives each row as an {@link org.sitrep.core.Incident} ({@code incident:<slug of
 * event_id_cnty>}), preceded by the {@link org.sitrep.core.Actor}s it names for the first time: one
 * actor per distinct name and country, with an id derived from both ({@code
 * actor:pk-bla-baloch-liberation-army}). Columns are read by name, so their order does not matter;
 * actor types and interactions may be numeric codes (older exports) or labels (current ones).
 * Values Sitrep has no field for are kept as {@code x_acled_*} extensions, so that an export gives
 * them back: import, export and import again gives equal records.
 *
 * <pre>{@code
 * ImportResult result = AcledCsv.read(Path.of("acled-pakistan.csv"));
 * System.out.println(result.summary());          // 224 rows read: 224 imported, 0 rejected
 * AcledCsv.write(result.dataset(), Path.of("copy.csv"));
 *
 * try (TabularReader reader = AcledCsv.open(Path.of("acled-world.csv"))) {  // constant memory
 *   reader.forEachRemaining(record -> ...);
 * }
 * }</pre>
 *
 * <p>Export writes ACLED's 31 columns, one row per incident, in the current codebook's labels
 * unless numeric codes are asked for. Text cells that a spreadsheet would run as a formula are
 * neutralised with a leading {@code '} (and read back without it).
 */
public final class AcledCsv {

  private AcledCsv() {}

  /**
   * How actor types and interactions are written on export.
   *
   * <pre>{@code
   * try (Writer out = Files.newBufferedWriter(Path.of("acled.csv"))) {
   *   AcledCsv.write(dataset, out, AcledCsv.Codes.NUMBERS); // "1" rather than "State forces"
   * }
   * }</pre>
   */
  public enum Codes {
    /** The current codebook's labels: {@code "State forces"}, {@code "Rebel group-Civilians"}. */
    LABELS,
    /** The older numeric codes: {@code 1}, {@code 27}. */
    NUMBERS
  }

  /**
   * Opens an ACLED CSV file (UTF-8) for reading record by record.
   *
   * @param file the file
   * @return the reader, to be closed
   * @throws TabularFormatException when the file is empty or its header is not an ACLED header
   * @throws IOException when the file cannot be read
   */
  public static TabularReader open(Path file) throws IOException {
    return open(
        Files.newBufferedReader(file, StandardCharsets.UTF_8), file.getFileName().toString());
  }

  /**
   * Opens ACLED CSV text for reading record by record; {@code source} names it in problems.
   *
   * @param in the text
   * @param source the name problems give, e.g. a file name
   * @return the reader, to be closed
   * @throws TabularFormatException when the text is empty or its header is not an ACLED header
   */
  public static TabularReader open(Reader in, String source) throws IOException {
    return Tables.open(in, source, TabularFormat.ACLED, new AcledRowMapper());
  }

  /**
   * Reads a whole ACLED CSV file: {@code open(file).readAll()}.
   *
   * @param file the file
   * @return the records and the rows kept out
   * @throws IOException when the file cannot be read
   */
  public static ImportResult read(Path file) throws IOException {
    try (TabularReader reader = open(file)) {
      return reader.readAll();
    }
  }

  /**
   * Writes a dataset's incidents as an ACLED CSV file, in labels, through a temporary file moved
   * into place when complete.
   *
   * @param dataset the dataset
   * @param file the file, replaced when complete
   * @throws IOException when the file cannot be written
   */
  public static void write(Dataset dataset, Path file) throws IOException {
    AtomicWrite.write(file, out -> write(dataset, out, Codes.LABELS));
  }

  /**
   * Writes a dataset's incidents as ACLED CSV text: the 31 columns, then one column for each other
   * {@code x_acled_<column>} extension its incidents hold (as an import of a file with such columns
   * gives). The writer is flushed, not closed.
   *
   * @param dataset the dataset
   * @param out the writer
   * @param codes labels or numeric codes
   * @return the rows written
   * @throws IOException when the writer fails
   */
  public static long write(Dataset dataset, Writer out, Codes codes) throws IOException {
    return write(
        dataset.records().iterator(), out, codes, AcledCsvWriter.extraColumns(dataset.records()));
  }

  /**
   * Writes incidents as an ACLED CSV file through a temporary file moved into place when complete,
   * in constant memory. Actors must come before the incidents that name them (as in a dataset or an
   * import); an actor not given is written by its id's slug. Only the 31 columns are written: a
   * stream cannot know its other columns before its end (write a {@link Dataset} for those).
   *
   * @param records the records, read to the end
   * @param file the file, replaced when complete
   * @param codes labels or numeric codes
   * @return the rows written
   * @throws IOException when the file cannot be written
   */
  public static long write(Iterator<? extends SitrepRecord> records, Path file, Codes codes)
      throws IOException {
    long[] rows = new long[1];
    AtomicWrite.write(file, out -> rows[0] = write(records, out, codes));
    return rows[0];
  }

  /**
   * Writes incidents as ACLED CSV text in the 31 columns, in constant memory; the writer is
   * flushed, not closed.
   *
   * @param records the records, read to the end
   * @param out the writer
   * @param codes labels or numeric codes
   * @return the rows written
   * @throws IOException when the writer fails
   */
  public static long write(Iterator<? extends SitrepRecord> records, Writer out, Codes codes)
      throws IOException {
    return write(records, out, codes, List.of());
  }

  private static long write(
      Iterator<? extends SitrepRecord> records, Writer out, Codes codes, List<String> extra)
      throws IOException {
    AcledCsvWriter writer = new AcledCsvWriter(out, codes == Codes.LABELS, extra);
    while (records.hasNext()) {
      writer.write(records.next());
    }
    writer.flush();
    return writer.rows();
  }

  /**
   * Writes a dataset's incidents as ACLED CSV text, in labels.
   *
   * @param dataset the dataset
   * @return the CSV text, header first
   */
  public static String writeString(Dataset dataset) {
    StringWriter out = new StringWriter();
    try {
      write(dataset, out, Codes.LABELS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** {@return the 31 columns ACLED-shaped export writes, in order} */
  public static List<String> columns() {
    return AcledColumns.ALL;
  }
}
