package org.sitrep.validation.internal;

import org.sitrep.core.Estimate;
import org.sitrep.validation.Finding;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code casualties.order}: an estimate whose present figures are not in the order low &lt;= best
 * &lt;= high (with best absent, low &lt;= high). Real sources do this, hence a warning.
 */
final class CasualtiesOrderRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "casualties.order",
          Severity.WARNING,
          "not low <= best <= high (real sources do this: 13 of 1,000 rows in a UCDP GED sample)");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    Estimates.forEach(context, CasualtiesOrderRule::estimate);
  }

  /** The check of one estimate, an {@link Estimates.Visitor}. */
  static void estimate(RecordContext context, Estimate estimate, int breakdown, String property) {
    boolean hasLow = estimate.hasLow();
    boolean hasBest = estimate.hasBest();
    boolean hasHigh = estimate.hasHigh();
    int low = estimate.lowOrZero();
    int best = estimate.bestOrZero();
    int high = estimate.highOrZero();
    boolean ordered =
        !(hasLow && hasBest && low > best)
            && !(hasBest && hasHigh && best > high)
            && !(hasLow && hasHigh && low > high);
    if (!ordered) {
      report(context, breakdown, property, hasLow, low, hasBest, best, hasHigh, high);
    }
  }

  private static void report(
      RecordContext context,
      int breakdown,
      String property,
      boolean hasLow,
      int low,
      boolean hasBest,
      int best,
      boolean hasHigh,
      int high) {
    StringBuilder figures = new StringBuilder();
    if (hasLow) {
      figures.append("low ").append(low);
    }
    if (hasBest) {
      figures.append(figures.length() > 0 ? ", " : "").append("best ").append(best);
    }
    if (hasHigh) {
      figures.append(figures.length() > 0 ? ", " : "").append("high ").append(high);
    }
    Finding.Details details =
        context.report(
            Estimates.pointer(breakdown, property),
            "The "
                + property
                + " estimate ("
                + figures
                + ") is not in the order low <= best <= high: check the figures against the"
                + " source");
    if (hasLow) {
      details.argument("low", Integer.toString(low));
    }
    if (hasBest) {
      details.argument("best", Integer.toString(best));
    }
    if (hasHigh) {
      details.argument("high", Integer.toString(high));
    }
  }
}
