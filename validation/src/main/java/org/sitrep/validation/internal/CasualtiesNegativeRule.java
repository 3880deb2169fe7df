package org.sitrep.validation.internal;

import java.util.OptionalInt;
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

  private static void estimate(
      RecordContext context, Estimate estimate, int breakdown, String property) {
    // The OptionalInts stay in this method, so that the JIT can drop them.
    OptionalInt low = estimate.low();
    OptionalInt best = estimate.best();
    OptionalInt high = estimate.high();
    if (low.isPresent() && low.getAsInt() < 0) {
      report(context, low.getAsInt(), breakdown, property, PropertyNames.LOW);
    }
    if (best.isPresent() && best.getAsInt() < 0) {
      report(context, best.getAsInt(), breakdown, property, PropertyNames.BEST);
    }
    if (high.isPresent() && high.getAsInt() < 0) {
      report(context, high.getAsInt(), breakdown, property, PropertyNames.HIGH);
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
