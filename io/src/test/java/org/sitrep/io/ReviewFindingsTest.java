package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Positions and codes of problems found around records rather than inside them. */
class ReviewFindingsTest {

  private static final String ACTOR =
      "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}";

  private static String document(String records, String after) {
    return "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":["
        + records
        + "]"
        + after
        + "}";
  }

  @Test
  void a_syntax_error_after_the_last_record_does_not_name_it() {
    String doc = document(ACTOR + " 1", "");

    assertThatThrownBy(() -> SitrepJson.strict().readDataset(doc))
        .isInstanceOf(SitrepReadException.class)
        .hasFieldOrPropertyWithValue("problem.code", "syntax")
        .satisfies(e -> assertThat(((SitrepReadException) e).problem().recordId()).isEmpty())
        .hasMessageNotContaining("actor:bla");
  }

  @Test
  void a_document_problem_after_the_records_does_not_name_the_last_record() throws Exception {
    String doc = document(ACTOR, ",\"colour\":1");

    assertThatThrownBy(() -> SitrepJson.strict().readDataset(doc))
        .isInstanceOf(SitrepReadException.class)
        .hasFieldOrPropertyWithValue("problem.code", "unknown-property")
        .satisfies(e -> assertThat(((SitrepReadException) e).problem().recordId()).isEmpty());
    try (RecordReader reader =
        SitrepJson.strict()
            .openDocumentRecords(
                new ByteArrayInputStream(document(ACTOR, " x").getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.next().id()).hasToString("actor:bla");
      assertThatThrownBy(reader::next)
          .isInstanceOf(SitrepReadException.class)
          .hasFieldOrPropertyWithValue("problem.code", "syntax")
          .satisfies(e -> assertThat(((SitrepReadException) e).problem().recordId()).isEmpty());
    }
  }

  @Test
  void a_repeated_type_after_other_properties_is_a_duplicate() {
    String line =
        "{\"id\":\"actor:bla\",\"type\":\"actor\",\"name\":\"BLA\",\"type\":\"actor\","
            + "\"kind\":\"armed-group\"}";

    for (SitrepJson json : new SitrepJson[] {SitrepJson.strict(), SitrepJson.lenient()}) {
      try (RecordReader reader = json.openRecords(line + "\n")) {
        if (json.isStrict()) {
          assertThatThrownBy(reader::next)
              .isInstanceOf(SitrepReadException.class)
              .hasFieldOrPropertyWithValue("problem.code", "duplicate-property")
              .hasFieldOrPropertyWithValue("problem.pointer", "/type")
              .hasMessageContaining("property 'type' given twice");
        } else {
          assertThat(reader.hasNext()).isFalse();
          assertThat(reader.warnings())
              .extracting(ReadProblem::code)
              .containsExactly("duplicate-property");
        }
      }
    }
  }

  @Test
  void a_type_that_is_not_a_string_after_other_properties_is_a_wrong_json_type() {
    String doc =
        document("{\"id\":\"actor:bla\",\"type\":7,\"name\":\"BLA\",\"kind\":\"armed-group\"}", "");

    assertThatThrownBy(() -> SitrepJson.strict().readDataset(doc))
        .isInstanceOf(SitrepReadException.class)
        .hasFieldOrPropertyWithValue("problem.code", "wrong-json-type")
        .hasFieldOrPropertyWithValue("problem.pointer", "/records/0/type")
        .hasMessageContaining("expected a record type string, found the number 7");
  }

  @Test
  void an_unclosed_document_reports_where_it_started_without_the_source_text() {
    String doc = "{\"sitrep\":\"1.0\",\n\"title\":\"t\"";

    assertThatThrownBy(() -> SitrepJson.strict().readDataset(doc))
        .isInstanceOf(SitrepReadException.class)
        .hasFieldOrPropertyWithValue("problem.code", "syntax")
        .hasFieldOrPropertyWithValue("problem.pointer", "")
        .hasMessageNotContaining("Source")
        .hasMessageContaining("start marker at line 1, column 1");
  }
}
