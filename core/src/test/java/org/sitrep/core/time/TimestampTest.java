package org.sitrep.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class TimestampTest {

  @Test
  void keepsOffsetAndFractionAsWritten() {
    Timestamp written = Timestamp.parse("2024-11-20T09:30:00.120+05:00");
    assertThat(written).hasToString("2024-11-20T09:30:00.120+05:00");
    assertThat(written.toInstant()).isEqualTo(Instant.parse("2024-11-20T04:30:00.12Z"));
    assertThat(Timestamp.parse("2024-11-20T04:30Z")).hasToString("2024-11-20T04:30Z");
  }

  @Test
  void equalityIsByTextAndOrderByInstant() {
    Timestamp utc = Timestamp.parse("2024-11-20T04:30:00Z");
    Timestamp karachi = Timestamp.parse("2024-11-20T09:30:00+05:00");
    assertThat(utc).isNotEqualTo(karachi);
    assertThat(utc.toInstant()).isEqualTo(karachi.toInstant());
    assertThat(utc.compareTo(Timestamp.parse("2024-11-20T04:31:00Z"))).isNegative();
    assertThat(Timestamp.of(Instant.parse("2024-11-20T04:30:00Z")))
        .isEqualTo(Timestamp.parse("2024-11-20T04:30:00Z"));
  }

  @Test
  void itsDaysAreEveryDayItIsSomewhere() {
    Timestamp lateEvening = Timestamp.parse("2024-10-06T23:30:00+05:00"); // 18:30 UTC
    assertThat(lateEvening.localDay()).isEqualTo(LocalDate.of(2024, 10, 6));
    assertThat(lateEvening.earliestDay()).contains(LocalDate.of(2024, 10, 6)); // 06:30 at UTC-12
    assertThat(lateEvening.latestDay()).contains(LocalDate.of(2024, 10, 7)); // 08:30 at UTC+14

    Timestamp newYork = Timestamp.parse("2024-11-08T23:30:00-05:00"); // 04:30 UTC on the 9th
    assertThat(newYork.localDay()).isEqualTo(LocalDate.of(2024, 11, 8));
    assertThat(newYork.earliestDay()).contains(LocalDate.of(2024, 11, 8));
    assertThat(newYork.latestDay()).contains(LocalDate.of(2024, 11, 9));

    Timestamp noon = Timestamp.parse("2024-11-09T12:00:00Z");
    assertThat(noon.earliestDay()).contains(LocalDate.of(2024, 11, 9)); // 00:00 at UTC-12
    assertThat(noon.latestDay()).contains(LocalDate.of(2024, 11, 10)); // 02:00 at UTC+14
  }

  @Test
  void refusesATimestampWithoutOffset() {
    assertThatThrownBy(() -> Timestamp.parse("2024-11-20T09:30:00"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("index 19");
  }

  @Test
  void timeSpanParseDispatchesOnTheText() {
    assertThat(TimeSpan.parse("2024-10-06")).isInstanceOf(FuzzyDate.class);
    assertThat(TimeSpan.parse("2024-11-21~/2024-12-15~")).isInstanceOf(Period.class);
    assertThat(TimeSpan.parse("2024-10-06T18:00:00Z")).isInstanceOf(Timestamp.class);
  }
}
