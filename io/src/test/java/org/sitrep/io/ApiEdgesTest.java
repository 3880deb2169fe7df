package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * The public API's edges, whatever the reader's messages say: the builder's settings and limits,
 * every read and write overload (flushed, not closed), appending to JSON Lines, the writer's
 * states, a reader past its end.
 */
class ApiEdgesTest {

  private static final Actor A =
      Actor.builder().id(Id.actor("a")).name("A").kind(Actor.Kind.STATE).build();
  private static final Actor B =
      Actor.builder().id(Id.actor("b")).name("B").kind(Actor.Kind.PERSON).build();
  private static final Dataset DATASET = Dataset.of("t", LocalDate.of(2024, 11, 20), List.of(A, B));

  @TempDir Path directory;

  @Test
  void theBuilderKeepsEverySetting() {
    SitrepJson json =
        SitrepJson.builder()
            .lenient()
            .strict()
            .compact()
            .pretty()
            .maxStringLength(100)
            .maxNameLength(100)
            .maxNumberLength(100)
            .maxNestingDepth(10)
            .maxDocumentLength(1000)
            .maxLineLength(1000)
            .detectDuplicates()
            .build();
    assertThat(json.isStrict()).isTrue();
    assertThat(json.isPretty()).isTrue();
    SitrepJson other = SitrepJson.builder().strict().lenient().pretty().compact().build();
    assertThat(other.isStrict()).isFalse();
    assertThat(other.isPretty()).isFalse();
    assertThat(json.module()).isNotNull();
    assertThatThrownBy(other::module)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("a lenient SitrepJson has no Jackson module")
        .hasMessageContaining("SitrepJson.strict().module()");
    assertThatThrownBy(() -> SitrepJson.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxStringLength");
    assertThatThrownBy(() -> SitrepJson.builder().maxNameLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SitrepJson.builder().maxNumberLength(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SitrepJson.builder().maxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SitrepJson.builder().maxLineLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SitrepJson.builder().maxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDocumentLength");
  }

  @Test
  void aDocumentOneByteLongerThanTheLimitIsRefusedAndOneAtTheLimitIsRead() {
    byte[] document = SitrepJson.strict().writeString(DATASET).getBytes(StandardCharsets.UTF_8);
    SitrepJson exact = SitrepJson.builder().maxDocumentLength(document.length).build();
    SitrepJson shorter = SitrepJson.builder().maxDocumentLength(document.length - 1).build();
    assertThat(exact.read(new String(document, StandardCharsets.UTF_8)).dataset())
        .isEqualTo(DATASET);
    assertThat(
            ((SitrepReadException)
                    org.assertj.core.api.Assertions.catchThrowable(
                        () -> shorter.read(new ByteArrayInputStream(document))))
                .problem()
                .code())
        .isEqualTo(ReadProblem.LIMIT_EXCEEDED);
  }

  @Test
  void everyReadAndWriteOverloadGivesTheSameDocument() throws IOException {
    String expected = SitrepJson.strict().writeString(DATASET);
    assertThat(SitrepJson.strict().read(new StringReader(expected)).dataset()).isEqualTo(DATASET);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BufferedOutputStream buffered = new BufferedOutputStream(bytes, 1 << 16);
    SitrepJson.strict().write(DATASET, buffered); // flushed, not closed
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);

    StringWriter text = new StringWriter();
    BufferedWriter bufferedText = new BufferedWriter(text, 1 << 16);
    SitrepJson.strict().write(DATASET, bufferedText);
    assertThat(text.toString()).isEqualTo(expected);

    Path file = directory.resolve("d.json");
    SitrepJson.strict().write(DATASET, file);
    assertThat(Files.readString(file)).isEqualTo(expected);
    assertThat(SitrepJson.strict().readDataset(file)).isEqualTo(DATASET);
  }

  @Test
  void everyReportOverloadGivesTheSameReport() throws IOException {
    ValidationReport report = Validator.defaults().validate(DATASET);
    String expected = SitrepJson.strict().writeReportString(report);
    StringWriter text = new StringWriter();
    BufferedWriter buffered = new BufferedWriter(text, 1 << 16);
    SitrepJson.strict().writeReport(report, buffered);
    assertThat(text.toString()).isEqualTo(expected);

    StringWriter embedded = new StringWriter();
    try (JsonGenerator generator = new JsonFactory().createGenerator(embedded)) {
      SitrepJson.strict().writeReport(report, generator);
    }
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(embedded.toString())).isEqualTo(mapper.readTree(expected));
  }

  @Test
  void aDocumentStreamThatCannotStartIsClosed() {
    boolean[] closed = {false};
    FilterInputStream in =
        new FilterInputStream(new ByteArrayInputStream(new byte[0])) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("the disk is gone");
          }

          @Override
          public int read() throws IOException {
            throw new IOException("the disk is gone");
          }

          @Override
          public void close() throws IOException {
            closed[0] = true;
            super.close();
          }
        };
    assertThatThrownBy(() -> SitrepJson.strict().openDocumentRecords(in))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("the disk is gone");
    assertThat(closed[0]).isTrue();
  }

  @Test
  void appendingAddsLinesAfterThoseInTheFileAndEndsAnUnfinishedLine() throws IOException {
    Path file = directory.resolve("a.jsonl");
    try (RecordWriter writer = SitrepJson.strict().appendingRecordWriter(file)) {
      writer.writeHeader("t", LocalDate.of(2024, 11, 20)); // an empty file takes a header
      writer.write(A);
    }
    String one = Files.readString(file);
    assertThat(one).hasLineCount(2).endsWith("\n");

    Files.writeString(file, one.substring(0, one.length() - 1)); // no final newline
    try (RecordWriter writer = SitrepJson.strict().appendingRecordWriter(file)) {
      assertThatThrownBy(() -> writer.writeHeader("t", LocalDate.of(2024, 11, 20)))
          .isInstanceOf(IllegalStateException.class);
      writer.write(B);
    }
    assertThat(Files.readString(file))
        .isEqualTo(one + Files.readString(file).substring(one.length()))
        .hasLineCount(3)
        .endsWith("\n");
    try (RecordReader reader = SitrepJson.strict().openRecords(file)) {
      assertThat(reader.stream().toList()).containsExactly(A, B);
      assertThat(reader.documentTitle()).contains("t");
    }

    try (RecordWriter writer = SitrepJson.strict().appendingRecordWriter(file)) {
      writer.write(A);
      writer.flush();
      assertThat(Files.readString(file)).hasLineCount(4); // flushed before closing
    }
  }

  @Test
  void aWriterAfterCloseOrAbortRefusesAndAnAbortedFileIsNotWritten() throws IOException {
    Path file = directory.resolve("w.jsonl");
    RecordWriter writer = SitrepJson.strict().newRecordWriter(file);
    writer.write(A);
    writer.abort();
    writer.abort();
    assertThat(file).doesNotExist();
    assertThatThrownBy(() -> writer.write(B)).isInstanceOf(IllegalStateException.class);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordWriter toStream = SitrepJson.strict().newRecordWriter(out);
    toStream.writeHeader("t", LocalDate.of(2024, 11, 20));
    assertThatThrownBy(() -> toStream.writeHeader("u", LocalDate.of(2024, 11, 20)))
        .isInstanceOf(IllegalStateException.class);
    toStream.write(A);
    toStream.flush();
    assertThat(out.toString(StandardCharsets.UTF_8)).hasLineCount(2);
    toStream.close();
    toStream.close();
    assertThatThrownBy(() -> toStream.write(B)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> toStream.writeHeader("t", LocalDate.of(2024, 11, 20)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void writeRecordsWithAndWithoutAHeader() throws IOException {
    Path with = directory.resolve("with.jsonl");
    Path without = directory.resolve("without.jsonl");
    SitrepJson.strict()
        .writeRecords(DATASET.records().iterator(), with, "t", LocalDate.of(2024, 11, 20));
    SitrepJson.strict().writeRecords(DATASET.records().iterator(), without);
    assertThat(Files.readAllLines(with)).hasSize(3);
    assertThat(Files.readAllLines(without)).hasSize(2);
    Path titled = directory.resolve("titled.jsonl");
    SitrepJson.strict().writeRecords(DATASET.records().iterator(), titled, "t", null);
    assertThat(Files.readAllLines(titled).get(0)).isEqualTo("{\"sitrep\":\"1.0\",\"title\":\"t\"}");
  }

  @Test
  void aReaderPastItsEndSaysSo() {
    RecordReader reader =
        SitrepJson.strict()
            .openRecords(
                "{\"type\":\"actor\",\"id\":\"actor:a\",\"name\":\"A\",\"kind\":\"state\"}\n");
    assertThat(reader.hasNext()).isTrue();
    assertThat(reader.hasNext()).isTrue();
    SitrepRecord first = reader.next();
    assertThat(first).isEqualTo(A);
    assertThat(reader.hasNext()).isFalse();
    assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    reader.close();
  }

  @Test
  void aWarningShowsItsDetail() {
    ReadProblem warning =
        new ReadProblem("unknown-property", 3, 7, "/records/0/x", Id.actor("a"), "the detail");
    assertThat(warning.detail()).isEqualTo("the detail");
    assertThat(warning.toString()).contains("the detail");
    assertThat(warning.recordId()).contains(Id.actor("a"));
  }

  @Test
  void theSchemaOpens() throws IOException {
    try (var in = SitrepSchema.open()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(SitrepSchema.text())
          .contains(SitrepSchema.ID);
    }
  }
}
