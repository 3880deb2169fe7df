package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.validation.Fixtures.CHINA;
import static org.sitrep.validation.Fixtures.CLAIM;
import static org.sitrep.validation.Fixtures.CPEC;
import static org.sitrep.validation.Fixtures.KARACHI;
import static org.sitrep.validation.Fixtures.LIN;
import static org.sitrep.validation.Fixtures.LIN_JIAN;
import static org.sitrep.validation.Fixtures.OFFENSIVE;
import static org.sitrep.validation.Fixtures.REUTERS;
import static org.sitrep.validation.Fixtures.WARRIOR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Casualties;
import org.sitrep.core.Certainty;
import org.sitrep.core.Estimate;
import org.sitrep.core.Id;
import org.sitrep.core.Involvement;
import org.sitrep.core.Link;
import org.sitrep.core.Money;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.Timestamp;
import org.sitrep.validation.internal.BuiltInRules;

/**
 * Each rule on the record types, properties and edges that {@link RuleCases} leaves out: an actor's
 * country, an operation's area, an investment's assets, injured counts and breakdowns, negative low
 * and high, best above high, longitudes, the poles and the date line, a date on the day its source
 * was published. Every case runs fused (the validator) and rule by rule, with the same findings.
 */
class RuleEdgesTest {

  record Edge(String what, String code, Id<?> recordId, String pointer, List<SitrepRecord> extra) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Edge fires(
      String what, String code, String pointer, SitrepRecord at, SitrepRecord... more) {
    List<SitrepRecord> extra = new ArrayList<>(List.of(at));
    extra.addAll(List.of(more));
    return new Edge(what, code, at.id(), pointer, extra);
  }

  static Edge silent(String what, SitrepRecord... extra) {
    return new Edge(what, null, null, null, List.of(extra));
  }

  private static Place country(String code) {
    return Place.builder().name("Somewhere").country(code).build();
  }

  private static Place at(double latitude, double longitude) {
    return Place.builder()
        .name("Somewhere")
        .coordinates(Coordinates.of(latitude, longitude))
        .build();
  }

  private static SitrepRecord killed(String slug, Casualties casualties) {
    return KARACHI.toBuilder().id(Id.incident(slug)).casualties(casualties).build();
  }

  private static Estimate only(Integer low, Integer best, Integer high) {
    return Estimate.of(
        low == null ? OptionalInt.empty() : OptionalInt.of(low),
        best == null ? OptionalInt.empty() : OptionalInt.of(best),
        high == null ? OptionalInt.empty() : OptionalInt.of(high));
  }

  static Stream<Edge> edges() {
    Actor person =
        Fixtures.actor("former-spokesman", Actor.Kind.PERSON).toBuilder()
            .addAffiliation(
                Affiliation.builder()
                    .organisation(CHINA.id())
                    .role("Spokesman")
                    .period(Period.parse("2020-01-01/2022-12-31"))
                    .build())
            .build();
    return Stream.of(
        fires(
            "an actor's country",
            "place.country",
            "/country",
            Fixtures.actor("misplaced", Actor.Kind.STATE).toBuilder().country("PAK").build()),
        fires(
            "an operation's second area",
            "place.country",
            "/area/1/country",
            OFFENSIVE.toBuilder()
                .id(Id.operation("areas"))
                .area(List.of(country("PK"), country("pk")))
                .build()),
        fires(
            "an investment's asset",
            "place.country",
            "/assets/0/country",
            CPEC.toBuilder().id(Id.investment("assets")).assets(List.of(country("XX"))).build()),
        fires(
            "an exercise's place",
            "place.country",
            "/place/country",
            WARRIOR.toBuilder().id(Id.exercise("placed")).place(country("CHN")).build()),
        fires(
            "a longitude past the date line",
            "place.coordinates",
            "/place/coordinates/longitude",
            KARACHI.toBuilder().id(Id.incident("east")).place(at(10, 180.5)).build()),
        fires(
            "a longitude past the date line westwards",
            "place.coordinates",
            "/area/0/coordinates/longitude",
            OFFENSIVE.toBuilder()
                .id(Id.operation("west"))
                .area(List.of(at(0, -180.000001)))
                .build()),
        fires(
            "a latitude below the south pole",
            "place.coordinates",
            "/assets/1/coordinates/latitude",
            CPEC.toBuilder()
                .id(Id.investment("south"))
                .assets(List.of(at(90, 180), at(-90.5, 0)))
                .build()),
        fires(
            "a latitude above the north pole",
            "place.coordinates",
            "/place/coordinates/latitude",
            WARRIOR.toBuilder().id(Id.exercise("north")).place(at(90.000001, -180)).build()),
        silent(
            "the poles and the date line",
            KARACHI.toBuilder().id(Id.incident("pole")).place(at(90, -180)).build(),
            OFFENSIVE.toBuilder()
                .id(Id.operation("poles"))
                .area(List.of(at(-90, 180), at(90, 180)))
                .build()),
        fires(
            "a negative low injured",
            "casualties.negative",
            "/casualties/injured/low",
            killed("injured-low", Casualties.builder().injured(only(-1, null, null)).build())),
        fires(
            "a negative high killed",
            "casualties.negative",
            "/casualties/killed/high",
            killed("killed-high", Casualties.builder().killed(only(null, null, -2)).build())),
        fires(
            "a negative best in a breakdown",
            "casualties.negative",
            "/casualties/breakdowns/1/injured/best",
            killed(
                "breakdown-best",
                Casualties.builder()
                    .addBreakdown(Casualties.Breakdown.killed("civilians", 0))
                    .addBreakdown(
                        Casualties.Breakdown.builder()
                            .group("police")
                            .injured(Estimate.of(-3))
                            .build())
                    .build())),
        silent(
            "zero everywhere",
            killed(
                "zeros",
                Casualties.builder()
                    .killed(Estimate.of(0, 0, 0))
                    .injured(only(0, null, 0))
                    .addBreakdown(
                        Casualties.Breakdown.builder().group("g").killed(Estimate.of(0)).build())
                    .build())),
        fires(
            "best above high",
            "casualties.order",
            "/casualties/killed",
            killed("best-high", Casualties.builder().killed(Estimate.of(1, 9, 5)).build())),
        fires(
            "low above high in a breakdown",
            "casualties.order",
            "/casualties/breakdowns/0/killed",
            killed(
                "breakdown-order",
                Casualties.builder()
                    .addBreakdown(
                        Casualties.Breakdown.builder()
                            .group("g")
                            .killed(Estimate.range(7, 3))
                            .build())
                    .build())),
        fires(
            "low above best, injured",
            "casualties.order",
            "/casualties/injured",
            killed("injured-order", Casualties.builder().injured(only(4, 3, null)).build())),
        fires(
            "breakdowns above the injured total",
            "casualties.breakdown",
            "/casualties/breakdowns",
            killed(
                "injured-breakdown",
                Casualties.builder()
                    .injured(Estimate.of(3))
                    .perpetratorsIncluded(true)
                    .addBreakdown(
                        Casualties.Breakdown.builder().group("a").injured(Estimate.of(2)).build())
                    .addBreakdown(
                        Casualties.Breakdown.builder().group("b").injured(Estimate.of(2)).build())
                    .build())),
        silent(
            "breakdowns equal to the injured total, one without injured",
            killed(
                "injured-equal",
                Casualties.builder()
                    .injured(Estimate.of(4))
                    .killed(Estimate.of(0))
                    .addBreakdown(
                        Casualties.Breakdown.builder().group("a").injured(Estimate.of(4)).build())
                    .addBreakdown(Casualties.Breakdown.killed("b", 0))
                    .build())),
        silent(
            "a date on the day its source was published",
            KARACHI.toBuilder()
                .id(Id.incident("same-day"))
                .date(FuzzyDate.parse("2024-11-20"))
                .build()),
        fires(
            "a date after a source's period",
            "date.after-sources",
            "/date",
            KARACHI.toBuilder()
                .id(Id.incident("after-period"))
                .date(FuzzyDate.parse("2024-10-06"))
                .sources(
                    List.of(
                        Source.builder()
                            .publisher("Dawn")
                            .published(Period.parse("2024-10-01/2024-10-05"))
                            .build()))
                .build()),
        silent(
            "a date on the last day of a source's period",
            KARACHI.toBuilder()
                .id(Id.incident("in-period"))
                .date(FuzzyDate.parse("2024-10-05"))
                .sources(
                    List.of(
                        Source.builder().published(Period.parse("2024-10-01/2024-10-05")).build()))
                .build()),
        fires(
            "a time after every source's time",
            "date.after-sources",
            "/date",
            KARACHI.toBuilder()
                .id(Id.incident("late"))
                .date(Timestamp.parse("2024-10-06T12:00:01Z"))
                .sources(
                    List.of(
                        Source.builder().published(Timestamp.parse("2024-10-06T12:00:00Z")).build(),
                        Source.builder()
                            .published(Timestamp.parse("2024-10-06T09:00:00Z"))
                            .build()))
                .build()),
        silent(
            "a time at a source's time",
            KARACHI.toBuilder()
                .id(Id.incident("on-time"))
                .date(Timestamp.parse("2024-10-06T17:00:00+05:00"))
                .sources(
                    List.of(
                        Source.builder()
                            .published(Timestamp.parse("2024-10-06T12:00:00Z"))
                            .build()))
                .build()),
        fires(
            "a statement after the asOf day",
            "date.after-as-of",
            "/date",
            LIN.toBuilder()
                .id(Id.statement("tomorrow"))
                .date(FuzzyDate.parse("2024-11-21"))
                .build()),
        silent("a statement on the asOf day", LIN.toBuilder().id(Id.statement("today")).build()),
        fires(
            "an investment's inverted period",
            "period.inverted",
            "/period",
            CPEC.toBuilder()
                .id(Id.investment("inverted"))
                .period(Period.parse("2030/2015"))
                .build()),
        fires(
            "an investment's possibly inverted period",
            "period.possibly-inverted",
            "/period",
            CPEC.toBuilder()
                .id(Id.investment("fuzzy"))
                .period(Period.parse("2015/2015-06"))
                .build()),
        fires(
            "an operation's inverted period",
            "period.inverted",
            "/period",
            OFFENSIVE.toBuilder()
                .id(Id.operation("inverted"))
                .period(Period.parse("2024-11-02/2024-11-01"))
                .build()),
        fires(
            "a statement after the speaker's post ended",
            "affiliation.outside-period",
            "/date",
            LIN.toBuilder()
                .id(Id.statement("after-post"))
                .speaker(person.id())
                .onBehalfOf(CHINA.id())
                .date(FuzzyDate.parse("2023-01-01"))
                .build(),
            person),
        silent(
            "a statement on the last day of the post",
            person,
            LIN.toBuilder()
                .id(Id.statement("last-day"))
                .speaker(person.id())
                .onBehalfOf(CHINA.id())
                .date(FuzzyDate.parse("2022-12-31"))
                .build()),
        fires(
            "a joint exercise with no participant",
            "exercise.participants",
            "/participants",
            WARRIOR.toBuilder().id(Id.exercise("nobody")).participants(List.of()).build()),
        fires(
            "an investment hosted by an army",
            "ref.wrong-type",
            "/host",
            CPEC.toBuilder()
                .id(Id.investment("army-host"))
                .host(Id.actor("pakistan-army"))
                .build()),
        fires(
            "a post in a person",
            "ref.wrong-type",
            "/affiliations/0/organisation",
            Fixtures.actor("aide", Actor.Kind.PERSON).toBuilder()
                .addAffiliation(Affiliation.of(LIN_JIAN.id(), "Aide"))
                .build()),
        fires(
            "an operation against nobody known",
            "ref.unresolved",
            "/against/1/actor",
            OFFENSIVE.toBuilder()
                .id(Id.operation("against"))
                .against(
                    List.of(
                        Involvement.confirmed(Id.actor("bla")),
                        Involvement.of(Id.actor("ghost"), Certainty.SUSPECTED)))
                .build()),
        fires(
            "an operation triggered by no known incident",
            "ref.unresolved",
            "/triggeredBy/0/target",
            OFFENSIVE.toBuilder()
                .id(Id.operation("trigger"))
                .triggeredBy(List.of(Link.of(Id.incident("ghost"), Certainty.UNKNOWN)))
                .build()),
        fires(
            "an investment part of no known programme",
            "ref.unresolved",
            "/partOf",
            CPEC.toBuilder().id(Id.investment("orphan")).partOf(Id.investment("ghost")).build()),
        fires(
            "a statement about no known record",
            "ref.unresolved",
            "/about/1",
            CLAIM.toBuilder()
                .id(Id.statement("about-ghost"))
                .about(List.of(KARACHI.id(), Id.operation("ghost")))
                .build()),
        fires(
            "a currency in lower case",
            "money.currency",
            "/value/currency",
            CPEC.toBuilder()
                .id(Id.investment("lower"))
                .value(Money.of(BigDecimal.ONE, "usd"))
                .build()),
        fires(
            "an operation with no source",
            "source.missing",
            "/sources",
            OFFENSIVE.toBuilder().id(Id.operation("unsourced")).sources(List.of()).build()),
        fires(
            "an actor's post ending before it starts",
            "period.inverted",
            "/affiliations/1/period",
            Fixtures.actor("two-posts", Actor.Kind.PERSON).toBuilder()
                .addAffiliation(Affiliation.of(CHINA.id(), "Adviser"))
                .addAffiliation(
                    Affiliation.builder()
                        .organisation(CHINA.id())
                        .role("Envoy")
                        .period(Period.parse("2024/2020"))
                        .build())
                .build()),
        fires(
            "an actor's source accessed over a fuzzy span",
            "period.possibly-inverted",
            "/sources/0/accessed",
            Fixtures.actor("sourced", Actor.Kind.STATE).toBuilder()
                .addSource(Source.builder().accessed(Period.parse("2024-11/2024-11-15")).build())
                .build()),
        fires(
            "a source published over an inverted period",
            "period.inverted",
            "/sources/1/published",
            KARACHI.toBuilder()
                .id(Id.incident("inverted-source"))
                .sources(
                    List.of(
                        REUTERS,
                        Source.builder().published(Period.parse("2024-10-05/2024-10-01")).build()))
                .build()),
        fires(
            "a statement dated by an inverted period",
            "period.inverted",
            "/date",
            CLAIM.toBuilder()
                .id(Id.statement("period-date"))
                .date(Period.parse("2024-11-10/2024-11-01"))
                .build()),
        fires(
            "an incident dated by a possibly inverted period",
            "period.possibly-inverted",
            "/date",
            KARACHI.toBuilder()
                .id(Id.incident("period-date"))
                .date(Period.parse("2024-10/2024-10-05"))
                .build()),
        fires(
            "an exercise's source period",
            "period.inverted",
            "/sources/0/published",
            WARRIOR.toBuilder()
                .id(Id.exercise("source-period"))
                .addSource(Source.builder().published(Period.parse("2024-02/2024-01")).build())
                .build()),
        fires(
            "an investment's source period",
            "period.inverted",
            "/sources/0/accessed",
            CPEC.toBuilder()
                .id(Id.investment("source-period"))
                .addSource(Source.builder().accessed(Period.parse("2024-02/2024-01")).build())
                .build()),
        fires(
            "an operation's source period",
            "period.possibly-inverted",
            "/sources/1/published",
            OFFENSIVE.toBuilder()
                .id(Id.operation("source-period"))
                .addSource(Source.builder().published(Period.parse("2024/2024-03")).build())
                .build()),
        silent(
            "a time after a timestamp source but on the day of a dated one",
            KARACHI.toBuilder()
                .id(Id.incident("mixed"))
                .date(Timestamp.parse("2024-10-06T12:00:00Z"))
                .sources(
                    List.of(
                        Source.builder().published(Timestamp.parse("2024-10-06T09:00:00Z")).build(),
                        Source.builder().published(FuzzyDate.parse("2024-10-06")).build()))
                .build()),
        fires(
            "a date after a source with an open-ended period and a dated one",
            "date.after-sources",
            "/date",
            KARACHI.toBuilder()
                .id(Id.incident("open-source"))
                .date(FuzzyDate.parse("2024-10-08"))
                .sources(
                    List.of(
                        Source.builder().published(Period.parse("2024-10-01/2024-10-07")).build(),
                        Source.builder().published(FuzzyDate.parse("2024-10-02")).build()))
                .build()),
        silent(
            "a source published over an open-ended period may be late enough",
            KARACHI.toBuilder()
                .id(Id.incident("open-ended"))
                .date(FuzzyDate.parse("2024-10-08"))
                .sources(List.of(Source.builder().published(Period.parse("2024-10-01/..")).build()))
                .build()),
        silent(
            "an exercise or investment needs no source",
            WARRIOR.toBuilder().id(Id.exercise("unsourced")).sources(List.of()).build(),
            CPEC.toBuilder().id(Id.investment("unsourced")).sources(List.of(REUTERS)).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edges")
  void firesExactlyThereFusedAndRuleByRule(Edge edge) {
    List<SitrepRecord> records = new ArrayList<>(Fixtures.clean());
    records.addAll(edge.extra());
    List<Rule> all = BuiltInRules.all();
    List<Rule> wrapped = new ArrayList<>();
    List<Severity> severities = new ArrayList<>();
    for (Rule rule : all) {
      wrapped.add(FusedRecordChecksTest.oneByOne(rule));
      severities.add(rule.descriptor().defaultSeverity());
    }
    ValidationReport fused = FusedRecordChecksTest.run(records, all, severities);
    ValidationReport apart = FusedRecordChecksTest.run(records, wrapped, severities);
    assertThat(Validator.defaults().validate(records, Fixtures.AS_OF)).isEqualTo(fused);
    assertThat(apart.findings()).containsExactlyElementsOf(fused.findings());

    Set<String> codes = new TreeSet<>();
    fused.findings().forEach(finding -> codes.add(finding.code()));
    if (edge.code() == null) {
      assertThat(fused.findings()).as("findings").isEmpty();
      return;
    }
    assertThat(codes).containsExactly(edge.code());
    assertThat(fused.findings())
        .anySatisfy(
            finding -> {
              assertThat(finding.recordId()).isEqualTo(edge.recordId());
              assertThat(finding.pointer()).isEqualTo(edge.pointer());
            });
  }
}
