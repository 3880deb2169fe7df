package org.sitrep.validation.internal;

import static org.sitrep.core.PropertyNames.BREAKDOWNS;
import static org.sitrep.core.PropertyNames.CASUALTIES;
import static org.sitrep.core.PropertyNames.INJURED;
import static org.sitrep.core.PropertyNames.KILLED;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.core.Casualties;
import org.sitrep.core.Estimate;
import org.sitrep.core.Incident;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code casualties.breakdown}: the breakdowns' killed (or injured) figures sum to more than the
 * total killed (or injured), each estimate counted by its {@link Estimate#central()} figure (best,
 * else low, else high). Silent when the total is absent or negative (that is {@code
 * casualties.negative}), and for a figure no breakdown gives.
 */
final class CasualtiesBreakdownRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "casualties.breakdown", Severity.ERROR, "breakdowns sum to more than the total");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    if (!(context.record() instanceof Incident)) {
      return;
    }
    Casualties counts = ((Incident) context.record()).casualties().orElse(null);
    if (counts == null || counts.breakdowns().isEmpty()) {
      return;
    }
    compare(context, counts.killed(), counts.breakdowns(), Casualties.Breakdown::killed, KILLED);
    compare(context, counts.injured(), counts.breakdowns(), Casualties.Breakdown::injured, INJURED);
  }

  private static void compare(
      RecordContext context,
      Optional<Estimate> total,
      List<Casualties.Breakdown> breakdowns,
      Function<Casualties.Breakdown, Optional<Estimate>> part,
      String property) {
    if (total.isEmpty()) {
      return;
    }
    long sum = 0;
    boolean counted = false;
    for (Casualties.Breakdown breakdown : breakdowns) {
      Optional<Estimate> estimate = part.apply(breakdown);
      if (estimate.isPresent()) {
        sum += estimate.get().central();
        counted = true;
      }
    }
    int whole = total.get().central();
    // No breakdown counts this figure, or the total is negative (casualties.negative says so).
    if (counted && whole >= 0 && sum > whole) {
      context
          .report(
              Pointer.of(CASUALTIES, BREAKDOWNS),
              "The breakdowns count "
                  + sum
                  + " "
                  + property
                  + ", more than the total of "
                  + whole
                  + ": correct the total or the breakdowns")
          .argument("property", property)
          .argument("sum", Long.toString(sum))
          .argument("total", Integer.toString(whole));
    }
  }
}
