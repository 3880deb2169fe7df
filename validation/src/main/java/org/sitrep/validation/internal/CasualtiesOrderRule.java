package org.sitrep.validation.internal;

import java.util.OptionalInt;
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
    if (!estimate.isInOrder()) {
      report(context, breakdown, property, estimate);
    }
  }

  private static void report(
      RecordContext context, int breakdown, String property, Estimate estimate) {
    OptionalInt low = estimate.low();
    OptionalInt best = estimate.best();
    OptionalInt high = estimate.high();
    StringBuilder figures = new StringBuilder();
    low.ifPresent(value -> figures.append("low ").append(value));
    best.ifPresent(
        value -> figures.append(figures.length() > 0 ? ", " : "").append("best ").append(value));
    high.ifPresent(
        value -> figures.append(figures.length() > 0 ? ", " : "").append("high ").append(value));
    Finding.Details details =
        context.report(
            Estimates.pointer(breakdown, property),
            "The "
                + property
                + " estimate ("
                + figures
                + ") is not in the order low <= best <= high: check the figures against the"
                + " source");
    low.ifPresent(value -> details.argument("low", Integer.toString(value)));
    best.ifPresent(value -> details.argument("best", Integer.toString(value)));
    high.ifPresent(value -> details.argument("high", Integer.toString(value)));
  }
}
