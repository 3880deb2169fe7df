package org.sitrep.testkit;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractStringAssert;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.RecordReader;
import org.sitrep.io.SitrepJson;
import org.sitrep.io.SitrepReadException;

/**
 * AssertJ's string assertions with checks of the text as Sitrep JSON: a document or JSON Lines that
 * the strict reader reads and that the published JSON Schema accepts.
 *
 * <pre>{@code
 * assertThat(json).isSitrepDocument();
 * assertThat(json).isSitrepDocument().asDataset().containsRecord(Id.actor("bla"));
 * assertThat(lines).isSitrepJsonLines();
 * assertThat(json).conformsToSchema();
 * }</pre>
 */
public final class SitrepJsonAssert extends AbstractStringAssert<SitrepJsonAssert> {

  SitrepJsonAssert(String actual) {
    super(actual, SitrepJsonAssert.class);
  }

  /**
   * The text is a Sitrep document: the strict reader reads it without a warning, and the schema
   * accepts it.
   *
   * @return this assertion, to chain more
   */
  public SitrepJsonAssert isSitrepDocument() {
    readDocument();
    List<String> problems = SchemaCheck.document(actual);
    if (!problems.isEmpty()) {
      failWithMessage(
          "Expected a Sitrep document, but the schema finds:%n  %s", String.join("\n  ", problems));
    }
    return this;
  }

  /**
   * The schema accepts the text as a document; the reader is not asked.
   *
   * @return this assertion, to chain more
   */
  public SitrepJsonAssert conformsToSchema() {
    isNotNull();
    List<String> problems = SchemaCheck.document(actual);
    if (!problems.isEmpty()) {
      failWithMessage(
          "Expected the text to conform to the Sitrep schema, but it finds:%n  %s",
          String.join("\n  ", problems));
    }
    return this;
  }

  /**
   * The text is Sitrep JSON Lines: an optional header line, then one record per line, each read by
   * the strict reader and accepted by the schema.
   *
   * @return this assertion, to chain more
   */
  public SitrepJsonAssert isSitrepJsonLines() {
    isNotNull();
    List<String> problems = new ArrayList<>();
    String[] lines = actual.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      List<String> found =
          i == 0 && SchemaCheck.isHeader(line)
              ? SchemaCheck.header(line)
              : SchemaCheck.record(line);
      int lineNumber = i + 1;
      found.forEach(problem -> problems.add("line " + lineNumber + ": " + problem));
    }
    try (RecordReader reader = SitrepJson.strict().openRecords(actual)) {
      while (reader.hasNext()) {
        reader.next();
      }
    } catch (SitrepReadException e) {
      problems.add(0, "the reader: " + e.getMessage());
    } catch (UncheckedIOException e) {
      problems.add(0, "the reader: " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      failWithMessage("Expected Sitrep JSON Lines, but:%n  %s", String.join("\n  ", problems));
    }
    return this;
  }

  /**
   * Reads the text as a document with the strict reader and goes on with the dataset.
   *
   * @return assertions on the dataset read
   */
  public DatasetAssert asDataset() {
    return new DatasetAssert(readDocument());
  }

  /**
   * The strict reader reads the text as a document equal to this dataset.
   *
   * @param expected the dataset
   * @return this assertion, to chain more
   */
  public SitrepJsonAssert readsAs(Dataset expected) {
    Dataset read = readDocument();
    if (!read.equals(expected)) {
      failWithMessage(
          "Expected the document to read as %s, but it reads as %s%s",
          expected, read, firstDifference(expected.records(), read.records()));
    }
    return this;
  }

  private Dataset readDocument() {
    isNotNull();
    try {
      var result = SitrepJson.strict().read(actual);
      if (!result.warnings().isEmpty()) {
        failWithMessage("Expected a Sitrep document, but reading it warns: %s", result.warnings());
      }
      return result.dataset();
    } catch (SitrepReadException e) {
      failWithMessage(
          "Expected a Sitrep document, but the strict reader fails: %s", e.getMessage());
      throw e; // not reached
    }
  }

  static String firstDifference(List<SitrepRecord> expected, List<SitrepRecord> actual) {
    int n = Math.min(expected.size(), actual.size());
    for (int i = 0; i < n; i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        return String.format(
            "%nfirst different record, at %s:%n  expected %s%n  actual   %s",
            i, expected.get(i), actual.get(i));
      }
    }
    return expected.size() != actual.size()
        ? String.format("%n%s records expected, %s read", expected.size(), actual.size())
        : String.format("%n(title or asOf differ)");
  }
}
