package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Certainty;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;

/** The claim status against the claimants, case by case. */
class ClaimStatusTest {

  private static List<String> messages(Incident incident) {
    return Validator.defaults()
        .validate(Fixtures.cleanPlus(incident))
        .withCode("claim.inconsistent")
        .stream()
        .map(Finding::message)
        .toList();
  }

  private static Incident.Builder unclaimedKarachi(String slug) {
    return Fixtures.KARACHI.toBuilder()
        .id(Id.incident(slug))
        .claimedBy(List.of())
        .perpetrators(List.of(Involvement.of(Id.actor("bla"), Certainty.SUSPECTED)));
  }

  @Test
  void disputedWithoutAClaimantFires() {
    assertThat(
            messages(
                unclaimedKarachi("disputed").claimStatus(Incident.ClaimStatus.DISPUTED).build()))
        .containsExactly(
            "The claim status is disputed but no actor claimed it: name the claimant in claimedBy,"
                + " or correct the status");
  }

  @Test
  void unknownWithAPerpetratorByItsOwnClaimFires() {
    Incident incident =
        unclaimedKarachi("unknown")
            .claimStatus(Incident.ClaimStatus.UNKNOWN)
            .perpetrators(List.of(Involvement.of(Id.actor("bla"), Certainty.CLAIMED)))
            .build();
    assertThat(messages(incident))
        .singleElement()
        .asString()
        .startsWith("The claim status is unknown but actor:bla claimed it");
  }

  @Test
  void aClaimSaidOnceAndADenialAreSilent() {
    assertThat(
            messages(
                unclaimedKarachi("said-once")
                    .claimStatus(Incident.ClaimStatus.CLAIMED)
                    .perpetrators(List.of(Involvement.of(Id.actor("bla"), Certainty.CLAIMED)))
                    .build()))
        .isEmpty();
    assertThat(
            messages(
                Fixtures.KARACHI.toBuilder()
                    .id(Id.incident("denied"))
                    .claimStatus(Incident.ClaimStatus.DENIED)
                    .build()))
        .isEmpty();
    assertThat(
            messages(
                unclaimedKarachi("unclaimed").claimStatus(Incident.ClaimStatus.UNCLAIMED).build()))
        .isEmpty();
  }
}
