package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;

/**
 * JSON Lines read by one parser over the whole stream: each line still holds exactly one record,
 * positions are those of the line, and a bad line is reported as when each line was read alone.
 */
class JsonLinesStreamTest {

  private static String actor(String name) {
    return "{\"type\":\"actor\",\"id\":\"actor:"
        + name
        + "\",\"name\":\""
        + name
        + "\",\"kind\":\"armed-group\"}";
  }

  private static List<String> ids(RecordReader reader) {
    List<String> ids = new ArrayList<>();
    reader.forEachRemaining(r -> ids.add(r.id().toString()));
    return ids;
  }

  @Test
  void two_records_on_one_line_are_one_bad_line() {
    String lines = actor("a") + "\n" + actor("b") + " " + actor("c") + "\n" + actor("d") + "\n";

    try (RecordReader reader = SitrepJson.strict().openRecords(lines)) {
      assertThat(reader.next().id()).hasToString("actor:a");
      assertThatThrownBy(reader::next)
          .isInstanceOf(SitrepReadException.class)
          .hasFieldOrPropertyWithValue("problem.code", "syntax")
          .hasFieldOrPropertyWithValue("problem.line", 2)
          .hasMessageContaining("more than one JSON value on a line");
    }
    try (RecordReader reader = SitrepJson.lenient().openRecords(lines)) {
      assertThat(ids(reader)).containsExactly("actor:a", "actor:d");
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::line)
          .containsExactly(tuple("syntax", 2));
    }
  }

  @Test
  void a_record_over_two_lines_is_two_bad_lines_and_the_next_line_is_read() {
    String record = actor("b");
    int cut = record.indexOf(",\"name\"");
    String lines =
        actor("a")
            + "\n"
            + record.substring(0, cut)
            + "\n"
            + record.substring(cut)
            + "\n"
            + actor("c");

    try (RecordReader reader = SitrepJson.lenient().openRecords(lines)) {
      assertThat(ids(reader)).containsExactly("actor:a", "actor:c");
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::line)
          .containsExactly(tuple("syntax", 2), tuple("syntax", 3));
    }
  }

  @Test
  void trailing_text_and_values_other_than_objects_are_bad_lines() {
    String lines = actor("a") + " x\n[1]\n\"text\"\n" + actor("b") + "\n";

    try (RecordReader reader = SitrepJson.lenient().openRecords(lines)) {
      assertThat(ids(reader)).containsExactly("actor:b");
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::line)
          .containsExactly(
              tuple("syntax", 1), tuple("wrong-json-type", 2), tuple("wrong-json-type", 3));
    }
  }

  @Test
  void warnings_name_the_line_and_column_after_blank_lines_and_crlf() {
    String lines =
        actor("a")
            + "\r\n\r\n  \n"
            + actor("b").replace("\"kind\"", "\"colour\":1,\"kind\"")
            + "\r\n";

    try (RecordReader reader = SitrepJson.lenient().openRecords(lines)) {
      assertThat(ids(reader)).containsExactly("actor:a", "actor:b");
      assertThat(reader.warnings())
          .singleElement()
          .satisfies(
              warning -> {
                assertThat(warning.code()).isEqualTo("unknown-property");
                assertThat(warning.line()).isEqualTo(4);
                assertThat(warning.column()).isEqualTo(actor("b").indexOf("\"kind\"") + 1);
                assertThat(warning.pointer()).isEqualTo("/colour");
              });
    }
  }

  @Test
  void a_record_failing_after_a_warning_reports_the_warning_once() {
    String bad = actor("b").replace("\"kind\":\"armed-group\"", "\"colour\":1,\"kind\":7");
    String lines = actor("a") + "\n" + bad + "\n" + actor("c") + "\n";

    try (RecordReader reader = SitrepJson.lenient().openRecords(lines)) {
      assertThat(ids(reader)).containsExactly("actor:a", "actor:c");
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::line)
          .containsExactly(tuple("unknown-property", 2), tuple("wrong-json-type", 2));
    }
  }

  @Test
  void a_line_too_long_between_good_lines_is_skipped_leniently() {
    SitrepJson json = SitrepJson.builder().lenient().maxLineLength(200).build();
    String lines =
        actor("a")
            + "\n"
            + actor("b").replace("}", ",\"description\":\"" + "d".repeat(300) + "\"}")
            + "\n"
            + actor("c")
            + "\n";

    try (RecordReader reader = json.openRecords(lines)) {
      assertThat(ids(reader)).containsExactly("actor:a", "actor:c");
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::line)
          .containsExactly(tuple("limit-exceeded", 2));
    }
  }

  @Test
  void many_records_and_long_lines_read_back_as_written() throws IOException {
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      actors.add(
          Actor.builder()
              .id(Id.actor("a" + i))
              .name("Actor " + i)
              .kind(Actor.Kind.ARMED_GROUP)
              .description(i % 500 == 7 ? "long ".repeat(4000) : "short")
              .build());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(out)) {
      for (Actor actor : actors) {
        writer.write(actor);
      }
    }
    byte[] bytes = out.toByteArray();

    List<SitrepRecord> read = new ArrayList<>();
    try (RecordReader reader = SitrepJson.strict().openRecords(new ByteArrayInputStream(bytes))) {
      reader.forEachRemaining(read::add);
    }
    assertThat(read).isEqualTo(actors);
    assertThat(new String(bytes, StandardCharsets.UTF_8).lines()).hasSize(3000);
  }

  @Test
  void bad_lines_on_both_sides_of_the_read_buffer_boundary_are_skipped_leniently()
      throws IOException {
    StringBuilder lines = new StringBuilder();
    List<String> expected = new ArrayList<>();
    List<Integer> badLines = new ArrayList<>();
    for (int i = 1; i <= 3000; i++) {
      if (i % 3 == 0) {
        lines.append("[\"").append("x".repeat(i % 50)).append("\"]\n");
        badLines.add(i);
      } else {
        lines.append(actor("a" + i)).append('\n');
        expected.add("actor:a" + i);
      }
    }
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(2 * 64 * 1024);

    try (RecordReader reader = SitrepJson.lenient().openRecords(new ByteArrayInputStream(bytes))) {
      assertThat(ids(reader)).isEqualTo(expected);
      assertThat(reader.warnings()).extracting(ReadProblem::line).isEqualTo(badLines);
    }
  }

  @Test
  void a_syntax_error_gives_line_and_column_without_jackson_source_text() {
    String lines =
        actor("a") + "\n" + actor("b").substring(0, actor("b").indexOf(",\"name\"")) + "\n";

    try (RecordReader reader = SitrepJson.strict().openRecords(lines)) {
      reader.next();
      assertThatThrownBy(reader::next)
          .isInstanceOf(SitrepReadException.class)
          .hasFieldOrPropertyWithValue("problem.code", "syntax")
          .hasFieldOrPropertyWithValue("problem.line", 2)
          .hasMessageNotContaining("Source")
          .hasMessageNotContaining("byte[]")
          .hasMessageContaining("start marker at line 2, column 1");
    }
  }

  @Test
  void a_syntax_error_after_a_value_names_the_object_holding_it() {
    String lines = actor("a").replace(",\"name\"", " \"name\"") + "\n";

    try (RecordReader reader = SitrepJson.strict().openRecords(lines)) {
      assertThatThrownBy(reader::next)
          .isInstanceOf(SitrepReadException.class)
          .hasFieldOrPropertyWithValue("problem.code", "syntax")
          .hasFieldOrPropertyWithValue("problem.pointer", "")
          .hasMessageStartingWith(
              "line 1, column 32 (root, record actor:a): malformed JSON: Unexpected character");
    }
  }

  @Test
  void a_byte_order_mark_before_the_first_line_is_skipped() {
    byte[] bytes =
        ("\uFEFF" + actor("a") + "\n" + actor("b") + "\n").getBytes(StandardCharsets.UTF_8);

    try (RecordReader reader = SitrepJson.strict().openRecords(new ByteArrayInputStream(bytes))) {
      assertThat(ids(reader)).containsExactly("actor:a", "actor:b");
    }
  }

  @Test
  void the_document_length_limit_applies_to_each_line_not_to_the_stream() {
    SitrepJson json = SitrepJson.builder().maxDocumentLength(1000).build();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      lines.append(actor("a" + i)).append('\n');
    }

    try (RecordReader reader = json.openRecords(lines.toString())) {
      assertThat(ids(reader)).hasSize(100).startsWith("actor:a0").endsWith("actor:a99");
    }
  }
}
