package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.SitrepRecord;

class LenientTest {

  private static final String BLA =
      "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}";

  @Test
  void unknown_properties_become_warnings_and_are_skipped() {
    ReadResult result = SitrepJson.lenient().read(Resources.text("bad/unknown-property.json"));

    assertThat(result.dataset().actors())
        .singleElement()
        .satisfies(actor -> assertThat(actor.name()).isEqualTo("Baloch Liberation Army"));
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.code()).isEqualTo("unknown-property");
              assertThat(warning.line()).isEqualTo(11);
              assertThat(warning.pointer()).isEqualTo("/records/0/colour");
              assertThat(warning.recordId())
                  .hasValueSatisfying(id -> assertThat(id).hasToString("actor:bla"));
            });
  }

  @Test
  void a_bad_record_of_a_document_is_left_out_and_the_rest_is_read() {
    ReadResult result = SitrepJson.lenient().read(Resources.text("bad/malformed-id.json"));

    assertThat(result.dataset().records())
        .extracting(r -> r.id().toString())
        .containsExactly("actor:bla");
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.code()).isEqualTo("malformed-value");
              assertThat(warning.pointer()).isEqualTo("/records/1/perpetrators/1/actor");
            });
  }

  @Test
  void a_bad_json_lines_line_is_reported_and_the_next_lines_are_read() {
    String lines =
        BLA
            + "\n{\"type\":\"actor\",\"id\":\"actor:x\",\"name\":42}\n{not json\n\n"
            + BLA.replace("bla", "ttp")
            + "\n";
    List<SitrepRecord> records = new ArrayList<>();

    try (RecordReader reader = SitrepJson.lenient().openRecords(lines)) {
      reader.forEachRemaining(records::add);
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::line)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("wrong-json-type", 2),
              org.assertj.core.groups.Tuple.tuple("syntax", 3));
      assertThat(reader.warnings().get(0).message())
          .isEqualTo(
              "line 2, column 39 (/name, record actor:x): expected a string, found the"
                  + " number 42");
    }
    assertThat(records)
        .extracting(r -> r.id().toString())
        .containsExactly("actor:bla", "actor:ttp");
  }

  @Test
  void a_strict_json_lines_reader_stops_at_the_first_bad_line() {
    String lines = BLA + "\n" + BLA.replace("\"kind\"", "\"colour\"") + "\n";

    try (RecordReader reader = SitrepJson.strict().openRecords(lines)) {
      assertThat(reader.next().id()).hasToString("actor:bla");
      assertThatThrownBy(reader::next)
          .isInstanceOf(SitrepReadException.class)
          .hasFieldOrPropertyWithValue("problem.line", 2)
          .hasFieldOrPropertyWithValue("problem.pointer", "/colour");
    }
  }
}
