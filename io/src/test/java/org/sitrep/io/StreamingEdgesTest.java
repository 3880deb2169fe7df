package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Actor;
import org.sitrep.core.Id;

/** Streaming documents and appending JSON Lines at their edges. */
class StreamingEdgesTest {

  private static final String ACTOR =
      "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}";
  private static final Actor BLA =
      Actor.builder().id(Id.actor("bla")).name("BLA").kind(Actor.Kind.ARMED_GROUP).build();

  @TempDir Path dir;

  private static RecordReader documentRecords(SitrepJson json, String document) throws IOException {
    return json.openDocumentRecords(
        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theDayOfAStreamedDocumentCanBeAskedForFirst() throws IOException {
    String document =
        "{\"sitrep\":\"1.0\",\"asOf\":\"2024-11-20\",\"title\":\"t\",\"records\":[" + ACTOR + "]}";
    try (RecordReader reader = documentRecords(SitrepJson.strict(), document)) {
      assertThat(reader.documentAsOf()).hasValue(LocalDate.of(2024, 11, 20));
      assertThat(reader.documentTitle()).hasValue("t");
      assertThat(reader.next()).isEqualTo(BLA);
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void aProblemAfterAStreamedRecordDoesNotNameIt() throws IOException {
    String document =
        "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":["
            + ACTOR
            + "],\"author\":1}";
    try (RecordReader reader = documentRecords(SitrepJson.strict(), document)) {
      assertThat(reader.next()).isEqualTo(BLA);
      assertThatThrownBy(reader::hasNext)
          .isInstanceOfSatisfying(
              SitrepReadException.class,
              e -> {
                assertThat(e.getMessage())
                    .isEqualTo(
                        "line 1, column 129 (/author): unknown property 'author': a document has"
                            + " only sitrep, title, asOf and records");
                assertThat(e.problem().recordId()).isEmpty();
              });
    }
  }

  @Test
  void aProblemAfterASkippedRecordDoesNotNameIt() throws IOException {
    String document =
        "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":["
            + ACTOR.replace("armed-group", "nope")
            + ","
            + ACTOR
            + "],\"author\":1}";
    try (RecordReader reader = documentRecords(SitrepJson.lenient(), document)) {
      List<Actor> actors = new ArrayList<>();
      reader.forEachRemaining(r -> actors.add((Actor) r));
      assertThat(actors).containsExactly(BLA);
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::pointer, ReadProblem::recordId)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "malformed-value", "/records/0/kind", java.util.Optional.of(Id.actor("bla"))),
              org.assertj.core.groups.Tuple.tuple(
                  "unknown-property", "/author", java.util.Optional.empty()));
    }
    String afterBad =
        "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":["
            + ACTOR.replace("armed-group", "nope")
            + "],\"author\":1}";
    try (RecordReader reader = documentRecords(SitrepJson.lenient(), afterBad)) {
      assertThat(reader.hasNext()).isFalse();
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::recordId)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "malformed-value", java.util.Optional.of(Id.actor("bla"))),
              org.assertj.core.groups.Tuple.tuple("unknown-property", java.util.Optional.empty()));
    }
  }

  @Test
  void appendingToAnEmptyFileMayStartWithAHeader() throws IOException {
    Path file = dir.resolve("empty.jsonl");
    Files.createFile(file);
    try (RecordWriter writer = SitrepJson.strict().appendingRecordWriter(file)) {
      writer.writeHeader("T", LocalDate.of(2024, 11, 20));
      writer.write(BLA);
    }
    assertThat(Files.readString(file))
        .isEqualTo("{\"sitrep\":\"1.0\",\"title\":\"T\",\"asOf\":\"2024-11-20\"}\n" + ACTOR + "\n");

    Path fresh = dir.resolve("fresh.jsonl");
    try (RecordWriter writer = SitrepJson.strict().appendingRecordWriter(fresh)) {
      writer.writeHeader(null, null);
      writer.write(BLA);
    }
    assertThat(Files.readString(fresh)).isEqualTo("{\"sitrep\":\"1.0\"}\n" + ACTOR + "\n");
  }

  @Test
  void appendingAfterALineWithoutNewlineEndsItFirstAndAllowsNoHeader() throws IOException {
    Path file = dir.resolve("partial.jsonl");
    Files.writeString(file, ACTOR);
    try (RecordWriter writer = SitrepJson.strict().appendingRecordWriter(file)) {
      assertThatThrownBy(() -> writer.writeHeader("T", null))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "A JSON Lines header goes on the first line: records (or a header) were written"
                  + " already");
      writer.write(BLA);
    }
    assertThat(Files.readString(file)).isEqualTo(ACTOR + "\n" + ACTOR + "\n");
  }

  @Test
  void aClosedWriterWritesNoHeader() throws IOException {
    RecordWriter writer = SitrepJson.strict().newRecordWriter(new java.io.ByteArrayOutputStream());
    writer.close();
    assertThatThrownBy(() -> writer.writeHeader("T", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RecordWriter is closed or failed");
  }

  @Test
  void writeRecordsWritesAHeaderWhenOnlyTheDayIsGiven() throws IOException {
    Path withDay = dir.resolve("day.jsonl");
    SitrepJson.strict()
        .writeRecords(List.of(BLA).iterator(), withDay, null, LocalDate.of(2024, 1, 2));
    assertThat(Files.readString(withDay))
        .isEqualTo("{\"sitrep\":\"1.0\",\"asOf\":\"2024-01-02\"}\n" + ACTOR + "\n");

    Path withTitle = dir.resolve("title.jsonl");
    SitrepJson.strict().writeRecords(List.of(BLA).iterator(), withTitle, "T", null);
    assertThat(Files.readString(withTitle))
        .isEqualTo("{\"sitrep\":\"1.0\",\"title\":\"T\"}\n" + ACTOR + "\n");

    Path without = dir.resolve("none.jsonl");
    SitrepJson.strict().writeRecords(List.of(BLA).iterator(), without, null, null);
    assertThat(Files.readString(without)).isEqualTo(ACTOR + "\n");
  }
}
