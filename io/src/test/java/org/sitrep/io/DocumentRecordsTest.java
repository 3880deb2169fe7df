package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.sitrep.core.SitrepRecord;

/** The streaming document reader: its header, and that it checks what the whole reader checks. */
class DocumentRecordsTest {

  private static final String ACTOR =
      "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}";

  private static RecordReader open(SitrepJson json, String document) throws IOException {
    return json.openDocumentRecords(
        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<SitrepRecord> readAll(RecordReader reader) {
    List<SitrepRecord> records = new ArrayList<>();
    reader.forEachRemaining(records::add);
    return records;
  }

  /** The whole-document reader's problem with the same input, for comparison. */
  private static SitrepReadException wholeProblem(SitrepJson json, String document) {
    try {
      json.read(document);
    } catch (SitrepReadException e) {
      return e;
    }
    throw new AssertionError("the whole-document reader read " + document);
  }

  private static SitrepReadException streamingProblem(SitrepJson json, String document)
      throws IOException {
    try (RecordReader reader = open(json, document)) {
      readAll(reader);
    } catch (SitrepReadException e) {
      return e;
    }
    throw new AssertionError("the streaming reader read " + document);
  }

  @Test
  void the_header_before_the_records_is_there_before_the_first_record() throws IOException {
    String doc =
        "{\"sitrep\":\"1.0\",\"title\":\"Karachi\",\"asOf\":\"2024-11-20\","
            + "\"records\":["
            + ACTOR
            + "]}";

    try (RecordReader reader = open(SitrepJson.strict(), doc)) {
      assertThat(reader.documentTitle()).contains("Karachi");
      assertThat(reader.documentAsOf()).contains(LocalDate.of(2024, 11, 20));
      assertThat(readAll(reader)).hasSize(1);
    }
  }

  @Test
  void a_header_after_the_records_is_there_once_they_are_read() throws IOException {
    String doc =
        "{\"sitrep\":\"1.0\",\"records\":["
            + ACTOR
            + "],"
            + "\"title\":\"Karachi\",\"asOf\":\"2024-11-20\"}";

    try (RecordReader reader = open(SitrepJson.strict(), doc)) {
      assertThat(reader.documentTitle()).isEmpty();
      assertThat(reader.documentAsOf()).isEmpty();
      assertThat(readAll(reader)).hasSize(1);
      assertThat(reader.documentTitle()).contains("Karachi");
      assertThat(reader.documentAsOf()).contains(LocalDate.of(2024, 11, 20));
    }
  }

  @Test
  void json_lines_have_no_header() {
    try (RecordReader reader = SitrepJson.strict().openRecords(ACTOR + "\n")) {
      assertThat(readAll(reader)).hasSize(1);
      assertThat(reader.documentTitle()).isEmpty();
      assertThat(reader.documentAsOf()).isEmpty();
    }
  }

  @Test
  void a_missing_title_after_the_records_is_reported_at_the_end_as_the_whole_reader_does()
      throws IOException {
    String doc = "{\"sitrep\":\"1.0\",\"records\":[" + ACTOR + "],\"asOf\":\"2024-11-20\"}";
    List<SitrepRecord> before = new ArrayList<>();

    SitrepReadException streaming;
    try (RecordReader reader = open(SitrepJson.strict(), doc)) {
      before.add(reader.next());
      streaming =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              SitrepReadException.class, reader::hasNext);
    }

    assertThat(before).hasSize(1);
    assertThat(streaming.problem().code()).isEqualTo(ReadProblem.MISSING_PROPERTY);
    assertThat(streaming.getMessage())
        .isEqualTo("line 1, column 1 (root): missing required property 'title' of the document")
        .isEqualTo(wholeProblem(SitrepJson.strict(), doc).getMessage());
    assertThat(streaming.problem().recordId()).isEmpty();
  }

  @Test
  void a_missing_sitrep_or_as_of_is_reported_like_the_whole_reader_does() throws IOException {
    String noVersion = "{\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":[" + ACTOR + "]}";
    String noAsOf = "{\"sitrep\":\"1.0\",\"title\":\"t\",\"records\":[]}";

    for (SitrepJson json : List.of(SitrepJson.strict(), SitrepJson.lenient())) {
      assertThat(streamingProblem(json, noVersion))
          .hasMessage("line 1, column 1 (root): missing required property 'sitrep' of the document")
          .hasMessage(wholeProblem(json, noVersion).getMessage());
      assertThat(streamingProblem(json, noAsOf).getMessage())
          .isEqualTo("line 1, column 1 (root): missing required property 'asOf' of the document")
          .isEqualTo(wholeProblem(json, noAsOf).getMessage());
    }
  }

  @Test
  void a_strict_reader_refuses_an_unknown_top_level_property_wherever_it_stands()
      throws IOException {
    String before =
        "{\"sitrep\":\"1.0\",\"colour\":1,\"title\":\"t\",\"asOf\":\"2024-11-20\","
            + "\"records\":[]}";
    String after =
        "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":[],"
            + "\"x_note\":\"n\"}";

    SitrepReadException early = streamingProblem(SitrepJson.strict(), before);
    SitrepReadException late = streamingProblem(SitrepJson.strict(), after);

    assertThat(early.problem().code()).isEqualTo(ReadProblem.UNKNOWN_PROPERTY);
    assertThat(early.problem().pointer()).isEqualTo("/colour");
    assertThat(early.problem().line()).isEqualTo(1);
    assertThat(early.problem().column()).isEqualTo(17);
    assertThat(early.getMessage())
        .isEqualTo(wholeProblem(SitrepJson.strict(), before).getMessage());
    assertThat(late.problem().code()).isEqualTo(ReadProblem.UNKNOWN_PROPERTY);
    assertThat(late.problem().pointer()).isEqualTo("/x_note");
    assertThat(late.problem().detail())
        .startsWith(
            "unknown property 'x_note': x_ extension properties are not supported at document level");
    assertThat(late.getMessage()).isEqualTo(wholeProblem(SitrepJson.strict(), after).getMessage());
  }

  @Test
  void a_lenient_reader_warns_of_an_unknown_top_level_property_and_goes_on() throws IOException {
    String doc =
        "{\"sitrep\":\"1.0\",\"colour\":{\"a\":[1]},\"title\":\"t\","
            + "\"asOf\":\"2024-11-20\",\"records\":["
            + ACTOR
            + "],\"shade\":2}";

    try (RecordReader reader = open(SitrepJson.lenient(), doc)) {
      assertThat(readAll(reader)).hasSize(1);
      assertThat(reader.documentTitle()).contains("t");
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::pointer)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(ReadProblem.UNKNOWN_PROPERTY, "/colour"),
              org.assertj.core.groups.Tuple.tuple(ReadProblem.UNKNOWN_PROPERTY, "/shade"));
      assertThat(reader.warnings()).isEqualTo(SitrepJson.lenient().read(doc).warnings());
    }
  }

  @Test
  void an_unsupported_version_a_malformed_as_of_and_trailing_content_are_refused()
      throws IOException {
    String version = "{\"sitrep\":\"2.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":[]}";
    String asOf = "{\"sitrep\":\"1.0\",\"records\":[],\"title\":\"t\",\"asOf\":\"20.11.2024\"}";
    String trailing =
        "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":[]} {}";

    assertThat(streamingProblem(SitrepJson.strict(), version))
        .hasMessage(wholeProblem(SitrepJson.strict(), version).getMessage())
        .extracting((SitrepReadException e) -> e.problem().code())
        .isEqualTo(ReadProblem.UNSUPPORTED_VERSION);
    assertThat(streamingProblem(SitrepJson.strict(), asOf))
        .hasMessage(
            "line 1, column 49 (/asOf): malformed asOf '20.11.2024': expected a day"
                + " YYYY-MM-DD")
        .hasMessage(wholeProblem(SitrepJson.strict(), asOf).getMessage());
    assertThat(streamingProblem(SitrepJson.strict(), trailing))
        .hasMessage(wholeProblem(SitrepJson.strict(), trailing).getMessage())
        .extracting((SitrepReadException e) -> e.problem().code())
        .isEqualTo(ReadProblem.SYNTAX);
  }

  @Test
  void asking_for_the_header_of_a_broken_start_reports_the_problem() throws IOException {
    try (RecordReader reader = open(SitrepJson.strict(), "[1]")) {
      assertThatThrownBy(reader::documentTitle)
          .isInstanceOf(SitrepReadException.class)
          .hasMessage("line 1, column 1 (root): expected a Sitrep document object, found an array");
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void closing_the_reader_closes_the_stream() throws IOException {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(
            "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":[]}"
                .getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed.set(true);
          }
        };

    try (RecordReader reader = SitrepJson.strict().openDocumentRecords(in)) {
      assertThat(reader.hasNext()).isFalse();
    }

    assertThat(closed).isTrue();
  }

  @Test
  void the_file_and_stream_readers_give_the_same_records_and_header() throws IOException {
    List<SitrepRecord> fromFile;
    try (RecordReader reader =
        SitrepJson.strict().openDocumentRecords(Resources.path("contract/dataset.json"))) {
      fromFile = readAll(reader);
      assertThat(reader.documentTitle())
          .contains(
              SitrepJson.strict().readDataset(Resources.path("contract/dataset.json")).title());
    }

    assertThat(fromFile)
        .containsExactlyElementsOf(
            SitrepJson.strict().readDataset(Resources.path("contract/dataset.json")).records());
  }
}
