package org.sitrep.validation.internal;

import org.jspecify.annotations.Nullable;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code period.possibly-inverted}: a period whose fuzzy ends overlap so that the end may come
 * before the start ({@link Period#isPossiblyInverted()}): {@code 2024-11/2024-11-15} may start on
 * the 30th. A period whose two ends are the same fuzzy date ({@code 2024/2024}, "during 2024") is
 * not reported: it states a span within that date, not an order.
 */
final class PeriodPossiblyInvertedRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "period.possibly-inverted",
          Severity.WARNING,
          "fuzzy bounds overlap so the order is uncertain");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    Periods.forEach(context, PeriodPossiblyInvertedRule::period);
  }

  /** The check of one period, a {@link Periods.Visitor}. */
  static void period(
      RecordContext context, Period period, @Nullable String list, int index, String property) {
    if (period.isPossiblyInverted() && !period.start().equals(period.end())) {
      report(context, period, list, index, property);
    }
  }

  private static void report(
      RecordContext context, Period period, @Nullable String list, int index, String property) {
    FuzzyDate start = period.start().orElseThrow();
    FuzzyDate end = period.end().orElseThrow();
    context
        .report(
            Periods.pointer(list, index, property),
            "The period "
                + period
                + " may end before it starts: the start can be as late as "
                + start.latest()
                + " and the end as early as "
                + end.earliest()
                + "; give more precise dates")
        .argument("period", period.toString())
        .argument("start", start.toString())
        .argument("end", end.toString())
        .argument("startLatest", start.latest().toString())
        .argument("endEarliest", end.earliest().toString());
  }
}
