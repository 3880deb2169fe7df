package org.sitrep.core.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When something happened, as precisely as the sources say: a {@link FuzzyDate} ({@code
 * 2024-10-06}, {@code 2024-10~}), a {@link Period} ({@code 2024-11-21~/2024-12-15~}) or an exact
 * {@link Timestamp} ({@code 2024-10-06T23:00:00+05:00}). Sealed: these three are every span the
 * wire format can write, so readers, writers and rules can handle each.
 *
 * <pre>{@code
 * TimeSpan when = TimeSpan.parse("2024-11-21~/2024-12-15~");
 * LocalDate first = when.earliestDay().orElseThrow(); // 2024-11-21
 * }</pre>
 */
public sealed interface TimeSpan permits FuzzyDate, Period, Timestamp {

  /** {@return the earliest day this can be, or empty when unbounded (an open or unknown start)} */
  Optional<LocalDate> earliestDay();

  /** {@return the latest day this can be, or empty when unbounded (an open or unknown end)} */
  Optional<LocalDate> latestDay();

  /**
   * {@return whether some day can lie in both this and the other span} Unbounded sides overlap
   * everything; a span whose earliest day is after its latest day (a certainly inverted {@link
   * Period}) holds no day and overlaps nothing.
   *
   * @param other the other span
   */
  default boolean mayOverlap(TimeSpan other) {
    Optional<LocalDate> thisStart = earliestDay();
    Optional<LocalDate> thisEnd = latestDay();
    Optional<LocalDate> otherStart = other.earliestDay();
    Optional<LocalDate> otherEnd = other.latestDay();
    boolean endsBefore =
        thisEnd.isPresent() && otherStart.isPresent() && thisEnd.get().isBefore(otherStart.get());
    boolean startsAfter =
        thisStart.isPresent() && otherEnd.isPresent() && thisStart.get().isAfter(otherEnd.get());
    boolean thisEmpty =
        thisStart.isPresent() && thisEnd.isPresent() && thisStart.get().isAfter(thisEnd.get());
    boolean otherEmpty =
        otherStart.isPresent() && otherEnd.isPresent() && otherStart.get().isAfter(otherEnd.get());
    return !endsBefore && !startsAfter && !thisEmpty && !otherEmpty;
  }

  /**
   * Parses an EDTF date, an EDTF interval (it holds a {@code /}) or an ISO 8601 timestamp (it holds
   * a {@code T}).
   *
   * @param text the text as written on the wire
   * @return the span
   * @throws java.time.format.DateTimeParseException naming the position when malformed
   */
  static TimeSpan parse(CharSequence text) {
    String s = text.toString();
    if (s.indexOf('/') >= 0) {
      return Period.parse(s);
    }
    if (s.indexOf('T') >= 0) {
      return Timestamp.parse(s);
    }
    return FuzzyDate.parse(s);
  }
}
