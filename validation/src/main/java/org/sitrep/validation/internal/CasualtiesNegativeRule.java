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

  /** The check of one estimate, an {@link Estimates.Visitor}. */
  static void estimate(RecordContext context, Estimate estimate, int breakdown, String property) {
    if (!estimate.hasNegative()) {
      return; // the common case allocates nothing
    }
    reportIfNegative(context, estimate.low(), breakdown, property, PropertyNames.LOW);
    reportIfNegative(context, estimate.best(), breakdown, property, PropertyNames.BEST);
    reportIfNegative(context, estimate.high(), breakdown, property, PropertyNames.HIGH);
  }

  private static void reportIfNegative(
      RecordContext context, OptionalInt figure, int breakdown, String property, String part) {
    if (figure.isPresent() && figure.getAsInt() < 0) {
      report(context, figure.getAsInt(), breakdown, property, part);
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
