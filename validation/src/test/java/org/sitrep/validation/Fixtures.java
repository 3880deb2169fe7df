package org.sitrep.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Casualties;
import org.sitrep.core.Certainty;
import org.sitrep.core.Dataset;
import org.sitrep.core.Estimate;
import org.sitrep.core.Exercise;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Involvement;
import org.sitrep.core.Link;
import org.sitrep.core.Money;
import org.sitrep.core.Operation;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.Statement;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;

/** A clean dataset after the founding scenario, and records to add to it. */
final class Fixtures {

  static final LocalDate AS_OF = LocalDate.of(2024, 11, 20);

  static final Source REUTERS =
      Source.builder()
          .publisher("Reuters")
          .title("Pakistan plans new military offensive in Balochistan")
          .published(FuzzyDate.parse("2024-11-20"))
          .build();

  private Fixtures() {}

  static Actor actor(String slug, Actor.Kind kind) {
    return Actor.builder().id(Id.actor(slug)).name(slug).kind(kind).build();
  }

  static final Actor PAKISTAN =
      actor("pakistan", Actor.Kind.STATE).toBuilder().country("PK").build();
  static final Actor ARMY =
      actor("pakistan-army", Actor.Kind.MILITARY).toBuilder().parent(Id.actor("pakistan")).build();
  static final Actor CHINA = actor("china", Actor.Kind.STATE).toBuilder().country("CN").build();
  static final Actor PLA =
      actor("pla", Actor.Kind.MILITARY).toBuilder().parent(Id.actor("china")).build();
  static final Actor MFA =
      actor("china-mfa", Actor.Kind.GOVERNMENT_BODY).toBuilder().parent(Id.actor("china")).build();
  static final Actor LIN_JIAN =
      actor("lin-jian", Actor.Kind.PERSON).toBuilder()
          .addAffiliation(
              Affiliation.builder()
                  .organisation(Id.actor("china-mfa"))
                  .role("Spokesperson")
                  .period(Period.parse("2024-01/.."))
                  .build())
          .build();
  static final Actor BLA = actor("bla", Actor.Kind.ARMED_GROUP);

  static final Incident KARACHI =
      Incident.builder()
          .id(Id.incident("2024-10-06-karachi-airport"))
          .name("Suicide bombing outside Jinnah International Airport")
          .category(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE)
          .date(FuzzyDate.parse("2024-10-06"))
          .place(
              Place.builder()
                  .name("Jinnah International Airport")
                  .kind(Place.Kind.SITE)
                  .country("PK")
                  .coordinates(Coordinates.of(24.9065, 67.1608))
                  .build())
          .addPerpetrator(Involvement.of(Id.actor("bla"), Certainty.CLAIMED))
          .casualties(
              Casualties.builder()
                  .killed(Estimate.of(2))
                  .addBreakdown(Casualties.Breakdown.killed("Chinese nationals", 2))
                  .build())
          .addClaimedBy(Id.actor("bla"))
          .addSource(REUTERS)
          .build();

  static final Operation OFFENSIVE =
      Operation.builder()
          .id(Id.operation("balochistan-offensive"))
          .name("Comprehensive operation in Balochistan")
          .kind(Operation.Kind.MILITARY_OFFENSIVE)
          .status(Operation.Status.APPROVED)
          .addConductedBy(Involvement.confirmed(Id.actor("pakistan-army")))
          .addAgainst(Involvement.confirmed(Id.actor("bla")))
          .addArea(
              Place.builder().name("Balochistan").kind(Place.Kind.ADMIN1).country("PK").build())
          .period(Period.parse("2024-11/.."))
          .addJointWith(Involvement.of(Id.actor("china"), Certainty.UNKNOWN))
          .addTriggeredBy(Link.of(KARACHI.id(), Certainty.UNKNOWN))
          .addSource(REUTERS)
          .build();

  static final Exercise WARRIOR =
      Exercise.builder()
          .id(Id.exercise("china-pakistan-ct-2024"))
          .name("China-Pakistan joint counter-terrorism exercise")
          .kind(Exercise.Kind.COUNTER_TERRORISM)
          .joint(true)
          .addParticipant(Involvement.confirmed(Id.actor("pla")))
          .addParticipant(Involvement.confirmed(Id.actor("pakistan-army")))
          .host(Id.actor("pakistan"))
          .period(Period.parse("2024-11-21~/2024-12-15~"))
          .announcedBy(Id.actor("china"))
          .build();

  static final Investment BRI =
      Investment.builder()
          .id(Id.investment("belt-and-road"))
          .name("Belt and Road Initiative")
          .kind(Investment.Kind.PROGRAMME)
          .addInvestor(Id.actor("china"))
          .build();

  static final Investment CPEC =
      Investment.builder()
          .id(Id.investment("cpec"))
          .name("China-Pakistan Economic Corridor")
          .kind(Investment.Kind.PROGRAMME)
          .addInvestor(Id.actor("china"))
          .host(Id.actor("pakistan"))
          .value(Money.approximately(new BigDecimal("65000000000"), "USD"))
          .partOf(BRI.id())
          .addAsset(
              Place.builder()
                  .name("Gwadar Port")
                  .kind(Place.Kind.SITE)
                  .country("PK")
                  .coordinates(Coordinates.of(25.1, 62.3))
                  .build())
          .build();

  static final Statement LIN =
      Statement.builder()
          .id(Id.statement("mfa-lin-jian-2024-11-20"))
          .name("Lin Jian on the offensive")
          .kind(Statement.Kind.STATEMENT)
          .speaker(LIN_JIAN.id())
          .onBehalfOf(MFA.id())
          .date(FuzzyDate.parse("2024-11-20"))
          .addAbout(OFFENSIVE.id())
          .build();

  static final Statement CLAIM =
      Statement.builder()
          .id(Id.statement("bla-claim-karachi"))
          .name("BLA claims the Karachi airport bombing")
          .kind(Statement.Kind.CLAIM_OF_RESPONSIBILITY)
          .onBehalfOf(BLA.id())
          .date(FuzzyDate.parse("2024-10-07"))
          .addAbout(KARACHI.id())
          .addSource(REUTERS)
          .build();

  /** The clean records, in order: no rule fires. */
  static List<SitrepRecord> clean() {
    return List.of(
        PAKISTAN, ARMY, CHINA, PLA, MFA, LIN_JIAN, BLA, KARACHI, OFFENSIVE, WARRIOR, BRI, CPEC, LIN,
        CLAIM);
  }

  /** The clean records followed by the extra ones. */
  static Dataset cleanPlus(SitrepRecord... extra) {
    List<SitrepRecord> records = new ArrayList<>(clean());
    records.addAll(List.of(extra));
    return Dataset.of("test", AS_OF, records);
  }

  /** The extra records before the clean ones (forward references). */
  static Dataset plusClean(SitrepRecord... extra) {
    List<SitrepRecord> records = new ArrayList<>(List.of(extra));
    records.addAll(clean());
    return Dataset.of("test", AS_OF, records);
  }
}
