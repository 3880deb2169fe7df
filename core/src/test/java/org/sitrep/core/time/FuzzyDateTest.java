package org.sitrep.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.core.internal.access.EpochDays;

class FuzzyDateTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024",
        "2024-10",
        "2024-10-06",
        "0000",
        "0001",
        "9999",
        "2024-02-29",
        "2000-02-29",
        "2024~",
        "2024?",
        "2024%",
        "2024-10~",
        "2024-10?",
        "2024-10%",
        "2024-10-06~",
        "2024-10-06?",
        "2024-10-06%",
        "202X",
        "20XX",
        "2024-XX",
        "2024-10-XX",
        "2024-XX-XX",
        "2024-21",
        "2024-22",
        "2024-23",
        "2024-24"
      })
  void printsBackExactlyWhatItParsed(String text) {
    assertThat(FuzzyDate.parse(text)).hasToString(text);
  }

  @ParameterizedTest(name = "{0}: {1} to {2}, {3}")
  @CsvSource({
    "2024,        2024-01-01, 2024-12-31, YEAR",
    "2024-10,     2024-10-01, 2024-10-31, MONTH",
    "2024-10-06,  2024-10-06, 2024-10-06, DAY",
    "2024-11~,    2024-11-01, 2024-11-30, MONTH",
    "2024-10-06%, 2024-10-06, 2024-10-06, DAY",
    "0000,        0000-01-01, 0000-12-31, YEAR",
    "202X,        2020-01-01, 2029-12-31, YEAR",
    "20XX,        2000-01-01, 2099-12-31, YEAR",
    "2024-XX,     2024-01-01, 2024-12-31, MONTH",
    "2024-10-XX,  2024-10-01, 2024-10-31, DAY",
    "2024-XX-XX,  2024-01-01, 2024-12-31, DAY",
    "2024-21,     2024-03-01, 2024-05-31, SEASON",
    "2024-22,     2024-06-01, 2024-08-31, SEASON",
    "2024-23,     2024-09-01, 2024-11-30, SEASON",
    "2024-24,     2024-12-01, 2025-02-28, SEASON"
  })
  void knowsItsEarliestAndLatestDayAndPrecision(
      String text, LocalDate earliest, LocalDate latest, FuzzyDate.Precision precision) {
    FuzzyDate date = FuzzyDate.parse(text);

    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
    assertThat(date.earliestDay()).contains(earliest);
    assertThat(date.latestDay()).contains(latest);
    assertThat(date.precision()).isEqualTo(precision);
  }

  @ParameterizedTest(name = "{0} ends on {1}")
  @CsvSource({
    "2024-02,    2024-02-29",
    "2023-02,    2023-02-28",
    "2000-02,    2000-02-29",
    "1900-02,    1900-02-28",
    "0000-02,    0000-02-29",
    "2024-02-XX, 2024-02-29",
    "2023-24,    2024-02-29",
    "2024-24,    2025-02-28"
  })
  void countsLeapYears(String text, LocalDate latest) {
    assertThat(FuzzyDate.parse(text).latest()).isEqualTo(latest);
  }

  @Test
  void winterOfTheLastYearEndsInTheYearAfter() {
    assertThat(FuzzyDate.parse("9999-24").latest()).isEqualTo(LocalDate.of(10_000, 2, 29));
  }

  @ParameterizedTest(name = "{0}: approximate {1}, uncertain {2}, unspecified digits {3}")
  @CsvSource({
    "2024,       false, false, false",
    "2024~,      true,  false, false",
    "2024?,      false, true,  false",
    "2024%,      true,  true,  false",
    "2024-10-06~, true, false, false",
    "202X,       false, false, true",
    "2024-XX,    false, false, true",
    "2024-10-XX, false, false, true",
    "2024-21,    false, false, false"
  })
  void knowsItsQualifiersAndUnspecifiedDigits(
      String text, boolean approximate, boolean uncertain, boolean unspecified) {
    FuzzyDate date = FuzzyDate.parse(text);

    assertThat(date.isApproximate()).isEqualTo(approximate);
    assertThat(date.isUncertain()).isEqualTo(uncertain);
    assertThat(date.hasUnspecifiedDigits()).isEqualTo(unspecified);
  }

  @Test
  void namesThePositionAndWhatWasExpected() {
    assertThatExceptionOfType(DateTimeParseException.class)
        .isThrownBy(() -> FuzzyDate.parse("2024-13"))
        .withMessage(
            "Invalid EDTF date '2024-13': month 13 out of range 01-12 or seasons 21-24 at index 5")
        .satisfies(
            error -> {
              assertThat(error.getParsedString()).isEqualTo("2024-13");
              assertThat(error.getErrorIndex()).isEqualTo(5);
            });
  }

  static Stream<Arguments> malformedDates() {
    return Stream.of(
        Arguments.of("", 0, "empty text"),
        Arguments.of(" ", 0, "unexpected ' ', expected a digit"),
        Arguments.of(" 2024", 0, "unexpected ' ', expected a digit"),
        Arguments.of("2024 ", 4, "unexpected ' '"),
        Arguments.of("\t2024", 0, "unexpected U+0009"),
        Arguments.of("24", 2, "a year has four digits"),
        Arguments.of("193", 3, "a year has four digits"),
        Arguments.of("20245", 4, "years beyond 9999 are not supported"),
        Arguments.of("-2024", 0, "negative years are not supported"),
        Arguments.of("Y170000002", 0, "years beyond 9999 ('Y' prefix) are not supported"),
        Arguments.of("+2024", 0, "unexpected '+', expected a digit"),
        Arguments.of("2024-", 5, "expected a two-digit month"),
        Arguments.of("2024-1", 6, "a month has two digits"),
        Arguments.of("2024-100", 7, "a month has two digits"),
        Arguments.of("2024-00", 5, "month 00 out of range 01-12 or seasons 21-24"),
        Arguments.of("2024-13", 5, "month 13 out of range 01-12 or seasons 21-24"),
        Arguments.of("2024-20", 5, "month 20 out of range 01-12 or seasons 21-24"),
        Arguments.of("2024-25", 5, "month 25 out of range 01-12 or seasons 21-24"),
        Arguments.of("2024-10-", 8, "expected a two-digit day"),
        Arguments.of("2024-10-6", 9, "a day has two digits"),
        Arguments.of("2024-10-060", 10, "a day has two digits"),
        Arguments.of("2024-10-00", 8, "day 00 out of range 01-31 for 2024-10"),
        Arguments.of("2024-10-32", 8, "day 32 out of range 01-31 for 2024-10"),
        Arguments.of("2024-04-31", 8, "day 31 out of range 01-30 for 2024-04"),
        Arguments.of("2024-02-30", 8, "day 30 out of range 01-29 for 2024-02"),
        Arguments.of("2023-02-29", 8, "day 29 out of range 01-28 for 2023-02"),
        Arguments.of("1900-02-29", 8, "day 29 out of range 01-28 for 1900-02"),
        Arguments.of("2024-10-06T10:00", 10, "times of day are not supported"),
        Arguments.of("2024-10-06t", 10, "unexpected 't', expected a qualifier (~, ? or %)"),
        Arguments.of("2024~~", 5, "a date has one qualifier"),
        Arguments.of("2024~?", 5, "'%' means both approximate (~) and uncertain (?)"),
        Arguments.of("2024-10-06~x", 11, "expected the end of the date after the qualifier"),
        Arguments.of("2024~-10", 5, "expected the end of the date after the qualifier"),
        Arguments.of("~2024", 0, "unexpected '~', expected a digit"),
        Arguments.of("20X4", 3, "expected 'X': unspecified digits run to the end of the year"),
        Arguments.of("2XXX", 1, "only the last one or two digits of a year may be unspecified"),
        Arguments.of("XXXX", 0, "only the last one or two digits of a year may be unspecified"),
        Arguments.of("202x", 3, "unexpected 'x', expected a digit"),
        Arguments.of("202X-10", 4, "a year with unspecified digits (X) cannot have a month"),
        Arguments.of("202X~", 4, "a date with unspecified digits (X) cannot be qualified"),
        Arguments.of("2024-X0", 6, "expected 'X': a month is two digits or 'XX'"),
        Arguments.of("2024-1X", 6, "a month is two digits or 'XX', not partly 'X'"),
        Arguments.of("2024-XX-06", 8, "after an unspecified month the day is 'XX'"),
        Arguments.of("2024-XX-X", 9, "after an unspecified month the day is 'XX'"),
        Arguments.of("2024-10-0X", 9, "a day is two digits or 'XX', not partly 'X'"),
        Arguments.of("2024-10-X6", 9, "expected 'X': a day is two digits or 'XX'"),
        Arguments.of("2024-XX~", 7, "a date with unspecified digits (X) cannot be qualified"),
        Arguments.of("2024-10-XX?", 10, "a date with unspecified digits (X) cannot be qualified"),
        Arguments.of("2024-21~", 7, "a season cannot be qualified"),
        Arguments.of("2024-21-01", 7, "a season has no day"),
        Arguments.of("2024/2025", 4, "'/' separates the start and end of an interval"),
        Arguments.of("2024-10-06\u00a0", 10, "unexpected U+00A0"));
  }

  @ParameterizedTest(name = "\"{0}\" fails at index {1}: {2}")
  @MethodSource("malformedDates")
  void refusesMalformedText(String text, int index, String reason) {
    assertThatThrownBy(() -> FuzzyDate.parse(text))
        .isInstanceOfSatisfying(
            DateTimeParseException.class,
            error -> {
              assertThat(error.getErrorIndex()).isEqualTo(index);
              assertThat(error.getParsedString()).isEqualTo(text);
              assertThat(error.getMessage())
                  .startsWith("Invalid EDTF date '" + text + "': ")
                  .contains(reason)
                  .endsWith(" at index " + index);
            });
  }

  @Test
  void buildsFromJavaTimeValues() {
    assertThat(FuzzyDate.of(LocalDate.of(2024, 10, 6))).isEqualTo(FuzzyDate.parse("2024-10-06"));
    assertThat(FuzzyDate.ofYear(2024)).isEqualTo(FuzzyDate.parse("2024"));
    assertThat(FuzzyDate.ofYear(7)).hasToString("0007");
    assertThat(FuzzyDate.ofMonth(2024, 2)).isEqualTo(FuzzyDate.parse("2024-02"));
    assertThat(FuzzyDate.ofYearMonth(YearMonth.of(2024, 11))).isEqualTo(FuzzyDate.parse("2024-11"));
  }

  @Test
  void refusesValuesItCannotWrite() {
    assertThatThrownBy(() -> FuzzyDate.ofYear(-1))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("Year -1 is outside 0000 to 9999");
    assertThatThrownBy(() -> FuzzyDate.ofYear(10_000)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> FuzzyDate.of(LocalDate.of(10_000, 1, 1)))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> FuzzyDate.ofMonth(2024, 13))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("Month 13 is outside 1 to 12");
    assertThatThrownBy(() -> FuzzyDate.ofMonth(2024, 0)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void marksADateApproximateOrUncertain() {
    FuzzyDate day = FuzzyDate.of(LocalDate.of(2024, 11, 21));

    assertThat(day.approximate()).hasToString("2024-11-21~");
    assertThat(day.uncertain()).hasToString("2024-11-21?");
    assertThat(day.approximate().uncertain()).hasToString("2024-11-21%");
    assertThat(FuzzyDate.parse("2024?").approximate()).hasToString("2024%");
    assertThat(FuzzyDate.ofMonth(2024, 10).approximate()).isEqualTo(FuzzyDate.parse("2024-10~"));
    assertThat(day).hasToString("2024-11-21");
  }

  @Test
  void keepsAQualifierItAlreadyHas() {
    FuzzyDate approximate = FuzzyDate.parse("2024~");
    FuzzyDate both = FuzzyDate.parse("2024%");

    assertThat(approximate.approximate()).isSameAs(approximate);
    assertThat(both.uncertain()).isSameAs(both);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-21", "202X", "2024-XX", "2024-10-XX"})
  void doesNotQualifySeasonsOrUnspecifiedDigits(String text) {
    FuzzyDate date = FuzzyDate.parse(text);

    assertThatThrownBy(date::approximate)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(text);
    assertThatThrownBy(date::uncertain).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void containsTheDaysBetweenItsBounds() {
    FuzzyDate october = FuzzyDate.parse("2024-10~");
    FuzzyDate winter = FuzzyDate.parse("2024-24");

    assertThat(october.contains(LocalDate.of(2024, 10, 1))).isTrue();
    assertThat(october.contains(LocalDate.of(2024, 10, 31))).isTrue();
    assertThat(october.contains(LocalDate.of(2024, 9, 30))).isFalse();
    assertThat(october.contains(LocalDate.of(2024, 11, 1))).isFalse();
    assertThat(winter.contains(LocalDate.of(2025, 2, 28))).isTrue();
    assertThat(winter.contains(LocalDate.of(2025, 3, 1))).isFalse();
  }

  @ParameterizedTest(name = "{0} certainly before {1}: {2}")
  @CsvSource({
    "2024-11,    2024-12~,   true",
    "2024-10-06, 2024-10-07, true",
    "2024-10-06, 2024-10-06, false",
    "2024,       2024-12,    false",
    "2024-12,    2024,       false",
    "2024-23,    2024-12,    true",
    "2024-24,    2025-02,    false",
    "202X,       2030,       true",
    "2025,       2024,       false"
  })
  void isCertainlyBeforeOnlyWhenItEndsBeforeTheOtherCanBegin(
      String date, String other, boolean expected) {
    assertThat(FuzzyDate.parse(date).isCertainlyBefore(FuzzyDate.parse(other))).isEqualTo(expected);
  }

  @Test
  void mayOverlapOtherSpansOnPossibleDays() {
    FuzzyDate november = FuzzyDate.parse("2024-11~");

    assertThat(november.mayOverlap(FuzzyDate.parse("2024"))).isTrue();
    assertThat(november.mayOverlap(FuzzyDate.parse("2024-23"))).isTrue();
    assertThat(november.mayOverlap(FuzzyDate.parse("2024-12-01"))).isFalse();
    assertThat(november.mayOverlap(Period.parse("2024-11-30/.."))).isTrue();
    assertThat(november.mayOverlap(Period.parse("../2024-10"))).isFalse();
  }

  @Test
  void equalsWhenTheStringsAreEqual() {
    assertThat(FuzzyDate.parse("2024-10")).isEqualTo(FuzzyDate.ofMonth(2024, 10));
    assertThat(FuzzyDate.parse("2024-10")).hasSameHashCodeAs(FuzzyDate.ofMonth(2024, 10));
    assertThat(FuzzyDate.parse("2024-10")).isNotEqualTo(FuzzyDate.parse("2024-10~"));
    assertThat(FuzzyDate.parse("2024-10~")).isNotEqualTo(FuzzyDate.parse("2024-10%"));
    assertThat(FuzzyDate.parse("2024")).isNotEqualTo(FuzzyDate.parse("2024-XX"));
    assertThat(FuzzyDate.parse("2024-XX")).isNotEqualTo(FuzzyDate.parse("2024-XX-XX"));
    assertThat(FuzzyDate.parse("2020")).isNotEqualTo(FuzzyDate.parse("202X"));
    assertThat(FuzzyDate.parse("2024")).isNotEqualTo("2024");
  }

  @Test
  void ordersByEarliestThenLatestDayThenText() {
    List<String> ordered =
        List.of(
            "202X",
            "2023-24",
            "2024-01-01",
            "2024-01",
            "2024",
            "2024-XX",
            "2024-XX-XX",
            "2024~",
            "2024-21",
            "2024-10",
            "2024-10-06",
            "2024-10-06?");
    List<FuzzyDate> dates = new ArrayList<>();
    ordered.forEach(text -> dates.add(FuzzyDate.parse(text)));
    Collections.shuffle(dates, new Random(7));
    Collections.sort(dates);

    assertThat(dates).extracting(FuzzyDate::toString).containsExactlyElementsOf(ordered);
  }

  @Test
  void comparesAsZeroOnlyWhenEqual() {
    List<FuzzyDate> dates =
        Stream.of("2024", "2024~", "2024-XX", "2024-XX-XX", "2024-10", "2024-10-XX", "2024-24")
            .map(FuzzyDate::parse)
            .toList();

    for (FuzzyDate a : dates) {
      for (FuzzyDate b : dates) {
        assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024",
        "2024-10",
        "2024-10-06",
        "0000",
        "0001",
        "0004-02",
        "0100",
        "0400-02-29",
        "9999",
        "99XX",
        "2024-02",
        "2023-02",
        "1900-02",
        "2000-02-29",
        "1970",
        "1969-12-31",
        "2024-10~",
        "202X",
        "20XX",
        "2024-XX",
        "2024-10-XX",
        "2024-XX-XX",
        "2024-21",
        "2024-22",
        "2024-23",
        "2024-24",
        "2023-24"
      })
  void epochDaysAreThoseOfTheEarliestAndLatestDays(String text) {
    FuzzyDate date = FuzzyDate.parse(text);
    assertThat(date.earliestEpochDay()).isEqualTo(date.earliest().toEpochDay());
    assertThat(date.latestEpochDay()).isEqualTo(date.latest().toEpochDay());
    assertThat(EpochDays.earliest(date)).isEqualTo(date.earliest().toEpochDay());
    assertThat(EpochDays.latest(date)).isEqualTo(date.latest().toEpochDay());
  }

  @Test
  void epochDaysMatchLocalDateOnEveryDayOfFourHundredYears() {
    for (LocalDate day = LocalDate.of(1800, 1, 1);
        day.isBefore(LocalDate.of(2200, 1, 1));
        day = day.plusDays(1)) {
      FuzzyDate date = FuzzyDate.of(day);
      assertThat(date.earliestEpochDay()).isEqualTo(day.toEpochDay());
      assertThat(date.latestEpochDay()).isEqualTo(day.toEpochDay());
    }
    assertThat(FuzzyDate.parse("1970-01").earliestEpochDay()).isZero();
    assertThat(FuzzyDate.parse("1970-01").latestEpochDay()).isEqualTo(30);
  }
}
