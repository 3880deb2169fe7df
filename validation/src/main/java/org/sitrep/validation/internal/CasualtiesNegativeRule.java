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
    part(context, estimate.low(), breakdown, property, PropertyNames.LOW);
    part(context, estimate.best(), breakdown, property, PropertyNames.BEST);
    part(context, estimate.high(), breakdown, property, PropertyNames.HIGH);
  }

  private static void part(
      RecordContext context, OptionalInt value, int breakdown, String property, String part) {
    if (value.isPresent() && value.getAsInt() < 0) {
      context
          .report(
              Estimates.pointer(breakdown, property, part),
              "The "
                  + part
                  + " count of "
                  + property
                  + " is "
                  + value.getAsInt()
                  + ": counts are 0 or more; leave an unknown count out instead of a code such as"
                  + " -9")
          .argument("value", Integer.toString(value.getAsInt()));
    }
  }
}
