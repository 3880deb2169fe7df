package org.sitrep.bench;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.core.Incident;
import org.sitrep.core.SitrepRecord;
import org.sitrep.tabular.AcledCsv;
import org.sitrep.tabular.TabularReader;

/**
 * Imports {@value #ROWS} ACLED rows held in memory as CSV text with Sitrep ({@link
 * AcledCsv#open(java.io.Reader, String)}), beside the bare CSV libraries reading the same text into
 * strings, every cell of every row: FastCSV, which Sitrep reads with (the ceiling), and Jackson's
 * CSV dataformat (streaming {@link CsvParser}, no schema: each row an array of strings). Also
 * exports the imported records again ({@link AcledCsv#write(Iterator, Writer, AcledCsv.Codes)} to a
 * null writer). Scores are per row: rows per second, and with {@code -prof gc} bytes allocated per
 * row ({@code gc.alloc.rate.norm}).
 *
 * <p>The rows are the 978 of ACLED's own test file {@code acled_old_deletion_dummy_south_asia.csv}
 * (acledR, see {@code shared/data/acledR/SOURCE.md}), repeated to {@value #ROWS} rows with {@code
 * event_id_cnty} made unique per copy ({@code PAK75690} → {@code PAK75690C7}). That file may not be
 * shipped, so it is read at run time from {@code ../shared/data} (or the path in the system
 * property {@code sitrep.bench.acled}); where it is absent, or with {@code -p data=synthetic},
 * deterministic synthetic ACLED-shaped rows are used instead, and the setup says so. The setup
 * checks that FastCSV and Jackson read the same cells, that Sitrep imports every row and rejects
 * none, and that the export writes every row and reads back; it fails the run otherwise.
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc TabularBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(TabularBenchmark.ROWS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TabularBenchmark {

  /** How many data rows (the header not counted) each invocation reads or writes. */
  public static final int ROWS = 100_000;

  /** The acledR file, relative to the worktree root: {@code ../shared/data}. */
  private static final String ACLED_FILE =
      "shared/data/acledR/acled_old_deletion_dummy_south_asia.csv";

  /**
   * {@code acledR}: ACLED's test rows when the file is there, else synthetic; {@code synthetic}.
   */
  @Param({"acledR"})
  public String data;

  private final CsvFactory jacksonCsv = new CsvFactory();
  private String csv;
  private List<SitrepRecord> records;

  /**
   * Builds the CSV text, reads it with the three readers and checks that they agree, and checks
   * that the export writes every imported row.
   *
   * @throws IOException when the acledR file is there but cannot be read
   * @throws IllegalStateException when the readers disagree or Sitrep rejects a row
   */
  @Setup
  public void setUp() throws IOException {
    Path file = "synthetic".equals(data) ? null : acledFile();
    List<String[]> rows = file != null ? readRows(file) : SyntheticAcled.rows();
    csv = repeat(rows, ROWS);
    checkLibrariesAgree();
    records = checkSitrepImports();
    checkExport();
    System.out.printf(
        "%n%s: %,d data rows (%,d distinct, repeated), %,d characters of CSV, %.1f per row%n",
        file != null
            ? file
            : "synthetic".equals(data)
                ? "synthetic ACLED-shaped rows"
                : "synthetic ACLED-shaped rows (the acledR file is absent)",
        ROWS,
        rows.size() - 1,
        csv.length(),
        (double) csv.length() / ROWS);
  }

  /** FastCSV reads every cell of every row into a {@code String} (the ceiling). */
  @Benchmark
  public long readFastCsv(Blackhole sink) throws IOException {
    long rows = 0;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new StringReader(csv))) {
      for (CsvRecord row : reader) {
        for (int i = 0, n = row.getFieldCount(); i < n; i++) {
          sink.consume(row.getField(i));
        }
        rows++;
      }
    }
    return rows;
  }

  /** Jackson's CSV dataformat reads every cell of every row into a {@code String}. */
  @Benchmark
  public long readJacksonCsv(Blackhole sink) throws IOException {
    long rows = 0;
    try (CsvParser parser = jacksonCsv.createParser(new StringReader(csv))) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          sink.consume(parser.getText());
        } else if (token == JsonToken.END_ARRAY) {
          rows++;
        }
      }
    }
    return rows;
  }

  /** Sitrep imports every row: an incident, and the actors it names for the first time. */
  @Benchmark
  public long importSitrep(Blackhole sink) throws IOException {
    try (TabularReader reader = AcledCsv.open(new StringReader(csv), "bench.csv")) {
      while (reader.hasNext()) {
        sink.consume(reader.next());
      }
      return reader.rowsImported();
    }
  }

  /** Sitrep exports the imported records again, numeric codes, to a writer that drops them. */
  @Benchmark
  public long exportSitrep() throws IOException {
    return AcledCsv.write(records.iterator(), Writer.nullWriter(), AcledCsv.Codes.NUMBERS);
  }

  private static @Nullable Path acledFile() {
    String property = System.getProperty("sitrep.bench.acled");
    List<Path> candidates =
        property != null
            ? List.of(Path.of(property))
            : List.of(Path.of("..", ACLED_FILE), Path.of("..", "..", ACLED_FILE));
    return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
  }

  /** The header and rows of a CSV file. */
  private static List<String[]> readRows(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      for (CsvRecord row : reader) {
        rows.add(row.getFields().toArray(String[]::new));
      }
    }
    return rows;
  }

  /**
   * The header, then {@code count} data rows taken in turn from {@code rows} (after its header),
   * {@code event_id_cnty} suffixed with the copy number, as CSV text ({@code \n}, quoted only where
   * needed).
   */
  private static String repeat(List<String[]> rows, int count) throws IOException {
    String[] header = rows.get(0);
    int idColumn = List.of(header).indexOf("event_id_cnty");
    int distinct = rows.size() - 1;
    StringWriter text = new StringWriter(count * 600);
    try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text)) {
      writer.writeRecord(header);
      for (int i = 0; i < count; i++) {
        String[] row = rows.get(1 + i % distinct).clone();
        row[idColumn] = row[idColumn] + "C" + i / distinct;
        writer.writeRecord(row);
      }
    }
    return text.toString();
  }

  /** FastCSV and Jackson read the same rows and the same cells, header included. */
  private void checkLibrariesAgree() throws IOException {
    long rows = 0;
    try (CsvReader<CsvRecord> fast = CsvReader.builder().ofCsvRecord(new StringReader(csv));
        CsvParser jackson = jacksonCsv.createParser(new StringReader(csv))) {
      Iterator<CsvRecord> fastRows = fast.iterator();
      List<String> jacksonRow = new ArrayList<>();
      while (nextJacksonRow(jackson, jacksonRow)) {
        if (!fastRows.hasNext()) {
          throw new IllegalStateException("Jackson reads more rows than FastCSV: " + rows);
        }
        List<String> fastRow = fastRows.next().getFields();
        if (!fastRow.equals(jacksonRow)) {
          throw new IllegalStateException(
              "FastCSV and Jackson read row "
                  + rows
                  + " differently: "
                  + fastRow
                  + " / "
                  + jacksonRow);
        }
        rows++;
      }
      if (fastRows.hasNext()) {
        throw new IllegalStateException("FastCSV reads more rows than Jackson: " + rows);
      }
    }
    if (rows != ROWS + 1) {
      throw new IllegalStateException("the libraries read " + rows + " rows, not " + (ROWS + 1));
    }
  }

  private static boolean nextJacksonRow(CsvParser parser, List<String> row) throws IOException {
    row.clear();
    JsonToken token = parser.nextToken();
    if (token == null) {
      return false;
    }
    if (token != JsonToken.START_ARRAY) {
      throw new IllegalStateException("Jackson gives " + token + " where a row starts");
    }
    while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
      row.add(parser.getText());
    }
    if (token != JsonToken.END_ARRAY) {
      throw new IllegalStateException("Jackson gives " + token + " inside a row");
    }
    return true;
  }

  /** Sitrep imports every row, one incident a row, and rejects none. */
  private List<SitrepRecord> checkSitrepImports() throws IOException {
    List<SitrepRecord> imported = new ArrayList<>(ROWS + ROWS / 10);
    try (TabularReader reader = AcledCsv.open(new StringReader(csv), "bench.csv")) {
      reader.forEachRemaining(imported::add);
      long incidents = imported.stream().filter(Incident.class::isInstance).count();
      if (reader.rowsRead() != ROWS
          || reader.rowsImported() != ROWS
          || reader.rowsRejected() != 0
          || incidents != ROWS) {
        throw new IllegalStateException(
            "Sitrep read "
                + reader.rowsRead()
                + " rows, imported "
                + reader.rowsImported()
                + " ("
                + incidents
                + " incidents), rejected "
                + reader.rowsRejected()
                + ", of "
                + ROWS
                + "; first problems: "
                + reader.problems().subList(0, Math.min(3, reader.problems().size())));
      }
    }
    return imported;
  }

  /** The export writes a row per incident, and Sitrep imports all of them again. */
  private void checkExport() throws IOException {
    StringWriter out = new StringWriter(csv.length());
    long written = AcledCsv.write(records.iterator(), out, AcledCsv.Codes.NUMBERS);
    long reimported;
    long rejected;
    try (TabularReader reader = AcledCsv.open(new StringReader(out.toString()), "export.csv")) {
      reader.forEachRemaining(record -> {});
      reimported = reader.rowsImported();
      rejected = reader.rowsRejected();
    }
    if (written != ROWS || reimported != ROWS || rejected != 0) {
      throw new IllegalStateException(
          "the export wrote "
              + written
              + " rows; Sitrep imported "
              + reimported
              + " of them again and rejected "
              + rejected);
    }
  }
}
