package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.io.SitrepJson.Format.DOCUMENT;
import static org.sitrep.io.SitrepJson.Format.JSON_LINES;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;

/** Telling a document from JSON Lines by content and name: {@code SitrepJson.detectFormat/open}. */
class FormatDetectionTest {

  private static final String DOCUMENT_TEXT =
      "{\"sitrep\":\"1.0\",\"title\":\"T\",\"asOf\":\"2024-11-20\",\"records\":[]}";
  private static final String RECORD =
      "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}";
  private static final String HEADER = "{\"sitrep\":\"1.0\",\"title\":\"T\"}";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path dir;

  private static Optional<SitrepJson.Format> detect(String text) {
    return SitrepJson.detectFormat(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }

  @Test
  void anObjectWithRecordsIsADocumentWhereverTheOtherPropertiesStand() {
    assertThat(detect(DOCUMENT_TEXT)).hasValue(DOCUMENT);
    assertThat(detect("{\"records\":[" + RECORD + "],\"sitrep\":\"1.0\"}")).hasValue(DOCUMENT);
    assertThat(detect("{\"title\":\"T\",\"asOf\":\"2024-11-20\",\"records\":[]}"))
        .hasValue(DOCUMENT);
    // an unknown property before records is skipped, value and all
    assertThat(detect("{\"x_note\":{\"type\":\"actor\"},\"records\":[]}")).hasValue(DOCUMENT);
    // pretty, as the writer writes it
    assertThat(
            detect(
                SitrepJson.strict()
                    .writeString(
                        Dataset.builder().title("T").asOf(LocalDate.of(2024, 1, 1)).build())))
        .hasValue(DOCUMENT);
  }

  @Test
  void aRecordFirstOrAHeaderLineFollowedByMoreIsJsonLines() {
    assertThat(detect(RECORD + "\n" + RECORD + "\n")).hasValue(JSON_LINES);
    assertThat(detect("{\"id\":\"actor:bla\",\"type\":\"actor\"}")).hasValue(JSON_LINES);
    assertThat(detect(HEADER + "\n" + RECORD + "\n")).hasValue(JSON_LINES);
    // a document property before a record's still leaves it open, until more follows the object
    assertThat(detect("{\"title\":\"T\",\"type\":\"actor\"}\n" + RECORD)).hasValue(JSON_LINES);
  }

  @Test
  void whatDoesNotStartWithAnObjectIsJsonLines() {
    assertThat(detect("[" + RECORD + "]")).hasValue(JSON_LINES);
    assertThat(detect("5\n")).hasValue(JSON_LINES);
    assertThat(detect("\"text\"")).hasValue(JSON_LINES);
  }

  @Test
  void leadingWhitespaceAndAByteOrderMarkAreSkipped() {
    assertThat(detect(" \n\t\r\n  " + DOCUMENT_TEXT)).hasValue(DOCUMENT);
    assertThat(detect("\n\n" + RECORD + "\n")).hasValue(JSON_LINES);
    assertThat(SitrepJson.detectFormat(withBom(DOCUMENT_TEXT))).hasValue(DOCUMENT);
    assertThat(SitrepJson.detectFormat(withBom("\n" + RECORD + "\n"))).hasValue(JSON_LINES);
    // Java's UTF-16 encoder writes a byte order mark first
    assertThat(SitrepJson.detectFormat(DOCUMENT_TEXT.getBytes(StandardCharsets.UTF_16)))
        .hasValue(DOCUMENT);
  }

  @Test
  void emptyInputAndTextThatIsNotJsonSayNothing() {
    assertThat(detect("")).isEmpty();
    assertThat(detect("  \n\n\t")).isEmpty();
    assertThat(SitrepJson.detectFormat(BOM)).isEmpty();
    assertThat(detect("hello world")).isEmpty();
    assertThat(detect("event_id_cnty,event_date\nX1,2024-01-01\n")).isEmpty();
    assertThat(detect("{\"sitrep\" \"1.0\"}")).isEmpty(); // broken
    assertThat(detect("{}")).isEmpty(); // an object that tells nothing
    assertThat(detect("{\"name\":\"x\"}")).isEmpty();
    assertThat(detect(HEADER)).isEmpty(); // a header alone, or a document cut off?
    assertThat(detect("{\"sitrep\":\"1.0\",\"title\":\"T\"")).isEmpty(); // cut off
  }

  @Test
  void onlyTheFirst64KibAreLookedAt() {
    String blanks = " ".repeat(SitrepJson.DETECTION_LENGTH);
    assertThat(SitrepJson.DETECTION_LENGTH).isEqualTo(64 * 1024);
    assertThat(detect(blanks + DOCUMENT_TEXT)).isEmpty();
    assertThat(detect(blanks.substring(1000) + DOCUMENT_TEXT)).hasValue(DOCUMENT);
  }

  @Test
  void aFileIsJudgedByItsContentThenItsNameThenAsJsonLines() throws IOException {
    assertThat(SitrepJson.detectFormat(file("a.jsonl", DOCUMENT_TEXT))).isEqualTo(DOCUMENT);
    assertThat(SitrepJson.detectFormat(file("b.json", RECORD + "\n"))).isEqualTo(JSON_LINES);
    assertThat(SitrepJson.detectFormat(file("c.json", ""))).isEqualTo(DOCUMENT);
    assertThat(SitrepJson.detectFormat(file("d.JSON", "{}"))).isEqualTo(DOCUMENT);
    assertThat(SitrepJson.detectFormat(file("e.jsonl", ""))).isEqualTo(JSON_LINES);
    assertThat(SitrepJson.detectFormat(file("f.ndjson", "{}"))).isEqualTo(JSON_LINES);
    assertThat(SitrepJson.detectFormat(file("g.txt", "not json"))).isEqualTo(JSON_LINES);
    assertThat(SitrepJson.detectFormat(file("h", ""))).isEqualTo(JSON_LINES);
  }

  @Test
  void openReadsEitherFormatAndSaysWhichItFound() throws IOException {
    Actor bla =
        Actor.builder().id(Id.actor("bla")).name("BLA").kind(Actor.Kind.ARMED_GROUP).build();
    Dataset dataset =
        Dataset.builder().title("T").asOf(LocalDate.of(2024, 11, 20)).add(bla).build();
    Path document = dir.resolve("data.jsonl"); // the name is wrong: the content decides
    SitrepJson.strict().write(dataset, document);
    try (RecordReader reader = SitrepJson.strict().open(document)) {
      assertThat(reader.format()).isEqualTo(DOCUMENT);
      assertThat(reader.documentTitle()).hasValue("T");
      assertThat(records(reader)).containsExactly(bla);
    }
    Path lines = file("data.json", HEADER + "\n" + RECORD + "\n");
    try (RecordReader reader = SitrepJson.strict().open(lines)) {
      assertThat(reader.format()).isEqualTo(JSON_LINES);
      assertThat(reader.documentTitle()).hasValue("T");
      assertThat(records(reader)).containsExactly(bla);
    }
    Path bom = dir.resolve("bom.json");
    Files.write(bom, withBom(SitrepJson.strict().writeString(dataset)));
    try (RecordReader reader = SitrepJson.strict().open(bom)) {
      assertThat(reader.format()).isEqualTo(DOCUMENT);
      assertThat(records(reader)).containsExactly(bla);
    }
  }

  @Test
  void aByteOrderMarkBeforeAJsonLinesHeaderIsNoPartOfIt() throws IOException {
    byte[] lines = withBom(HEADER + "\n" + RECORD + "\n");
    try (RecordReader reader = SitrepJson.strict().open(new ByteArrayInputStream(lines))) {
      assertThat(reader.format()).isEqualTo(JSON_LINES);
      assertThat(reader.documentTitle()).hasValue("T");
      assertThat(reader.next().id()).hasToString("actor:bla");
      assertThat(reader.hasNext()).isFalse();
    }
    // a byte at a time: the first line is copied out of the read buffer, the mark with it
    try (RecordReader reader = SitrepJson.strict().openRecords(trickle(lines))) {
      assertThat(reader.documentTitle()).hasValue("T");
      assertThat(reader.next().id()).hasToString("actor:bla");
    }
    // a mark on a blank first line leaves it blank; a record after a mark reads as one
    try (RecordReader reader = SitrepJson.strict().openRecords(trickle(withBom("\n" + RECORD)))) {
      assertThat(reader.next().id()).hasToString("actor:bla");
    }
    // columns on the first line count from after the mark, as an editor shows them
    for (InputStream in :
        List.of(
            new ByteArrayInputStream(withBom("{\"type\":7}\n")),
            trickle(withBom("{\"type\":7}")))) {
      try (RecordReader reader = SitrepJson.strict().openRecords(in)) {
        assertThatThrownBy(reader::next)
            .isInstanceOf(SitrepReadException.class)
            .hasMessageStartingWith("line 1, column 9 (/type): expected a record type string");
      }
    }
  }

  /** A stream that gives one byte per read. */
  private static InputStream trickle(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(length, 1));
      }
    };
  }

  @Test
  void anEmptyFileIsAnEmptyDocumentOrNoRecordsByItsName() throws IOException {
    try (RecordReader reader = SitrepJson.strict().open(file("empty.json", ""))) {
      assertThat(reader.format()).isEqualTo(DOCUMENT);
      assertThatThrownBy(reader::hasNext)
          .isInstanceOf(SitrepReadException.class)
          .hasMessageContaining("empty input: expected a Sitrep document");
    }
    try (RecordReader reader = SitrepJson.strict().open(file("empty.jsonl", "\n\n"))) {
      assertThat(reader.format()).isEqualTo(JSON_LINES);
      assertThat(reader.hasNext()).isFalse();
    }
    try (RecordReader reader = SitrepJson.strict().open(new ByteArrayInputStream(new byte[0]))) {
      assertThat(reader.format()).isEqualTo(JSON_LINES);
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void aStreamLongerThanWhatIsLookedAtIsReadWhole() throws IOException {
    Actor.Builder actor = Actor.builder().kind(Actor.Kind.ARMED_GROUP);
    Dataset.Builder builder = Dataset.builder().title("many").asOf(LocalDate.of(2024, 1, 1));
    for (int i = 0; i < 3000; i++) {
      builder.add(actor.id(Id.actor("a" + i)).name("Actor number " + i).build());
    }
    Dataset dataset = builder.build();
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(lines)) {
      for (SitrepRecord record : dataset.records()) {
        writer.write(record);
      }
    }
    byte[] document = SitrepJson.strict().writeString(dataset).getBytes(StandardCharsets.UTF_8);
    assertThat(lines.size()).isGreaterThan(2 * SitrepJson.DETECTION_LENGTH);
    assertThat(document.length).isGreaterThan(2 * SitrepJson.DETECTION_LENGTH);

    try (RecordReader reader =
        SitrepJson.strict().open(new ByteArrayInputStream(lines.toByteArray()))) {
      assertThat(reader.format()).isEqualTo(JSON_LINES);
      assertThat(records(reader)).isEqualTo(dataset.records());
    }
    try (RecordReader reader = SitrepJson.strict().open(new ByteArrayInputStream(document))) {
      assertThat(reader.format()).isEqualTo(DOCUMENT);
      assertThat(records(reader)).isEqualTo(dataset.records());
    }
  }

  @Test
  void closingTheReaderClosesTheStream() throws IOException {
    boolean[] closed = new boolean[1];
    InputStream in =
        new FilterInputStream(
            new ByteArrayInputStream((RECORD + "\n").getBytes(StandardCharsets.UTF_8))) {
          @Override
          public void close() throws IOException {
            closed[0] = true;
            super.close();
          }
        };
    RecordReader reader = SitrepJson.strict().open(in);
    assertThat(closed[0]).isFalse();
    reader.close();
    assertThat(closed[0]).isTrue();
  }

  @Test
  void aStreamThatFailsAtItsStartIsClosed() {
    boolean[] closed = new boolean[1];
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertThatThrownBy(() -> SitrepJson.strict().open(failing))
        .isInstanceOf(IOException.class)
        .hasMessage("disk gone");
    assertThat(closed[0]).isTrue();
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static List<SitrepRecord> records(RecordReader reader) {
    List<SitrepRecord> records = new ArrayList<>();
    reader.forEachRemaining(records::add);
    return records;
  }
}
