package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Certainty;
import org.sitrep.core.Id;
import org.sitrep.core.Involvement;

/** Who made an attribution is a checked reference, wherever an involvement stands. */
class AttributedByTest {

  @Test
  void anAttributionByAnUnknownActorIsUnresolvedAtItsPointer() {
    Involvement attributed =
        Involvement.builder()
            .actor(Id.actor("bla"))
            .certainty(Certainty.ATTRIBUTED)
            .attributedBy(Id.actor("pakistan-ispr"))
            .build();
    ValidationReport report =
        Validator.defaults()
            .validate(
                Fixtures.cleanPlus(
                    Fixtures.KARACHI.toBuilder()
                        .id(Id.incident("attributed"))
                        .perpetrators(List.of(attributed))
                        .claimedBy(List.of())
                        .build(),
                    Fixtures.OFFENSIVE.toBuilder()
                        .id(Id.operation("attributed"))
                        .against(
                            List.of(
                                attributed.toBuilder().attributedBy(Id.actor("pakistan")).build()))
                        .build()));

    assertThat(report.withCode("ref.unresolved"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.pointer()).isEqualTo("/perpetrators/0/attributedBy");
              assertThat(finding.message()).contains("actor:pakistan-ispr");
            });
  }
}
