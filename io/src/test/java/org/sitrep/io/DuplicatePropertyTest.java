package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;

/**
 * A property given twice in one object: an error for a strict instance with duplicate detection,
 * the last value otherwise (but for a record's {@code type}).
 */
class DuplicatePropertyTest {

  private static final SitrepJson CHECKING = SitrepJson.builder().detectDuplicates().build();

  private static final String HEADER =
      "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":[";

  @Test
  void a_repeated_record_property_is_an_error_naming_where() {
    String doc =
        HEADER
            + "\n{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"A\",\"name\":\"B\","
            + "\"kind\":\"armed-group\"}]}";

    SitrepReadException e =
        catchThrowableOfType(SitrepReadException.class, () -> CHECKING.read(doc));

    assertThat(e.problem().code()).isEqualTo(ReadProblem.DUPLICATE_PROPERTY);
    assertThat(e.problem().line()).isEqualTo(2);
    assertThat(e.problem().column()).isEqualTo(51);
    assertThat(e.problem().pointer()).isEqualTo("/records/0/name");
    assertThat(e.problem().recordId().map(Object::toString)).contains("actor:bla");
    assertThat(e.getMessage())
        .isEqualTo(
            "line 2, column 51 (/records/0/name, record actor:bla): property 'name' given"
                + " twice");
  }

  @Test
  void a_repeated_property_in_a_nested_value_or_the_header_is_an_error() {
    String nested =
        HEADER
            + "{\"type\":\"incident\",\"id\":\"incident:x\",\"name\":\"n\","
            + "\"date\":\"2024-10-06\",\"place\":{\"name\":\"Karachi\",\"country\":\"PK\","
            + "\"country\":\"IN\"}}]}";
    String header =
        "{\"sitrep\":\"1.0\",\"title\":\"a\",\"title\":\"b\",\"asOf\":\"2024-11-20\","
            + "\"records\":[]}";

    SitrepReadException inPlace =
        catchThrowableOfType(SitrepReadException.class, () -> CHECKING.read(nested));
    SitrepReadException inHeader =
        catchThrowableOfType(SitrepReadException.class, () -> CHECKING.read(header));

    assertThat(inPlace.problem().code()).isEqualTo(ReadProblem.DUPLICATE_PROPERTY);
    assertThat(inPlace.problem().pointer()).isEqualTo("/records/0/place/country");
    assertThat(inPlace.problem().detail()).isEqualTo("property 'country' given twice");
    assertThat(inHeader.problem().code()).isEqualTo(ReadProblem.DUPLICATE_PROPERTY);
    assertThat(inHeader.problem().pointer()).isEqualTo("/title");
    assertThat(inHeader.getMessage())
        .isEqualTo("line 1, column 36 (/title): property 'title' given twice");
  }

  @Test
  void a_repeated_extension_property_is_an_error_too() {
    String line =
        "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"A\",\"kind\":\"armed-group\","
            + "\"x_a\":1,\"x_a\":2}\n";

    SitrepReadException e =
        catchThrowableOfType(
            SitrepReadException.class,
            () -> {
              try (RecordReader reader = CHECKING.openRecords(line)) {
                reader.next();
              }
            });

    assertThat(e.problem().code()).isEqualTo(ReadProblem.DUPLICATE_PROPERTY);
    assertThat(e.problem().line()).isEqualTo(1);
    assertThat(e.problem().pointer()).isEqualTo("/x_a");
  }

  @Test
  void the_streaming_document_reader_reports_a_duplicate_the_same_way() throws IOException {
    String doc =
        HEADER
            + "{\"type\":\"actor\",\"id\":\"actor:bla\",\"id\":\"actor:x\","
            + "\"name\":\"A\",\"kind\":\"armed-group\"}]}";

    SitrepReadException whole =
        catchThrowableOfType(SitrepReadException.class, () -> CHECKING.read(doc));
    SitrepReadException streaming;
    try (RecordReader reader =
        CHECKING.openDocumentRecords(
            new java.io.ByteArrayInputStream(
                doc.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
      streaming = catchThrowableOfType(SitrepReadException.class, reader::next);
    } catch (UncheckedIOException e) {
      throw new AssertionError(e);
    }

    assertThat(streaming.problem().code()).isEqualTo(ReadProblem.DUPLICATE_PROPERTY);
    assertThat(streaming.problem().pointer()).isEqualTo("/records/0/id");
    assertThat(streaming.getMessage()).isEqualTo(whole.getMessage());
  }

  @Test
  void without_detection_a_strict_reader_keeps_the_last_value_and_still_refuses_a_second_type() {
    String doc =
        HEADER
            + "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"A\",\"name\":\"B\","
            + "\"kind\":\"armed-group\"}]}";
    String twoTypes = HEADER + "{\"type\":\"actor\",\"type\":\"actor\",\"id\":\"actor:bla\"}]}";

    assertThat(SitrepJson.strict().readDataset(doc).actors())
        .extracting(Actor::name)
        .containsExactly("B");
    assertThat(
            catchThrowableOfType(
                    SitrepReadException.class, () -> SitrepJson.strict().read(twoTypes))
                .problem()
                .code())
        .isEqualTo(ReadProblem.DUPLICATE_PROPERTY);
  }

  @Test
  void a_lenient_reader_that_detects_leaves_the_line_out_or_stops_the_document() {
    String record =
        "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"A\",\"name\":\"B\",\"kind\":\"armed-group\"}";
    String good = "{\"type\":\"actor\",\"id\":\"actor:ok\",\"name\":\"OK\",\"kind\":\"other\"}";
    SitrepJson json = SitrepJson.builder().lenient().detectDuplicates().build();

    try (RecordReader lines = json.openRecords(record + "\n" + good + "\n")) {
      assertThat(lines.stream().map(r -> r.name()).toList()).containsExactly("OK");
      assertThat(lines.warnings())
          .singleElement()
          .satisfies(w -> assertThat(w.code()).isEqualTo(ReadProblem.DUPLICATE_PROPERTY));
    }
    assertThat(
            catchThrowableOfType(SitrepReadException.class, () -> json.read(HEADER + record + "]}"))
                .problem()
                .code())
        .isEqualTo(ReadProblem.DUPLICATE_PROPERTY);
    assertThat(SitrepJson.lenient().read(HEADER + record + "]}").dataset().actors())
        .extracting(Actor::name)
        .containsExactly("B");
  }

  @Test
  void a_record_whose_type_comes_late_is_checked_too() {
    String doc =
        HEADER
            + "{\"id\":\"incident:x\",\"name\":\"n\",\"date\":\"2024-10-06\","
            + "\"place\":{\"name\":\"Karachi\",\"name\":\"K\"},\"type\":\"incident\"}]}";
    String top = HEADER + "{\"id\":\"incident:x\",\"id\":\"incident:y\",\"type\":\"incident\"}]}";

    SitrepReadException nested =
        catchThrowableOfType(SitrepReadException.class, () -> CHECKING.read(doc));
    SitrepReadException first =
        catchThrowableOfType(SitrepReadException.class, () -> CHECKING.read(top));

    assertThat(nested.problem().code()).isEqualTo(ReadProblem.DUPLICATE_PROPERTY);
    assertThat(nested.problem().pointer()).isEqualTo("/records/0/place/name");
    assertThat(first.problem().code()).isEqualTo(ReadProblem.DUPLICATE_PROPERTY);
    assertThat(first.problem().pointer()).isEqualTo("/records/0/id");
  }

  @Test
  void a_map_of_many_keys_is_checked_past_the_in_place_scan() {
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      ids.append("\"k").append(i).append("\":\"v\",");
    }
    String unique =
        HEADER
            + "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"A\","
            + "\"kind\":\"armed-group\",\"externalIds\":{"
            + ids
            + "\"last\":\"v\"}}]}";
    String repeated = unique.replace("\"last\"", "\"k70\"");

    assertThat(CHECKING.readDataset(unique).actors().get(0).externalIds()).hasSize(101);
    SitrepReadException e =
        catchThrowableOfType(SitrepReadException.class, () -> CHECKING.read(repeated));
    assertThat(e.problem().code()).isEqualTo(ReadProblem.DUPLICATE_PROPERTY);
    assertThat(e.problem().pointer()).isEqualTo("/records/0/externalIds/k70");
  }

  @Test
  void a_repeated_name_inside_an_extension_value_is_an_error_in_either_record_order() {
    String typeFirst =
        HEADER
            + "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"A\","
            + "\"kind\":\"armed-group\",\"x_a\":{\"b\":1,\"b\":2}}]}";
    String typeLast =
        HEADER
            + "{\"id\":\"actor:bla\",\"name\":\"A\","
            + "\"kind\":\"armed-group\",\"x_a\":{\"b\":1,\"b\":2},\"type\":\"actor\"}]}";

    for (String doc : new String[] {typeFirst, typeLast}) {
      SitrepReadException e =
          catchThrowableOfType(SitrepReadException.class, () -> CHECKING.read(doc));
      assertThat(e.problem().code()).isEqualTo(ReadProblem.DUPLICATE_PROPERTY);
      assertThat(e.problem().pointer()).isEqualTo("/records/0/x_a/b");
      assertThat(e.problem().detail()).isEqualTo("property 'b' given twice");
    }
    assertThat(
            SitrepJson.lenient()
                .readDataset(typeLast)
                .actors()
                .get(0)
                .extensions()
                .get("x_a")
                .json())
        .isEqualTo("{\"b\":1,\"b\":2}");
  }
}
