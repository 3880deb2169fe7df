package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;

/** Values at the edges of what the decoder reads, caches and reports. */
class DecoderEdgesTest {

  private static final String INCIDENT =
      "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\"";

  private static String document(String records) {
    return "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":["
        + records
        + "]}";
  }

  private static Incident incident(String extra) {
    Dataset dataset = SitrepJson.strict().readDataset(document(INCIDENT + extra + "}"));
    return (Incident) dataset.records().get(0);
  }

  @Test
  void countsOnBothSidesOfTheSharedSmallCountsAreRead() {
    Incident incident =
        incident(
            ",\"casualties\":{\"killed\":{\"low\":-1,\"best\":0,\"high\":255},"
                + "\"injured\":{\"low\":256,\"best\":1000}}");
    var casualties = incident.casualties().orElseThrow();
    var killed = casualties.killed().orElseThrow();
    assertThat(killed.low()).isEqualTo(OptionalInt.of(-1));
    assertThat(killed.best()).isEqualTo(OptionalInt.of(0));
    assertThat(killed.high()).isEqualTo(OptionalInt.of(255));
    var injured = casualties.injured().orElseThrow();
    assertThat(injured.low()).isEqualTo(OptionalInt.of(256));
    assertThat(injured.best()).isEqualTo(OptionalInt.of(1000));
    assertThat(injured.high()).isEmpty();
  }

  @Test
  void anEstimateWithOnlyOneBoundIsRead() {
    Incident low = incident(",\"casualties\":{\"killed\":{\"low\":3}}");
    assertThat(low.casualties().orElseThrow().killed().orElseThrow().low()).hasValue(3);
    Incident high = incident(",\"casualties\":{\"injured\":{\"high\":7}}");
    assertThat(high.casualties().orElseThrow().injured().orElseThrow().high()).hasValue(7);
  }

  @Test
  void aSurrogatePairIsText() {
    assertThat(incident(",\"name\":\"\\ud83d\\ude00\"").name()).isEqualTo("\ud83d\ude00");
    assertThat(incident(",\"name\":\"a\\ud83d\\ude00b\"").name()).isEqualTo("a\ud83d\ude00b");
  }

  @Test
  void nullObjectsAndArraysAreAbsent() {
    Incident withNulls =
        incident(
            ",\"place\":null,\"casualties\":null,\"perpetrators\":null,\"externalIds\":null,"
                + "\"date\":null,\"sources\":null,\"description\":null");
    assertThat(withNulls).isEqualTo(incident(""));
    assertThat(withNulls.place()).isEmpty();
    assertThat(withNulls.casualties()).isEmpty();
  }

  @Test
  void manyDistinctIdsAndDatesOfOneLengthReadBackExactly() {
    // more than the 4096 slots of the caches: ids and dates that share a slot must not be mixed up
    StringBuilder claimedBy = new StringBuilder();
    StringBuilder sources = new StringBuilder();
    List<Id<Actor>> ids = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    int n = 6000;
    for (int i = 0; i < n; i++) {
      String slug = String.format("a%05d", i);
      ids.add(Id.actor(slug));
      claimedBy.append(i == 0 ? "" : ",").append("\"actor:").append(slug).append('"');
      String date = String.format("%04d-%02d-%02d", 1000 + i / 12, 1 + i % 12, 1 + i % 28);
      dates.add(date);
      sources
          .append(i == 0 ? "" : ",")
          .append("{\"publisher\":\"p\",\"published\":\"")
          .append(date)
          .append("\"}");
    }
    // every id and date twice, so that the second is found in the cache
    Incident incident =
        incident(
            ",\"claimedBy\":["
                + claimedBy
                + ","
                + claimedBy
                + "],\"sources\":["
                + sources
                + ","
                + sources
                + "]");
    List<Id<Actor>> expectedIds = new ArrayList<>(ids);
    expectedIds.addAll(ids);
    assertThat(incident.claimedBy()).containsExactlyElementsOf(expectedIds);
    List<String> read = new ArrayList<>();
    for (Source source : incident.sources()) {
      read.add(source.published().orElseThrow().toString());
    }
    List<String> expectedDates = new ArrayList<>(dates);
    expectedDates.addAll(dates);
    assertThat(read).containsExactlyElementsOf(expectedDates);
  }

  @Test
  void aNumberLongerThanTheStringLimitIsReportedAsANumber() {
    SitrepJson json = SitrepJson.builder().maxStringLength(20).build();
    assertThatThrownBy(
            () -> json.read(document(INCIDENT + ",\"confidence\":" + "1".repeat(30) + "}")))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo("limit-exceeded");
              assertThat(e.problem().pointer()).isEqualTo("/records/0/confidence");
              assertThat(e.problem().detail())
                  .isEqualTo(
                      "read limit exceeded: a number longer than the maximum of 100 characters");
            });
    assertThatThrownBy(
            () -> json.read(document(INCIDENT + ",\"description\":\"" + "1".repeat(30) + "\"}")))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo("limit-exceeded");
              assertThat(e.problem().pointer()).isEqualTo("/records/0/description");
              assertThat(e.problem().detail())
                  .startsWith(
                      "read limit exceeded: String value length (30) exceeds the maximum allowed (20");
            });
  }

  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        // after a complete value: the object holding it
        Arguments.of(INCIDENT + " \"x\":1}", "/records/0", 129),
        Arguments.of(INCIDENT + ",\"place\":{\"name\":\"P\" \"x\":1}}", "/records/0/place", 149),
        Arguments.of(INCIDENT + ",\"tags\":[\"a\" \"b\"]}", "/records/0/tags", 141),
        // inside a just opened array or object: that array or object
        Arguments.of(INCIDENT + ",\"tags\":[}", "/records/0/tags", 137),
        Arguments.of(INCIDENT + ",\"place\":{]}", "/records/0/place", 138),
        // after a property name: its value
        Arguments.of(INCIDENT + ",\"name\":}", "/records/0/name", 136),
        // inside a string: the string's property
        Arguments.of(INCIDENT + ",\"name\":\"a\\q\"}", "/records/0/name", 139),
        Arguments.of(INCIDENT + ",\"category\":\"a\\q\"}", "/records/0/category", 143),
        // a record being buffered because its type is not first
        Arguments.of("{\"name\":\"n\" \"type\":\"actor\"}", "/records/0", 72),
        Arguments.of("{\"name\":\"n\",\"type\":\"actor\",\"x\":[}", "/records/0/x", 92));
  }

  @ParameterizedTest
  @MethodSource("syntaxErrors")
  void aSyntaxErrorIsReportedWhereItIs(String record, String pointer, int column) {
    assertThatThrownBy(() -> SitrepJson.strict().read(document(record)))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo("syntax");
              assertThat(e.problem().pointer()).isEqualTo(pointer);
              assertThat(e.problem().line()).isEqualTo(1);
              assertThat(e.problem().column()).isEqualTo(column);
              assertThat(e.problem().detail()).startsWith("malformed JSON: ");
            });
  }

  @Test
  void aProblemAfterTheRecordsDoesNotNameTheLastRecord() {
    assertThatThrownBy(
            () -> SitrepJson.strict().read(document(INCIDENT + "}],\"author\":1,\"records\":[")))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(
                      "line 1, column 131 (/author): unknown property 'author': a document has only"
                          + " sitrep, title, asOf and records");
              assertThat(e.problem().recordId()).isEmpty();
            });
  }

  @Test
  void aLenientReaderGoesOnAfterABadRecordAndReadsASecondRecordsArray() {
    String json =
        document(
            INCIDENT
                + ",\"colour\":1},"
                + INCIDENT.replace("incident:k", "incident:j")
                + ",\"category\":\"bad\"}],\"author\":1,\"x\":{\"y\":[1]},\"records\":["
                + INCIDENT.replace("incident:k", "incident:m")
                + "}");
    ReadResult result = SitrepJson.lenient().read(json);
    assertThat(result.dataset().records())
        .extracting(SitrepRecord::id)
        .containsExactly(Id.incident("k"), Id.incident("m"));
    assertThat(result.warnings())
        .extracting(ReadProblem::message)
        .containsExactly(
            "line 1, column 129 (/records/0/colour, record incident:k): unknown property 'colour':"
                + " not a property of an incident; a property of your own is an extension: name it"
                + " x_colour",
            "line 1, column 221 (/records/1/category, record incident:j): unknown incident category"
                + " 'bad' (expected battles, explosions-remote-violence, violence-against-civilians,"
                + " protests, riots or strategic-developments)",
            "line 1, column 229 (/author): unknown property 'author': a document has only sitrep,"
                + " title, asOf and records",
            "line 1, column 240 (/x): unknown property 'x': a document has only sitrep, title, asOf"
                + " and records");
  }

  @Test
  void trailingContentIsReportedOnItsLine() {
    assertThatThrownBy(() -> SitrepJson.strict().read(document(INCIDENT + "}") + "\n\n  {"))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo("line 3, column 3 (root): trailing content after the document"));
  }

  /** A codec built anew measures where tokens start the same way as the shared ones. */
  @Test
  void aNewlyBuiltCodecReportsTheSameColumns() {
    String record = "{\"type\":\"actor\",\"id\":\"actor:bla\"}";
    String message =
        "line 1, column 60 (/records/0, record actor:bla): missing required properties 'name',"
            + " 'kind' of an actor";
    for (SitrepJson json :
        new SitrepJson[] {SitrepJson.strict(), SitrepJson.builder().strict().build()}) {
      assertThatThrownBy(() -> json.read(document(record)))
          .isInstanceOfSatisfying(
              SitrepReadException.class, e -> assertThat(e.getMessage()).isEqualTo(message));
    }
    SitrepJson lenient = SitrepJson.builder().lenient().build();
    try (RecordReader reader = lenient.openRecords("\n  " + record + "\n")) {
      assertThat(reader.hasNext()).isFalse();
      assertThat(reader.warnings())
          .extracting(ReadProblem::message)
          .containsExactly(
              "line 2, column 3 (root, record actor:bla): missing required properties 'name',"
                  + " 'kind' of an actor");
    }
  }
}
