package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;

/**
 * JSON Lines read from a stream that gives a few bytes at a time, so that lines cross the end of
 * what was read: the records, warnings and positions are those of a read in one piece.
 */
class JsonLinesTrickleTest {

  private static final String A =
      "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}";

  /** A stream that gives at most {@code most} bytes per read. */
  private static InputStream trickle(String text, int most) {
    return new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
      @Override
      public int read(byte[] b, int off, int len) throws java.io.IOException {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }

  private static String actor(String slug, String extra) {
    return "{\"type\":\"actor\",\"id\":\"actor:"
        + slug
        + "\",\"name\":\"N\",\"kind\":\"armed-group\""
        + extra
        + "}";
  }

  private static final String LINES =
      "{\"sitrep\":\"1.0\",\"title\":\"Trickle\",\"asOf\":\"2024-11-20\"}\r\n"
          + actor("a1", "")
          + "\n"
          + "\n"
          + " \t \r\n"
          + actor("a2", ",\"colour\":\"red\"")
          + "\n"
          + actor("a3", ",\"kind\":\"nope\"")
          + "\n"
          + actor("a4", ",\"description\":\"" + "x".repeat(300) + "\"")
          + "\n"
          + "[1,2]\n"
          + actor("a5", ",\"aliases\":[\"" + "y".repeat(2000) + "\"]")
          + "   \n"
          + actor("a6", "")
          + " "
          + actor("a7", "")
          + "\n"
          + actor("a8", "");

  private record Read(
      List<Id<?>> ids,
      List<String> descriptions,
      List<String> warnings,
      String title,
      LocalDate asOf) {}

  private static Read read(SitrepJson json, InputStream in) {
    try (RecordReader reader = json.openRecords(in)) {
      String title = reader.documentTitle().orElse(null);
      LocalDate asOf = reader.documentAsOf().orElse(null);
      List<Id<?>> ids = new ArrayList<>();
      List<String> descriptions = new ArrayList<>();
      while (reader.hasNext()) {
        SitrepRecord record = reader.next();
        ids.add(record.id());
        descriptions.add(record.description().orElse(""));
      }
      List<String> warnings = new ArrayList<>();
      for (ReadProblem warning : reader.warnings()) {
        warnings.add(warning.code() + " " + warning.message());
      }
      return new Read(ids, descriptions, warnings, title, asOf);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 8, 9, 13, 64, 1000, 1 << 20})
  void aTrickleReadsWhatAWholeReadReads(int most) {
    Read whole =
        read(
            SitrepJson.lenient(), new ByteArrayInputStream(LINES.getBytes(StandardCharsets.UTF_8)));
    Read trickled = read(SitrepJson.lenient(), trickle(LINES, most));
    assertThat(trickled).isEqualTo(whole);
    assertThat(whole.title()).isEqualTo("Trickle");
    assertThat(whole.asOf()).isEqualTo(LocalDate.of(2024, 11, 20));
    assertThat(whole.ids())
        .containsExactly(
            Id.actor("a1"), Id.actor("a2"), Id.actor("a4"), Id.actor("a5"), Id.actor("a8"));
    assertThat(whole.warnings())
        .containsExactly(
            "unknown-property line 5, column 65 (/colour, record actor:a2): unknown property"
                + " 'colour': not a property of an actor; a property of your own is an extension:"
                + " name it x_colour",
            "malformed-value line 6, column 72 (/kind, record actor:a3): unknown actor kind 'nope'"
                + " (expected state, government-body, military, security-force, armed-group,"
                + " political-party, person, company, international-organization, media,"
                + " civilian-group or other)",
            "wrong-json-type line 8, column 1 (root): expected a record object on each line, found"
                + " an array (a Sitrep document is an object: {\"sitrep\": \"1.0\", ..., \"records\": [...]})",
            "syntax line 10, column 66 (root, record actor:a6): more than one JSON value on a line:"
                + " put each record on its own line");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 8, 64})
  void aTrickledLineLongerThanTheLimitIsSkipped(int most) {
    String lines =
        A + "\n" + actor("long", ",\"description\":\"" + "z".repeat(200) + "\"") + "\n" + A;
    SitrepJson json = SitrepJson.builder().lenient().maxLineLength(100).build();
    try (RecordReader reader = json.openRecords(trickle(lines, most))) {
      List<Id<?>> ids = new ArrayList<>();
      reader.forEachRemaining(r -> ids.add(r.id()));
      assertThat(ids).containsExactly(Id.actor("bla"), Id.actor("bla"));
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::line, ReadProblem::column)
          .containsExactly(tuple("limit-exceeded", 2, 101));
    }
  }

  @Test
  void aLongBadLineInTheBufferIsCopiedWhole() {
    String bad = actor("bad", ",\"description\":\"" + "q".repeat(3000) + "\",\"kind\":\"nope\"");
    String header = "{\"sitrep\":\"1.0\",\"title\":\"" + "T".repeat(3000) + "\"}";
    try (RecordReader reader =
        SitrepJson.lenient().openRecords(header + "\n" + bad + "\n" + A + "\n" + bad + "\n")) {
      assertThat(reader.documentTitle()).hasValue("T".repeat(3000));
      List<Id<?>> ids = new ArrayList<>();
      reader.forEachRemaining(r -> ids.add(r.id()));
      assertThat(ids).containsExactly(Id.actor("bla"));
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::line, ReadProblem::pointer)
          .containsExactly(
              tuple("malformed-value", 2, "/kind"), tuple("malformed-value", 4, "/kind"));
    }
  }

  @Test
  void aLineThatOnlyStartsLikeAHeaderIsARecord() {
    // {"sitre... is too short to be a header: a bad record, which a lenient reader skips
    try (RecordReader reader = SitrepJson.lenient().openRecords("{\"sitre\n" + A + "\n")) {
      List<Id<?>> ids = new ArrayList<>();
      reader.forEachRemaining(r -> ids.add(r.id()));
      assertThat(ids).containsExactly(Id.actor("bla"));
      assertThat(reader.warnings())
          .extracting(ReadProblem::code, ReadProblem::line)
          .containsExactly(tuple("syntax", 1));
    }
    // {"sitrep" is a header, however broken, which even a lenient reader refuses
    assertThatThrownBy(
            () -> {
              try (RecordReader reader =
                  SitrepJson.lenient().openRecords("{\"sitrep\"\n" + A + "\n")) {
                reader.forEachRemaining(r -> {});
              }
            })
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo("syntax");
              assertThat(e.problem().line()).isEqualTo(1);
              assertThat(e.problem().pointer()).isEqualTo("/sitrep");
            });
  }
}
