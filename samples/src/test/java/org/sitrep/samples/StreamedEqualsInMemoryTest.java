package org.sitrep.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Dataset;
import org.sitrep.io.RecordReader;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;
import org.sitrep.samples.scenario.BrokenScenario;
import org.sitrep.validation.StreamingValidation;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * The broken scenario, in which every rule fires, validated three ways gives one report: in memory,
 * streamed from a JSON Lines file, and streamed from a document file, both read back by io one
 * record at a time.
 */
class StreamedEqualsInMemoryTest {

  @TempDir Path directory;

  private final Dataset broken = BrokenScenario.dataset();
  private final ValidationReport inMemory = Validator.defaults().validate(broken);

  @Test
  void jsonLinesStreamedThroughIoGiveTheInMemoryReport() throws IOException {
    Path file = directory.resolve("broken.jsonl");
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(file)) {
      for (var record : broken.records()) {
        writer.write(record);
      }
    }

    try (RecordReader reader = SitrepJson.strict().openRecords(file)) {
      assertThat(streamed(reader)).isEqualTo(inMemory);
    }
  }

  @Test
  void aDocumentStreamedThroughIoGivesTheInMemoryReport() throws IOException {
    Path file = directory.resolve("broken.json");
    SitrepJson.strict().write(broken, file);

    try (RecordReader reader = SitrepJson.strict().openDocumentRecords(file)) {
      assertThat(reader.documentAsOf()).contains(broken.asOf());
      assertThat(streamed(reader)).isEqualTo(inMemory);
    }
  }

  private ValidationReport streamed(RecordReader reader) {
    StreamingValidation session = Validator.defaults().startStream(broken.asOf());
    reader.forEachRemaining(session::accept);
    ValidationReport report = session.finish();
    assertThat(report.findings()).isNotEmpty();
    return report;
  }
}
