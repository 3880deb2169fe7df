package org.sitrep.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.core.time.Period.Endpoint;

class PeriodTest {

  private static final LocalDate NOVEMBER_21 = LocalDate.of(2024, 11, 21);
  private static final LocalDate DECEMBER_15 = LocalDate.of(2024, 12, 15);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-11-21~/2024-12-15~",
        "2024-11-21/2024-12-15",
        "2024-11/..",
        "../2024-12",
        "/2024-12",
        "2024-11/",
        "1948/..",
        "1964/2008",
        "2004-06/2006-08",
        "2019-12/2020%",
        "1984?/2004-06~",
        "2024-10-06/2024-10-06",
        "2024-12-15/2024-11-21",
        "2024-24/2025-21",
        "2024-11-XX/2024-12",
        "202X/2030",
        "/",
        "../..",
        "/..",
        "../"
      })
  void printsBackExactlyWhatItParsed(String text) {
    assertThat(Period.parse(text)).hasToString(text);
  }

  @Test
  void holdsTheArticlesLateNovemberToMidDecember() {
    Period exercise = Period.parse("2024-11-21~/2024-12-15~");

    assertThat(exercise.earliestDay()).contains(NOVEMBER_21);
    assertThat(exercise.latestDay()).contains(DECEMBER_15);
    assertThat(exercise.start().orElseThrow().isApproximate()).isTrue();
    assertThat(exercise.end().orElseThrow().isApproximate()).isTrue();
    assertThat(exercise.startKind()).isEqualTo(Endpoint.DATE);
    assertThat(exercise.endKind()).isEqualTo(Endpoint.DATE);
    assertThat(exercise.isCertainlyInverted()).isFalse();
    assertThat(exercise.isPossiblyInverted()).isFalse();
    assertThat(exercise)
        .isEqualTo(
            Period.of(
                FuzzyDate.of(NOVEMBER_21).approximate(), FuzzyDate.of(DECEMBER_15).approximate()));
  }

  @ParameterizedTest(name = "{0}: {1} to {2}")
  @CsvSource({
    "2024-11-21~/2024-12-15~, 2024-11-21, 2024-12-15",
    "2024-11~/2024-12~,       2024-11-01, 2024-12-31",
    "2024/2025-02,            2024-01-01, 2025-02-28",
    "2024-24/2025-21,         2024-12-01, 2025-05-31",
    "202X/2030,               2020-01-01, 2030-12-31",
    "2024-11/..,              2024-11-01, ",
    "2024-11/,                2024-11-01, ",
    "../2024-12,              ,           2024-12-31",
    "/2024-12,                ,           2024-12-31",
    "/..,                     ,           "
  })
  void knowsItsEarliestAndLatestDay(String text, LocalDate earliest, LocalDate latest) {
    Period period = Period.parse(text);

    assertThat(period.earliestDay()).isEqualTo(Optional.ofNullable(earliest));
    assertThat(period.latestDay()).isEqualTo(Optional.ofNullable(latest));
  }

  @ParameterizedTest(name = "{0}: {1} to {2}")
  @CsvSource({
    "2024-11/2024-12, DATE,    DATE",
    "2024-11/..,      DATE,    OPEN",
    "2024-11/,        DATE,    UNKNOWN",
    "../2024-12,      OPEN,    DATE",
    "/2024-12,        UNKNOWN, DATE",
    "../..,           OPEN,    OPEN",
    "/,               UNKNOWN, UNKNOWN",
    "/..,             UNKNOWN, OPEN",
    "../,             OPEN,    UNKNOWN"
  })
  void tellsDatesFromOpenAndUnknownEnds(String text, Endpoint start, Endpoint end) {
    Period period = Period.parse(text);

    assertThat(period.startKind()).isEqualTo(start);
    assertThat(period.endKind()).isEqualTo(end);
    assertThat(period.start().isPresent()).isEqualTo(start == Endpoint.DATE);
    assertThat(period.end().isPresent()).isEqualTo(end == Endpoint.DATE);
  }

  @Test
  void buildsEveryEndFromFactories() {
    FuzzyDate november = FuzzyDate.ofMonth(2024, 11);
    FuzzyDate december = FuzzyDate.ofMonth(2024, 12);

    assertThat(Period.of(november, december)).isEqualTo(Period.parse("2024-11/2024-12"));
    assertThat(Period.from(FuzzyDate.ofYear(1948))).isEqualTo(Period.parse("1948/.."));
    assertThat(Period.until(december)).isEqualTo(Period.parse("../2024-12"));
    assertThat(Period.endUnknown(november)).isEqualTo(Period.parse("2024-11/"));
    assertThat(Period.startUnknown(december)).isEqualTo(Period.parse("/2024-12"));
    assertThat(Period.of(december, november)).hasToString("2024-12/2024-11");
  }

  @Test
  void refusesNullEnds() {
    FuzzyDate year = FuzzyDate.ofYear(2024);

    assertThatNullPointerException().isThrownBy(() -> Period.of(null, year));
    assertThatNullPointerException().isThrownBy(() -> Period.of(year, null));
    assertThatNullPointerException().isThrownBy(() -> Period.from(null));
    assertThatNullPointerException().isThrownBy(() -> Period.until(null));
    assertThatNullPointerException().isThrownBy(() -> Period.endUnknown(null));
    assertThatNullPointerException().isThrownBy(() -> Period.startUnknown(null));
    assertThatNullPointerException().isThrownBy(() -> Period.parse(null));
  }

  @Test
  void keepsAnOpenEndApartFromAnUnknownOne() {
    Period open = Period.parse("2024-10-06/..");
    Period unknown = Period.parse("2024-10-06/");

    assertThat(open).isNotEqualTo(unknown);
    assertThat(open.latestDay()).isEmpty();
    assertThat(unknown.latestDay()).isEmpty();
    assertThat(open.contains(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(unknown.contains(LocalDate.of(2030, 1, 1))).isTrue();
  }

  @Test
  void parsesAnInvertedPeriodAndReportsIt() {
    Period inverted = Period.parse("2024-12-15/2024-11-21");

    assertThat(inverted).hasToString("2024-12-15/2024-11-21");
    assertThat(inverted.isCertainlyInverted()).isTrue();
    assertThat(inverted.isPossiblyInverted()).isFalse();
    assertThat(inverted.contains(NOVEMBER_21)).isFalse();
    assertThat(inverted.contains(LocalDate.of(2024, 12, 1))).isFalse();
    assertThat(inverted.contains(DECEMBER_15)).isFalse();
    assertThat(inverted.mayOverlap(FuzzyDate.ofYear(2024))).isFalse();
    assertThat(FuzzyDate.ofYear(2024).mayOverlap(inverted)).isFalse();
  }

  @ParameterizedTest(name = "{0}: certainly inverted {1}, possibly inverted {2}")
  @CsvSource({
    "2024-12-15/2024-11-21,   true,  false",
    "2024-12/2024-11,         true,  false",
    "2024-23/2024-22,         true,  false",
    "2024-11/2024-11-15,      false, true",
    "2024/2024-06,            false, true",
    "2024-11/2024-11,         false, false", // the same date both ends reads "during November"
    "2024-21/2024-03,         false, true",
    "203X/2030,               false, true",
    "2024-11-21~/2024-12-15~, false, false",
    "2024-11~/2024-12~,       false, false",
    "2024-10-06/2024-10-06,   false, false",
    "2024-11-30/2024-11,      false, true",
    "2024-11-01/2024-11,      false, false",
    "2024-12/..,              false, false",
    "../2024-11,              false, false",
    "2024-12/,                false, false",
    "/2024-11,                false, false"
  })
  void tellsCertainFromPossibleInversion(String text, boolean certainly, boolean possibly) {
    Period period = Period.parse(text);

    assertThat(period.isCertainlyInverted()).isEqualTo(certainly);
    assertThat(period.isPossiblyInverted()).isEqualTo(possibly);
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
    "2024-11-21~/2024-12-15~, 2024-11-21, true",
    "2024-11-21~/2024-12-15~, 2024-12-15, true",
    "2024-11-21~/2024-12-15~, 2024-11-20, false",
    "2024-11-21~/2024-12-15~, 2024-12-16, false",
    "2024-11/..,              2024-10-31, false",
    "2024-11/..,              2099-01-01, true",
    "../2024-12,              1900-01-01, true",
    "../2024-12,              2025-01-01, false",
    "/2024-12,                1900-01-01, true",
    "/,                       2024-10-06, true",
    "2024-24/2025-21,         2025-05-31, true"
  })
  void containsThePossibleDays(String text, LocalDate day, boolean expected) {
    assertThat(Period.parse(text).contains(day)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} may overlap {1}: {2}")
  @CsvSource({
    "2024-11-21~/2024-12-15~, 2024-12,               true",
    "2024-11-21~/2024-12-15~, 2024-11-21,            true",
    "2024-11-21~/2024-12-15~, 2024-11-20,            false",
    "2024-11-21~/2024-12-15~, 2024-10,               false",
    "2024-11-21~/2024-12-15~, 2024-24,               true",
    "2024-11-21~/2024-12-15~, 2024-11/..,            true",
    "2024-11-21~/2024-12-15~, ../2024-11-20,         false",
    "2024-11-21~/2024-12-15~, ../2024-11-21,         true",
    "2024-11-21~/2024-12-15~, 2024-12-16/,           false",
    "2024-11-21~/2024-12-15~, /..,                   true",
    "1948/..,                 2024-11-21~/2024-12-15~, true",
    "1948/..,                 ../1947,               false",
    "2024-12-15/2024-11-21,   2024/2025,             false"
  })
  void mayOverlapOnPossibleDays(String text, String other, boolean expected) {
    Period period = Period.parse(text);
    TimeSpan span = other.indexOf('/') >= 0 ? Period.parse(other) : FuzzyDate.parse(other);

    assertThat(period.mayOverlap(span)).isEqualTo(expected);
    assertThat(span.mayOverlap(period)).isEqualTo(expected);
  }

  @Test
  void equalsWhenTheStringsAreEqual() {
    assertThat(Period.parse("2024-11/2024-12"))
        .isEqualTo(Period.of(FuzzyDate.ofMonth(2024, 11), FuzzyDate.ofMonth(2024, 12)))
        .hasSameHashCodeAs(Period.of(FuzzyDate.ofMonth(2024, 11), FuzzyDate.ofMonth(2024, 12)));
    assertThat(Period.parse("2024/..")).isNotEqualTo(Period.parse("2024/"));
    assertThat(Period.parse("../2024")).isNotEqualTo(Period.parse("/2024"));
    assertThat(Period.parse("2024/2025")).isNotEqualTo(Period.parse("2024/2025~"));
    assertThat(Period.parse("/")).isEqualTo(Period.parse("/")).isNotEqualTo(Period.parse("../.."));
    assertThat(Period.parse("2024/2025")).isNotEqualTo("2024/2025");
  }

  @Test
  void namesThePositionInTheWholeInterval() {
    assertThatExceptionOfType(DateTimeParseException.class)
        .isThrownBy(() -> Period.parse("2024-11/2024-13"))
        .withMessage(
            "Invalid EDTF interval '2024-11/2024-13': month 13 out of range 01-12 or seasons"
                + " 21-24 at index 13")
        .satisfies(
            error -> {
              assertThat(error.getParsedString()).isEqualTo("2024-11/2024-13");
              assertThat(error.getErrorIndex()).isEqualTo(13);
            });
  }

  static Stream<Arguments> malformedIntervals() {
    return Stream.of(
        Arguments.of("", 0, "empty text"),
        Arguments.of("2024", 4, "expected '/' between the start and the end"),
        Arguments.of("..", 2, "expected '/' between the start and the end"),
        Arguments.of("2024-13", 5, "month 13 out of range"),
        Arguments.of("2024-13/2025", 5, "month 13 out of range"),
        Arguments.of("2024/2023-02-29", 13, "day 29 out of range 01-28 for 2023-02"),
        Arguments.of("2024/2025/2026", 9, "an interval has a single '/'"),
        Arguments.of("2012///4444", 5, "an interval has a single '/'"),
        Arguments.of("./2024", 1, "expected '..' for an open end"),
        Arguments.of("2024/.", 6, "expected '..' for an open end"),
        Arguments.of("2024/...", 7, "nothing may follow '..' in the same end"),
        Arguments.of("..2024/", 2, "nothing may follow '..' in the same end"),
        Arguments.of(" 2024/2025", 0, "unexpected ' ', expected a digit"),
        Arguments.of("2024 /2025", 4, "unexpected ' '"),
        Arguments.of("2024/ 2025", 5, "unexpected ' ', expected a digit"),
        Arguments.of("2024/2025 ", 9, "unexpected ' '"),
        Arguments.of("2024-10-06T10:00/2024-10-07", 10, "times of day are not supported"),
        Arguments.of("../-2024", 3, "negative years are not supported"),
        Arguments.of("2024~~/2025", 5, "a date has one qualifier"),
        Arguments.of("2024-21~/2025", 7, "a season cannot be qualified"),
        Arguments.of("2024/2025-XX-06", 13, "after an unspecified month the day is 'XX'"),
        Arguments.of("2024/2025\\2026", 9, "unexpected '\\'"));
  }

  @ParameterizedTest(name = "\"{0}\" fails at index {1}: {2}")
  @MethodSource("malformedIntervals")
  void refusesMalformedText(String text, int index, String reason) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOfSatisfying(
            DateTimeParseException.class,
            error -> {
              assertThat(error.getErrorIndex()).isEqualTo(index);
              assertThat(error.getParsedString()).isEqualTo(text);
              assertThat(error.getMessage())
                  .startsWith("Invalid EDTF interval '" + text + "': ")
                  .contains(reason)
                  .endsWith(" at index " + index);
            });
  }
}
