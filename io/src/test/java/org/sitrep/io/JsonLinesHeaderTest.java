package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
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
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;

/** The optional first line of JSON Lines that carries a dataset's title and asOf. */
class JsonLinesHeaderTest {

  private static final Actor BLA =
      Actor.builder().id(Id.actor("bla")).name("BLA").kind(Actor.Kind.ARMED_GROUP).build();
  private static final String RECORD =
      "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}";
  private static final String HEADER =
      "{\"sitrep\":\"1.0\",\"title\":\"Balochistan\",\"asOf\":\"2024-11-20\"}";

  @TempDir Path dir;

  @Test
  void aWriterWritesTheHeaderFirstAndReadersGiveItBack() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(out)) {
      writer.writeHeader("Balochistan", LocalDate.of(2024, 11, 20));
      writer.write(BLA);
    }
    String lines = out.toString(StandardCharsets.UTF_8);
    assertThat(lines).isEqualTo(HEADER + "\n" + RECORD + "\n");

    try (RecordReader reader = SitrepJson.strict().openRecords(lines)) {
      assertThat(reader.documentTitle()).hasValue("Balochistan");
      assertThat(reader.documentAsOf()).hasValue(LocalDate.of(2024, 11, 20));
      assertThat(reader.next()).isEqualTo(BLA);
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void theHeaderIsSeenWhetherAskedForBeforeOrAfterTheRecords() {
    try (RecordReader reader = SitrepJson.strict().openRecords(HEADER + "\n" + RECORD + "\n")) {
      List<SitrepRecord> records = new ArrayList<>();
      reader.forEachRemaining(records::add);
      assertThat(records).containsExactly(BLA);
      assertThat(reader.documentTitle()).hasValue("Balochistan");
    }
    try (RecordReader reader = SitrepJson.strict().openRecords(RECORD + "\n")) {
      assertThat(reader.documentTitle()).isEmpty();
      assertThat(reader.documentAsOf()).isEmpty();
      assertThat(reader.next()).isEqualTo(BLA);
    }
  }

  @Test
  void titleAndAsOfAreOptionalSitrepIsNot() {
    try (RecordReader reader =
        SitrepJson.strict().openRecords("{\"sitrep\":\"1.0\"}\n" + RECORD + "\n")) {
      assertThat(reader.documentTitle()).isEmpty();
      assertThat(reader.next()).isEqualTo(BLA);
    }
  }

  @Test
  void aBadHeaderIsAReadErrorThatSaysWhy() {
    assertThatThrownBy(() -> readAll("{\"sitrep\":\"1.0\",\"records\":[]}\n"))
        .isInstanceOf(SitrepReadException.class)
        .hasMessageContaining("a JSON Lines header holds no records");
    assertThatThrownBy(() -> readAll("{\"sitrep\":\"2.0\"}\n"))
        .hasMessageContaining("unsupported format version '2.0'");
    assertThatThrownBy(() -> readAll("{\"sitrep\":\"1.0\",\"asOf\":\"20/11/2024\"}\n"))
        .hasMessageContaining("malformed asOf '20/11/2024'");
    assertThatThrownBy(() -> readAll("{\"sitrep\":\"1.0\",\"author\":\"me\"}\n"))
        .hasMessageContaining("a JSON Lines header has only sitrep, title and asOf");
    assertThatThrownBy(() -> readAll(RECORD + "\n" + HEADER + "\n"))
        .isInstanceOf(SitrepReadException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("must be the first line");
  }

  @Test
  void evenALenientReaderRefusesABadOrMisplacedHeaderLine() {
    // the header is the frame of the lines, not a record to leave out
    for (String lines :
        List.of(
            RECORD + "\n" + HEADER + "\n" + RECORD + "\n",
            "{\"sitrep\":\"1.0\",\"asOf\":\"20/11/2024\"}\n" + RECORD + "\n",
            "{\"sitrep\":\"2.0\"}\n" + RECORD + "\n",
            "{\"sitrep\":\"1.0\",\"author\":\"me\"}\n" + RECORD + "\n")) {
      assertThatThrownBy(() -> readAllLeniently(lines)).isInstanceOf(SitrepReadException.class);
    }
  }

  private static void readAllLeniently(String lines) {
    try (RecordReader reader = SitrepJson.lenient().openRecords(lines)) {
      reader.forEachRemaining(record -> {});
    }
  }

  @Test
  void aHeaderGoesOnlyOnTheFirstLine(@TempDir Path folder) throws IOException {
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(new ByteArrayOutputStream())) {
      writer.write(BLA);
      assertThatThrownBy(() -> writer.writeHeader("t", LocalDate.of(2024, 1, 1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("first line");
    }
    Path existing = Files.writeString(folder.resolve("old.jsonl"), RECORD + "\n");
    try (RecordWriter writer = SitrepJson.strict().appendingRecordWriter(existing)) {
      assertThatThrownBy(() -> writer.writeHeader("t", LocalDate.of(2024, 1, 1)))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aDocumentToJsonLinesAndBackIsTheSameDataset() throws IOException {
    Dataset dataset = Dataset.of("Balochistan", LocalDate.of(2024, 11, 20), List.of(BLA));
    Path lines = dir.resolve("d.jsonl");
    SitrepJson.strict()
        .writeRecords(dataset.records().iterator(), lines, dataset.title(), dataset.asOf());

    assertThat(Files.readAllLines(lines)).containsExactly(HEADER, RECORD);
    try (RecordReader reader = SitrepJson.strict().openRecords(lines)) {
      Dataset back =
          Dataset.builder()
              .title(reader.documentTitle().orElseThrow())
              .asOf(reader.documentAsOf().orElseThrow())
              .addAll(reader.stream().toList())
              .build();
      assertThat(back).isEqualTo(dataset);
    }
  }

  private static void readAll(String lines) {
    try (RecordReader reader = SitrepJson.strict().openRecords(lines)) {
      reader.forEachRemaining(record -> {});
    }
  }
}
