package org.sitrep.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryDatasetTest {

  private final Output output = new Output();

  @Test
  void answersTheThreeQueriesOnTheScenario() {
    QueryDataset.run(new String[0], output.stream());

    assertThat(output.text())
        .isEqualTo(
            "Incidents involving the BLA:\n"
                + "  incident:2024-10-06-karachi-airport  Suicide bombing outside Jinnah"
                + " International Airport, Karachi\n"
                + "Records that may overlap 2024-11/2024-12:\n"
                + "  operation:balochistan-security-presence  /..\n"
                + "  operation:balochistan-intelligence-based-operations  /..\n"
                + "  operation:balochistan-insurgency  /..\n"
                + "  exercise:china-pakistan-ct-2024  2024-11-21~/2024-12-15~\n"
                + "  statement:pakistan-moib-no-comment  2024-11-19/2024-11-20\n"
                + "  statement:pakistan-military-no-comment  2024-11-19/2024-11-20\n"
                + "  statement:china-mnd-2024-11-19-exercise  2024-11-19\n"
                + "  statement:china-mfa-lin-jian-2024-11-20  2024-11-20\n"
                + "Who might join the offensive:\n"
                + "  actor:china -> China, certainty unknown\n");
  }
}
