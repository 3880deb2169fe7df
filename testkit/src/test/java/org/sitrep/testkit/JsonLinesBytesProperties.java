package org.sitrep.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;

/**
 * JSON Lines, which the record writer writes straight into a byte buffer, are byte for byte the
 * compact document jackson-core's generator writes for the same dataset: its header line is the
 * document's head, and each line one of its records. The generated datasets carry strings with
 * every escape class, characters outside the Basic Multilingual Plane, coordinates, money and
 * {@code x_} values. Tries: jqwik.tries.default, as in {@link RoundTripProperties}.
 */
class JsonLinesBytesProperties {

  private static final SitrepJson COMPACT = SitrepJson.builder().compact().build();

  @Provide
  Arbitrary<Dataset> datasets() {
    return SitrepArbitraries.datasets();
  }

  @Property
  void jsonLinesAreTheCompactDocumentsBytes(@ForAll("datasets") Dataset dataset)
      throws IOException {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    try (RecordWriter writer = COMPACT.newRecordWriter(lines)) {
      writer.writeHeader(dataset.title(), dataset.asOf());
      for (SitrepRecord record : dataset.records()) {
        writer.write(record);
      }
    }
    String[] line = new String(lines.toByteArray(), StandardCharsets.UTF_8).split("\n", -1);
    StringBuilder document = new StringBuilder();
    document.append(line[0], 0, line[0].length() - 1).append(",\"records\":[");
    for (int i = 1; i < line.length - 1; i++) {
      document.append(i > 1 ? "," : "").append(line[i]);
    }
    document.append("]}\n");

    ByteArrayOutputStream written = new ByteArrayOutputStream();
    COMPACT.write(dataset, written);

    assertThat(line[line.length - 1]).isEmpty();
    assertThat(document.toString().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(written.toByteArray());
  }
}
