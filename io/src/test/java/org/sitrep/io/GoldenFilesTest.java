package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;

class GoldenFilesTest {

  private static final String[] DOCUMENTS = {
    "actor-full",
    "actor-minimal",
    "incident-full",
    "incident-minimal",
    "operation-full",
    "operation-minimal",
    "exercise-full",
    "exercise-minimal",
    "investment-full",
    "investment-minimal",
    "statement-full",
    "statement-minimal",
    "dataset"
  };

  static String[] documents() {
    return DOCUMENTS;
  }

  @ParameterizedTest
  @MethodSource("documents")
  void golden_document_reads_and_writes_back_byte_identical(String name) {
    String golden = Resources.text("contract/" + name + ".json");
    SitrepJson json = SitrepJson.strict();

    ReadResult result = json.read(golden);

    assertThat(result.warnings()).isEmpty();
    assertThat(json.writeString(result.dataset())).isEqualTo(golden);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "actor-full",
        "incident-full",
        "operation-full",
        "exercise-full",
        "investment-full",
        "statement-full",
        "dataset"
      })
  void compact_output_reads_back_to_the_same_dataset(String name) {
    Dataset dataset = SitrepJson.strict().readDataset(Resources.text("contract/" + name + ".json"));
    SitrepJson compact = SitrepJson.builder().compact().build();

    String text = compact.writeString(dataset);

    assertThat(text).doesNotContain(" \"").endsWith("}\n");
    assertThat(compact.readDataset(text)).isEqualTo(dataset);
  }

  @Test
  void every_golden_document_is_listed_and_every_record_type_has_two() throws IOException {
    Path contract = Path.of("src", "test", "resources", "contract");
    List<String> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(contract)) {
      listing
          .map(path -> path.getFileName().toString())
          .filter(file -> file.endsWith(".json"))
          .map(file -> file.substring(0, file.length() - ".json".length()))
          .forEach(files::add);
    }
    assertThat(files).containsExactlyInAnyOrder(DOCUMENTS);
    for (org.sitrep.core.RecordType type : org.sitrep.core.RecordType.values()) {
      assertThat(DOCUMENTS).contains(type.wireName() + "-full", type.wireName() + "-minimal");
    }
  }

  @Test
  void golden_json_lines_read_and_write_back_byte_identical() throws IOException {
    String golden = Resources.text("contract/records.jsonl");
    List<SitrepRecord> records = new ArrayList<>();
    try (RecordReader reader = SitrepJson.strict().openRecords(golden)) {
      reader.forEachRemaining(records::add);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(out)) {
      for (SitrepRecord record : records) {
        writer.write(record);
      }
    }

    assertThat(records).hasSize(6);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(golden);
  }

  @Test
  void golden_full_files_keep_offsets_fractions_and_extensions() {
    Dataset dataset =
        SitrepJson.strict().readDataset(Resources.text("contract/incident-full.json"));
    SitrepRecord incident = dataset.records().get(0);

    assertThat(incident.modified().orElseThrow()).hasToString("2024-11-20T11:45:10.250-03:30");
    assertThat(incident.extensions().get("x_note").json()).isEqualTo("null");
    assertThat(incident.extensions().get("x_review").json())
        .isEqualTo("{\"by\":\"desk\",\"checked\":true}");
  }
}
