package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Validator;

class RulesCommandTest {

  @Test
  void listsEveryRuleOfTheCatalogueAsATable() {
    Run run = Run.of("rules");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("CODE ");
    for (RuleDescriptor rule : Validator.catalogue()) {
      assertThat(run.out())
          .containsPattern(
              "(?m)^"
                  + java.util.regex.Pattern.quote(rule.code())
                  + " +"
                  + rule.defaultSeverity().wireName()
                  + " +\\S");
    }
    assertThat(run.err()).isEmpty();
  }

  @Test
  void printsTheCatalogueAsJson() {
    Run run = Run.of("rules", "--format", "json");

    RuleDescriptor first = Validator.catalogue().get(0);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("{")
        .contains("\"rules\"")
        .contains("\"code\" : \"" + first.code() + "\"")
        .contains("\"severity\" : \"" + first.defaultSeverity().wireName() + "\"");
  }

  @Test
  void refusesAnUnknownFormatWithExitCode2() {
    Run run = Run.of("rules", "--format", "xml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format").contains("xml").contains("sitrep rules --help");
  }
}
