package org.sitrep.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of time from a start to an end, as an EDTF (ISO 8601-2) level 0 or level 1 interval
 * {@code start/end}. Each end is a {@link FuzzyDate}, open ({@code ..}) or unknown (empty): {@code
 * 2024-11-21~/2024-12-15~}, {@code 1948/..}, {@code ../2024-12}, {@code 2024-11/}, {@code
 * /2024-12}.
 *
 * <p><b>Open and unknown ends.</b> An open end ({@code ..}) means the period has no bound on that
 * side, or none was given: it runs on, or began at no stated time. An unknown end (nothing written)
 * means there is a bound that nobody stated. The two print differently and are never equal, but as
 * to which days the period can cover both are unbounded: {@code 2024-11/} can still be running in
 * 2030 for all anyone knows. {@code /}, {@code ../..}, {@code /..} and {@code ../} are well-formed,
 * as the EDTF reference implementations accept them.
 *
 * <p><b>Possible days.</b> A period can cover the days from its start's {@linkplain
 * FuzzyDate#earliest() earliest} day to its end's {@linkplain FuzzyDate#latest() latest} day;
 * {@link #contains(LocalDate)} and {@link #mayOverlap(TimeSpan)} answer on those days.
 *
 * <p><b>Order of the ends.</b> An inverted period, whose end comes before its start ({@code
 * 2024-12-15/2024-11-21}), is well-formed: it parses and prints back, so that a file holding one
 * still loads, and validation reports it ({@code period.inverted}, {@code
 * period.possibly-inverted}) through {@link #isCertainlyInverted()} and {@link
 * #isPossiblyInverted()}. A certainly inverted period covers no day. For the same reason a period's
 * ends may be seasons or have unspecified digits ({@code 2024-24/2025-21}, {@code
 * 2024-11-XX/2024-12}), forms that some EDTF implementations refuse inside intervals.
 *
 * <p>The value is immutable and prints back exactly as it was parsed; two periods are equal when
 * their EDTF strings are equal.
 *
 * <pre>{@code
 * Period exercise = Period.parse("2024-11-21~/2024-12-15~"); // late November to mid-December
 * exercise.earliestDay();                                    // Optional[2024-11-21]
 * exercise.start().orElseThrow().isApproximate();            // true
 * Period conflict = Period.from(FuzzyDate.ofYear(1948));     // 1948/..
 * }</pre>
 */
public final class Period implements TimeSpan {

  /**
   * What stands at one end of a period.
   *
   * <pre>{@code
   * Period.parse("2024-11/").endKind(); // UNKNOWN
   * }</pre>
   */
  public enum Endpoint {
    /** A fuzzy date, such as {@code 2024-11-21~}. */
    DATE,
    /** Open, written {@code ..}: no bound on that side, or none given. */
    OPEN,
    /** Unknown, written as nothing: there is a bound, but it is not known. */
    UNKNOWN
  }

  private static final String OPEN_TEXT = "..";

  /** Null unless {@link #startKind} is {@link Endpoint#DATE}. */
  private final @Nullable FuzzyDate start;

  private final Endpoint startKind;

  /** Null unless {@link #endKind} is {@link Endpoint#DATE}. */
  private final @Nullable FuzzyDate end;

  private final Endpoint endKind;

  private Period(
      Endpoint startKind, @Nullable FuzzyDate start, Endpoint endKind, @Nullable FuzzyDate end) {
    this.startKind = startKind;
    this.start = start;
    this.endKind = endKind;
    this.end = end;
  }

  /**
   * Parses an EDTF level 0 or level 1 interval: two ends separated by one {@code /}, each a date as
   * {@link FuzzyDate#parse(CharSequence)} accepts it, {@code ..} (open) or nothing (unknown). The
   * order of the ends is not checked.
   *
   * @param text the EDTF interval
   * @return the period; its {@link #toString()} equals {@code text}
   * @throws DateTimeParseException when the text is not such an interval; the message and {@link
   *     DateTimeParseException#getErrorIndex()} give the zero-based position in {@code text} and
   *     what was expected there
   */
  public static Period parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    int slash = indexOfSlash(text, 0, length);
    if (slash < 0) {
      if (length == 0) {
        throw EdtfParser.error(
            EdtfParser.INTERVAL, text, 0, "empty text, expected a start, '/' and an end");
      }
      if (kindOf(text, 0, length) == Endpoint.DATE) {
        EdtfParser.parseDate(text, 0, length, EdtfParser.INTERVAL); // a malformed date first
      }
      throw EdtfParser.error(
          EdtfParser.INTERVAL, text, length, "expected '/' between the start and the end");
    }
    int secondSlash = indexOfSlash(text, slash + 1, length);
    if (secondSlash >= 0) {
      DateTimeParseException dayFirst = EdtfParser.nonIsoDay(text);
      if (dayFirst != null) {
        throw dayFirst;
      }
      throw EdtfParser.error(
          EdtfParser.INTERVAL, text, secondSlash, "an interval has a single '/'");
    }
    Endpoint startKind = kindOf(text, 0, slash);
    Endpoint endKind = kindOf(text, slash + 1, length);
    FuzzyDate start =
        startKind == Endpoint.DATE
            ? EdtfParser.parseDate(text, 0, slash, EdtfParser.INTERVAL)
            : null;
    FuzzyDate end =
        endKind == Endpoint.DATE
            ? EdtfParser.parseDate(text, slash + 1, length, EdtfParser.INTERVAL)
            : null;
    return new Period(startKind, start, endKind, end);
  }

  private static int indexOfSlash(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '/') {
        return i;
      }
    }
    return -1;
  }

  private static Endpoint kindOf(CharSequence text, int begin, int end) {
    if (begin == end) {
      return Endpoint.UNKNOWN;
    }
    if (text.charAt(begin) != '.') {
      return Endpoint.DATE;
    }
    if (begin + 1 == end || text.charAt(begin + 1) != '.') {
      throw EdtfParser.error(EdtfParser.INTERVAL, text, begin + 1, "expected '..' for an open end");
    }
    if (begin + 2 != end) {
      throw EdtfParser.error(
          EdtfParser.INTERVAL, text, begin + 2, "nothing may follow '..' in the same end");
    }
    return Endpoint.OPEN;
  }

  /**
   * {@return the period from {@code start} to {@code end}, such as {@code 2024-11-21~/2024-12-15~}}
   * The order of the two is not checked.
   *
   * @param start the start
   * @param end the end
   */
  public static Period of(FuzzyDate start, FuzzyDate end) {
    return new Period(
        Endpoint.DATE,
        Objects.requireNonNull(start, "start"),
        Endpoint.DATE,
        Objects.requireNonNull(end, "end"));
  }

  /**
   * {@return the period from {@code start} onwards, with an open end: {@code 1948/..}}
   *
   * @param start the start
   */
  public static Period from(FuzzyDate start) {
    return new Period(Endpoint.DATE, Objects.requireNonNull(start, "start"), Endpoint.OPEN, null);
  }

  /**
   * {@return the period up to {@code end}, with an open start: {@code ../2024-12}}
   *
   * @param end the end
   */
  public static Period until(FuzzyDate end) {
    return new Period(Endpoint.OPEN, null, Endpoint.DATE, Objects.requireNonNull(end, "end"));
  }

  /**
   * {@return the period from {@code start} to an end that is not known: {@code 2024-11/}}
   *
   * @param start the start
   */
  public static Period endUnknown(FuzzyDate start) {
    return new Period(
        Endpoint.DATE, Objects.requireNonNull(start, "start"), Endpoint.UNKNOWN, null);
  }

  /**
   * {@return the period up to {@code end} from a start that is not known: {@code /2024-12}}
   *
   * @param end the end
   */
  public static Period startUnknown(FuzzyDate end) {
    return new Period(Endpoint.UNKNOWN, null, Endpoint.DATE, Objects.requireNonNull(end, "end"));
  }

  /** {@return the start date, or empty when the start is open or unknown} */
  public Optional<FuzzyDate> start() {
    return Optional.ofNullable(start);
  }

  /** {@return the end date, or empty when the end is open or unknown} */
  public Optional<FuzzyDate> end() {
    return Optional.ofNullable(end);
  }

  /** {@return whether the start is a date, open or unknown} */
  public Endpoint startKind() {
    return startKind;
  }

  /** {@return whether the end is a date, open or unknown} */
  public Endpoint endKind() {
    return endKind;
  }

  /** The start's earliest day, or empty when the start is open or unknown. */
  @Override
  public Optional<LocalDate> earliestDay() {
    return start == null ? Optional.empty() : Optional.of(start.earliest());
  }

  /** The end's latest day, or empty when the end is open or unknown. */
  @Override
  public Optional<LocalDate> latestDay() {
    return end == null ? Optional.empty() : Optional.of(end.latest());
  }

  /**
   * {@return whether the period can cover the day: the day is neither before the start's earliest
   * day nor after the end's latest day} An open or unknown end bounds nothing; a certainly inverted
   * period contains no day.
   *
   * @param date the day
   */
  public boolean contains(LocalDate date) {
    long day = FuzzyDate.key(date);
    return (start == null || start.earliestKey() <= day) && (end == null || day <= end.latestKey());
  }

  /**
   * {@return whether the end is certainly before the start: the end's latest day is before the
   * start's earliest day, as in {@code 2024-12-15/2024-11-21}} False when either end is open or
   * unknown.
   */
  public boolean isCertainlyInverted() {
    return start != null && end != null && end.latestKey() < start.earliestKey();
  }

  /**
   * {@return whether the end may be before the start although that is not certain: the end's
   * earliest day is before the start's latest day, as in {@code 2024-11/2024-11-15} (the start
   * could be 30 November)} False when the period is {@linkplain #isCertainlyInverted() certainly
   * inverted}, when either end is open or unknown, and when both ends are the same date ({@code
   * 2024-11/2024-11} reads "during November", not "perhaps backwards").
   */
  public boolean isPossiblyInverted() {
    return start != null
        && end != null
        && !start.equals(end)
        && !isCertainlyInverted()
        && end.earliestKey() < start.latestKey();
  }

  /** Two periods are equal when their EDTF strings are equal. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Period that)) {
      return false;
    }
    return startKind == that.startKind
        && endKind == that.endKind
        && Objects.equals(start, that.start)
        && Objects.equals(end, that.end);
  }

  @Override
  public int hashCode() {
    int hash = startKind.ordinal();
    hash = 31 * hash + Objects.hashCode(start);
    hash = 31 * hash + endKind.ordinal();
    return 31 * hash + Objects.hashCode(end);
  }

  /** The EDTF interval, exactly as {@link #parse(CharSequence)} accepts it. */
  @Override
  public String toString() {
    return endText(startKind, start) + '/' + endText(endKind, end);
  }

  private static String endText(Endpoint kind, @Nullable FuzzyDate date) {
    if (date != null) {
      return date.toString();
    }
    return kind == Endpoint.OPEN ? OPEN_TEXT : "";
  }
}
