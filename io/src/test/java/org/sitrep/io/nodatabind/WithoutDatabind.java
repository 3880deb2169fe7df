package org.sitrep.io.nodatabind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.ReadResult;
import org.sitrep.io.RecordReader;
import org.sitrep.io.SitrepJson;

/**
 * Run by {@code DatabindOptionalTest} in a JVM of its own whose class or module path holds io,
 * core, validation and jackson-core, and no jackson-databind: {@link SitrepJson} reads and writes
 * documents and JSON Lines all the same. Prints one line per check passed; a failed check throws,
 * which ends the JVM with status 1.
 */
public final class WithoutDatabind {

  private WithoutDatabind() {}

  /**
   * Runs the checks.
   *
   * @param args the directory to write files in
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    check(!present("com.fasterxml.jackson.databind.ObjectMapper"), "jackson-databind is absent");
    check(present("com.fasterxml.jackson.core.JsonFactory"), "jackson-core is present");

    SitrepJson json = SitrepJson.strict();
    Dataset dataset = json.readDataset(resource("contract/dataset.json"));
    check(dataset.records().size() == 7, "a document read from a string: 7 records");

    Path document = dir.resolve("dataset.json");
    json.write(dataset, document);
    check(json.readDataset(document).equals(dataset), "a document written and read back is equal");
    check(
        SitrepJson.builder()
            .compact()
            .build()
            .readDataset(json.writeString(dataset))
            .equals(dataset),
        "a document written as a string and read back is equal");

    Path lines = dir.resolve("dataset.jsonl");
    json.writeRecords(dataset.records().iterator(), lines, dataset.title(), dataset.asOf());
    try (RecordReader reader = json.openRecords(lines)) {
      check(
          records(reader).equals(dataset.records())
              && reader.documentTitle().orElseThrow().equals(dataset.title()),
          "JSON Lines written and read back are equal, header included");
    }
    try (RecordReader reader = json.openDocumentRecords(document)) {
      check(records(reader).equals(dataset.records()), "a document read record by record");
    }
    try (RecordReader reader = json.open(lines)) {
      check(
          reader.format() == SitrepJson.Format.JSON_LINES
              && records(reader).equals(dataset.records()),
          "open detects JSON Lines");
    }
    try (RecordReader reader = json.open(document)) {
      check(
          reader.format() == SitrepJson.Format.DOCUMENT
              && records(reader).equals(dataset.records()),
          "open detects a document");
    }

    String typeLast =
        "{\"id\":\"actor:bla\",\"name\":\"BLA\",\"x_a\":{\"b\":[1.50]},\"type\":\"actor\","
            + "\"kind\":\"armed-group\"}\n";
    try (RecordReader reader = json.openRecords(typeLast)) {
      SitrepRecord record = reader.next();
      check(
          record.id().toString().equals("actor:bla")
              && record.extensions().get("x_a").json().equals("{\"b\":[1.50]}"),
          "a record whose type is not its first property is read through io's own copy");
    }

    String unknown =
        "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":["
            + "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\","
            + "\"nmae\":\"BLA\"}]}";
    ReadResult lenient = SitrepJson.lenient().read(unknown);
    check(
        lenient.warnings().size() == 1 && lenient.dataset().records().size() == 1,
        "a lenient read warns of an unknown property");

    try {
      json.module();
      check(false, "module() needs jackson-databind");
    } catch (NoClassDefFoundError expected) {
      check(
          expected.getMessage().contains("com/fasterxml/jackson/databind"),
          "module() needs jackson-databind: NoClassDefFoundError");
    }
    System.out.println("all checks passed");
  }

  private static boolean present(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ClassLoader.getSystemResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<SitrepRecord> records(RecordReader reader) {
    List<SitrepRecord> records = new ArrayList<>();
    reader.forEachRemaining(records::add);
    return records;
  }

  private static void check(boolean passed, String what) {
    if (!passed) {
      throw new AssertionError("failed: " + what);
    }
    System.out.println("ok: " + what);
  }
}
