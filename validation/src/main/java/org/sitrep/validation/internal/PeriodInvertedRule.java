package org.sitrep.validation.internal;

import org.jspecify.annotations.Nullable;
import org.sitrep.core.time.Period;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code period.inverted}: a period whose end's latest possible day is before its start's earliest
 * possible day ({@link Period#isCertainlyInverted()}), wherever a period stands in a record.
 */
final class PeriodInvertedRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "period.inverted", Severity.ERROR, "a period's end is certainly before its start");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    Periods.forEach(context, PeriodInvertedRule::period);
  }

  /** The check of one period, a {@link Periods.Visitor}. */
  static void period(
      RecordContext context, Period period, @Nullable String list, int index, String property) {
    if (period.isCertainlyInverted()) {
      report(context, period, list, index, property);
    }
  }

  private static void report(
      RecordContext context, Period period, @Nullable String list, int index, String property) {
    String start = period.start().orElseThrow().toString();
    String end = period.end().orElseThrow().toString();
    context
        .report(
            Periods.pointer(list, index, property),
            "The period "
                + period
                + " ends ("
                + end
                + ") before it starts ("
                + start
                + "): swap start and end, or correct one of them")
        .argument("period", period.toString())
        .argument("start", start)
        .argument("end", end);
  }
}
