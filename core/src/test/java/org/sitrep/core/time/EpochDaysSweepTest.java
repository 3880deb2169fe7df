package org.sitrep.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.internal.access.EpochDays;

/**
 * The validator's epoch days of every fuzzy date of every year, 0000 to 9999, are those of {@link
 * FuzzyDate#earliest()} and {@link FuzzyDate#latest()}: each day, each month and season, each year
 * and decade and century with unspecified digits.
 */
class EpochDaysSweepTest {

  @Test
  void everyDayOfEveryYear() {
    long mismatches = 0;
    long first = LocalDate.of(0, 1, 1).toEpochDay();
    long last = LocalDate.of(9999, 12, 31).toEpochDay();
    for (long epochDay = first; epochDay <= last; epochDay++) {
      FuzzyDate date = FuzzyDate.of(LocalDate.ofEpochDay(epochDay));
      if (EpochDays.earliest(date) != epochDay || EpochDays.latest(date) != epochDay) {
        mismatches++;
      }
    }
    assertThat(mismatches).isZero();
  }

  @Test
  void everyMonthSeasonAndYearOfEveryYear() {
    for (int year = 0; year <= 9999; year++) {
      String digits = String.format("%04d", year);
      check(FuzzyDate.parse(digits));
      check(FuzzyDate.parse(digits + "-XX-XX"));
      for (int month = 1; month <= 12; month++) {
        check(FuzzyDate.parse(String.format("%s-%02d", digits, month)));
        check(FuzzyDate.parse(String.format("%s-%02d-XX", digits, month)));
      }
      for (int season = 21; season <= 24; season++) {
        check(FuzzyDate.parse(digits + "-" + season));
      }
      if (year % 10 == 0) {
        check(FuzzyDate.parse(digits.substring(0, 3) + "X"));
      }
      if (year % 100 == 0) {
        check(FuzzyDate.parse(digits.substring(0, 2) + "XX"));
      }
    }
  }

  private static void check(FuzzyDate date) {
    assertThat(EpochDays.earliest(date))
        .as("earliest of %s", date)
        .isEqualTo(date.earliest().toEpochDay());
    assertThat(EpochDays.latest(date))
        .as("latest of %s", date)
        .isEqualTo(date.latest().toEpochDay());
  }
}
