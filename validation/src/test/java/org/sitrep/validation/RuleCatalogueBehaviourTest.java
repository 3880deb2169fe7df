package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.SitrepRecord;

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
            .validate(Fixtures.cleanPlus(firing.extra().toArray(new SitrepRecord[0])));

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

  /**
   * The message of every firing case, against {@code golden/firing-messages.txt} (one {@code code |
   * message} line per case, read and reviewed by eye): a message that stops naming the values a
   * user must correct fails here.
   */
  @Test
  void messagesNameWhatToCorrect() throws IOException {
    StringBuilder messages = new StringBuilder();
    for (RuleCases.Firing firing : firing()) {
      ValidationReport report =
          Validator.defaults()
              .validate(Fixtures.cleanPlus(firing.extra().toArray(new SitrepRecord[0])));
      for (Finding finding : report.withCode(firing.code())) {
        messages.append(firing.code()).append(" | ").append(finding.message()).append('\n');
      }
    }

    assertThat(messages.toString())
        .isEqualTo(
            Files.readString(
                Path.of("src/test/resources/golden/firing-messages.txt"), StandardCharsets.UTF_8));
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
