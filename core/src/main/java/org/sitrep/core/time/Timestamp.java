package org.sitrep.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An exact instant with the offset and fraction it was written with, such as {@code
 * 2024-11-20T09:30:00.120+05:00}. Its text is kept as written, so a file read and written back is
 * unchanged; {@link #toInstant()} gives the instant on the UTC time line.
 *
 * <pre>{@code
 * Timestamp published = Timestamp.parse("2024-11-20T09:30:00+05:00");
 * Instant utc = published.toInstant(); // 2024-11-20T04:30:00Z
 * Timestamp now = Timestamp.of(Instant.parse("2024-11-20T04:30:00Z"));
 * }</pre>
 */
public final class Timestamp implements TimeSpan, Comparable<Timestamp> {

  /** The offset of the last time zone to reach a day (UTC-12, Baker Island). */
  private static final ZoneOffset WESTMOST = ZoneOffset.ofHours(-12);

  /** The offset of the first time zone to reach a day (UTC+14, the Line Islands). */
  private static final ZoneOffset EASTMOST = ZoneOffset.ofHours(14);

  private final String text;
  private final OffsetDateTime value;

  private Timestamp(String text, OffsetDateTime value) {
    this.text = text;
    this.value = value;
  }

  /**
   * Parses an ISO 8601 date-time with an offset ({@code Z} or {@code +05:00}).
   *
   * @param text the text as written
   * @return the timestamp, which prints back exactly as written
   * @throws DateTimeParseException naming the position when malformed or without offset
   */
  public static Timestamp parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    return new Timestamp(s, OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }

  /**
   * {@return a timestamp in UTC, written as {@link Instant#toString()} writes it}
   *
   * @param instant the instant
   */
  public static Timestamp of(Instant instant) {
    return parse(instant.toString());
  }

  /** {@return the instant on the UTC time line} */
  public Instant toInstant() {
    return value.toInstant();
  }

  /** {@return the date and time with the offset as written} */
  public OffsetDateTime toOffsetDateTime() {
    return value;
  }

  /**
   * The first calendar day this instant is somewhere on Earth: its day at UTC-12, whatever offset
   * it is written with. {@code 2024-11-08T23:30:00-05:00} gives 2024-11-08 (it is already 9
   * November in Pakistan, see {@link #latestDay()}), so that comparing it with a day, which names
   * no time zone, never claims more than the instant says.
   */
  @Override
  public Optional<LocalDate> earliestDay() {
    return Optional.of(value.toInstant().atOffset(WESTMOST).toLocalDate());
  }

  /**
   * The last calendar day this instant is somewhere on Earth: its day at UTC+14. {@code
   * 2024-11-08T23:30:00-05:00} gives 2024-11-09.
   */
  @Override
  public Optional<LocalDate> latestDay() {
    return Optional.of(value.toInstant().atOffset(EASTMOST).toLocalDate());
  }

  /**
   * {@return the day in the offset the timestamp is written with: {@code 2024-11-08T23:30:00-05:00}
   * gives 2024-11-08}
   */
  public LocalDate localDay() {
    return value.toLocalDate();
  }

  /** Orders by instant, then by text. */
  @Override
  public int compareTo(Timestamp other) {
    int byInstant = value.toInstant().compareTo(other.value.toInstant());
    return byInstant != 0 ? byInstant : text.compareTo(other.text);
  }

  /** Two timestamps are equal when written the same way. */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || (other instanceof Timestamp timestamp && text.equals(timestamp.text));
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The text as written. */
  @Override
  public String toString() {
    return text;
  }
}
