package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact messages for a document's own frame: its properties, what is required, what may follow
 * it. These are refused by lenient readers too.
 */
class DocumentFrameMessagesTest {

  private static final String FRAME =
      "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",";
  private static final String ACTOR =
      "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}";

  static Stream<Arguments> frames() {
    return Stream.of(
        Arguments.of("", "syntax", "line 1 (root): empty input: expected a Sitrep document"),
        Arguments.of(
            "[]",
            "wrong-json-type",
            "line 1, column 1 (root): expected a Sitrep document object, found an array"),
        Arguments.of(
            "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\"}",
            "missing-property",
            "line 1, column 1 (root): missing required property 'records' of the document"),
        Arguments.of(
            "{\"sitrep\":\"1.0\",\"title\":\"t\",\"records\":[]}",
            "missing-property",
            "line 1, column 1 (root): missing required property 'asOf' of the document"),
        Arguments.of(
            "{\"sitrep\":\"1.0\",\"asOf\":\"2024-11-20\",\"records\":[]}",
            "missing-property",
            "line 1, column 1 (root): missing required property 'title' of the document"),
        Arguments.of(
            "{\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":[]}",
            "missing-property",
            "line 1, column 1 (root): missing required property 'sitrep' of the document"),
        Arguments.of(
            "{\"sitrep\":\"1.0\",\"title\":null,\"asOf\":\"2024-11-20\",\"records\":[]}",
            "missing-property",
            "line 1, column 1 (root): missing required property 'title' of the document"),
        Arguments.of(
            "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":null}",
            "missing-property",
            "line 1, column 1 (root): missing required property 'records' of the document"),
        Arguments.of(
            FRAME + "\"records\":{}}",
            "wrong-json-type",
            "line 1, column 59 (/records): expected an array of records, found an object"),
        Arguments.of(
            FRAME + "\"records\":[],\"author\":1}",
            "unknown-property",
            "line 1, column 62 (/author): unknown property 'author': a document has only sitrep,"
                + " title, asOf and records"),
        Arguments.of(
            FRAME + "\"records\":[" + ACTOR + "]} x",
            "syntax",
            "line 1, column 130 (root): malformed JSON: Unrecognized token 'x': was expecting (JSON"
                + " String, Number, Array, Object or token 'null', 'true' or 'false')"),
        Arguments.of(
            FRAME + "\"records\":[]} {}",
            "syntax",
            "line 1, column 63 (root): trailing content after the document"),
        Arguments.of(
            "{\"sitrep\":\"0.9\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":[]}",
            "unsupported-version",
            "line 1, column 11 (/sitrep): unsupported format version '0.9': this reader reads"
                + " \"1.0\""),
        Arguments.of(
            "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11\",\"records\":[]}",
            "malformed-value",
            "line 1, column 36 (/asOf): malformed asOf '2024-11': expected a day YYYY-MM-DD"),
        Arguments.of(
            "{\"sitrep\":1,\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":[]}",
            "wrong-json-type",
            "line 1, column 11 (/sitrep): expected a string, found the number 1"));
  }

  @ParameterizedTest
  @MethodSource("frames")
  void aStrictReaderRefusesABrokenFrame(String json, String code, String message) {
    assertThatThrownBy(() -> SitrepJson.strict().read(json))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo(code);
              assertThat(e.getMessage()).isEqualTo(message);
            });
  }

  /** A lenient reader refuses it too, but for an unknown property, which it warns about. */
  @ParameterizedTest
  @MethodSource("frames")
  void aLenientReaderRefusesItOrWarnsOfAnUnknownProperty(String json, String code, String message) {
    if (code.equals(ReadProblem.UNKNOWN_PROPERTY)) {
      ReadResult result = SitrepJson.lenient().read(json);
      assertThat(result.warnings()).extracting(ReadProblem::message).containsExactly(message);
      return;
    }
    assertThatThrownBy(() -> SitrepJson.lenient().read(json))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo(code);
              assertThat(e.getMessage()).isEqualTo(message);
            });
  }

  @ParameterizedTest
  @MethodSource("frames")
  void aReaderOfCharactersSaysTheSame(String json, String code, String message) {
    assertThatThrownBy(() -> SitrepJson.strict().read(new java.io.StringReader(json)))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo(code);
              assertThat(e.getMessage()).isEqualTo(message);
            });
  }

  @ParameterizedTest
  @MethodSource("frames")
  void aStreamOfBytesGivesTheSameCodeAndPointer(String json, String code, String message) {
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SitrepJson.strict().read(new java.io.ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo(code);
              // the position part before the pointer may count bytes: compare what follows it
              assertThat(e.getMessage()).endsWith(message.substring(message.indexOf(" (")));
            });
  }

  @org.junit.jupiter.api.Test
  void anExtensionAtDocumentLevelIsRefused() {
    assertThatThrownBy(() -> SitrepJson.strict().read(FRAME + "\"records\":[],\"x_a\":1}"))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo("unknown-property");
              assertThat(e.problem().pointer()).isEqualTo("/x_a");
              assertThat(e.problem().detail())
                  .isEqualTo(
                      "unknown property 'x_a': x_ extension properties are not supported at"
                          + " document level");
            });
  }

  @org.junit.jupiter.api.Test
  void aDocumentLongerThanTheLimitIsRefusedBeforeItIsParsed() {
    String json = FRAME + "\"records\":[" + ACTOR + "]}";
    SitrepJson limited = SitrepJson.builder().maxDocumentLength(json.length() - 1).build();
    assertThatThrownBy(() -> limited.read(json))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo("limit-exceeded");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "line 1, column 1 (root): read limit exceeded: document of "
                          + json.length()
                          + " characters is longer than the maximum of "
                          + (json.length() - 1));
            });
    SitrepJson exact = SitrepJson.builder().maxDocumentLength(json.length()).build();
    assertThat(exact.read(json).dataset().records()).hasSize(1);
  }
}
