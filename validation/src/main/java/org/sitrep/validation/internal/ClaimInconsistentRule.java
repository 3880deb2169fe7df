package org.sitrep.validation.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Certainty;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.PropertyNames;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code claim.inconsistent}: an incident whose {@code claimStatus} contradicts who it says claimed
 * it — the actors in {@code claimedBy} and the perpetrators of certainty {@code claimed}. A status
 * of claimed or disputed needs a claimant; unclaimed or unknown allows none. A claim said once (in
 * {@code claimedBy} or by a perpetrator's certainty) is enough: the rule looks for contradictions,
 * not for repetition.
 */
final class ClaimInconsistentRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "claim.inconsistent",
          Severity.ERROR,
          "an incident whose claim status contradicts its claimants");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    if (!(context.record() instanceof Incident)) {
      return;
    }
    Incident incident = (Incident) context.record();
    Incident.ClaimStatus status = incident.claimStatus().orElse(null);
    if (status == null || status == Incident.ClaimStatus.DENIED) {
      return; // a denial and another's claim can stand together
    }
    Id<Actor> claimant = claimant(incident);
    boolean claimed =
        status == Incident.ClaimStatus.CLAIMED || status == Incident.ClaimStatus.DISPUTED;
    if (claimed && claimant == null) {
      context
          .report(
              Pointer.of(PropertyNames.CLAIM_STATUS),
              "The claim status is "
                  + status.wireName()
                  + " but no actor claimed it: name the"
                  + " claimant in claimedBy, or correct the status")
          .argument("claimStatus", status.wireName());
    } else if (!claimed && claimant != null) {
      context
          .report(
              Pointer.of(PropertyNames.CLAIM_STATUS),
              "The claim status is "
                  + status.wireName()
                  + " but "
                  + claimant
                  + " claimed it"
                  + " (in claimedBy, or a perpetrator of certainty claimed): correct the status"
                  + " or the claim")
          .argument("claimStatus", status.wireName())
          .argument("claimant", claimant.toString());
    }
  }

  /** The first claimant: in claimedBy, else a perpetrator of certainty claimed; null for none. */
  private static @Nullable Id<Actor> claimant(Incident incident) {
    List<Id<Actor>> claimedBy = incident.claimedBy();
    if (!claimedBy.isEmpty()) {
      return claimedBy.get(0);
    }
    List<Involvement> perpetrators = incident.perpetrators();
    for (int i = 0; i < perpetrators.size(); i++) {
      if (perpetrators.get(i).certainty() == Certainty.CLAIMED) {
        return perpetrators.get(i).actor();
      }
    }
    return null;
  }
}
