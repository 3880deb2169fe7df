package org.sitrep.validation.internal;

import org.sitrep.core.Estimate;
import org.sitrep.core.PropertyNames;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code casualties.negative}: a negative low, best or high figure in an incident's casualties or
 * their breakdowns, one finding per figure. Unknown is absent, never a negative code such as -9.
 */
final class CasualtiesNegativeRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("casualties.negative", Severity.ERROR, "a negative count");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    Estimates.forEach(context, CasualtiesNegativeRule::estimate);
  }

  /** The check of one estimate, an {@link Estimates.Visitor}. */
  static void estimate(RecordContext context, Estimate estimate, int breakdown, String property) {
    if (estimate.hasLow() && estimate.lowOrZero() < 0) {
      report(context, estimate.lowOrZero(), breakdown, property, PropertyNames.LOW);
    }
    if (estimate.hasBest() && estimate.bestOrZero() < 0) {
      report(context, estimate.bestOrZero(), breakdown, property, PropertyNames.BEST);
    }
    if (estimate.hasHigh() && estimate.highOrZero() < 0) {
      report(context, estimate.highOrZero(), breakdown, property, PropertyNames.HIGH);
    }
  }

  private static void report(
      RecordContext context, int value, int breakdown, String property, String part) {
    context
        .report(
            Estimates.pointer(breakdown, property, part),
            "The "
                + part
                + " count of "
                + property
                + " is "
                + value
                + ": counts are 0 or more; leave an unknown count out instead of a code such as"
                + " -9")
        .argument("value", Integer.toString(value));
  }
}
