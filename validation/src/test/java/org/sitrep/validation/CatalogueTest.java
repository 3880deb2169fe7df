package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  /** The module README's rule table, rendered from the catalogue. */
  static String markdownTable(List<RuleDescriptor> catalogue) {
    StringBuilder out = new StringBuilder("| code | severity | what |\n|---|---|---|\n");
    for (RuleDescriptor rule : catalogue) {
      out.append("| `")
          .append(rule.code())
          .append("` | ")
          .append(rule.defaultSeverity().wireName())
          .append(" | ")
          .append(rule.description().replace("|", "\\|"))
          .append(" |\n");
    }
    return out.toString();
  }

  @Test
  void codesAreUnique() {
    List<String> codes =
        Validator.catalogue().stream().map(RuleDescriptor::code).collect(Collectors.toList());
    Set<String> unique = new HashSet<>(codes);

    assertThat(unique).hasSameSizeAs(codes);
  }

  @Test
  void catalogueHoldsTheDomainMinimum() {
    assertThat(Validator.catalogue())
        .extracting(RuleDescriptor::code)
        .containsExactly(
            "id.duplicate",
            "ref.unresolved",
            "ref.wrong-type",
            "period.inverted",
            "period.possibly-inverted",
            "date.after-as-of",
            "date.after-sources",
            "exercise.participants",
            "casualties.negative",
            "casualties.order",
            "casualties.breakdown",
            "claim.inconsistent",
            "actor.parent-cycle",
            "affiliation.outside-period",
            "money.currency",
            "place.country",
            "place.coordinates",
            "source.missing");
  }

  @Test
  void defaultValidatorRunsTheWholeCatalogueAtDefaultSeverities() {
    assertThat(Validator.defaults().activeRules())
        .hasSize(Validator.catalogue().size())
        .allSatisfy(
            (code, severity) ->
                assertThat(
                        Validator.catalogue().stream()
                            .filter(rule -> rule.code().equals(code))
                            .findFirst()
                            .orElseThrow()
                            .defaultSeverity())
                    .isEqualTo(severity));
  }

  @Test
  void readmeTableMatchesTheCatalogue() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

    assertThat(readme).contains(markdownTable(Validator.catalogue()));
  }

  @Test
  void readmeDocumentsEveryRuleWithAFailingExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

    assertThat(Validator.catalogue())
        .allSatisfy(
            rule -> {
              int heading = readme.indexOf("### `" + rule.code() + "`");
              assertThat(heading).as(rule.code() + " has a section").isPositive();
              int next = readme.indexOf("\n### ", heading + 1);
              String section = readme.substring(heading, next < 0 ? readme.length() : next);
              assertThat(section).as(rule.code() + " shows a JSON example").contains("```json");
            });
  }
}
