package org.sitrep.testkit;

import static org.sitrep.testkit.SitrepAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.RecordReader;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;

/**
 * Any generated dataset, {@code x_} extensions included, survives a JSON document (pretty and
 * compact) and JSON Lines (with the header line) unchanged, and writing it again gives the same
 * bytes. Tries: jqwik.tries.default, set from {@code sitrep.property.tries} (1,000 in verify,
 * 100,000 with {@code -P properties}).
 */
class RoundTripProperties {

  private static final SitrepJson PRETTY = SitrepJson.strict();
  private static final SitrepJson COMPACT = SitrepJson.builder().compact().build();

  @Provide
  Arbitrary<Dataset> datasets() {
    return SitrepArbitraries.datasets();
  }

  @Property
  void aDocumentReadsBackEqual(@ForAll("datasets") Dataset dataset) {
    String pretty = PRETTY.writeString(dataset);
    Dataset read = PRETTY.readDataset(pretty);
    assertThat(read.records()).containsExactlyElementsOf(dataset.records());
    assertThat(read).isEqualTo(dataset);
    assertThat(PRETTY.writeString(read)).isEqualTo(pretty);

    String compact = COMPACT.writeString(dataset);
    assertThat(COMPACT.readDataset(compact)).isEqualTo(dataset);
    assertThat(PRETTY.readDataset(compact)).isEqualTo(dataset);
  }

  @Property
  void jsonLinesReadBackEqual(@ForAll("datasets") Dataset dataset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = PRETTY.newRecordWriter(out)) {
      writer.writeHeader(dataset.title(), dataset.asOf());
      for (SitrepRecord record : dataset.records()) {
        writer.write(record);
      }
    }
    byte[] lines = out.toByteArray();
    List<SitrepRecord> read = new ArrayList<>();
    try (RecordReader reader = PRETTY.openRecords(new ByteArrayInputStream(lines))) {
      reader.forEachRemaining(read::add);
      assertThat(reader.documentTitle()).contains(dataset.title());
      assertThat(reader.documentAsOf()).contains(dataset.asOf());
    }
    assertThat(read).containsExactlyElementsOf(dataset.records());
    assertThat(new String(lines, StandardCharsets.UTF_8))
        .hasLineCount(dataset.size() + 1)
        .endsWith("\n");
  }

  @Property
  void aDocumentStreamedRecordByRecordReadsBackEqual(@ForAll("datasets") Dataset dataset)
      throws IOException {
    byte[] document = PRETTY.writeString(dataset).getBytes(StandardCharsets.UTF_8);
    List<SitrepRecord> read = new ArrayList<>();
    try (RecordReader reader = PRETTY.openDocumentRecords(new ByteArrayInputStream(document))) {
      reader.forEachRemaining(read::add);
      assertThat(reader.documentTitle()).contains(dataset.title());
      assertThat(reader.documentAsOf()).contains(dataset.asOf());
    }
    assertThat(read).containsExactlyElementsOf(dataset.records());
  }
}
