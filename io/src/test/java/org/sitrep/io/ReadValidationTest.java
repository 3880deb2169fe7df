package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Id;
import org.sitrep.validation.Finding;
import org.sitrep.validation.Severity;
import org.sitrep.validation.StreamingValidation;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/** Every problem of a file in one report: read problems as findings, the rules on the rest. */
class ReadValidationTest {

  private static final String HEADER =
      "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":[\n";
  private static final List<String> RECORDS =
      List.of(
          "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"colour\":1}",
          "{\"type\":\"actor\",\"id\":\"actor:army\",\"name\":\"Army\",\"kind\":\"ARMED_FORCES\"}",
          "{\"id\":\"operation:azm\",\"name\":\"Azm\",\"kind\":\"counter-terrorism\"}",
          "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\","
              + "\"perpetrators\":[{\"actor\":\"actor:army\",\"certainty\":\"confirmed\"}],"
              + "\"sources\":[{\"publisher\":\"Dawn\"}]}");

  private static ValidationReport validate(RecordReader reader) {
    return ReadValidation.validate(
        reader, Validator.defaults().startStream(LocalDate.of(2024, 11, 20)));
  }

  private static void assertOnePass(ValidationReport report) {
    assertThat(report.recordCount()).isEqualTo(4);
    assertThat(report.findings())
        .extracting(Finding::position, Finding::code, Finding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, "read.unknown-property", "/colour"),
            org.assertj.core.groups.Tuple.tuple(1, "read.malformed-value", "/kind"),
            org.assertj.core.groups.Tuple.tuple(2, "read.missing-property", ""),
            org.assertj.core.groups.Tuple.tuple(3, "ref.unresolved", "/perpetrators/0/actor"));
    assertThat(report.findings()).allMatch(f -> f.severity() == Severity.ERROR);
    assertThat(report.findings().get(2).recordId()).isEqualTo(Id.operation("azm"));
    assertThat(report.findings().get(2).message())
        .contains("its id says it is an operation, add \"type\": \"operation\"");
    assertThat(ReadValidation.unreadable(report))
        .extracting(Finding::position)
        .containsExactly(1, 2);
  }

  @Test
  void aDocumentWithFourProblemsGivesThemAllInOneReport() {
    String document = HEADER + String.join(",\n", RECORDS) + "\n]}";
    try (RecordReader reader =
        SitrepJson.lenient()
            .openDocumentRecords(
                new java.io.ByteArrayInputStream(
                    document.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
      ValidationReport report = validate(reader);
      assertOnePass(report);
      assertThat(report.findings().get(0).arguments())
          .containsEntry("line", "2")
          .containsKey("column");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void jsonLinesGiveTheSameReport() {
    try (RecordReader reader =
        SitrepJson.lenient().openRecords(String.join("\n", RECORDS) + "\n")) {
      ValidationReport report = validate(reader);
      assertOnePass(report);
      assertThat(report.findings().get(1).arguments()).containsEntry("line", "2");
    }
  }

  @Test
  void aDocumentsBrokenFrameStopsThePass() {
    String document = HEADER + RECORDS.get(0) + "],\"author\":\"me\"}";
    assertThatThrownBy(
            () -> {
              try (RecordReader reader =
                  SitrepJson.lenient()
                      .openDocumentRecords(
                          new java.io.ByteArrayInputStream(
                              document.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
                validate(reader);
              }
            })
        .isInstanceOf(SitrepReadException.class)
        .hasMessageContaining("unknown property 'author'");
  }

  @Test
  void anUnknownPropertyOfARecordLeftOutStaysWithThatRecord() {
    // the unknown property comes before the id, and the record is then given up
    String lines =
        """
        {"type":"actor","colour":1,"id":"actor:a","name":"A","kind":"nope"}
        {"type":"actor","id":"actor:b","name":"B","kind":"other"}
        """;
    try (RecordReader reader = SitrepJson.lenient().openRecords(lines)) {
      ValidationReport report = validate(reader);
      assertThat(report.recordCount()).isEqualTo(2);
      assertThat(report.findings())
          .extracting(Finding::position, Finding::code)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(0, "read.unknown-property"), // /colour
              org.assertj.core.groups.Tuple.tuple(0, "read.malformed-value")); // /kind
      assertThat(report.findingsFor(Id.actor("b"))).isEmpty();
    }
  }

  @Test
  void aBadHeaderLineStopsThePassInsteadOfBecomingARecord() {
    String lines = "{\"sitrep\":\"1.0\",\"asOf\":\"20/11/2024\"}\n" + RECORDS.get(0) + "\n";
    assertThatThrownBy(
            () -> {
              try (RecordReader reader = SitrepJson.lenient().openRecords(lines)) {
                validate(reader);
              }
            })
        .isInstanceOf(SitrepReadException.class)
        .hasMessageContaining("malformed asOf");
  }

  @Test
  void aCleanFileGivesTheRulesReportUnchanged() {
    String line =
        "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}\n";
    try (RecordReader reader = SitrepJson.lenient().openRecords(line)) {
      assertThat(validate(reader).findings()).isEmpty();
    }
  }

  /**
   * {@code afterEach} runs once for each record, the ones read and the ones that could not be, on
   * the caller's thread, after the session counted it; the report is the one without it.
   */
  @Test
  void afterEachRunsOnceForEveryRecordReadOrNot() {
    String lines = String.join("\n", RECORDS) + "\n";
    for (int threads = 1; threads <= 3; threads++) {
      SitrepJson json = SitrepJson.builder().lenient().readThreads(threads).build();
      StreamingValidation session = Validator.defaults().startStream(LocalDate.of(2024, 11, 20));
      List<Integer> counts = new ArrayList<>();
      Thread caller = Thread.currentThread();
      ValidationReport report;
      try (RecordReader reader = json.openRecords(lines)) {
        report =
            ReadValidation.validate(
                reader,
                session,
                () -> {
                  assertThat(Thread.currentThread()).isSameAs(caller);
                  counts.add(session.count());
                });
      }
      assertOnePass(report);
      assertThat(counts).containsExactly(1, 2, 3, 4);
    }
  }

  @Test
  @SuppressWarnings("NullAway") // nulls on purpose, as a caller without NullAway could pass them
  void aNullArgumentIsRefusedByNameBeforeTheReaderIsTouched() {
    StreamingValidation session = Validator.defaults().startStream(LocalDate.of(2024, 11, 20));
    try (RecordReader reader =
        SitrepJson.lenient().openRecords(String.join("\n", RECORDS) + "\n")) {
      assertThatThrownBy(() -> ReadValidation.validate(null, session, () -> {}))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("records");
      assertThatThrownBy(() -> ReadValidation.validate(reader, null, () -> {}))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("session");
      assertThatThrownBy(() -> ReadValidation.validate(reader, session, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("afterEach");

      // nothing was read, and the reader's checks were not taken: the pass still works
      assertOnePass(validate(reader));
    }
  }
}
