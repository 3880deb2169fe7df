package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Casualties;
import org.sitrep.core.Dataset;
import org.sitrep.core.Estimate;
import org.sitrep.core.Id;
import org.sitrep.core.Involvement;
import org.sitrep.core.time.Period;

class ValidationReportTest {

  /** The seed scenario's deliberately broken copy. */
  static Dataset broken() {
    return Dataset.of(
        "broken",
        Fixtures.AS_OF,
        List.of(
            Fixtures.PAKISTAN,
            Fixtures.ARMY,
            Fixtures.CHINA,
            Fixtures.BLA,
            Fixtures.KARACHI.toBuilder()
                .addPerpetrator(Involvement.confirmed(Id.actor("bla-splinter")))
                .casualties(Casualties.builder().killed(Estimate.of(3, 2, 4)).build())
                .build(),
            Fixtures.OFFENSIVE.toBuilder().period(Period.parse("2024-12-15/2024-11-21")).build(),
            Fixtures.WARRIOR.toBuilder()
                .participants(List.of(Involvement.confirmed(Id.actor("pakistan-army"))))
                .build()));
  }

  @Test
  void textRenderingMatchesTheGoldenFile() throws IOException {
    String expected =
        Files.readString(
            Path.of("src/test/resources/golden/broken-report.txt"), StandardCharsets.UTF_8);

    assertThat(Validator.defaults().validate(broken()).toText()).isEqualTo(expected);
  }

  @Test
  void countsAndQueries() {
    ValidationReport report = Validator.defaults().validate(broken());

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.count(Severity.ERROR)).isEqualTo(report.atLeast(Severity.ERROR).size());
    assertThat(report.counts().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(report.findings().size());
    assertThat(report.findingsFor(Fixtures.OFFENSIVE.id()))
        .extracting(Finding::code)
        .containsExactly("period.inverted");
    assertThat(report.filter(finding -> finding.severity() == Severity.WARNING).hasErrors())
        .isFalse();
    assertThat(report.findings()).isSortedAccordingTo(Finding.ORDER);
  }

  @Test
  void documentPointerPrefixesTheRecordPosition() {
    Finding inverted = Validator.defaults().validate(broken()).withCode("period.inverted").get(0);

    assertThat(inverted.documentPointer()).isEqualTo("/records/5/period");
  }

  @Test
  void summaryUsesSingularAndPlural() {
    assertThat(ValidationReport.of(0, List.of()).summary())
        .isEqualTo("0 errors, 0 warnings, 0 info");
    assertThat(ValidationReport.of(0, List.of()).toText())
        .isEqualTo("0 errors, 0 warnings, 0 info in 0 records\n");
  }
}
