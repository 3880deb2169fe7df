package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;

/**
 * How JSON Lines are split and framed: the header line, blank lines, the line length limit (on both
 * sides of the read buffer's end), what a line may hold, and the exact position and text of each
 * problem.
 */
class JsonLinesFramingTest {

  private static final String A =
      "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}";
  private static final String B = A.replace("bla", "b2");
  private static final String HINT =
      " (a Sitrep document is an object: {\"sitrep\": \"1.0\", ..., \"records\": [...]})";

  /** The ids read, in order. */
  private static List<Id<?>> ids(RecordReader reader) {
    List<Id<?>> ids = new ArrayList<>();
    while (reader.hasNext()) {
      ids.add(reader.next().id());
    }
    return ids;
  }

  private static RecordReader open(SitrepJson json, String lines) {
    return json.openRecords(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
  }

  private static SitrepReadException strictFailure(String lines) {
    try (RecordReader reader = open(SitrepJson.strict(), lines)) {
      ids(reader);
    }
    throw new AssertionError("expected a read failure");
  }

  private static void assertStrictFails(String lines, String code, String message) {
    assertThatThrownBy(() -> strictFailure(lines))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo(code);
              assertThat(e.getMessage()).isEqualTo(message);
            });
  }

  private static void assertLenientFails(String lines, String code, String message) {
    assertThatThrownBy(
            () -> {
              try (RecordReader reader = open(SitrepJson.lenient(), lines)) {
                ids(reader);
              }
            })
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo(code);
              assertThat(e.getMessage()).isEqualTo(message);
            });
  }

  // ---------------------------------------------------------------- the header line

  @Test
  void aHeaderAfterARecordIsRefusedEvenByALenientReader() {
    String lines = A + "\n{\"sitrep\":\"1.0\"}\n";
    String message =
        "line 2, column 1 (root): a JSON Lines header ({\"sitrep\": ...}) must be the first line,"
            + " before every record";
    assertStrictFails(lines, "syntax", message);
    assertLenientFails(lines, "syntax", message);
  }

  @Test
  void aHeaderAfterBlankLinesIsStillTheFirstLine() {
    try (RecordReader reader =
        open(SitrepJson.strict(), "\n \t\r\n{\"sitrep\":\"1.0\",\"title\":\"T\"}\n" + A + "\n")) {
      assertThat(reader.documentTitle()).hasValue("T");
      assertThat(ids(reader)).containsExactly(Id.actor("bla"));
    }
  }

  @Test
  void aHeaderWithRecordsIsRefusedWhereRecordsStands() {
    String lines = " \t{ \t\"sitrep\":\"1.0\",\"records\":[]}\n" + A;
    String message =
        "line 1, column 21 (/records): a JSON Lines header holds no records: write one record per"
            + " line after it";
    assertStrictFails(lines, "unknown-property", message);
    assertLenientFails(lines, "unknown-property", message);
  }

  @Test
  void aHeaderWithAnotherPropertyIsRefused() {
    assertLenientFails(
        "{\"sitrep\":\"1.0\",\"author\":1}\n" + A,
        "unknown-property",
        "line 1, column 17 (/author): unknown property 'author': a JSON Lines header has only"
            + " sitrep, title and asOf");
  }

  @Test
  void aHeaderFollowedByAnotherValueIsRefused() {
    assertLenientFails(
        "{\"sitrep\":\"1.0\",\"title\":\"t\"} 1\n" + A,
        "syntax",
        "line 1, column 30 (root): more than one JSON value on a line: put the header alone on the"
            + " first line");
  }

  @Test
  void aHeaderOfAnotherVersionIsRefused() {
    assertLenientFails(
        "{\"sitrep\":\"2.0\"}\n" + A,
        "unsupported-version",
        "line 1, column 11 (/sitrep): unsupported format version '2.0': this reader reads \"1.0\"");
  }

  @Test
  void aHeaderWithABadAsOfIsRefused() {
    assertLenientFails(
        "{\"sitrep\":\"1.0\",\"asOf\":\"2024-13-01\"}\n" + A,
        "malformed-value",
        "line 1, column 24 (/asOf): malformed asOf '2024-13-01': expected a day YYYY-MM-DD");
  }

  @Test
  void aHeaderWithoutItsVersionIsRefused() {
    assertLenientFails(
        "{\"sitrep\":null}\n",
        "missing-property",
        "line 1, column 1 (root): missing required property 'sitrep' of the JSON Lines header");
  }

  @Test
  void aHeaderThatIsNotJsonIsRefusedAsSyntax() {
    assertLenientFails(
        "{\"sitrep\":\"1.0\",\"title\":\"t\"\n" + A,
        "syntax",
        "line 1, column 28 (root): malformed JSON: Unexpected end-of-input: expected close marker"
            + " for Object (start marker at line 1, column 1)");
  }

  @Test
  void anObjectWhoseFirstPropertyIsNotSitrepIsARecord() {
    try (RecordReader reader =
        open(SitrepJson.lenient(), "{\"title\":\"t\",\"sitrep\":\"1.0\"}\n" + A)) {
      assertThat(ids(reader)).containsExactly(Id.actor("bla"));
      assertThat(reader.documentTitle()).isEmpty();
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::line, ReadProblem::detail)
          .containsExactly(tuple("missing-property", 1, "missing property 'type'"));
    }
  }

  @Test
  void theHeaderIsReadAheadWhenAskedForBeforeTheRecords() {
    try (RecordReader reader =
        open(
            SitrepJson.strict(),
            "  {  \"sitrep\":\"1.0\",\"asOf\":\"2024-01-02\"}\n" + A + "\n" + B)) {
      assertThat(reader.documentAsOf()).hasValue(LocalDate.of(2024, 1, 2));
      assertThat(reader.documentTitle()).isEmpty();
      assertThat(ids(reader)).containsExactly(Id.actor("bla"), Id.actor("b2"));
    }
  }

  @Test
  void withoutAHeaderTheRecordReadAheadIsStillGivenFirst() {
    try (RecordReader reader = open(SitrepJson.strict(), A + "\n" + B + "\n")) {
      assertThat(reader.documentTitle()).isEmpty();
      assertThat(reader.documentAsOf()).isEmpty();
      assertThat(ids(reader)).containsExactly(Id.actor("bla"), Id.actor("b2"));
    }
  }

  @Test
  void aHeaderAloneHasNoRecords() {
    try (RecordReader reader = open(SitrepJson.strict(), "{\"sitrep\":\"1.0\",\"title\":\"T\"}")) {
      assertThat(reader.documentTitle()).hasValue("T");
      assertThat(reader.hasNext()).isFalse();
    }
    try (RecordReader reader = open(SitrepJson.strict(), "")) {
      assertThat(reader.documentTitle()).isEmpty();
      assertThat(reader.hasNext()).isFalse();
    }
  }

  // ---------------------------------------------------------------- what a line holds

  @Test
  void anArrayLineNamesTheDocumentFormat() {
    String lines = "[1]\n" + A;
    String detail = "expected a record object on each line, found an array" + HINT;
    assertStrictFails(lines, "wrong-json-type", "line 1, column 1 (root): " + detail);
    try (RecordReader reader = open(SitrepJson.lenient(), lines)) {
      assertThat(ids(reader)).containsExactly(Id.actor("bla"));
      assertThat(reader.warnings())
          .extracting(
              ReadProblem::code, ReadProblem::line, ReadProblem::column, ReadProblem::detail)
          .containsExactly(tuple("wrong-json-type", 1, 1, detail));
    }
  }

  @Test
  void aScalarLineIsNotARecordAndGetsNoDocumentHint() {
    try (RecordReader reader = open(SitrepJson.lenient(), "1\n" + A)) {
      assertThat(ids(reader)).containsExactly(Id.actor("bla"));
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::line, ReadProblem::detail)
          .containsExactly(
              tuple(
                  "wrong-json-type",
                  1,
                  "expected a record object on each line, found the number 1"));
    }
  }

  @Test
  void twoRecordsOnALineAreRefused() {
    String lines = A + " " + A + "\n" + B;
    assertStrictFails(
        lines,
        "syntax",
        "line 1, column 69 (root, record actor:bla): more than one JSON value on a line: put each"
            + " record on its own line");
    try (RecordReader reader = open(SitrepJson.lenient(), lines)) {
      assertThat(ids(reader)).containsExactly(Id.actor("b2"));
      assertThat(reader.warnings()).extracting(ReadProblem::line).containsExactly(1);
    }
  }

  @Test
  void aStringAfterARecordOnItsLineIsAnotherValue() {
    String lines = A + "\n" + B.replace("b2", "b3") + "\"\n" + B;
    assertStrictFails(
        lines,
        "syntax",
        "line 2, column 67 (root, record actor:b3): more than one JSON value on a line: put each"
            + " record on its own line");
  }

  @Test
  void garbageAfterARecordIsASyntaxErrorAtItsColumn() {
    String lines = A + " x\n" + B;
    assertStrictFails(
        lines,
        "syntax",
        "line 1, column 69 (root, record actor:bla): malformed JSON: Unrecognized token 'x': was"
            + " expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    try (RecordReader reader = open(SitrepJson.lenient(), lines)) {
      assertThat(ids(reader)).containsExactly(Id.actor("b2"));
      assertThat(reader.warnings())
          .extracting(
              ReadProblem::code, ReadProblem::line, ReadProblem::column, ReadProblem::recordId)
          .containsExactly(tuple("syntax", 1, 69, java.util.Optional.of(Id.actor("bla"))));
    }
  }

  @Test
  void aRecordSpreadOverTwoLinesIsNotReadAcrossThem() {
    String lines =
        "{\"type\":\"actor\",\n\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}\n"
            + B
            + "\n";
    assertStrictFails(
        lines,
        "syntax",
        "line 1, column 17 (root): malformed JSON: Unexpected end-of-input within/between Object"
            + " entries");
    try (RecordReader reader = open(SitrepJson.lenient(), lines)) {
      assertThat(ids(reader)).containsExactly(Id.actor("b2"));
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::line)
          .containsExactly(tuple("syntax", 1), tuple("wrong-json-type", 2));
    }
  }

  @Test
  void aTruncatedLastLineIsASyntaxError() {
    assertStrictFails(
        A + "\n{\"type\":\"actor\"",
        "syntax",
        "line 2, column 16 (root): malformed JSON: Unexpected end-of-input: expected close marker"
            + " for Object (start marker at line 2, column 1)");
  }

  @Test
  void anExtraCloseMarkerIsASyntaxError() {
    String lines = A + "\n" + B.replace("b2", "b3") + "}\n" + B;
    assertStrictFails(
        lines,
        "syntax",
        "line 2, column 67 (root, record actor:b3): malformed JSON: Unexpected close marker '}': no"
            + " open Object to close");
    try (RecordReader reader = open(SitrepJson.lenient(), lines)) {
      assertThat(ids(reader)).containsExactly(Id.actor("bla"), Id.actor("b2"));
      assertThat(reader.warnings()).extracting(ReadProblem::line).containsExactly(2);
    }
  }

  @Test
  void blanksAfterARecordAndBlankLinesAreIgnoredButCounted() {
    String lines =
        A
            + " \t\r\n\n \t\r\n"
            + "{\"type\":\"actor\",\"id\":\"actor:b3\",\"name\":\"B\",\"kind\":\"bad\"}\r\n"
            + B;
    try (RecordReader reader = open(SitrepJson.lenient(), lines)) {
      assertThat(ids(reader)).containsExactly(Id.actor("bla"), Id.actor("b2"));
      assertThat(reader.warnings())
          .extracting(
              ReadProblem::code,
              ReadProblem::line,
              ReadProblem::column,
              ReadProblem::pointer,
              ReadProblem::recordId)
          .containsExactly(
              tuple("malformed-value", 4, 51, "/kind", java.util.Optional.of(Id.actor("b3"))));
    }
  }

  @Test
  void anUnknownPropertyIsWarnedOnceAndTheRecordIsKept() {
    String lines =
        A
            + "\n{\"type\":\"actor\",\"id\":\"actor:b3\",\"name\":\"B\",\"kind\":\"armed-group\",\"nmae\":1}\n"
            + B;
    assertStrictFails(
        lines,
        "unknown-property",
        "line 2, column 65 (/nmae, record actor:b3): unknown property 'nmae': not a property of an"
            + " actor; did you mean 'name'?");
    try (RecordReader reader = open(SitrepJson.lenient(), lines)) {
      assertThat(ids(reader)).containsExactly(Id.actor("bla"), Id.actor("b3"), Id.actor("b2"));
      assertThat(reader.warnings())
          .extracting(
              ReadProblem::code, ReadProblem::line, ReadProblem::column, ReadProblem::pointer)
          .containsExactly(tuple("unknown-property", 2, 65, "/nmae"));
    }
  }

  // ---------------------------------------------------------------- the line length limit

  @Test
  void aLineOfExactlyTheLimitIsRead() {
    SitrepJson json = SitrepJson.builder().strict().maxLineLength(A.length()).build();
    try (RecordReader reader = open(json, A + "\n" + A + "\n" + B)) {
      assertThat(ids(reader)).containsExactly(Id.actor("bla"), Id.actor("bla"), Id.actor("b2"));
    }
  }

  @Test
  void aLineLongerThanTheLimitIsSkippedByALenientReader() {
    String longLine = A.replace("}", ",\"description\":\"" + "x".repeat(80) + "\"}");
    SitrepJson lenient = SitrepJson.builder().lenient().maxLineLength(A.length()).build();
    try (RecordReader reader = open(lenient, A + "\n" + longLine + "\n" + B)) {
      assertThat(ids(reader)).containsExactly(Id.actor("bla"), Id.actor("b2"));
      assertThat(reader.warnings())
          .extracting(
              ReadProblem::code,
              ReadProblem::line,
              ReadProblem::column,
              ReadProblem::pointer,
              ReadProblem::detail)
          .containsExactly(
              tuple(
                  "limit-exceeded",
                  2,
                  A.length() + 1,
                  "",
                  "read limit exceeded: line longer than the maximum of " + A.length() + " bytes"));
    }
    SitrepJson strict = SitrepJson.builder().strict().maxLineLength(80).build();
    assertThatThrownBy(
            () -> {
              try (RecordReader reader = open(strict, A + "\n" + longLine + "\n" + B)) {
                ids(reader);
              }
            })
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo("limit-exceeded");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "line 2, column 81 (root): read limit exceeded: line longer than the maximum"
                          + " of 80 bytes");
            });
  }

  /** Lines that cross the end of the 64 KiB read buffer are copied, and limited the same. */
  @Test
  void linesAcrossTheReadBufferAreReadWholeAndLimitedTheSame() {
    String pad = A.replace("\"BLA\"", "\"BLA\",\"description\":\"" + "d".repeat(60000) + "\"");
    String big = B.replace("\"BLA\"", "\"BLA\",\"description\":\"" + "e".repeat(70000) + "\"");
    String lines = pad + "\n" + big + "\n" + A;

    try (RecordReader reader = open(SitrepJson.strict(), lines)) {
      SitrepRecord first = reader.next();
      SitrepRecord second = reader.next();
      SitrepRecord third = reader.next();
      assertThat(reader.hasNext()).isFalse();
      assertThat(first.description()).hasValue("d".repeat(60000));
      assertThat(second.id()).isEqualTo(Id.actor("b2"));
      assertThat(second.description()).hasValue("e".repeat(70000));
      assertThat(third.id()).isEqualTo(Id.actor("bla"));
      assertThat(third.description()).isEmpty();
    }

    // exactly the limit, across the buffer's end: read
    try (RecordReader reader =
        open(SitrepJson.builder().strict().maxLineLength(big.length()).build(), lines)) {
      assertThat(ids(reader)).containsExactly(Id.actor("bla"), Id.actor("b2"), Id.actor("bla"));
    }

    // one byte more than the limit, across the buffer's end: skipped, the next line read
    try (RecordReader reader =
        open(SitrepJson.builder().lenient().maxLineLength(big.length() - 1).build(), lines)) {
      assertThat(ids(reader)).containsExactly(Id.actor("bla"), Id.actor("bla"));
      assertThat(reader.warnings())
          .extracting(ReadProblem::line, ReadProblem::column, ReadProblem::detail)
          .containsExactly(
              tuple(
                  2,
                  big.length(),
                  "read limit exceeded: line longer than the maximum of "
                      + (big.length() - 1)
                      + " bytes"));
    }

    // within the buffer, exactly the limit is read and one byte more is not
    try (RecordReader reader =
        open(SitrepJson.builder().lenient().maxLineLength(pad.length()).build(), lines)) {
      assertThat(ids(reader)).containsExactly(Id.actor("bla"), Id.actor("bla"));
      assertThat(reader.warnings()).extracting(ReadProblem::line).containsExactly(2);
    }
    try (RecordReader reader =
        open(SitrepJson.builder().lenient().maxLineLength(pad.length() - 1).build(), lines)) {
      assertThat(ids(reader)).containsExactly(Id.actor("bla"));
      assertThat(reader.warnings())
          .extracting(ReadProblem::line, ReadProblem::column)
          .containsExactly(tuple(1, pad.length()), tuple(2, pad.length()));
    }
  }

  @Test
  void aLongLastLineWithoutNewlineIsRead() {
    String big = B.replace("\"BLA\"", "\"BLA\",\"description\":\"" + "e".repeat(140000) + "\"");
    try (RecordReader reader = open(SitrepJson.strict(), A + "\n" + big)) {
      assertThat(reader.next().id()).isEqualTo(Id.actor("bla"));
      assertThat(reader.next().description()).hasValue("e".repeat(140000));
      assertThat(reader.hasNext()).isFalse();
    }
    String tooBig = B.replace("\"BLA\"", "\"BLA\",\"description\":\"" + "e".repeat(140000) + "\"");
    try (RecordReader reader =
        open(SitrepJson.builder().lenient().maxLineLength(100000).build(), A + "\n" + tooBig)) {
      assertThat(ids(reader)).containsExactly(Id.actor("bla"));
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::line, ReadProblem::column)
          .containsExactly(tuple("limit-exceeded", 2, 100001));
    }
  }
}
