package org.sitrep.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.internal.access.EpochDays;

/**
 * A calendar date known to a year, a season, a month or a day, possibly approximate, uncertain or
 * with unspecified digits: an EDTF (ISO 8601-2) level 0 or level 1 date such as {@code 2024},
 * {@code 2024-10}, {@code 2024-10-06}, {@code 2024-10~}, {@code 2024-11-21?}, {@code 2024%}, {@code
 * 202X}, {@code 2024-10-XX} or {@code 2024-23}.
 *
 * <p>Every fuzzy date knows the {@linkplain #earliest() earliest} and {@linkplain #latest() latest}
 * day it can be. A qualifier ({@code ~} approximate, {@code ?} uncertain, {@code %} both) says how
 * far the source can be trusted; it does not widen those bounds.
 *
 * <p>Seasons {@code 21} to {@code 24} are bounded as Northern-hemisphere meteorological seasons:
 * spring {@code 21} is 1 March to 31 May, summer {@code 22} 1 June to 31 August, autumn {@code 23}
 * 1 September to 30 November, and winter {@code 24} runs from 1 December of the year to the end of
 * February of the next year. EDTF leaves season bounds to the implementation; EDTF.js, for one,
 * uses calendar quarters.
 *
 * <p>The value is immutable and prints back exactly as it was parsed; two fuzzy dates are equal
 * when their EDTF strings are equal.
 *
 * <pre>{@code
 * FuzzyDate october = FuzzyDate.parse("2024-10~");
 * october.earliest();                             // 2024-10-01
 * october.latest();                               // 2024-10-31
 * october.isApproximate();                        // true
 * FuzzyDate.of(LocalDate.of(2024, 11, 21)).approximate().toString(); // "2024-11-21~"
 * }</pre>
 *
 * <p>Its bounds are {@link #earliest()}/{@link #latest()}; {@link #earliestDay()}/{@link
 * #latestDay()} are the same days in the {@link TimeSpan} view shared with periods (never empty
 * here).
 */
public final class FuzzyDate implements TimeSpan, Comparable<FuzzyDate> {

  /**
   * How much of a fuzzy date is written. Unspecified digits do not change it: {@code 202X} has year
   * precision, {@code 2024-XX} month precision and {@code 2024-10-XX} day precision.
   *
   * <pre>{@code
   * FuzzyDate.parse("2024-23").precision(); // SEASON
   * }</pre>
   */
  public enum Precision {
    /** A year: {@code 2024}, {@code 202X}, {@code 20XX}. */
    YEAR,
    /** A season of a year: {@code 2024-21} to {@code 2024-24}. */
    SEASON,
    /** A month of a year: {@code 2024-10}, {@code 2024-XX}. */
    MONTH,
    /** A day: {@code 2024-10-06}, {@code 2024-10-XX}, {@code 2024-XX-XX}. */
    DAY
  }

  private static final int MAX_YEAR = 9999;

  static {
    // the validator's allocation-free bounds, not public API (see EpochDays)
    EpochDays.install(
        new EpochDays.Source() {
          @Override
          public long earliest(FuzzyDate date) {
            return date.earliestEpochDay();
          }

          @Override
          public long latest(FuzzyDate date) {
            return date.latestEpochDay();
          }
        });
  }

  /** The year as written, unspecified digits read as 0. */
  private final int year;

  /** 1 to 12, a season 21 to 24, or 0 when absent or unspecified. */
  private final int month;

  /** 1 to 31, or 0 when absent or unspecified. */
  private final int day;

  private final Precision precision;

  /** How many trailing digits are written 'X': 0, 1 or 2 in a year, 2 or 4 in a month or day. */
  private final int unspecifiedDigits;

  private final boolean approximate;
  private final boolean uncertain;

  /**
   * The text, made on the first {@link #toString()} and kept (a writer writes a date read once as
   * often as it is referenced); a race makes it twice, equal, which is harmless as for {@code
   * String}'s hash.
   */
  private @Nullable String text;

  FuzzyDate(
      int year,
      int month,
      int day,
      Precision precision,
      int unspecifiedDigits,
      boolean approximate,
      boolean uncertain) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.precision = precision;
    this.unspecifiedDigits = unspecifiedDigits;
    this.approximate = approximate;
    this.uncertain = uncertain;
  }

  /**
   * Parses an EDTF level 0 or level 1 date.
   *
   * <p>Accepted: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, each optionally followed by one
   * qualifier {@code ~}, {@code ?} or {@code %}; seasons {@code YYYY-21} to {@code YYYY-24};
   * unspecified digits from the right {@code YYYX}, {@code YYXX}, {@code YYYY-XX}, {@code
   * YYYY-MM-XX} and {@code YYYY-XX-XX}. Years are 0000 to 9999. Not accepted: negative years,
   * {@code Y}-prefixed long years, times of day, qualified seasons or dates with unspecified
   * digits, and every level 2 form.
   *
   * @param text the EDTF string
   * @return the date; its {@link #toString()} equals {@code text}
   * @throws DateTimeParseException when the text is not such a date, or names a day that does not
   *     exist ({@code 2023-02-29}); the message and {@link DateTimeParseException#getErrorIndex()}
   *     give the zero-based position and what was expected there
   */
  public static FuzzyDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    try {
      return EdtfParser.parseDate(text, 0, text.length(), EdtfParser.DATE);
    } catch (DateTimeParseException e) {
      DateTimeParseException dayFirst = EdtfParser.nonIsoDay(text);
      throw dayFirst != null ? dayFirst : e;
    }
  }

  /**
   * {@return the fuzzy date of exactly this day, such as {@code 2024-10-06}}
   *
   * @param date the day
   * @throws DateTimeException when the year is outside 0000 to 9999
   */
  public static FuzzyDate of(LocalDate date) {
    checkYear(date.getYear());
    return new FuzzyDate(
        date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY, 0, false, false);
  }

  /**
   * {@return the fuzzy date of a whole year, such as {@code 2024}}
   *
   * @param year the year, 0 to 9999
   * @throws DateTimeException when the year is outside 0000 to 9999
   */
  public static FuzzyDate ofYear(int year) {
    checkYear(year);
    return new FuzzyDate(year, 0, 0, Precision.YEAR, 0, false, false);
  }

  /**
   * {@return the fuzzy date of a whole month, such as {@code 2024-10}}
   *
   * @param year the year, 0000 to 9999
   * @param month the month, 1 to 12
   * @throws DateTimeException when the year or the month is out of range
   */
  public static FuzzyDate ofMonth(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new DateTimeException("Month " + month + " is outside 1 to 12");
    }
    return new FuzzyDate(year, month, 0, Precision.MONTH, 0, false, false);
  }

  /**
   * {@return the fuzzy date of a whole month, such as {@code 2024-10}}
   *
   * @param month the month
   * @throws DateTimeException when the year is outside 0000 to 9999
   */
  public static FuzzyDate ofYearMonth(YearMonth month) {
    return ofMonth(month.getYear(), month.getMonthValue());
  }

  private static void checkYear(int year) {
    if (year < 0 || year > MAX_YEAR) {
      throw new DateTimeException(
          "Year " + year + " is outside 0000 to 9999, the years an EDTF date can write");
    }
  }

  /**
   * This date marked approximate ({@code ~}, or {@code %} when it is already uncertain).
   *
   * @return this date with the approximate qualifier; this date when it already has it
   * @throws IllegalStateException for a season or a date with unspecified digits: EDTF level 1
   *     qualifies plain dates only
   */
  public FuzzyDate approximate() {
    checkQualifiable();
    return approximate ? this : new FuzzyDate(year, month, day, precision, 0, true, uncertain);
  }

  /**
   * This date marked uncertain ({@code ?}, or {@code %} when it is already approximate).
   *
   * @return this date with the uncertain qualifier; this date when it already has it
   * @throws IllegalStateException for a season or a date with unspecified digits: EDTF level 1
   *     qualifies plain dates only
   */
  public FuzzyDate uncertain() {
    checkQualifiable();
    return uncertain ? this : new FuzzyDate(year, month, day, precision, 0, approximate, true);
  }

  private void checkQualifiable() {
    if (precision == Precision.SEASON || unspecifiedDigits > 0) {
      throw new IllegalStateException(
          "A season or a date with unspecified digits cannot be qualified: " + this);
    }
  }

  /** {@return how much of the date is written: a year, a season, a month or a day} */
  public Precision precision() {
    return precision;
  }

  /** {@return whether the date is approximate: it ends with {@code ~} or {@code %}} */
  public boolean isApproximate() {
    return approximate;
  }

  /** {@return whether the source is unsure of the date: it ends with {@code ?} or {@code %}} */
  public boolean isUncertain() {
    return uncertain;
  }

  /**
   * {@return whether some digits are written {@code X}, as in {@code 202X} or {@code 2024-10-XX}}
   */
  public boolean hasUnspecifiedDigits() {
    return unspecifiedDigits > 0;
  }

  /**
   * {@return the first day the date can be: {@code 2024-10} gives 2024-10-01, {@code 202X}
   * 2020-01-01, {@code 2024-24} (winter) 2024-12-01}
   */
  public LocalDate earliest() {
    return toLocalDate(earliestKey());
  }

  /**
   * {@return the last day the date can be: {@code 2024-02} gives 2024-02-29, {@code 202X}
   * 2029-12-31, {@code 2024-24} (winter) 2025-02-28}
   */
  public LocalDate latest() {
    return toLocalDate(latestKey());
  }

  /** The epoch day of {@link #earliest()}, computed without creating a {@link LocalDate}. */
  long earliestEpochDay() {
    // as earliestKey(), straight to the epoch day
    return switch (precision) {
      case SEASON -> epochDay(year, month * 3 - 60, 1);
      case MONTH -> epochDay(year, Math.max(month, 1), 1);
      case DAY -> epochDay(year, Math.max(month, 1), Math.max(day, 1));
      default -> epochDay(year, 1, 1);
    };
  }

  /** The epoch day of {@link #latest()}, computed without creating a {@link LocalDate}. */
  long latestEpochDay() {
    // as latestKey(), straight to the epoch day
    switch (precision) {
      case SEASON -> {
        if (month == 24) {
          return epochDay(year + 1, 2, lengthOfMonth(year + 1, 2));
        }
        int lastMonth = month * 3 - 58;
        return epochDay(year, lastMonth, lengthOfMonth(year, lastMonth));
      }
      case MONTH, DAY -> {
        if (month == 0) {
          return epochDay(year, 12, 31);
        }
        return epochDay(year, month, day != 0 ? day : lengthOfMonth(year, month));
      }
      default -> {
        int lastYear = year + (unspecifiedDigits == 2 ? 99 : unspecifiedDigits == 1 ? 9 : 0);
        return epochDay(lastYear, 12, 31);
      }
    }
  }

  /** The {@linkplain #earliest() earliest} day; never empty. */
  @Override
  public Optional<LocalDate> earliestDay() {
    return Optional.of(earliest());
  }

  /** The {@linkplain #latest() latest} day; never empty. */
  @Override
  public Optional<LocalDate> latestDay() {
    return Optional.of(latest());
  }

  /**
   * {@return whether the day lies between the {@linkplain #earliest() earliest} and latest day}
   *
   * @param date the day
   */
  public boolean contains(LocalDate date) {
    long key = key(date);
    return earliestKey() <= key && key <= latestKey();
  }

  /**
   * {@return whether this date ends before the other can begin: this date's latest day is before
   * the other's earliest} {@code 2024-11} is certainly before {@code 2024-12~}; {@code 2024} is not
   * certainly before {@code 2024-12}.
   *
   * @param other the other date
   */
  public boolean isCertainlyBefore(FuzzyDate other) {
    return latestKey() < other.earliestKey();
  }

  /**
   * Orders by earliest day, then by latest day, then by EDTF string: {@code 2023-24} (winter, from
   * December 2023) comes before {@code 2024}, {@code 2024-01-01} before {@code 2024-01}, which
   * comes before {@code 2024}, which comes before {@code 2024~}. Consistent with {@link
   * #equals(Object)}.
   */
  @Override
  public int compareTo(FuzzyDate other) {
    int byEarliest = Long.compare(earliestKey(), other.earliestKey());
    if (byEarliest != 0) {
      return byEarliest;
    }
    int byLatest = Long.compare(latestKey(), other.latestKey());
    return byLatest != 0 ? byLatest : toString().compareTo(other.toString());
  }

  /** Two fuzzy dates are equal when their EDTF strings are equal. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof FuzzyDate that)) {
      return false;
    }
    return year == that.year
        && month == that.month
        && day == that.day
        && precision == that.precision
        && unspecifiedDigits == that.unspecifiedDigits
        && approximate == that.approximate
        && uncertain == that.uncertain;
  }

  @Override
  public int hashCode() {
    int hash = year;
    hash = 31 * hash + month;
    hash = 31 * hash + day;
    hash = 31 * hash + precision.ordinal();
    hash = 31 * hash + unspecifiedDigits;
    return 4 * hash + (approximate ? 2 : 0) + (uncertain ? 1 : 0);
  }

  /** The EDTF string, exactly as {@link #parse(CharSequence)} accepts it. */
  @Override
  public String toString() {
    String made = text;
    if (made == null) {
      made = text();
      text = made;
    }
    return made;
  }

  private String text() {
    char[] text = new char[11];
    int length = 4;
    int digits = year;
    for (int i = 3; i >= 0; i--) {
      text[i] = (char) ('0' + digits % 10);
      digits /= 10;
    }
    if (precision == Precision.YEAR) {
      for (int i = 4 - unspecifiedDigits; i < 4; i++) {
        text[i] = 'X';
      }
    } else {
      text[length++] = '-';
      length = writeTwoDigits(text, length, month);
      if (precision == Precision.DAY) {
        text[length++] = '-';
        length = writeTwoDigits(text, length, day);
      }
    }
    if (approximate || uncertain) {
      text[length++] = approximate ? (uncertain ? '%' : '~') : '?';
    }
    return new String(text, 0, length);
  }

  /** Writes a field, or "XX" for 0 (unspecified). */
  private static int writeTwoDigits(char[] text, int at, int value) {
    text[at] = value == 0 ? 'X' : (char) ('0' + value / 10);
    text[at + 1] = value == 0 ? 'X' : (char) ('0' + value % 10);
    return at + 2;
  }

  /*
   * Days are compared as keys yyyymmdd (year * 10_000 + month * 100 + day), which order like the
   * days themselves and cost no allocation.
   */

  long earliestKey() {
    return switch (precision) {
      case SEASON -> key(year, month * 3 - 60, 1); // 21 -> March, 22 -> June, 23 -> September, ...
      case MONTH -> key(year, Math.max(month, 1), 1);
      case DAY -> key(year, Math.max(month, 1), Math.max(day, 1));
      default -> key(year, 1, 1);
    };
  }

  long latestKey() {
    switch (precision) {
      case SEASON -> {
        if (month == 24) { // winter ends in the next year
          return key(year + 1, 2, lengthOfMonth(year + 1, 2));
        }
        int lastMonth = month * 3 - 58; // 21 -> May, 22 -> August, 23 -> November
        return key(year, lastMonth, lengthOfMonth(year, lastMonth));
      }
      case MONTH, DAY -> {
        if (month == 0) {
          return key(year, 12, 31);
        }
        return key(year, month, day != 0 ? day : lengthOfMonth(year, month));
      }
      default -> {
        int lastYear = year + (unspecifiedDigits == 2 ? 99 : unspecifiedDigits == 1 ? 9 : 0);
        return key(lastYear, 12, 31);
      }
    }
  }

  static long key(LocalDate date) {
    return key(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  private static long key(long year, int month, int day) {
    return year * 10_000 + month * 100L + day;
  }

  /** Days from 1970-01-01 to 0000-01-01 backwards, as in {@link LocalDate#toEpochDay()}. */
  private static final long DAYS_0000_TO_1970 = 719_528;

  /** By month, 1 to 12: the days of a common year before its first day. */
  private static final int[] DAYS_BEFORE_MONTH = {
    0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
  };

  /**
   * The epoch day of a valid day in years 0000 to 10098, as {@link LocalDate#toEpochDay()} counts,
   * in {@code int} arithmetic: the validator computes millions of them.
   */
  private static long epochDay(int year, int month, int day) {
    int days = 365 * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    days += DAYS_BEFORE_MONTH[month] + day - 1;
    if (month > 2 && (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0)) {
      days++;
    }
    return days - DAYS_0000_TO_1970;
  }

  private static LocalDate toLocalDate(long key) {
    return LocalDate.of((int) (key / 10_000), (int) (key / 100 % 100), (int) (key % 100));
  }

  static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> Year.isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
