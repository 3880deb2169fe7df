package org.sitrep.testkit;

import static org.sitrep.testkit.SitrepAssertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;

/**
 * EDTF text parses and prints back unchanged, and the bounds of dates and periods agree with a
 * simple reference model written here from the EDTF forms, with {@link LocalDate} arithmetic.
 */
class EdtfProperties {

  /** The reference model of one EDTF date: its first and last possible day and its flags. */
  record Model(
      LocalDate earliest,
      LocalDate latest,
      FuzzyDate.Precision precision,
      boolean approximate,
      boolean uncertain,
      boolean unspecified) {

    private static final Pattern FORM =
        Pattern.compile("(\\d{2})(\\d|X)(\\d|X)(?:-(\\d\\d|XX)(?:-(\\d\\d|XX))?)?([~?%]?)");

    static Model of(String text) {
      Matcher m = FORM.matcher(text);
      if (!m.matches()) {
        throw new AssertionError("not an EDTF date of the model: " + text);
      }
      String qualifier = m.group(6);
      boolean approximate = qualifier.equals("~") || qualifier.equals("%");
      boolean uncertain = qualifier.equals("?") || qualifier.equals("%");
      if (m.group(3).equals("X")) { // 20XX or 202X
        int from =
            Integer.parseInt(m.group(1) + (m.group(2).equals("X") ? "00" : m.group(2) + "0"));
        int to = from + (m.group(2).equals("X") ? 99 : 9);
        return new Model(
            LocalDate.of(from, 1, 1),
            LocalDate.of(to, 12, 31),
            FuzzyDate.Precision.YEAR,
            approximate,
            uncertain,
            true);
      }
      int year = Integer.parseInt(m.group(1) + m.group(2) + m.group(3));
      String month = m.group(4);
      String day = m.group(5);
      if (month == null) {
        return new Model(
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31),
            FuzzyDate.Precision.YEAR,
            approximate,
            uncertain,
            false);
      }
      if (month.equals("XX")) {
        return new Model(
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31),
            day == null ? FuzzyDate.Precision.MONTH : FuzzyDate.Precision.DAY,
            approximate,
            uncertain,
            true);
      }
      int mm = Integer.parseInt(month);
      if (mm >= 21) { // seasons, Northern meteorological: spring is March to May
        LocalDate start = LocalDate.of(year, 3 + 3 * (mm - 21), 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        return new Model(start, end, FuzzyDate.Precision.SEASON, approximate, uncertain, false);
      }
      YearMonth ym = YearMonth.of(year, mm);
      if (day == null) {
        return new Model(
            ym.atDay(1),
            ym.atEndOfMonth(),
            FuzzyDate.Precision.MONTH,
            approximate,
            uncertain,
            false);
      }
      if (day.equals("XX")) {
        return new Model(
            ym.atDay(1), ym.atEndOfMonth(), FuzzyDate.Precision.DAY, approximate, uncertain, true);
      }
      LocalDate d = ym.atDay(Integer.parseInt(day));
      return new Model(d, d, FuzzyDate.Precision.DAY, approximate, uncertain, false);
    }
  }

  @Provide
  Arbitrary<String> dates() {
    return SitrepArbitraries.edtfDates();
  }

  @Provide
  Arbitrary<String> periods() {
    Arbitrary<String> end =
        Arbitraries.oneOf(SitrepArbitraries.edtfDates(), Arbitraries.of("..", ""));
    return Combinators.combine(end, end).as((a, b) -> a + "/" + b);
  }

  @Property
  void aDateParsesAndPrintsBackWithTheModelsBounds(@ForAll("dates") String text) {
    FuzzyDate date = FuzzyDate.parse(text);
    Model model = Model.of(text);
    assertThat(date.toString()).isEqualTo(text);
    assertThat(date.earliest()).isEqualTo(model.earliest());
    assertThat(date.latest()).isEqualTo(model.latest());
    assertThat(date.earliestDay()).contains(model.earliest());
    assertThat(date.latestDay()).contains(model.latest());
    assertThat(date.precision()).isEqualTo(model.precision());
    assertThat(date.isApproximate()).isEqualTo(model.approximate());
    assertThat(date.isUncertain()).isEqualTo(model.uncertain());
    assertThat(date.hasUnspecifiedDigits()).isEqualTo(model.unspecified());
    assertThat(date).isEqualTo(FuzzyDate.parse(text)).hasSameHashCodeAs(FuzzyDate.parse(text));
  }

  @Property
  void aDateContainsExactlyTheDaysBetweenItsBounds(
      @ForAll("dates") String text, @ForAll("days") LocalDate day) {
    FuzzyDate date = FuzzyDate.parse(text);
    Model model = Model.of(text);
    boolean inside = !day.isBefore(model.earliest()) && !day.isAfter(model.latest());
    assertThat(date.contains(day)).isEqualTo(inside);
    assertThat(date.contains(model.earliest())).isTrue();
    assertThat(date.contains(model.latest())).isTrue();
    assertThat(date.contains(model.earliest().minusDays(1))).isFalse();
    assertThat(date.contains(model.latest().plusDays(1))).isFalse();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  void datesOrderByEarliestThenLatestThenText(
      @ForAll("dates") String a, @ForAll("dates") String b) {
    Model x = Model.of(a);
    Model y = Model.of(b);
    int expected = x.earliest().compareTo(y.earliest());
    if (expected == 0) {
      expected = x.latest().compareTo(y.latest());
    }
    if (expected == 0) {
      expected = a.compareTo(b);
    }
    FuzzyDate first = FuzzyDate.parse(a);
    FuzzyDate second = FuzzyDate.parse(b);
    assertThat(Integer.signum(first.compareTo(second))).isEqualTo(Integer.signum(expected));
    assertThat(first.isCertainlyBefore(second)).isEqualTo(x.latest().isBefore(y.earliest()));
    assertThat(first.equals(second)).isEqualTo(a.equals(b));
  }

  @Property
  void aPeriodParsesAndPrintsBackWithTheModelsBounds(@ForAll("periods") String text) {
    Period period = Period.parse(text);
    assertThat(period.toString()).isEqualTo(text);
    String[] ends = text.split("/", -1);
    Optional<Model> start = model(ends[0]);
    Optional<Model> end = model(ends[1]);
    assertThat(period.earliestDay()).isEqualTo(start.map(Model::earliest));
    assertThat(period.latestDay()).isEqualTo(end.map(Model::latest));
    assertThat(period.startKind()).isEqualTo(kind(ends[0]));
    assertThat(period.endKind()).isEqualTo(kind(ends[1]));
    boolean both = start.isPresent() && end.isPresent();
    boolean certainly = both && end.get().latest().isBefore(start.get().earliest());
    boolean possibly =
        both
            && !certainly
            && !ends[0].equals(ends[1])
            && end.get().earliest().isBefore(start.get().latest());
    assertThat(period.isCertainlyInverted()).isEqualTo(certainly);
    assertThat(period.isPossiblyInverted()).isEqualTo(possibly);
    assertThat(period).isEqualTo(Period.parse(text)).hasSameHashCodeAs(Period.parse(text));
  }

  @Property
  void aPeriodContainsTheDaysBetweenItsKnownBounds(
      @ForAll("periods") String text, @ForAll("days") LocalDate day) {
    String[] ends = text.split("/", -1);
    Optional<Model> start = model(ends[0]);
    Optional<Model> end = model(ends[1]);
    boolean inside =
        start.map(s -> !day.isBefore(s.earliest())).orElse(true)
            && end.map(e -> !day.isAfter(e.latest())).orElse(true);
    assertThat(Period.parse(text).contains(day)).isEqualTo(inside);
  }

  private static Optional<Model> model(String end) {
    return end.isEmpty() || end.equals("..") ? Optional.empty() : Optional.of(Model.of(end));
  }

  private static Period.Endpoint kind(String end) {
    return end.isEmpty()
        ? Period.Endpoint.UNKNOWN
        : end.equals("..") ? Period.Endpoint.OPEN : Period.Endpoint.DATE;
  }
}
