package org.sitrep.validation.internal;

import static org.sitrep.core.PropertyNames.BREAKDOWNS;
import static org.sitrep.core.PropertyNames.CASUALTIES;
import static org.sitrep.core.PropertyNames.INJURED;
import static org.sitrep.core.PropertyNames.KILLED;

import java.util.List;
import org.jspecify.annotations.Nullable;
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
    if (counts != null) {
      check(
          context,
          counts.killed().orElse(null),
          counts.injured().orElse(null),
          counts.breakdowns(),
          counts.perpetratorsIncluded().orElse(null));
    }
  }

  /**
   * The check of an incident's casualties: total killed and injured (or null), breakdowns, and
   * whether the totals include the perpetrators (null when not said). Totals that leave the
   * perpetrators out ({@code false}) are not compared: a breakdown may count them on top.
   */
  static void check(
      RecordContext context,
      @Nullable Estimate killed,
      @Nullable Estimate injured,
      List<Casualties.Breakdown> breakdowns,
      @Nullable Boolean perpetratorsIncluded) {
    if (breakdowns.isEmpty() || Boolean.FALSE.equals(perpetratorsIncluded)) {
      return;
    }
    if (killed != null) {
      compare(context, killed, breakdowns, true, KILLED);
    }
    if (injured != null) {
      compare(context, injured, breakdowns, false, INJURED);
    }
  }

  private static void compare(
      RecordContext context,
      Estimate total,
      List<Casualties.Breakdown> breakdowns,
      boolean killed,
      String property) {
    long sum = 0;
    boolean counted = false;
    for (int i = 0; i < breakdowns.size(); i++) {
      Casualties.Breakdown breakdown = breakdowns.get(i);
      Estimate estimate = (killed ? breakdown.killed() : breakdown.injured()).orElse(null);
      if (estimate != null) {
        sum += estimate.central();
        counted = true;
      }
    }
    int whole = total.central();
    // No breakdown counts this figure, or the total is negative (casualties.negative says so).
    if (counted && whole >= 0 && sum > whole) {
      report(context, property, sum, whole);
    }
  }

  private static void report(RecordContext context, String property, long sum, int whole) {
    context
        .report(
            Pointer.of(CASUALTIES, BREAKDOWNS),
            "The breakdowns count "
                + sum
                + " "
                + property
                + ", more than the total of "
                + whole
                + ": correct the total or the breakdowns, or, when the total leaves out"
                + " perpetrators that a breakdown counts, set perpetratorsIncluded to false")
        .argument("property", property)
        .argument("sum", Long.toString(sum))
        .argument("total", Integer.toString(whole));
  }
}
