package org.sitrep.validation.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.core.internal.access.EpochDays;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.core.time.Timestamp;

/**
 * Earliest and latest possible days of time spans as epoch days, unbounded sides as extremes. Fuzzy
 * dates and the dated ends of periods, the common cases, cost no allocation ({@link
 * EpochDays#earliest(FuzzyDate)}); only a {@link Timestamp} goes through a {@link LocalDate}.
 *
 * <p>A timestamp is an instant, which is two calendar days at once somewhere on Earth ({@link
 * Timestamp#earliestDay()} is its day at UTC-12, {@link Timestamp#latestDay()} at UTC+14): {@code
 * 2024-11-08T23:30:00-05:00} is both 8 and 9 November, so an incident dated {@code 2024-11-09} in
 * Pakistan is not after it.
 */
final class Days {

  /** Stands for an open or unknown start. */
  static final long UNBOUNDED_START = Long.MIN_VALUE;

  /** Stands for an open or unknown end. */
  static final long UNBOUNDED_END = Long.MAX_VALUE;

  private Days() {}

  /** The earliest possible day as an epoch day, or {@link #UNBOUNDED_START}. */
  static long earliest(TimeSpan span) {
    if (span instanceof FuzzyDate fuzzyDate) {
      return EpochDays.earliest(fuzzyDate);
    }
    if (span instanceof Period period) {
      FuzzyDate start = period.start().orElse(null);
      return start == null ? UNBOUNDED_START : EpochDays.earliest(start);
    }
    Optional<LocalDate> day = span.earliestDay();
    return day.isPresent() ? day.get().toEpochDay() : UNBOUNDED_START;
  }

  /** The latest possible day as an epoch day, or {@link #UNBOUNDED_END}. */
  static long latest(TimeSpan span) {
    if (span instanceof FuzzyDate fuzzyDate) {
      return EpochDays.latest(fuzzyDate);
    }
    if (span instanceof Period period) {
      FuzzyDate end = period.end().orElse(null);
      return end == null ? UNBOUNDED_END : EpochDays.latest(end);
    }
    Optional<LocalDate> day = span.latestDay();
    return day.isPresent() ? day.get().toEpochDay() : UNBOUNDED_END;
  }

  /** The epoch day as an ISO date, e.g. {@code 2024-11-20}. */
  static String text(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString();
  }
}
