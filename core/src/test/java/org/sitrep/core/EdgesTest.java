package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.Timestamp;

/**
 * The edges of core's values and records that the other tests leave out: range bounds, the checks
 * every record type and part runs when built, wire names of every enumeration, the dataset's
 * accessors on a dataset of every type, and the day-first date messages.
 */
class EdgesTest {

  private static final Actor STATE =
      Actor.builder().id(Id.actor("pk")).name("Pakistan").kind(Actor.Kind.STATE).build();
  private static final Operation OPERATION =
      Operation.builder()
          .id(Id.operation("op"))
          .name("Op")
          .kind(Operation.Kind.MILITARY_OFFENSIVE)
          .period(Period.parse("2024-11/.."))
          .build();
  private static final Exercise EXERCISE =
      Exercise.builder()
          .id(Id.exercise("ex"))
          .name("Ex")
          .kind(Exercise.Kind.COUNTER_TERRORISM)
          .period(Period.parse("2024-11-21~/2024-12-15~"))
          .build();
  private static final Investment INVESTMENT =
      Investment.builder()
          .id(Id.investment("cpec"))
          .name("CPEC")
          .kind(Investment.Kind.PROGRAMME)
          .period(Period.parse("2015/.."))
          .build();
  private static final Statement STATEMENT =
      Statement.builder()
          .id(Id.statement("st"))
          .name("St")
          .kind(Statement.Kind.STATEMENT)
          .date(FuzzyDate.parse("2024-11-20"))
          .build();
  private static final Incident INCIDENT =
      Incident.builder()
          .id(Id.incident("in"))
          .name("In")
          .category(IncidentCategory.BATTLES)
          .date(FuzzyDate.parse("2024-10"))
          .build();

  @Test
  void everyEnumerationHasDistinctNonEmptyWireNamesFoundByName() {
    List<Class<? extends Enum<?>>> enums =
        List.of(
            Actor.Kind.class,
            Certainty.class,
            Operation.Kind.class,
            Operation.Status.class,
            Operation.Domain.class,
            Exercise.Kind.class,
            Investment.Kind.class,
            Statement.Kind.class,
            Place.Kind.class,
            Place.GeoPrecision.class);
    for (Class<? extends Enum<?>> type : enums) {
      Set<String> names = new HashSet<>();
      for (Enum<?> constant : type.getEnumConstants()) {
        String wire = ((WireNamed) constant).wireName();
        assertThat(wire)
            .as("%s.%s", type.getSimpleName(), constant)
            .isNotBlank()
            .isEqualTo(constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        names.add(wire);
      }
      assertThat(names).hasSize(type.getEnumConstants().length);
    }
    assertThat(Certainty.CLAIMED.wireName()).isEqualTo("claimed");
    assertThat(Actor.Kind.ARMED_GROUP.wireName()).isEqualTo("armed-group");
    assertThat(IncidentCategory.findByWireName("battles")).contains(IncidentCategory.BATTLES);
    assertThat(IncidentCategory.findByWireName("Battles")).isEmpty();
    assertThat(IncidentSubCategory.findByWireName(IncidentSubCategory.SUICIDE_BOMB.wireName()))
        .contains(IncidentSubCategory.SUICIDE_BOMB);
    assertThat(IncidentCategory.ofAcledLabel("Battles")).isEqualTo(IncidentCategory.BATTLES);
  }

  @Test
  void geoPrecisionByAcledCode() {
    for (Place.GeoPrecision precision : Place.GeoPrecision.values()) {
      assertThat(precision.acledCode()).isBetween(1, 3);
      assertThat(Place.GeoPrecision.findByAcledCode(precision.acledCode())).contains(precision);
    }
    assertThat(Place.GeoPrecision.findByAcledCode(0)).isEmpty();
    assertThat(Place.GeoPrecision.findByAcledCode(4)).isEmpty();
  }

  @Test
  void coordinatesAreInRangeUpToTheEdgesInclusive() {
    assertThat(Coordinates.of(90, 180).inRange()).isTrue();
    assertThat(Coordinates.of(-90, -180).inRange()).isTrue();
    assertThat(Coordinates.of(90.000001, 0).inRange()).isFalse();
    assertThat(Coordinates.of(-90.000001, 0).inRange()).isFalse();
    assertThat(Coordinates.of(0, 180.000001).inRange()).isFalse();
    assertThat(Coordinates.of(0, -180.000001).inRange()).isFalse();
    assertThatThrownBy(() -> Coordinates.of(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Coordinates.of(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
  }

  @Test
  void confidenceRunsFromZeroToAHundred() {
    assertThat(Confidence.of(0).value()).isZero();
    assertThat(Confidence.of(100).value()).isEqualTo(100);
    assertThatThrownBy(() -> Confidence.of(101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Confidence.of(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Confidence.of(3).compareTo(Confidence.of(7))).isNegative();
    assertThat(Confidence.of(7).compareTo(Confidence.of(3))).isPositive();
    assertThat(Confidence.of(0).stixLabel()).isEqualTo("None");
    assertThat(Confidence.of(29).stixLabel()).isEqualTo("Low");
    assertThat(Confidence.of(30).stixLabel()).isEqualTo("Med");
    assertThat(Confidence.of(70).stixLabel()).isEqualTo("High");
  }

  @Test
  void estimatesOfOneOrTwoFigures() {
    Estimate lowOnly = Estimate.of(OptionalInt.of(4), OptionalInt.empty(), OptionalInt.empty());
    Estimate highOnly = Estimate.of(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(9));
    assertThat(lowOnly.central()).isEqualTo(4);
    assertThat(highOnly.central()).isEqualTo(9);
    assertThat(Estimate.range(2, 8).central()).isEqualTo(2);
    assertThat(lowOnly).hasToString("Estimate{low=4}");
    assertThat(highOnly).hasToString("Estimate{high=9}");
    assertThat(Estimate.range(2, 8)).hasToString("Estimate{low=2, high=8}");
    assertThat(Estimate.of(5)).hasToString("Estimate{best=5}");
    assertThat(Estimate.of(1, 2, 3)).hasToString("Estimate{low=1, best=2, high=3}");
    assertThat(lowOnly.high()).isEmpty();
    assertThat(highOnly.low()).isEmpty();
    assertThatThrownBy(
            () -> Estimate.of(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }

  @Test
  void idSlugsAndPrefixes() {
    String longest = "a".repeat(Id.MAX_SLUG_LENGTH);
    assertThat(Id.actor(longest).slug()).isEqualTo(longest);
    assertThatThrownBy(() -> Id.actor(longest + "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 128 characters, was 129");
    assertThatThrownBy(() -> Id.actor(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> Id.actor("actor:bla"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("drop the 'actor:' prefix (Id.actor(\"bla\"))");
    assertThat(Id.actor("actorbla").slug()).isEqualTo("actorbla");
    assertThat(Id.actor("actor").slug()).isEqualTo("actor");
    assertThat(Id.incident("actor:x".replace(":", "-")).slug()).isEqualTo("actor-x");
    assertThatThrownBy(() -> Id.actor("-x")).hasMessageContaining("character '-' at index 0");
    assertThatThrownBy(() -> Id.parse("actor:-x")).hasMessageContaining("at index 6");
    assertThat(Id.actor("x-")).hasToString("actor:x-");
    assertThatThrownBy(() -> Id.parse(":x")).hasMessageContaining("unknown kind ''");
    assertThat(Id.parse("a:b".replace("a:", "actor:")).type()).isEqualTo(RecordType.ACTOR);
  }

  @Test
  void recordTypeOfEveryClassAndSubclass() {
    for (RecordType type : RecordType.values()) {
      assertThat(RecordType.of(type.javaType())).isEqualTo(type);
    }
    assertThat(RecordType.of(STATE.getClass())).isEqualTo(RecordType.ACTOR);
    assertThat(RecordType.of(STATEMENT.getClass())).isEqualTo(RecordType.STATEMENT);
    assertThatThrownBy(() -> RecordType.of(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
  }

  @Test
  void everyRecordTypeChecksNameAndExtensionKeysAndCopiesThroughItsBuilder() {
    List<SitrepRecord> records =
        List.of(STATE, INCIDENT, OPERATION, EXERCISE, INVESTMENT, STATEMENT);
    for (SitrepRecord record : records) {
      SitrepRecord copy =
          switch (record.type()) {
            case ACTOR -> ((Actor) record).toBuilder().build();
            case INCIDENT -> ((Incident) record).toBuilder().build();
            case OPERATION -> ((Operation) record).toBuilder().build();
            case EXERCISE -> ((Exercise) record).toBuilder().build();
            case INVESTMENT -> ((Investment) record).toBuilder().build();
            case STATEMENT -> ((Statement) record).toBuilder().build();
          };
      assertThat(copy).isEqualTo(record).isNotSameAs(record);
    }
    assertThatThrownBy(() -> OPERATION.toBuilder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Operation.name must not be blank");
    assertThatThrownBy(() -> EXERCISE.toBuilder().name("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Exercise.name");
    assertThatThrownBy(() -> INVESTMENT.toBuilder().name("\t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Investment.name");
    assertThatThrownBy(() -> STATEMENT.toBuilder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Statement.name");
    assertThatThrownBy(() -> STATEMENT.toBuilder().putExtension("y", ExtensionValue.NULL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Statement statement:st.extensions: key 'y' must start with 'x_'");
    assertThatThrownBy(() -> STATE.toBuilder().putExtension("x_", ExtensionValue.NULL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key 'x_'");
    assertThat(STATE.toBuilder().putExtension("x_a", ExtensionValue.NULL).build().extensions())
        .containsEntry("x_a", ExtensionValue.NULL);
  }

  @Test
  void everyPartChecksItsExtensionKeysAndCopiesThroughItsBuilder() {
    ExtensionValue one = ExtensionValue.ofJson("1");
    assertThatThrownBy(
            () ->
                Involvement.builder()
                    .actor(STATE.id())
                    .certainty(Certainty.CONFIRMED)
                    .putExtension("bad", one)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Involvement.extensions: key 'bad'");
    assertThatThrownBy(() -> Source.builder().putExtension("bad", one).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Source.extensions: key 'bad'");
    assertThatThrownBy(() -> Casualties.builder().putExtension("bad", one).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Casualties.extensions: key 'bad'");
    assertThatThrownBy(
            () ->
                Affiliation.builder()
                    .organisation(STATE.id())
                    .role("r")
                    .putExtension("bad", one)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Affiliation.extensions: key 'bad'");
    assertThatThrownBy(() -> Place.builder().name("p").putExtension("bad", one).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Place.extensions: key 'bad'");
    assertThatThrownBy(() -> Place.builder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Place.name must not be blank");

    Involvement involvement = Involvement.of(STATE.id(), Certainty.SUSPECTED);
    assertThat(involvement.toBuilder().build()).isEqualTo(involvement);
    Source source = Source.builder().publisher("Dawn").putExtension("x_p", one).build();
    assertThat(source.toBuilder().build()).isEqualTo(source);
    Casualties casualties =
        Casualties.builder().killed(Estimate.of(1)).putExtension("x_c", one).build();
    assertThat(casualties.toBuilder().build()).isEqualTo(casualties);
    Affiliation affiliation = Affiliation.of(STATE.id(), "Spokesperson");
    assertThat(affiliation.organisation()).isEqualTo(STATE.id());
    assertThat(affiliation.role()).isEqualTo("Spokesperson");
    Place place = Place.of("Quetta", Place.Kind.CITY);
    assertThat(place.name()).isEqualTo("Quetta");
    assertThat(place.kind()).contains(Place.Kind.CITY);
    assertThat(place.toBuilder().build()).isEqualTo(place);
  }

  @Test
  void whenIsTheDateOrThePeriod() {
    assertThat(STATEMENT.when()).contains(FuzzyDate.parse("2024-11-20"));
    assertThat(OPERATION.when()).contains(Period.parse("2024-11/.."));
    assertThat(INVESTMENT.when()).contains(Period.parse("2015/.."));
    assertThat(EXERCISE.when()).contains(Period.parse("2024-11-21~/2024-12-15~"));
    assertThat(INCIDENT.when()).contains(FuzzyDate.parse("2024-10"));
    assertThat(STATE.when()).isEmpty();
  }

  @Test
  void datasetAccessorsOnADatasetOfEveryType() {
    Dataset dataset =
        Dataset.of(
            "all",
            LocalDate.of(2024, 11, 20),
            List.of(STATE, INCIDENT, OPERATION, EXERCISE, INVESTMENT, STATEMENT));
    assertThat(dataset.actors()).containsExactly(STATE);
    assertThat(dataset.incidents()).containsExactly(INCIDENT);
    assertThat(dataset.operations()).containsExactly(OPERATION);
    assertThat(dataset.exercises()).containsExactly(EXERCISE);
    assertThat(dataset.investments()).containsExactly(INVESTMENT);
    assertThat(dataset.statements()).containsExactly(STATEMENT);
    assertThat(dataset.contains(STATEMENT.id())).isTrue();
    assertThat(dataset.contains(Id.statement("other"))).isFalse();
    assertThat(dataset.resolve(Id.operation("op"))).contains(OPERATION);
    assertThat(dataset.resolve(Id.operation("other"))).isEmpty();
    assertThat(dataset.recordsWithId(Id.exercise("ex"))).containsExactly(EXERCISE);
    assertThat(dataset.recordsWithId(Id.exercise("other"))).isEmpty();
    assertThat(dataset).hasToString("Dataset{title=all, asOf=2024-11-20, records=6}");
    assertThat(dataset.overlapping(Period.parse("2024-12/2024-12")))
        .containsExactly(OPERATION, EXERCISE, INVESTMENT);

    List<SitrepRecord> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(STATE.toBuilder().id(Id.actor("a" + i)).build());
    }
    Dataset big = Dataset.of("big", LocalDate.of(2024, 1, 1), many);
    for (int i = 0; i < 40; i++) {
      assertThat(big.resolve(Id.actor("a" + i))).contains((Actor) many.get(i));
    }
    assertThat(big.duplicateIds()).isEmpty();
  }

  @Test
  void mergingTheSameRecordTwiceKeepsOne() {
    Dataset a = Dataset.of("a", LocalDate.of(2024, 1, 1), List.of(STATE));
    Dataset b = Dataset.of("b", LocalDate.of(2024, 2, 1), List.of(STATE, INCIDENT));
    Dataset.Merge merge = a.merge(b);
    assertThat(merge.dataset().records()).containsExactly(STATE, INCIDENT);
    assertThat(merge.conflicts()).isEmpty();
    assertThat(merge.dataset().asOf()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(b.merge(a).dataset().asOf()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThatThrownBy(() -> Dataset.builder().title("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("required asOf not set");
    assertThatThrownBy(() -> Dataset.builder().asOf(LocalDate.of(2024, 1, 1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("required title not set");
  }

  @Test
  void extensionValues() {
    assertThat(ExtensionValue.ofJson("null")).isSameAs(ExtensionValue.NULL);
    assertThat(ExtensionValue.ofJson("2.50")).hasToString("2.50");
    assertThatThrownBy(() -> ExtensionValue.ofJson(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ExtensionValue.ofString("a\"b\\c\n\r\t\u0001 \u007f").json())
        .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\u0001 \u007f\"");
    assertThat(ExtensionValue.ofString("").json()).isEqualTo("\"\"");
  }

  @Test
  void fuzzyDateYearsRunFrom0000To9999() {
    assertThat(FuzzyDate.ofYear(0)).hasToString("0000");
    assertThat(FuzzyDate.ofYear(9999)).hasToString("9999");
    assertThatThrownBy(() -> FuzzyDate.ofYear(10000))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("Year 10000 is outside 0000 to 9999");
    assertThatThrownBy(() -> FuzzyDate.ofYear(-1)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> FuzzyDate.ofMonth(10000, 1)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> FuzzyDate.ofMonth(2024, 13)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> FuzzyDate.ofMonth(2024, 0)).isInstanceOf(DateTimeException.class);
    assertThat(FuzzyDate.ofMonth(2024, 12)).hasToString("2024-12");
    assertThat(FuzzyDate.ofMonth(2024, 1)).hasToString("2024-01");
    assertThat(FuzzyDate.of(LocalDate.of(2024, 10, 6)).approximate().uncertain())
        .hasToString("2024-10-06%");
    assertThat(FuzzyDate.parse("2024-10-09")).hasToString("2024-10-09");
    assertThat(FuzzyDate.parse("2024-10-10")).hasToString("2024-10-10");
  }

  @Test
  void dayFirstAndMonthFirstDatesGetAMessageWithTheFix() {
    assertThatThrownBy(() -> FuzzyDate.parse("26.04.2022"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage(
            "'26.04.2022' is not a date Sitrep reads: dates are YYYY-MM-DD, e.g. 2022-04-26");
    assertThatThrownBy(() -> FuzzyDate.parse("04/26/2022"))
        .hasMessage(
            "'04/26/2022' is not a date Sitrep reads: dates are YYYY-MM-DD, e.g. 2022-04-26");
    assertThatThrownBy(() -> FuzzyDate.parse("3-4-2022"))
        .hasMessage(
            "'3-4-2022' is not a date Sitrep reads: dates are YYYY-MM-DD, e.g. 2022-04-03"
                + " (day first) or 2022-03-04 (month first)");
    assertThatThrownBy(() -> FuzzyDate.parse("12/12/2022"))
        .hasMessageContaining("2022-12-12 (day first) or 2022-12-12 (month first)");
    assertThatThrownBy(() -> FuzzyDate.parse("13/13/2022"))
        .hasMessageContaining("2022-13-13 (day first)");
    assertThatThrownBy(() -> Period.parse("01/02/2022"))
        .hasMessageContaining("e.g. 2022-02-01 (day first) or 2022-01-02 (month first)");
    assertThatThrownBy(() -> FuzzyDate.parse("2024\u00e9")).hasMessageContaining("U+00E9");
    assertThatThrownBy(() -> FuzzyDate.parse("2024\u007f")).hasMessageContaining("U+007F");
    assertThatThrownBy(() -> FuzzyDate.parse("2024 ")).hasMessageContaining("' '");
    assertThatThrownBy(() -> FuzzyDate.parse("2024-10/2024-11"))
        .hasMessageContaining("'/' separates the start and end of an interval");
  }

  @Test
  void timestampsOfOneInstantOrderByText() {
    Timestamp utc = Timestamp.parse("2024-10-06T18:00:00Z");
    Timestamp karachi = Timestamp.parse("2024-10-06T23:00:00+05:00");
    assertThat(utc.compareTo(karachi))
        .isEqualTo("2024-10-06T18:00:00Z".compareTo("2024-10-06T23:00:00+05:00"));
    assertThat(utc.compareTo(karachi)).isNotZero();
    assertThat(utc.compareTo(Timestamp.parse("2024-10-06T18:00:01Z"))).isNegative();
    assertThat(karachi.toOffsetDateTime().getOffset().getTotalSeconds()).isEqualTo(5 * 3600);
    assertThat(karachi.localDay()).isEqualTo(LocalDate.of(2024, 10, 6));
  }

  @Test
  void wireNameLookupOfAnEnumeration() {
    Map<String, Certainty> all = new java.util.HashMap<>();
    for (Certainty certainty : Certainty.values()) {
      all.put(certainty.wireName(), certainty);
    }
    all.forEach(
        (name, certainty) -> assertThat(WireNamed.find(Certainty.class, name)).contains(certainty));
    assertThat(WireNamed.find(Certainty.class, "CLAIMED")).isEmpty();
  }
}
