package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each read limit fails fast with code limit-exceeded. */
class LimitsTest {

  private static String actorWith(String extra) {
    return "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\""
        + extra
        + "}";
  }

  private static String document(String record) {
    return "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":["
        + record
        + "]}";
  }

  @Test
  void a_string_longer_than_the_limit_fails() {
    SitrepJson json = SitrepJson.builder().maxStringLength(100).build();
    String doc = document(actorWith(",\"description\":\"" + "a".repeat(101) + "\""));

    assertThatThrownBy(() -> json.readDataset(doc))
        .isInstanceOf(SitrepReadException.class)
        .hasFieldOrPropertyWithValue("problem.code", "limit-exceeded")
        .hasMessageContaining("read limit exceeded: String value length (101) exceeds the maximum");
  }

  @Test
  void a_number_longer_than_the_limit_fails() {
    String doc = document(actorWith(",\"confidence\":" + "1".repeat(101)));

    assertThatThrownBy(() -> SitrepJson.strict().readDataset(doc))
        .isInstanceOf(SitrepReadException.class)
        .hasFieldOrPropertyWithValue("problem.code", "limit-exceeded")
        .hasMessageContaining("Number value length (101) exceeds the maximum allowed (100");
  }

  @Test
  void a_property_name_longer_than_the_limit_fails() {
    String doc = document(actorWith(",\"x_" + "n".repeat(1000) + "\":1"));

    assertThatThrownBy(() -> SitrepJson.strict().readDataset(doc))
        .isInstanceOf(SitrepReadException.class)
        .hasFieldOrPropertyWithValue("problem.code", "limit-exceeded")
        .hasMessageContaining("Name length (1002) exceeds the maximum allowed (1000");
  }

  @Test
  void nesting_deeper_than_the_limit_fails() {
    String doc = document(actorWith(",\"x_deep\":" + "[".repeat(70) + "]".repeat(70)));

    assertThatThrownBy(() -> SitrepJson.strict().readDataset(doc))
        .isInstanceOf(SitrepReadException.class)
        .hasFieldOrPropertyWithValue("problem.code", "limit-exceeded")
        .hasMessageContaining("Document nesting depth (65) exceeds the maximum allowed (64");
  }

  @Test
  void a_limit_error_names_the_line_and_column_where_the_parser_stopped() {
    String doc = document(actorWith(",\"x_deep\":" + "[".repeat(70) + "]".repeat(70)));

    assertThatThrownBy(() -> SitrepJson.strict().readDataset(doc))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().line()).isEqualTo(1);
              assertThat(e.problem().column()).isGreaterThan(doc.indexOf("x_deep"));
              assertThat(e.getMessage()).startsWith("line 1, column ");
            });
  }

  @Test
  void a_document_longer_than_the_limit_fails() {
    SitrepJson json = SitrepJson.builder().maxDocumentLength(10_000).build();
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      records.append(i == 0 ? "" : ",").append(actorWith(""));
    }
    byte[] bytes = document(records.toString()).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> json.read(new ByteArrayInputStream(bytes)))
        .isInstanceOf(SitrepReadException.class)
        .hasFieldOrPropertyWithValue("problem.code", "limit-exceeded")
        .hasMessageContaining("Document length");
    assertThatThrownBy(() -> json.read(new String(bytes, StandardCharsets.UTF_8)))
        .isInstanceOf(SitrepReadException.class)
        .hasFieldOrPropertyWithValue("problem.code", "limit-exceeded")
        .hasMessageContaining("longer than the maximum of 10000");
  }

  @Test
  void a_json_lines_line_longer_than_the_limit_fails_with_its_line_number() {
    SitrepJson json = SitrepJson.builder().maxLineLength(200).build();
    String lines =
        actorWith("") + "\n" + actorWith(",\"description\":\"" + "a".repeat(300) + "\"") + "\n";

    try (RecordReader reader = json.openRecords(lines)) {
      assertThat(reader.next().name()).isEqualTo("BLA");
      assertThatThrownBy(reader::next)
          .isInstanceOf(SitrepReadException.class)
          .hasFieldOrPropertyWithValue("problem.code", "limit-exceeded")
          .hasFieldOrPropertyWithValue("problem.line", 2)
          .hasMessage(
              "line 2, column 201 (root): read limit exceeded: line longer than the"
                  + " maximum of 200 bytes");
    }
  }

  @Test
  void writing_an_extension_nested_deeper_than_the_limit_fails() {
    SitrepJson json = SitrepJson.builder().maxNestingDepth(8).build();
    org.sitrep.core.Actor actor =
        org.sitrep.core.Actor.builder()
            .id(org.sitrep.core.Id.actor("bla"))
            .name("BLA")
            .kind(org.sitrep.core.Actor.Kind.ARMED_GROUP)
            .putExtension(
                "x_deep", org.sitrep.core.ExtensionValue.ofJson("[".repeat(10) + "]".repeat(10)))
            .build();
    org.sitrep.core.Dataset dataset =
        org.sitrep.core.Dataset.of(
            "t", java.time.LocalDate.of(2024, 11, 20), java.util.List.of(actor));

    assertThatThrownBy(() -> json.writeString(dataset)).hasMessageContaining("nesting depth");
  }
}
