package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Id;

/**
 * The equals/hashCode contracts of validation's hand-written value classes: {@link Finding} uses
 * every field, {@link ValidationReport} its record count and findings (its per-severity counts are
 * derived from the findings).
 */
class EqualsContractTest {

  @Test
  void finding() {
    EqualsVerifier.forClass(Finding.class)
        .withPrefabValues(Id.class, Id.actor("a"), Id.incident("b"))
        .withNonnullFields("code", "severity", "recordId", "pointer", "message", "arguments")
        .verify();
  }

  @Test
  void validationReport() {
    ValidationReport one =
        Validator.defaults().validate(Fixtures.cleanPlus(RuleCases.CYCLE_A, RuleCases.CYCLE_B));
    EqualsVerifier.forClass(ValidationReport.class)
        .withIgnoredFields("counts") // counted from the findings
        .withNonnullFields("findings")
        .withPrefabValues(Id.class, Id.actor("a"), Id.incident("b"))
        .withPrefabValues(List.class, List.of(), one.findings())
        .verify();
    assertThat(one.findings()).isNotEmpty();
    assertThat(ValidationReport.of(one.recordCount(), one.findings()))
        .isEqualTo(one)
        .hasSameHashCodeAs(one)
        .isNotEqualTo(ValidationReport.of(one.recordCount() + 1, one.findings()));
  }
}
