package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.Incident;
import org.sitrep.core.SitrepRecord;

class SitrepJsonTest {

  @TempDir Path dir;

  @Test
  void a_record_whose_type_is_not_first_is_read_the_same() {
    String doc =
        "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":["
            + "{\"id\":\"actor:bla\",\"name\":\"BLA\",\"x_a\":{\"b\":[1.50]},\"type\":\"actor\","
            + "\"kind\":\"armed-group\"}]}";

    Actor actor = SitrepJson.strict().readDataset(doc).actors().get(0);

    assertThat(actor.kind()).isEqualTo(Actor.Kind.ARMED_GROUP);
    assertThat(actor.extensions().get("x_a").json()).isEqualTo("{\"b\":[1.50]}");
  }

  @Test
  void a_problem_in_a_record_whose_type_comes_late_names_the_record_start_and_pointer() {
    String doc =
        "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":["
            + "{\"id\":\"actor:bla\",\"name\":7,\"type\":\"actor\",\"kind\":\"armed-group\"}]}";

    assertThatThrownBy(() -> SitrepJson.strict().readDataset(doc))
        .isInstanceOf(SitrepReadException.class)
        .hasMessage(
            "line 1, column 60 (/records/0/name, record actor:bla): expected a string,"
                + " found the number 7");
  }

  @Test
  void a_written_file_keeps_the_permissions_of_the_file_it_replaces() throws IOException {
    Dataset dataset = SitrepJson.strict().readDataset(Resources.text("contract/dataset.json"));
    Path created = dir.resolve("new.json");
    Path replaced = Files.writeString(dir.resolve("old.json"), "{}");
    Files.setPosixFilePermissions(replaced, PosixFilePermissions.fromString("rw-rw-r--"));

    SitrepJson.strict().write(dataset, created);
    SitrepJson.strict().write(dataset, replaced);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created)))
        .isEqualTo("rw-r--r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(replaced)))
        .isEqualTo("rw-rw-r--");
  }

  @Test
  void writing_a_file_replaces_it_whole_and_leaves_no_temporary_file() throws IOException {
    Dataset dataset = SitrepJson.strict().readDataset(Resources.text("contract/dataset.json"));
    Path target = dir.resolve("out.json");
    Files.writeString(target, "old");

    SitrepJson.strict().write(dataset, target);

    assertThat(Files.readString(target)).isEqualTo(Resources.text("contract/dataset.json"));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void json_lines_files_are_written_atomically_and_appended_to() throws IOException {
    Path target = dir.resolve("records.jsonl");
    List<SitrepRecord> records = new ArrayList<>();
    try (RecordReader reader =
        SitrepJson.strict().openRecords(Resources.path("contract/records.jsonl"))) {
      reader.forEachRemaining(records::add);
    }

    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(target)) {
      writer.write(records.get(0));
      writer.flush();
      assertThat(target).doesNotExist();
    }
    try (RecordWriter writer = SitrepJson.strict().appendingRecordWriter(target)) {
      writer.write(records.get(1));
    }

    assertThat(Files.readAllLines(target))
        .containsExactlyElementsOf(
            Resources.text("contract/records.jsonl").lines().limit(2).toList());
  }

  @Test
  void the_records_of_a_document_stream_one_at_a_time() throws IOException {
    try (RecordReader reader =
        SitrepJson.strict().openDocumentRecords(Resources.path("contract/dataset.json"))) {
      assertThat(reader.stream().map(r -> r.type().wireName()))
          .containsExactly(
              "actor", "actor", "incident", "operation", "exercise", "investment", "statement");
    }
  }

  @Test
  void the_jackson_module_reads_and_writes_records_and_documents() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SitrepModule());
    String golden = Resources.text("contract/incident-full.json");
    Dataset dataset = mapper.readValue(golden, Dataset.class);
    Incident incident = dataset.incidents().get(0);

    String json = mapper.writeValueAsString(incident);

    assertThat(mapper.readValue(json, Incident.class)).isEqualTo(incident);
    assertThat(mapper.readValue(json, SitrepRecord.class)).isEqualTo(incident);
    assertThat(mapper.readValue(mapper.writeValueAsString(dataset), Dataset.class))
        .isEqualTo(dataset);
  }

  @Test
  void the_jackson_module_reports_read_problems_with_their_cause() {
    ObjectMapper mapper = new ObjectMapper().registerModule(SitrepJson.strict().module());

    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"B\",\"kind\":\"gang\"}",
                    Actor.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("(/kind, record actor:bla): unknown actor kind 'gang'")
        .hasCauseInstanceOf(SitrepReadException.class);
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"B\",\"kind\":\"state\"}",
                    Incident.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("expected incident record, found actor actor:bla");
  }

  @Test
  void null_means_absent_and_an_unsupported_version_is_refused() {
    String doc =
        "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":["
            + "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"B\",\"kind\":\"state\","
            + "\"description\":null,\"tags\":null,\"x_n\":null}]}";

    Actor actor = SitrepJson.strict().readDataset(doc).actors().get(0);

    assertThat(actor.description()).isEmpty();
    assertThat(actor.tags()).isEmpty();
    assertThatThrownBy(() -> SitrepJson.strict().readDataset(doc.replace("1.0", "2.0")))
        .isInstanceOf(SitrepReadException.class)
        .hasFieldOrPropertyWithValue("problem.code", "unsupported-version")
        .hasFieldOrPropertyWithValue("problem.pointer", "/sitrep");
  }
}
