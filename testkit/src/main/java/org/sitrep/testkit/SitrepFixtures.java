package org.sitrep.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;

/**
 * A valid record of each type, after the founding scenario (Balochistan, autumn 2024), and the
 * dataset that holds them all: the default validator finds nothing in {@link #dataset()}. Records
 * are immutable; change a copy with {@code toBuilder()}:
 *
 * <pre>{@code
 * Incident future = SitrepFixtures.incident().toBuilder()
 *     .date(FuzzyDate.parse("2025-01-01"))
 *     .build();
 * Dataset broken = SitrepFixtures.datasetWith(future);   // the fixture incident replaced
 * assertThat(Validator.defaults().validate(broken)).hasError("date.after-as-of").at("/date");
 * }</pre>
 */
public final class SitrepFixtures {

  /** The day the fixture dataset is current as of: 2024-11-20. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 11, 20);

  /** The fixture dataset's title. */
  public static final String TITLE = "Sitrep test kit fixtures";

  private static final Source REUTERS =
      Source.builder()
          .publisher("Reuters")
          .title("Pakistan plans new military offensive in Balochistan")
          .url("https://www.reuters.com/world/asia-pacific/")
          .published(FuzzyDate.parse("2024-11-20"))
          .build();

  private static final Actor PAKISTAN =
      Actor.builder()
          .id(Id.actor("pakistan"))
          .name("Pakistan")
          .kind(Actor.Kind.STATE)
          .country("PK")
          .build();
  private static final Actor ARMY =
      Actor.builder()
          .id(Id.actor("pakistan-army"))
          .name("Pakistan Army")
          .kind(Actor.Kind.MILITARY)
          .country("PK")
          .parent(PAKISTAN.id())
          .build();
  private static final Actor CHINA =
      Actor.builder()
          .id(Id.actor("china"))
          .name("China")
          .kind(Actor.Kind.STATE)
          .country("CN")
          .build();
  private static final Actor MFA =
      Actor.builder()
          .id(Id.actor("china-mfa"))
          .name("Ministry of Foreign Affairs of China")
          .kind(Actor.Kind.GOVERNMENT_BODY)
          .country("CN")
          .parent(CHINA.id())
          .build();
  private static final Actor LIN_JIAN =
      Actor.builder()
          .id(Id.actor("lin-jian"))
          .name("Lin Jian")
          .kind(Actor.Kind.PERSON)
          .addAffiliation(
              Affiliation.builder()
                  .organisation(MFA.id())
                  .role("Spokesperson")
                  .period(Period.parse("2024-01/.."))
                  .build())
          .build();
  private static final Actor BLA =
      Actor.builder()
          .id(Id.actor("bla"))
          .name("Baloch Liberation Army")
          .kind(Actor.Kind.ARMED_GROUP)
          .addAlias("BLA")
          .build();

  private static final Incident KARACHI =
      Incident.builder()
          .id(Id.incident("2024-10-06-karachi-airport"))
          .name("Suicide bombing outside Jinnah International Airport")
          .category(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE)
          .subCategory(IncidentSubCategory.SUICIDE_BOMB)
          .date(FuzzyDate.parse("2024-10-06"))
          .place(
              Place.builder()
                  .name("Jinnah International Airport")
                  .kind(Place.Kind.SITE)
                  .country("PK")
                  .admin1("Sindh")
                  .locality("Karachi")
                  .coordinates(Coordinates.of(24.9065, 67.1608))
                  .build())
          .addPerpetrator(Involvement.of(BLA.id(), Certainty.CLAIMED))
          .casualties(
              Casualties.builder()
                  .killed(Estimate.of(2))
                  .addBreakdown(Casualties.Breakdown.killed("Chinese nationals", 2))
                  .build())
          .suicide(true)
          .addClaimedBy(BLA.id())
          .addSource(REUTERS)
          .build();

  private static final Operation OFFENSIVE =
      Operation.builder()
          .id(Id.operation("balochistan-offensive"))
          .name("Comprehensive military operation in Balochistan")
          .kind(Operation.Kind.MILITARY_OFFENSIVE)
          .status(Operation.Status.APPROVED)
          .addConductedBy(Involvement.confirmed(ARMY.id()))
          .addAgainst(Involvement.confirmed(BLA.id()))
          .addArea(
              Place.builder().name("Balochistan").kind(Place.Kind.ADMIN1).country("PK").build())
          .period(Period.parse("2024-11/.."))
          .addJointWith(Involvement.of(CHINA.id(), Certainty.UNKNOWN))
          .addTriggeredBy(Link.of(KARACHI.id(), Certainty.UNKNOWN))
          .addSource(REUTERS)
          .build();

  private static final Exercise WARRIOR =
      Exercise.builder()
          .id(Id.exercise("warrior-viii"))
          .name("Warrior-VIII joint counter-terrorism exercise")
          .kind(Exercise.Kind.COUNTER_TERRORISM)
          .joint(true)
          .addParticipant(Involvement.confirmed(ARMY.id()))
          .addParticipant(Involvement.confirmed(CHINA.id()))
          .host(PAKISTAN.id())
          .period(Period.parse("2024-11-21~/2024-12-15~"))
          .announcedBy(CHINA.id())
          .series("Warrior")
          .edition("VIII")
          .build();

  private static final Investment CPEC =
      Investment.builder()
          .id(Id.investment("cpec"))
          .name("China-Pakistan Economic Corridor")
          .kind(Investment.Kind.PROGRAMME)
          .addInvestor(CHINA.id())
          .host(PAKISTAN.id())
          .value(Money.approximately(new BigDecimal("65000000000"), "USD"))
          .addAsset(
              Place.builder()
                  .name("Gwadar Port")
                  .kind(Place.Kind.SITE)
                  .country("PK")
                  .coordinates(Coordinates.of(25.1, 62.3))
                  .build())
          .addSector("transport")
          .build();

  private static final Statement LIN =
      Statement.builder()
          .id(Id.statement("mfa-lin-jian-2024-11-20"))
          .name("Lin Jian on the offensive")
          .kind(Statement.Kind.STATEMENT)
          .speaker(LIN_JIAN.id())
          .onBehalfOf(MFA.id())
          .date(FuzzyDate.parse("2024-11-20"))
          .addAbout(OFFENSIVE.id())
          .build();

  private static final Statement CLAIM =
      Statement.builder()
          .id(Id.statement("bla-claim-karachi"))
          .name("BLA claims the Karachi airport bombing")
          .kind(Statement.Kind.CLAIM_OF_RESPONSIBILITY)
          .onBehalfOf(BLA.id())
          .date(FuzzyDate.parse("2024-10-07"))
          .addAbout(KARACHI.id())
          .addSource(REUTERS)
          .build();

  private static final List<SitrepRecord> ALL =
      List.of(
          PAKISTAN, ARMY, CHINA, MFA, LIN_JIAN, BLA, KARACHI, OFFENSIVE, WARRIOR, CPEC, LIN, CLAIM);

  private SitrepFixtures() {}

  /** {@return an armed group: {@code actor:bla}} */
  public static Actor actor() {
    return BLA;
  }

  /** {@return a state: {@code actor:pakistan}} */
  public static Actor state() {
    return PAKISTAN;
  }

  /**
   * {@return a person with a post: {@code actor:lin-jian}, spokesperson of {@code actor:china-mfa}}
   */
  public static Actor person() {
    return LIN_JIAN;
  }

  /** {@return an incident with place, perpetrator, casualties, a claim and a source} */
  public static Incident incident() {
    return KARACHI;
  }

  /** {@return an operation with a period, partners, an area, a trigger and a source} */
  public static Operation operation() {
    return OFFENSIVE;
  }

  /** {@return a joint exercise with two participants, a host state and a fuzzy period} */
  public static Exercise exercise() {
    return WARRIOR;
  }

  /** {@return an investment with investor, host state, an approximate value and an asset} */
  public static Investment investment() {
    return CPEC;
  }

  /** {@return a statement by a person on behalf of a ministry} */
  public static Statement statement() {
    return LIN;
  }

  /** {@return a claim of responsibility, with its source} */
  public static Statement claim() {
    return CLAIM;
  }

  /** {@return one valid record of each of the six types, in the order of {@code RecordType}} */
  public static List<SitrepRecord> oneOfEachType() {
    return List.of(BLA, KARACHI, OFFENSIVE, WARRIOR, CPEC, LIN);
  }

  /**
   * {@return every fixture record, actors first, in an order in which every reference points back}
   */
  public static List<SitrepRecord> records() {
    return ALL;
  }

  /** {@return the fixture records as a dataset; the default validator finds nothing in it} */
  public static Dataset dataset() {
    return Dataset.of(TITLE, AS_OF, ALL);
  }

  /**
   * {@return the fixture dataset with some records put in: each replaces the fixture record with
   * its id, or is added at the end when no fixture record has it}
   *
   * @param records the records to put in
   */
  public static Dataset datasetWith(SitrepRecord... records) {
    List<SitrepRecord> out = new java.util.ArrayList<>(ALL);
    for (SitrepRecord record : records) {
      int at = -1;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).id().equals(record.id())) {
          at = i;
          break;
        }
      }
      if (at >= 0) {
        out.set(at, record);
      } else {
        out.add(record);
      }
    }
    return Dataset.of(TITLE, AS_OF, out);
  }
}
