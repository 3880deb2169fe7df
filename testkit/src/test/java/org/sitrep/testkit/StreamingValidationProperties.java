package org.sitrep.testkit;

import static org.sitrep.testkit.SitrepAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.RecordReader;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;
import org.sitrep.validation.StreamingValidation;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * Streamed validation gives the in-memory report on generated datasets, valid and inconsistent:
 * records handed over one by one, and records streamed from JSON Lines and from a document.
 */
class StreamingValidationProperties {

  @Provide
  Arbitrary<Dataset> datasets() {
    return Arbitraries.oneOf(
        SitrepArbitraries.datasets(),
        SitrepArbitraries.inconsistentDatasets().map(Inconsistency::dataset));
  }

  @Property
  void streamedValidationEqualsInMemoryValidation(@ForAll("datasets") Dataset dataset)
      throws IOException {
    ValidationReport inMemory = Validator.defaults().validate(dataset);
    assertThat(Validator.defaults().validate(dataset.records(), dataset.asOf()))
        .isEqualTo(inMemory);

    StreamingValidation session = Validator.defaults().startStream(dataset.asOf());
    dataset.records().forEach(session::accept);
    assertThat(session.count()).isEqualTo(dataset.size());
    assertThat(session.finish()).isEqualTo(inMemory);

    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(lines)) {
      for (SitrepRecord record : dataset.records()) {
        writer.write(record);
      }
    }
    try (RecordReader reader =
        SitrepJson.strict().openRecords(new ByteArrayInputStream(lines.toByteArray()))) {
      StreamingValidation streamed = Validator.defaults().startStream(dataset.asOf());
      reader.forEachRemaining(streamed::accept);
      assertThat(streamed.finish()).isEqualTo(inMemory);
    }

    byte[] document = SitrepJson.strict().writeString(dataset).getBytes(StandardCharsets.UTF_8);
    try (RecordReader reader =
        SitrepJson.strict().openDocumentRecords(new ByteArrayInputStream(document))) {
      StreamingValidation streamed = Validator.defaults().startStream(dataset.asOf());
      reader.forEachRemaining(streamed::accept);
      assertThat(streamed.finish()).isEqualTo(inMemory);
    }
  }
}
