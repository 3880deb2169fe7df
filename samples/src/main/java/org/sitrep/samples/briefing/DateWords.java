package org.sitrep.samples.briefing;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;

/**
 * Fuzzy dates and periods in words: {@code 2024-10-06} is "6 Oct 2024", {@code 2024-11-19?} is "19
 * Nov 2024?", {@code 2024-11-21~/2024-12-15~} is "about 21 Nov – about 15 Dec 2024" in a table and
 * "from about 21 November to about 15 December 2024" in a sentence.
 */
final class DateWords {

  /** How month names are written. */
  enum Months {
    /** "Nov", for tables. */
    SHORT(TextStyle.SHORT),
    /** "November", for sentences. */
    LONG(TextStyle.FULL);

    private final TextStyle style;

    Months(TextStyle style) {
      this.style = style;
    }
  }

  private static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};

  private DateWords() {}

  /** Any time span in the short form of a table. */
  static String brief(TimeSpan span) {
    if (span instanceof FuzzyDate fuzzyDate) {
      return date(fuzzyDate, Months.SHORT, true);
    }
    if (span instanceof Period period) {
      if (period.start().isPresent() && period.end().isPresent()) {
        FuzzyDate start = period.start().get();
        FuzzyDate end = period.end().get();
        return date(start, Months.SHORT, !sameYear(start, end))
            + " – "
            + date(end, Months.SHORT, true);
      }
      return openEnded(period, Months.SHORT);
    }
    return span.toString();
  }

  /** A period as a phrase of a sentence: "from about 21 November to about 15 December 2024". */
  static String prose(Period period) {
    if (period.start().isPresent() && period.end().isPresent()) {
      FuzzyDate start = period.start().get();
      FuzzyDate end = period.end().get();
      return "from "
          + date(start, Months.LONG, !sameYear(start, end))
          + " to "
          + date(end, Months.LONG, true);
    }
    return openEnded(period, Months.LONG);
  }

  /** Whether a date does not name its day exactly: approximate, uncertain or less than a day. */
  static boolean isVague(FuzzyDate date) {
    return date.isApproximate()
        || date.isUncertain()
        || date.hasUnspecifiedDigits()
        || date.precision() != FuzzyDate.Precision.DAY;
  }

  /** A day as "20 Nov 2024". */
  static String day(LocalDate day) {
    return date(FuzzyDate.of(day), Months.SHORT, true);
  }

  private static String openEnded(Period period, Months months) {
    if (period.start().isPresent() && period.endKind() == Period.Endpoint.OPEN) {
      return "since " + date(period.start().get(), months, true);
    }
    if (period.end().isPresent() && period.startKind() == Period.Endpoint.OPEN) {
      return "until " + date(period.end().get(), months, true);
    }
    String start =
        period
            .start()
            .map(date -> "from " + date(date, months, true))
            .orElse(period.startKind() == Period.Endpoint.OPEN ? "open start" : "start not stated");
    String end =
        period
            .end()
            .map(date -> "until " + date(date, months, true))
            .orElse(period.endKind() == Period.Endpoint.OPEN ? "open end" : "end not stated");
    return start + ", " + end;
  }

  /** Whether the year can be left out of the start because the end names it. */
  private static boolean sameYear(FuzzyDate start, FuzzyDate end) {
    return (start.precision() == FuzzyDate.Precision.DAY
            || start.precision() == FuzzyDate.Precision.MONTH)
        && !start.hasUnspecifiedDigits()
        && !end.hasUnspecifiedDigits()
        && end.precision() != FuzzyDate.Precision.SEASON
        && start.earliest().getYear() == end.earliest().getYear();
  }

  private static String date(FuzzyDate date, Months months, boolean withYear) {
    if (date.hasUnspecifiedDigits()) {
      return "between " + day(date.earliest()) + " and " + day(date.latest());
    }
    LocalDate first = date.earliest();
    String year = withYear ? Integer.toString(first.getYear()) : "";
    String month = first.getMonth().getDisplayName(months.style, Locale.ENGLISH);
    String words;
    switch (date.precision()) {
      case DAY -> words = first.getDayOfMonth() + " " + month + (withYear ? " " + year : "");
      case MONTH -> words = month + (withYear ? " " + year : "");
      case SEASON -> {
        String text = date.toString();
        words = SEASONS[Integer.parseInt(text.substring(5, 7)) - 21] + " " + text.substring(0, 4);
      }
      default -> words = Integer.toString(first.getYear());
    }
    return (date.isApproximate() ? "about " : "") + words + (date.isUncertain() ? "?" : "");
  }
}
