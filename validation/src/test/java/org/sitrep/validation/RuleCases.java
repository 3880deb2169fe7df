package org.sitrep.validation;

import static org.sitrep.validation.Fixtures.CHINA;
import static org.sitrep.validation.Fixtures.CLAIM;
import static org.sitrep.validation.Fixtures.CPEC;
import static org.sitrep.validation.Fixtures.KARACHI;
import static org.sitrep.validation.Fixtures.LIN;
import static org.sitrep.validation.Fixtures.OFFENSIVE;
import static org.sitrep.validation.Fixtures.REUTERS;
import static org.sitrep.validation.Fixtures.WARRIOR;

import java.math.BigDecimal;
import java.util.List;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Casualties;
import org.sitrep.core.Certainty;
import org.sitrep.core.Dataset;
import org.sitrep.core.Estimate;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.Money;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.Statement;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;

/** For every rule of the catalogue: records that make it fire, and near misses that must not. */
final class RuleCases {

  private RuleCases() {}

  /**
   * Records added after the clean ones make {@code code} fire on {@code recordId} at {@code
   * pointer}.
   */
  record Firing(
      String code, Severity severity, Id<?> recordId, String pointer, List<SitrepRecord> extra) {
    @Override
    public String toString() {
      return code + " on " + recordId + pointer;
    }
  }

  /** A dataset in which {@code code} must stay silent. */
  record Silent(String code, String why, Dataset dataset) {
    @Override
    public String toString() {
      return code + ": " + why;
    }
  }

  static Firing fires(
      String code, Severity severity, SitrepRecord at, String pointer, SitrepRecord... more) {
    List<SitrepRecord> extra = new java.util.ArrayList<>(List.of(more));
    extra.add(0, at);
    return new Firing(code, severity, at.id(), pointer, List.copyOf(extra));
  }

  static final Actor CYCLE_A =
      Fixtures.actor("cycle-a", Actor.Kind.MILITARY).toBuilder()
          .parent(Id.actor("cycle-b"))
          .build();
  static final Actor CYCLE_B =
      Fixtures.actor("cycle-b", Actor.Kind.STATE).toBuilder().parent(Id.actor("cycle-a")).build();

  static List<Firing> firing() {
    return List.of(
        fires("id.duplicate", Severity.ERROR, Fixtures.actor("bla", Actor.Kind.OTHER), "/id"),
        fires(
            "ref.unresolved",
            Severity.ERROR,
            KARACHI.toBuilder()
                .id(Id.incident("dangling"))
                .perpetrators(
                    List.of(
                        Involvement.confirmed(Id.actor("bla")),
                        Involvement.of(Id.actor("nobody"), Certainty.SUSPECTED)))
                .build(),
            "/perpetrators/1/actor"),
        fires(
            "ref.wrong-type",
            Severity.ERROR,
            LIN.toBuilder()
                .id(Id.statement("office-speaks"))
                .speaker(Id.actor("china-mfa"))
                .build(),
            "/speaker"),
        fires(
            "period.inverted",
            Severity.ERROR,
            OFFENSIVE.toBuilder()
                .id(Id.operation("inverted"))
                .period(Period.parse("2024-12-15/2024-11-21"))
                .build(),
            "/period"),
        fires(
            "period.possibly-inverted",
            Severity.WARNING,
            WARRIOR.toBuilder()
                .id(Id.exercise("fuzzy"))
                .period(Period.parse("2024-11/2024-11-15"))
                .build(),
            "/period"),
        fires(
            "date.after-as-of",
            Severity.ERROR,
            KARACHI.toBuilder().id(Id.incident("future")).date(FuzzyDate.parse("2024-12")).build(),
            "/date"),
        fires(
            "date.after-sources",
            Severity.ERROR,
            KARACHI.toBuilder()
                .id(Id.incident("before-sources"))
                .date(FuzzyDate.parse("2024-11-20"))
                .sources(
                    List.of(REUTERS.toBuilder().published(FuzzyDate.parse("2024-11-19")).build()))
                .build(),
            "/date"),
        fires(
            "exercise.participants",
            Severity.ERROR,
            WARRIOR.toBuilder()
                .id(Id.exercise("solo"))
                .participants(
                    List.of(
                        Involvement.confirmed(Id.actor("pla")),
                        Involvement.of(Id.actor("pla"), Certainty.CLAIMED)))
                .build(),
            "/participants"),
        fires(
            "casualties.negative",
            Severity.ERROR,
            KARACHI.toBuilder()
                .id(Id.incident("negative"))
                .casualties(Casualties.builder().killed(Estimate.of(-9)).build())
                .build(),
            "/casualties/killed/best"),
        fires(
            "casualties.order",
            Severity.WARNING,
            KARACHI.toBuilder()
                .id(Id.incident("disorder"))
                .casualties(Casualties.builder().injured(Estimate.of(5, 2, 10)).build())
                .build(),
            "/casualties/injured"),
        fires(
            "casualties.breakdown",
            Severity.ERROR,
            KARACHI.toBuilder()
                .id(Id.incident("overcounted"))
                .casualties(
                    Casualties.builder()
                        .killed(Estimate.of(1))
                        .addBreakdown(Casualties.Breakdown.killed("Chinese nationals", 2))
                        .build())
                .build(),
            "/casualties/breakdowns"),
        fires(
            "claim.inconsistent",
            Severity.ERROR,
            KARACHI.toBuilder()
                .id(Id.incident("said-unclaimed"))
                .claimStatus(Incident.ClaimStatus.UNCLAIMED)
                .build(),
            "/claimStatus"),
        fires("actor.parent-cycle", Severity.ERROR, CYCLE_A, "/parent", CYCLE_B),
        fires(
            "affiliation.outside-period",
            Severity.WARNING,
            LIN.toBuilder()
                .id(Id.statement("before-post"))
                .date(FuzzyDate.parse("2023-06-01"))
                .build(),
            "/date"),
        fires(
            "money.currency",
            Severity.ERROR,
            CPEC.toBuilder()
                .id(Id.investment("dollars"))
                .value(Money.of(new BigDecimal("1000"), "US$"))
                .build(),
            "/value/currency"),
        fires(
            "place.country",
            Severity.ERROR,
            KARACHI.toBuilder()
                .id(Id.incident("alpha-3"))
                .place(Place.builder().name("Karachi").country("PAK").build())
                .build(),
            "/place/country"),
        fires(
            "place.coordinates",
            Severity.ERROR,
            KARACHI.toBuilder()
                .id(Id.incident("swapped"))
                .place(
                    Place.builder()
                        .name("Karachi")
                        .coordinates(Coordinates.of(124.9, 67.1))
                        .build())
                .build(),
            "/place/coordinates/latitude"),
        fires(
            "source.missing",
            Severity.WARNING,
            CLAIM.toBuilder().id(Id.statement("unsourced-claim")).sources(List.of()).build(),
            "/sources"));
  }

  static List<Silent> silent() {
    return List.of(
        new Silent(
            "id.duplicate",
            "distinct ids",
            Fixtures.cleanPlus(Fixtures.actor("bla-2", Actor.Kind.OTHER))),
        new Silent(
            "ref.unresolved",
            "a forward reference resolves at the end",
            Fixtures.plusClean(KARACHI.toBuilder().id(Id.incident("early")).build())),
        new Silent(
            "ref.wrong-type",
            "a forward speaker reference to a person",
            Fixtures.plusClean(LIN.toBuilder().id(Id.statement("early")).build())),
        new Silent(
            "ref.wrong-type",
            "about may name any record type",
            Fixtures.cleanPlus(
                LIN.toBuilder()
                    .id(Id.statement("about-all"))
                    .about(List.of(CHINA.id(), KARACHI.id(), CPEC.id(), WARRIOR.id()))
                    .build())),
        new Silent(
            "period.inverted",
            "a fuzzy period in order",
            Fixtures.cleanPlus(
                WARRIOR.toBuilder()
                    .id(Id.exercise("ok"))
                    .period(Period.parse("2024-11-21~/2024-12-15~"))
                    .build())),
        new Silent(
            "period.inverted",
            "fuzzy bounds that only may be inverted",
            Fixtures.cleanPlus(
                WARRIOR.toBuilder()
                    .id(Id.exercise("ok"))
                    .period(Period.parse("2024-11/2024-11-15"))
                    .build())),
        new Silent(
            "period.possibly-inverted",
            "the same fuzzy date at both ends means within it",
            Fixtures.cleanPlus(
                WARRIOR.toBuilder()
                    .id(Id.exercise("ok"))
                    .period(Period.parse("2024/2024"))
                    .build())),
        new Silent(
            "period.possibly-inverted",
            "a certainly inverted period is period.inverted only",
            Fixtures.cleanPlus(
                WARRIOR.toBuilder()
                    .id(Id.exercise("ok"))
                    .period(Period.parse("2024-12/2024-11"))
                    .build())),
        new Silent(
            "date.after-as-of",
            "a month that starts before asOf may hold the day",
            Fixtures.cleanPlus(
                KARACHI.toBuilder()
                    .id(Id.incident("ok"))
                    .date(FuzzyDate.parse("2024-11"))
                    .build())),
        new Silent(
            "date.after-sources",
            "no source has a published date",
            Fixtures.cleanPlus(
                KARACHI.toBuilder()
                    .id(Id.incident("ok"))
                    .date(FuzzyDate.parse("2024-11-20"))
                    .sources(List.of(Source.builder().publisher("Dawn").build()))
                    .build())),
        new Silent(
            "date.after-sources",
            "a month may start before the source",
            Fixtures.cleanPlus(
                KARACHI.toBuilder()
                    .id(Id.incident("ok"))
                    .date(FuzzyDate.parse("2024-11"))
                    .sources(
                        List.of(
                            REUTERS.toBuilder().published(FuzzyDate.parse("2024-11-10")).build()))
                    .build())),
        new Silent(
            "exercise.participants",
            "an exercise that is not joint",
            Fixtures.cleanPlus(
                WARRIOR.toBuilder()
                    .id(Id.exercise("ok"))
                    .joint(false)
                    .participants(List.of(Involvement.confirmed(Id.actor("pla"))))
                    .build())),
        new Silent(
            "casualties.negative",
            "zero killed",
            Fixtures.cleanPlus(
                KARACHI.toBuilder()
                    .id(Id.incident("ok"))
                    .casualties(Casualties.builder().killed(Estimate.of(0)).build())
                    .build())),
        new Silent(
            "casualties.order",
            "a range without best, and equal figures",
            Fixtures.cleanPlus(
                KARACHI.toBuilder()
                    .id(Id.incident("ok"))
                    .casualties(
                        Casualties.builder()
                            .killed(Estimate.range(10, 15))
                            .injured(Estimate.of(3, 3, 3))
                            .build())
                    .build())),
        new Silent(
            "casualties.breakdown",
            "breakdowns equal to the total, and no total",
            Fixtures.cleanPlus(
                KARACHI.toBuilder()
                    .id(Id.incident("ok"))
                    .casualties(
                        Casualties.builder()
                            .killed(Estimate.of(2))
                            .addBreakdown(
                                Casualties.Breakdown.builder()
                                    .group("civilians")
                                    .killed(Estimate.of(2))
                                    .injured(Estimate.of(7))
                                    .build())
                            .build())
                    .build())),
        new Silent(
            "casualties.breakdown",
            "a total that leaves out the perpetrators counted in a breakdown",
            Fixtures.cleanPlus(
                KARACHI.toBuilder()
                    .id(Id.incident("attackers-apart"))
                    .casualties(
                        Casualties.builder()
                            .killed(Estimate.of(2))
                            .perpetratorsIncluded(false)
                            .addBreakdown(Casualties.Breakdown.killed("civilians", 2))
                            .addBreakdown(Casualties.Breakdown.killed("attackers", 1))
                            .build())
                    .build())),
        new Silent(
            "claim.inconsistent",
            "a claimed status with its claimant, and a status of unknown with none",
            Fixtures.cleanPlus(
                KARACHI.toBuilder()
                    .id(Id.incident("claimed"))
                    .claimStatus(Incident.ClaimStatus.CLAIMED)
                    .build(),
                KARACHI.toBuilder()
                    .id(Id.incident("not-known"))
                    .claimStatus(Incident.ClaimStatus.UNKNOWN)
                    .perpetrators(List.of(Involvement.of(Id.actor("bla"), Certainty.SUSPECTED)))
                    .claimedBy(List.of())
                    .build())),
        new Silent(
            "actor.parent-cycle",
            "a chain to an unresolved parent",
            Fixtures.cleanPlus(
                Fixtures.actor("unit", Actor.Kind.MILITARY).toBuilder()
                    .parent(Id.actor("nobody"))
                    .build())),
        new Silent(
            "affiliation.outside-period",
            "a month that may overlap the post",
            Fixtures.cleanPlus(
                LIN.toBuilder().id(Id.statement("ok")).date(FuzzyDate.parse("2024-01")).build())),
        new Silent(
            "affiliation.outside-period",
            "no post in the organisation spoken for",
            Fixtures.cleanPlus(
                LIN.toBuilder()
                    .id(Id.statement("ok"))
                    .onBehalfOf(CHINA.id())
                    .date(FuzzyDate.parse("2020-01-01"))
                    .build())),
        new Silent(
            "affiliation.outside-period",
            "a post without a period",
            Fixtures.cleanPlus(
                Fixtures.actor("spokesman", Actor.Kind.PERSON).toBuilder()
                    .addAffiliation(Affiliation.of(CHINA.id(), "Spokesman"))
                    .build(),
                LIN.toBuilder()
                    .id(Id.statement("ok"))
                    .speaker(Id.actor("spokesman"))
                    .onBehalfOf(CHINA.id())
                    .date(FuzzyDate.parse("2020-01-01"))
                    .build())),
        new Silent(
            "money.currency",
            "an ISO 4217 code",
            Fixtures.cleanPlus(
                CPEC.toBuilder()
                    .id(Id.investment("ok"))
                    .value(Money.of(BigDecimal.TEN, "PKR"))
                    .build())),
        new Silent(
            "place.country",
            "an ISO 3166-1 code",
            Fixtures.cleanPlus(
                KARACHI.toBuilder()
                    .id(Id.incident("ok"))
                    .place(Place.builder().name("Kashgar").country("CN").build())
                    .build())),
        new Silent(
            "place.coordinates",
            "the extreme values",
            Fixtures.cleanPlus(
                KARACHI.toBuilder()
                    .id(Id.incident("ok"))
                    .place(
                        Place.builder().name("Edge").coordinates(Coordinates.of(-90, 180)).build())
                    .build())),
        new Silent(
            "source.missing",
            "a plain statement needs no source",
            Fixtures.cleanPlus(
                LIN.toBuilder().id(Id.statement("ok")).kind(Statement.Kind.STATEMENT).build())));
  }
}
