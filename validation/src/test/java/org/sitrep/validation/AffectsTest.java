package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Id;

/** What an incident or an operation hits among the things at stake is a checked reference. */
class AffectsTest {

  @Test
  void anIncidentAffectingAnUnknownInvestmentIsUnresolved() {
    ValidationReport report =
        Validator.defaults()
            .validate(
                Fixtures.cleanPlus(
                    Fixtures.KARACHI.toBuilder()
                        .id(Id.incident("gwadar-port-attack"))
                        .addAffects(Fixtures.CPEC.id())
                        .addAffects(Id.investment("gwadar-airport"))
                        .build()));

    assertThat(report.withCode("ref.unresolved"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.recordId()).isEqualTo(Id.incident("gwadar-port-attack"));
              assertThat(finding.pointer()).isEqualTo("/affects/1");
              assertThat(finding.message())
                  .isEqualTo(
                      "No record has the id investment:gwadar-airport named in affects: add the"
                          + " record or correct the id");
            });
  }

  @Test
  void anOperationAffectingAKnownInvestmentIsSilent() {
    ValidationReport report =
        Validator.defaults()
            .validate(
                Fixtures.cleanPlus(
                    Fixtures.OFFENSIVE.toBuilder()
                        .id(Id.operation("port-security"))
                        .addAffects(Fixtures.CPEC.id())
                        .build()));

    assertThat(report.findings()).isEmpty();
  }
}
