package org.sitrep.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.RecordReader;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;
import org.sitrep.io.SitrepReadException;

/**
 * A contract test in one call: a Sitrep file that a team produces or consumes reads with the strict
 * reader, writes back byte for byte as it was, and conforms to the published JSON Schema. Every
 * problem found is reported in one {@link AssertionError}.
 *
 * <pre>{@code
 * @Test
 * void ourExportHonoursTheSitrepContract() throws IOException {
 *   Dataset dataset = SitrepContract.checkDocument(Path.of("build/export/incidents.json"));
 *   assertThat(dataset).isValid().containsRecord(Id.actor("bla"));
 * }
 * }</pre>
 *
 * <p>"Byte for byte" means the file is laid out the way {@link SitrepJson} writes: pretty (two
 * spaces, {@code '\n'}, a final newline) or compact for documents, compact lines for JSON Lines,
 * properties in the order of {@code docs/wire-format.md}, optional properties omitted when empty. A
 * file laid out otherwise still reads, but is not one Sitrep would write; the failure names the
 * first line that differs.
 */
public final class SitrepContract {

  private SitrepContract() {}

  /**
   * Checks a JSON document file and returns what it holds.
   *
   * @param file the file
   * @return the dataset it holds
   * @throws AssertionError naming every broken clause of the contract
   * @throws IOException when the file cannot be read
   */
  public static Dataset checkDocument(Path file) throws IOException {
    return checkDocument(Files.readAllBytes(file), file.toString());
  }

  /**
   * Checks a JSON document given as text and returns what it holds.
   *
   * @param json the document
   * @return the dataset it holds
   * @throws AssertionError naming every broken clause of the contract
   */
  public static Dataset checkDocument(String json) {
    return checkDocument(json.getBytes(StandardCharsets.UTF_8), "the document");
  }

  private static Dataset checkDocument(byte[] bytes, String name) {
    List<String> problems = new ArrayList<>();
    String text = new String(bytes, StandardCharsets.UTF_8);
    Dataset dataset;
    try {
      dataset = SitrepJson.strict().read(text).dataset();
    } catch (SitrepReadException e) {
      problems.add("it does not read: " + e.getMessage());
      schemaProblems(text, problems);
      throw failure(name, problems);
    }
    String pretty = SitrepJson.builder().pretty().build().writeString(dataset);
    String compact = SitrepJson.builder().compact().build().writeString(dataset);
    boolean looksCompact = text.indexOf('\n') == text.length() - 1 || text.indexOf('\n') < 0;
    String expected = looksCompact ? compact : pretty;
    if (!java.util.Arrays.equals(bytes, expected.getBytes(StandardCharsets.UTF_8))) {
      problems.add(
          "it does not write back byte for byte ("
              + (looksCompact ? "compact" : "pretty")
              + "): "
              + firstDifference(text, expected));
    }
    schemaProblems(text, problems);
    fail(name, problems);
    return dataset;
  }

  private static void schemaProblems(String document, List<String> problems) {
    SchemaCheck.document(document).forEach(problem -> problems.add("the schema finds " + problem));
  }

  /**
   * Checks a JSON Lines file (with or without a header line) and returns its records.
   *
   * @param file the file
   * @return the records, in order
   * @throws AssertionError naming every broken clause of the contract
   * @throws IOException when the file cannot be read
   */
  public static List<SitrepRecord> checkJsonLines(Path file) throws IOException {
    return checkJsonLines(Files.readAllBytes(file), file.toString());
  }

  /**
   * Checks JSON Lines given as text and returns their records.
   *
   * @param jsonLines the lines
   * @return the records, in order
   * @throws AssertionError naming every broken clause of the contract
   */
  public static List<SitrepRecord> checkJsonLines(String jsonLines) {
    return checkJsonLines(jsonLines.getBytes(StandardCharsets.UTF_8), "the JSON Lines");
  }

  private static List<SitrepRecord> checkJsonLines(byte[] bytes, String name) {
    List<String> problems = new ArrayList<>();
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<SitrepRecord> records = new ArrayList<>();
    Optional<String> title = Optional.empty();
    try (RecordReader reader = SitrepJson.strict().openRecords(text)) {
      while (reader.hasNext()) {
        records.add(reader.next());
      }
      title = reader.documentTitle();
      if (title.isPresent()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        try (RecordWriter writer = SitrepJson.strict().newRecordWriter(out)) {
          writer.writeHeader(title.get(), reader.documentAsOf().orElseThrow());
          for (SitrepRecord record : records) {
            writer.write(record);
          }
        }
        compareLines(bytes, out, text, problems);
      } else {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        try (RecordWriter writer = SitrepJson.strict().newRecordWriter(out)) {
          for (SitrepRecord record : records) {
            writer.write(record);
          }
        }
        compareLines(bytes, out, text, problems);
      }
    } catch (SitrepReadException e) {
      problems.add("it does not read: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int lineNumber = i + 1;
      List<String> found =
          i == 0 && SchemaCheck.isHeader(lines[i])
              ? SchemaCheck.header(lines[i])
              : SchemaCheck.record(lines[i]);
      found.forEach(
          problem -> problems.add("the schema finds on line " + lineNumber + ": " + problem));
    }
    fail(name, problems);
    return List.copyOf(records);
  }

  private static void compareLines(
      byte[] bytes, ByteArrayOutputStream out, String text, List<String> problems) {
    byte[] written = out.toByteArray();
    if (!java.util.Arrays.equals(bytes, written)) {
      problems.add(
          "it does not write back byte for byte: "
              + firstDifference(text, new String(written, StandardCharsets.UTF_8)));
    }
  }

  /** Where two texts first differ, by line, with both lines shown. */
  static String firstDifference(String actual, String expected) {
    String[] a = actual.split("\n", -1);
    String[] e = expected.split("\n", -1);
    int n = Math.min(a.length, e.length);
    for (int i = 0; i < n; i++) {
      if (!a[i].equals(e[i])) {
        return String.format(
            "line %d is%n    %s%n  Sitrep writes%n    %s", i + 1, shorten(a[i]), shorten(e[i]));
      }
    }
    return a.length < e.length
        ? "the file ends at line " + a.length + ", Sitrep writes " + e.length + " lines"
        : "the file has " + a.length + " lines, Sitrep writes " + e.length;
  }

  private static String shorten(String line) {
    return line.length() <= 200 ? line : line.substring(0, 200) + "...";
  }

  private static void fail(String name, List<String> problems) {
    if (!problems.isEmpty()) {
      throw failure(name, problems);
    }
  }

  private static AssertionError failure(String name, List<String> problems) {
    return new AssertionError(
        "The Sitrep contract is broken by " + name + ":\n- " + String.join("\n- ", problems));
  }
}
