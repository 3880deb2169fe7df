package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Id;

/** The equals/hashCode contract of io's hand-written value class {@link ReadProblem}. */
class EqualsContractTest {

  @Test
  void readWarning() {
    EqualsVerifier.forClass(ReadProblem.class)
        .withPrefabValues(Id.class, Id.actor("a"), Id.incident("b"))
        .withNonnullFields("code", "pointer", "detail")
        .verify();
    ReadProblem warning = new ReadProblem("unknown-property", 3, 7, "/records/0/x", null, "detail");
    assertThat(warning)
        .isEqualTo(new ReadProblem("unknown-property", 3, 7, "/records/0/x", null, "detail"))
        .isNotEqualTo(new ReadProblem("unknown-property", 3, 8, "/records/0/x", null, "detail"));
  }
}
