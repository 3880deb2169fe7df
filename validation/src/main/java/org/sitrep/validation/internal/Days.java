package org.sitrep.validation.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.TimeSpan;

/** Earliest and latest possible days of time spans as epoch days, unbounded sides as extremes. */
final class Days {

  /** Stands for an open or unknown start. */
  static final long UNBOUNDED_START = Long.MIN_VALUE;
  /** Stands for an open or unknown end. */
  static final long UNBOUNDED_END = Long.MAX_VALUE;

  private Days() {}

  /** The earliest possible day as an epoch day, or {@link #UNBOUNDED_START}. */
  static long earliest(TimeSpan span) {
    if (span instanceof FuzzyDate) {
      return ((FuzzyDate) span).earliest().toEpochDay();
    }
    Optional<LocalDate> day = span.earliestDay();
    return day.isPresent() ? day.get().toEpochDay() : UNBOUNDED_START;
  }

  /** The latest possible day as an epoch day, or {@link #UNBOUNDED_END}. */
  static long latest(TimeSpan span) {
    if (span instanceof FuzzyDate) {
      return ((FuzzyDate) span).latest().toEpochDay();
    }
    Optional<LocalDate> day = span.latestDay();
    return day.isPresent() ? day.get().toEpochDay() : UNBOUNDED_END;
  }

  /** The epoch day as an ISO date, e.g. {@code 2024-11-20}. */
  static String text(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString();
  }
}
