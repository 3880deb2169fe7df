package org.sitrep.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.validation.Finding;
import org.sitrep.validation.Severity;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

class CustomRuleTest {

  private final Output output = new Output();

  @Test
  void reportsTheIncidentWithoutAPlaceAndNothingInTheScenario() {
    ValidationReport report = CustomRule.run(new String[0], output.stream());

    assertThat(report.findings())
        .extracting(Finding::code, Finding::severity, Finding::documentPointer)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "incident.no-place", Severity.WARNING, "/records/32/place"),
            org.assertj.core.api.Assertions.tuple(
                "source.missing", Severity.WARNING, "/records/32/sources"));
    assertThat(report.findings())
        .allSatisfy(finding -> assertThat(finding.recordId()).isEqualTo(CustomRule.UNPLACED));
    assertThat(output.text())
        .startsWith(
            """
            The scenario, with incident.no-place added to the catalogue:
            0 errors, 0 warnings, 0 info in 32 records
            """)
        .contains("records/32 incident:2024-11-example-unplaced\n  warning  incident.no-place")
        .endsWith("0 errors, 2 warnings, 0 info in 33 records\n");
  }

  @Test
  void theRuleIsAddedBesideTheCatalogueAtItsDefaultSeverity() {
    Validator validator = Validator.builder().addRule(CustomRule.INCIDENT_NO_PLACE).build();

    assertThat(validator.activeRules())
        .containsEntry("incident.no-place", Severity.WARNING)
        .hasSize(Validator.catalogue().size() + 1);
  }
}
