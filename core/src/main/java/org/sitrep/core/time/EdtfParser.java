package org.sitrep.core.time;

import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The hand-written EDTF scanner behind {@link FuzzyDate#parse} and {@link Period#parse}: one pass
 * over the characters, no regular expressions, no intermediate strings, one allocation per date.
 * Every error names the zero-based index of the first character that cannot be right and what was
 * expected there.
 */
final class EdtfParser {

  /** What is being parsed, as error messages name it. */
  static final String DATE = "date";

  /** What is being parsed, as error messages name it. */
  static final String INTERVAL = "interval";

  /** What {@link #twoDigits} returns for "XX". */
  private static final int UNSPECIFIED = -1;

  private EdtfParser() {}

  /**
   * Parses {@code text[begin, end)} as a level 0 or level 1 date.
   *
   * @param what {@link #DATE} or {@link #INTERVAL}, for error messages
   */
  static FuzzyDate parseDate(CharSequence text, int begin, int end, String what) {
    if (begin == end) {
      throw error(what, text, begin, "empty text, expected a four-digit year");
    }
    char first = text.charAt(begin);
    if (first == '-') {
      throw error(what, text, begin, "negative years are not supported");
    }
    if (first == 'Y') {
      throw error(what, text, begin, "years beyond 9999 ('Y' prefix) are not supported");
    }

    // Year: YYYY, YYYX or YYXX
    int year = 0;
    int unspecified = 0;
    int i = begin;
    for (; i < begin + 4; i++) {
      if (i == end) {
        throw error(what, text, i, "a year has four digits");
      }
      char c = text.charAt(i);
      if (isDigit(c)) {
        if (unspecified > 0) {
          throw error(what, text, i, "expected 'X': unspecified digits run to the end of the year");
        }
        year = year * 10 + (c - '0');
      } else if (c == 'X') {
        if (i - begin < 2) {
          throw error(
              what, text, i, "only the last one or two digits of a year may be unspecified (X)");
        }
        unspecified++;
        year *= 10;
      } else {
        throw unexpected(what, text, i, unspecified > 0 ? "'X'" : "a digit");
      }
    }
    if (i == end) {
      return new FuzzyDate(year, 0, 0, FuzzyDate.Precision.YEAR, unspecified, false, false);
    }
    char c = text.charAt(i);
    if (unspecified > 0) {
      if (isQualifier(c)) {
        throw error(what, text, i, "a date with unspecified digits (X) cannot be qualified");
      }
      if (c == '-') {
        throw error(what, text, i, "a year with unspecified digits (X) cannot have a month");
      }
      throw unexpected(what, text, i, "the end of the date");
    }
    if (isQualifier(c)) {
      return qualified(text, i, end, what, year, 0, 0, FuzzyDate.Precision.YEAR);
    }
    if (isDigit(c)) {
      throw error(what, text, i, "a year has four digits; years beyond 9999 are not supported");
    }
    if (c != '-') {
      throw unexpected(what, text, i, "'-', a qualifier (~, ? or %) or the end");
    }

    // Month or season: MM, 21 to 24, or XX
    i++;
    int month = twoDigits(text, i, end, what, "month");
    boolean season = month >= 21 && month <= 24;
    if (month == UNSPECIFIED) {
      month = 0;
    } else if (!season && (month < 1 || month > 12)) {
      throw error(
          what, text, i, "month " + twoDigitString(month) + " out of range 01-12 or seasons 21-24");
    }
    i += 2;
    FuzzyDate.Precision monthPrecision =
        season ? FuzzyDate.Precision.SEASON : FuzzyDate.Precision.MONTH;
    int monthUnspecified = month == 0 ? 2 : 0;
    if (i == end) {
      return new FuzzyDate(year, month, 0, monthPrecision, monthUnspecified, false, false);
    }
    c = text.charAt(i);
    if (season) {
      if (isQualifier(c)) {
        throw error(what, text, i, "a season cannot be qualified");
      }
      if (c == '-') {
        throw error(what, text, i, "a season has no day");
      }
      throw unexpected(what, text, i, "the end of the date");
    }
    if (isQualifier(c)) {
      if (month == 0) {
        throw error(what, text, i, "a date with unspecified digits (X) cannot be qualified");
      }
      return qualified(text, i, end, what, year, month, 0, FuzzyDate.Precision.MONTH);
    }
    if (isDigit(c) || c == 'X') {
      throw error(what, text, i, "a month has two digits");
    }
    if (c != '-') {
      throw unexpected(what, text, i, "'-', a qualifier (~, ? or %) or the end");
    }

    // Day: DD, or XX (always after an unspecified month)
    i++;
    if (month == 0) {
      for (int k = i; k < i + 2; k++) {
        if (k == end || text.charAt(k) != 'X') {
          throw error(what, text, k, "expected 'X': after an unspecified month the day is 'XX'");
        }
      }
    }
    int day = twoDigits(text, i, end, what, "day");
    if (day == UNSPECIFIED) {
      day = 0;
    } else {
      int length = FuzzyDate.lengthOfMonth(year, month);
      if (day < 1 || day > length) {
        throw error(
            what,
            text,
            i,
            "day "
                + twoDigitString(day)
                + " out of range 01-"
                + length
                + " for "
                + fourDigitString(year)
                + "-"
                + twoDigitString(month));
      }
    }
    i += 2;
    int dayUnspecified = monthUnspecified + (day == 0 ? 2 : 0);
    if (i == end) {
      return new FuzzyDate(year, month, day, FuzzyDate.Precision.DAY, dayUnspecified, false, false);
    }
    c = text.charAt(i);
    if (isQualifier(c)) {
      if (dayUnspecified > 0) {
        throw error(what, text, i, "a date with unspecified digits (X) cannot be qualified");
      }
      return qualified(text, i, end, what, year, month, day, FuzzyDate.Precision.DAY);
    }
    if (c == 'T') {
      throw error(what, text, i, "times of day are not supported by a fuzzy date (see Timestamp)");
    }
    if (isDigit(c) || c == 'X') {
      throw error(what, text, i, "a day has two digits");
    }
    throw unexpected(what, text, i, "a qualifier (~, ? or %) or the end");
  }

  /**
   * Reads two characters at {@code i}: two digits give their value, "XX" gives {@link
   * #UNSPECIFIED}; anything else, a partly unspecified field included, is an error.
   */
  private static int twoDigits(CharSequence text, int i, int end, String what, String field) {
    if (i == end) {
      throw error(what, text, i, "expected a two-digit " + field);
    }
    char tens = text.charAt(i);
    if (i + 1 == end) {
      throw error(what, text, i + 1, "a " + field + " has two digits");
    }
    char units = text.charAt(i + 1);
    if (tens == 'X') {
      if (units == 'X') {
        return UNSPECIFIED;
      }
      throw error(what, text, i + 1, "expected 'X': a " + field + " is two digits or 'XX'");
    }
    if (!isDigit(tens)) {
      throw unexpected(what, text, i, "a digit or 'X'");
    }
    if (units == 'X') {
      throw error(what, text, i + 1, "a " + field + " is two digits or 'XX', not partly 'X'");
    }
    if (!isDigit(units)) {
      throw unexpected(what, text, i + 1, "a digit");
    }
    return (tens - '0') * 10 + (units - '0');
  }

  private static FuzzyDate qualified(
      CharSequence text,
      int i,
      int end,
      String what,
      int year,
      int month,
      int day,
      FuzzyDate.Precision precision) {
    char qualifier = text.charAt(i);
    if (i + 1 < end) {
      char next = text.charAt(i + 1);
      if (isQualifier(next)) {
        throw error(
            what,
            text,
            i + 1,
            "a date has one qualifier; '%' means both approximate (~) and uncertain (?)");
      }
      throw unexpected(what, text, i + 1, "the end of the date after the qualifier");
    }
    return new FuzzyDate(year, month, day, precision, 0, qualifier != '?', qualifier != '~');
  }

  private static final java.util.regex.Pattern NON_ISO_DAY =
      java.util.regex.Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");

  /**
   * The error for a day written day-first or month-first ({@code 26/04/2022}, {@code 04-26-2022},
   * {@code 26.04.2022}), saying how to write it; null for any other text. Called on error paths
   * only.
   */
  static @Nullable DateTimeParseException nonIsoDay(CharSequence text) {
    java.util.regex.Matcher m = NON_ISO_DAY.matcher(text);
    if (!m.matches()) {
      return null;
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    String year = m.group(4);
    String example;
    if (first > 12 && second <= 12) {
      example = year + "-" + two(second) + "-" + two(first);
    } else if (second > 12 && first <= 12) {
      example = year + "-" + two(first) + "-" + two(second);
    } else {
      example =
          year
              + "-"
              + two(second)
              + "-"
              + two(first)
              + " (day first) or "
              + year
              + "-"
              + two(first)
              + "-"
              + two(second)
              + " (month first)";
    }
    String input = text.toString();
    return new DateTimeParseException(
        "'" + input + "' is not a date Sitrep reads: dates are YYYY-MM-DD, e.g. " + example,
        input,
        0);
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static DateTimeParseException error(String what, CharSequence text, int index, String reason) {
    String input = text.toString();
    return new DateTimeParseException(
        "Invalid EDTF " + what + " '" + input + "': " + reason + " at index " + index,
        input,
        index);
  }

  private static DateTimeParseException unexpected(
      String what, CharSequence text, int index, String expected) {
    char c = text.charAt(index);
    if (c == '/' && what.equals(DATE)) {
      return error(
          what, text, index, "'/' separates the start and end of an interval (see Period)");
    }
    return error(what, text, index, "unexpected " + describe(c) + ", expected " + expected);
  }

  private static String describe(char c) {
    if (c >= ' ' && c < 0x7f) {
      return "'" + c + "'";
    }
    return String.format("U+%04X", (int) c);
  }

  private static boolean isQualifier(char c) {
    return c == '~' || c == '?' || c == '%';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String twoDigitString(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private static String fourDigitString(int value) {
    String digits = Integer.toString(value);
    return "0000".substring(digits.length()) + digits;
  }
}
