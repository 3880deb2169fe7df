package org.sitrep.io.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;

/** The schema's JSON Lines header agrees with what the writer writes and the reader refuses. */
class JsonLinesHeaderSchemaTest {

  @Test
  void theHeaderTheWriterWritesValidates() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(out)) {
      writer.writeHeader("Balochistan \"autumn\"", LocalDate.of(2024, 11, 20));
    }
    String header = out.toString(StandardCharsets.UTF_8).strip();

    assertThat(SchemaValidation.validateHeader(header)).isEmpty();
    assertThat(SchemaValidation.validateHeader("{\"sitrep\":\"1.0\"}")).isEmpty();
  }

  @Test
  void whatTheReaderRefusesTheSchemaRefuses() {
    assertThat(SchemaValidation.validateHeader("{\"title\":\"t\"}")).isNotEmpty();
    assertThat(SchemaValidation.validateHeader("{\"sitrep\":\"2.0\"}")).isNotEmpty();
    assertThat(SchemaValidation.validateHeader("{\"sitrep\":\"1.0\",\"asOf\":\"20/11/2024\"}"))
        .isNotEmpty();
    assertThat(SchemaValidation.validateHeader("{\"sitrep\":\"1.0\",\"records\":[]}")).isNotEmpty();
  }
}
