package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleCatalogueBehaviourTest {

  static List<RuleCases.Firing> firing() {
    return RuleCases.firing();
  }

  static List<RuleCases.Silent> silent() {
    return RuleCases.silent();
  }

  @Test
  void cleanScenarioHasNoFindings() {
    ValidationReport report = Validator.defaults().validate(Fixtures.cleanPlus());

    assertThat(report.findings()).isEmpty();
    assertThat(report.recordCount()).isEqualTo(Fixtures.clean().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("firing")
  void ruleFires(RuleCases.Firing firing) {
    ValidationReport report =
        Validator.defaults()
            .validate(Fixtures.cleanPlus(firing.extra().toArray(new org.sitrep.core.SitrepRecord[0])));

    assertThat(report.withCode(firing.code()))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(firing.severity());
              assertThat(finding.recordId()).isEqualTo(firing.recordId());
              assertThat(finding.pointer()).isEqualTo(firing.pointer());
              assertThat(finding.position()).isEqualTo(Fixtures.clean().size());
              assertThat(finding.message()).isNotBlank();
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("silent")
  void ruleStaysSilent(RuleCases.Silent silent) {
    ValidationReport report = Validator.defaults().validate(silent.dataset());

    assertThat(report.withCode(silent.code())).isEmpty();
  }

  @Test
  void everyCatalogueRuleHasAFiringAndASilentCase() {
    List<String> codes =
        Validator.catalogue().stream().map(RuleDescriptor::code).collect(Collectors.toList());

    assertThat(firing().stream().map(RuleCases.Firing::code)).containsExactlyElementsOf(codes);
    assertThat(silent().stream().map(RuleCases.Silent::code).distinct())
        .containsExactlyElementsOf(codes);
  }
}
