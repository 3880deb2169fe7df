package org.sitrep.samples.scenario;

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
 * The founding scenario: every fact of the Reuters report of 20 November 2024 on Pakistan's planned
 * offensive in Balochistan ({@code shared/seed/article.txt}), built with the public API of {@code
 * sitrep-core}. Every record cites the article as its {@link Source} (publisher Reuters, published
 * 2024-11-20) with the passage that supports it.
 *
 * <pre>{@code
 * Dataset scenario = BalochistanScenario.dataset();
 * Operation offensive = scenario.resolve(BalochistanScenario.OFFENSIVE).orElseThrow();
 * offensive.jointWith();  // China, certainty UNKNOWN
 * }</pre>
 *
 * <h2>Reading the article</h2>
 *
 * <p>The article's "Tuesday" is 2024-11-19, its "Wednesday" 2024-11-20 and "last month" October
 * 2024. What the article leaves open stays open: China's part in the offensive, the air force's
 * part and whether the attacks on Chinese nationals prompted it are {@link Certainty#UNKNOWN}.
 * Nothing the article does not say is added, with two exceptions that only locate what it names:
 * country codes and well-known coordinates of the places (to two or four decimals).
 *
 * <p><b>The sourcing rule</b>: every structured value is supported by a quote of its cited source
 * (each record's {@code sources} carry the quotes; a test finds every quote in the article). A
 * value the article does not support is left out rather than filled in: the PMO statement, the
 * operation's announcement and the BLA's claim carry no date, Sharif's post no period; the Karachi
 * bombing killed "two Chinese engineers", so its total is at least two ({@code low}, not {@code
 * best}); "a $65-billion investment" is not approximate; "the military" is Pakistan's military, not
 * the army, which appears only as one of "the armies of both nations" planning the exercise.
 *
 * <h2>Modelling decisions</h2>
 *
 * <ul>
 *   <li><b>The armed conflict (fact 11)</b> is an {@link Operation} of kind {@link
 *       Operation.Kind#COUNTER_INSURGENCY}, status ongoing, with period {@code /..}: a start that
 *       is not stated (unknown), as for the other long-running operations, because the article says
 *       only "for decades". Writing 1948 (the first Baloch insurgency) or 2004 (the current phase)
 *       would state what the source does not, and an approximate year would turn "decades" into a
 *       date. The description carries the words.
 *   <li><b>The military's presence (fact 10)</b> is an ongoing {@link
 *       Operation.Kind#SECURITY_OPERATION} with period {@code /..}: its start is not stated
 *       (unknown), and it runs on (open). Its area is Balochistan alone: the article puts the
 *       presence in "the rugged region bordering Afghanistan and Iran", not in those countries, and
 *       a {@link Place} cannot say "bordering"; the description keeps the words.
 *   <li><b>Beijing's push to join security efforts (fact 7)</b> is a {@link Statement} of China
 *       with a summary, not a quote, and no date: the article says only "in recent months".
 *   <li><b>The statements of no comment (fact 6)</b> are dated {@code 2024-11-19/2024-11-20}: the
 *       request was made between the announcement and the report.
 *   <li><b>The Prime Minister's Office's statement (fact 2)</b> has no date: the article does not
 *       date it (other reports put the meeting on the Tuesday, but they are not the cited source).
 *   <li><b>Karachi</b> is the locality of the place {@link #JINNAH_INTERNATIONAL_AIRPORT}, where
 *       the bombing was; no record is about the city as a whole.
 *   <li><b>The targets of the Karachi bombing</b> are the actor "Chinese nationals in Pakistan" of
 *       kind civilian group; the casualty breakdown names the article's "Chinese engineers".
 * </ul>
 *
 * <h2>Facts and the records that carry them</h2>
 *
 * <table>
 *   <caption>The numbered facts of the article</caption>
 *   <tr><th>#</th><th>fact</th><th>records</th></tr>
 *   <tr><td>1</td><td>a new military offensive against separatist insurgents in Balochistan</td>
 *       <td>{@code operation:balochistan-comprehensive-operation}, {@code
 *       actor:baloch-separatist-insurgents}</td></tr>
 *   <tr><td>2</td><td>Shehbaz Sharif's meeting gave the go-ahead; his office's statement</td>
 *       <td>{@code operation:balochistan-comprehensive-operation} (approvedBy), {@code
 *       statement:pmo-comprehensive-operation}, {@code actor:shehbaz-sharif}, {@code
 *       actor:pakistan-pmo}</td></tr>
 *   <tr><td>3</td><td>not clear whether a joint effort with China</td>
 *       <td>{@code operation:balochistan-comprehensive-operation} (jointWith {@code actor:china},
 *       unknown)</td></tr>
 *   <tr><td>4</td><td>ground operations, or the air force too</td>
 *       <td>{@code operation:balochistan-comprehensive-operation} (domains; conductedBy {@code
 *       actor:pakistan-air-force}, unknown)</td></tr>
 *   <tr><td>5</td><td>whether China's disquiet prompted it</td>
 *       <td>{@code operation:balochistan-comprehensive-operation} (triggeredBy {@code
 *       incident:2024-10-06-karachi-airport}, unknown)</td></tr>
 *   <tr><td>6</td><td>the information ministry and the military did not respond</td>
 *       <td>{@code statement:pakistan-moib-no-comment}, {@code
 *       statement:pakistan-army-no-comment}</td></tr>
 *   <tr><td>7</td><td>Beijing pushed to join security efforts</td>
 *       <td>{@code statement:china-security-push}</td></tr>
 *   <tr><td>8</td><td>the joint counter-terrorism exercise announced on Tuesday</td>
 *       <td>{@code exercise:china-pakistan-ct-2024}, {@code
 *       statement:china-mnd-2024-11-19-exercise}, {@code actor:china-mnd}</td></tr>
 *   <tr><td>9</td><td>Lin Jian: China supports Pakistan's anti-terrorism efforts</td>
 *       <td>{@code statement:china-mfa-lin-jian-2024-11-20}, {@code actor:lin-jian}, {@code
 *       actor:china-mfa}</td></tr>
 *   <tr><td>10</td><td>the military's huge presence in the region bordering Afghanistan and
 *       Iran</td><td>{@code operation:balochistan-security-presence}</td></tr>
 *   <tr><td>11</td><td>insurgents have fought for decades for a homeland and resources</td>
 *       <td>{@code operation:balochistan-insurgency}, descriptions of {@code
 *       actor:baloch-separatist-insurgents} and {@code actor:bla}</td></tr>
 *   <tr><td>12</td><td>the military's long-running intelligence-based operations</td>
 *       <td>{@code operation:balochistan-intelligence-based-operations}</td></tr>
 *   <tr><td>13</td><td>the BLA, most prominent, stepped up attacks</td>
 *       <td>{@code actor:bla}</td></tr>
 *   <tr><td>14</td><td>Gwadar Port, built by China as part of CPEC</td>
 *       <td>{@code investment:cpec} (assets)</td></tr>
 *   <tr><td>15</td><td>CPEC, a $65-billion investment in Xi Jinping's Belt and Road</td>
 *       <td>{@code investment:cpec}, {@code investment:belt-and-road-initiative}, {@code
 *       actor:xi-jinping}</td></tr>
 *   <tr><td>16</td><td>the BLA's claimed suicide bombing at Karachi's airport</td>
 *       <td>{@code incident:2024-10-06-karachi-airport}, {@code
 *       statement:bla-claim-karachi-airport}, {@code actor:chinese-nationals-in-pakistan}</td>
 *       </tr>
 *   <tr><td>17</td><td>the photograph: the Airport Security Force on 6 October 2024</td>
 *       <td>{@code actor:airport-security-force}, {@code
 *       incident:2024-10-06-karachi-airport} (date)</td></tr>
 *   <tr><td>18</td><td>both countries to hold joint military exercises in Pakistan</td>
 *       <td>{@code exercise:china-pakistan-ct-2024}</td></tr>
 * </table>
 */
public final class BalochistanScenario {

  /** The dataset's title. */
  public static final String TITLE = "Balochistan, autumn 2024";

  /** The day the dataset is current as of: the day the article was published. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 11, 20);

  /** The article's publisher. */
  public static final String PUBLISHER = "Reuters";

  /** The day the article was published. */
  public static final FuzzyDate PUBLISHED = FuzzyDate.of(AS_OF);

  /** Pakistan, a state. */
  public static final Id<Actor> PAKISTAN = Id.actor("pakistan");

  /** China, a state. */
  public static final Id<Actor> CHINA = Id.actor("china");

  /** Pakistan's military, "the military" of the article: its armed forces as a whole. */
  public static final Id<Actor> PAKISTAN_MILITARY = Id.actor("pakistan-military");

  /** The Pakistan Army: one of "the armies of both nations" that plan the exercise. */
  public static final Id<Actor> PAKISTAN_ARMY = Id.actor("pakistan-army");

  /** The Pakistan Air Force. */
  public static final Id<Actor> PAKISTAN_AIR_FORCE = Id.actor("pakistan-air-force");

  /** The People's Liberation Army, China's army. */
  public static final Id<Actor> PLA = Id.actor("pla");

  /** China's Ministry of National Defense, "China's defence ministry". */
  public static final Id<Actor> CHINA_MND = Id.actor("china-mnd");

  /** China's Ministry of Foreign Affairs. */
  public static final Id<Actor> CHINA_MFA = Id.actor("china-mfa");

  /** Pakistan's Ministry of Information and Broadcasting, "Pakistan's information ministry". */
  public static final Id<Actor> PAKISTAN_MOIB = Id.actor("pakistan-moib");

  /** The Prime Minister's Office of Pakistan. */
  public static final Id<Actor> PAKISTAN_PMO = Id.actor("pakistan-pmo");

  /** Shehbaz Sharif, Prime Minister of Pakistan. */
  public static final Id<Actor> SHEHBAZ_SHARIF = Id.actor("shehbaz-sharif");

  /** Lin Jian, Spokesperson of China's Ministry of Foreign Affairs. */
  public static final Id<Actor> LIN_JIAN = Id.actor("lin-jian");

  /** Xi Jinping, President of China. */
  public static final Id<Actor> XI_JINPING = Id.actor("xi-jinping");

  /** The Baloch Liberation Army. */
  public static final Id<Actor> BLA = Id.actor("bla");

  /** The separatist insurgent groups of Balochistan, taken together. */
  public static final Id<Actor> INSURGENTS = Id.actor("baloch-separatist-insurgents");

  /** Pakistan's Airport Security Force. */
  public static final Id<Actor> AIRPORT_SECURITY_FORCE = Id.actor("airport-security-force");

  /** Chinese nationals in Pakistan, the target of the attacks. */
  public static final Id<Actor> CHINESE_NATIONALS = Id.actor("chinese-nationals-in-pakistan");

  /** The suicide bombing outside Karachi's airport on 6 October 2024. */
  public static final Id<Incident> KARACHI_AIRPORT_BOMBING =
      Id.incident("2024-10-06-karachi-airport");

  /** The planned "comprehensive operation" in Balochistan. */
  public static final Id<Operation> OFFENSIVE = Id.operation("balochistan-comprehensive-operation");

  /** The military's standing presence in Balochistan. */
  public static final Id<Operation> SECURITY_PRESENCE =
      Id.operation("balochistan-security-presence");

  /** The military's long-running intelligence-based operations. */
  public static final Id<Operation> INTELLIGENCE_BASED_OPERATIONS =
      Id.operation("balochistan-intelligence-based-operations");

  /** The decades-old armed conflict in Balochistan. */
  public static final Id<Operation> INSURGENCY = Id.operation("balochistan-insurgency");

  /** The joint counter-terrorism exercise of late 2024. */
  public static final Id<Exercise> JOINT_EXERCISE = Id.exercise("china-pakistan-ct-2024");

  /** The China-Pakistan Economic Corridor. */
  public static final Id<Investment> CPEC = Id.investment("cpec");

  /** The Belt and Road Initiative. */
  public static final Id<Investment> BELT_AND_ROAD = Id.investment("belt-and-road-initiative");

  /** The Prime Minister's Office's statement on the go-ahead. */
  public static final Id<Statement> PMO_STATEMENT = Id.statement("pmo-comprehensive-operation");

  /** Pakistan's information ministry did not respond. */
  public static final Id<Statement> MOIB_NO_COMMENT = Id.statement("pakistan-moib-no-comment");

  /** The Pakistani military did not respond. */
  public static final Id<Statement> ARMY_NO_COMMENT = Id.statement("pakistan-military-no-comment");

  /** Beijing's push to join security efforts. */
  public static final Id<Statement> CHINA_SECURITY_PUSH = Id.statement("china-security-push");

  /** China's defence ministry announces the joint exercise. */
  public static final Id<Statement> MND_ANNOUNCEMENT =
      Id.statement("china-mnd-2024-11-19-exercise");

  /** Lin Jian's answer on Wednesday. */
  public static final Id<Statement> LIN_JIAN_STATEMENT =
      Id.statement("china-mfa-lin-jian-2024-11-20");

  /** The BLA's claim of the Karachi airport bombing. */
  public static final Id<Statement> BLA_CLAIM = Id.statement("bla-claim-karachi-airport");

  /** The province of Balochistan. */
  public static final Place BALOCHISTAN =
      Place.builder()
          .name("Balochistan")
          .kind(Place.Kind.ADMIN1)
          .country("PK")
          .admin1("Balochistan")
          .coordinates(Coordinates.of(28.49, 65.10))
          .geoPrecision(Place.GeoPrecision.REGION)
          .build();

  /**
   * Jinnah International Airport, in the locality Karachi; the bombing was outside it, hence
   * "near".
   */
  public static final Place JINNAH_INTERNATIONAL_AIRPORT =
      Place.builder()
          .name("Jinnah International Airport")
          .kind(Place.Kind.SITE)
          .country("PK")
          .admin1("Sindh")
          .locality("Karachi")
          .coordinates(Coordinates.of(24.9065, 67.1608))
          .geoPrecision(Place.GeoPrecision.NEAR)
          .build();

  /** Gwadar Port, Balochistan. */
  public static final Place GWADAR_PORT =
      Place.builder()
          .name("Gwadar Port")
          .kind(Place.Kind.SITE)
          .country("PK")
          .admin1("Balochistan")
          .locality("Gwadar")
          .coordinates(Coordinates.of(25.11, 62.34))
          .geoPrecision(Place.GeoPrecision.EXACT)
          .build();

  /** Pakistan as a place: the exercise is "in Pakistan". */
  public static final Place PAKISTAN_COUNTRY =
      Place.builder().name("Pakistan").kind(Place.Kind.COUNTRY).country("PK").build();

  private static final String LIN_JIAN_QUOTE =
      "I do not understand the situation you mentioned. As a matter of principle, China firmly"
          + " supports the anti-terrorism efforts of the Pakistan side and is willing to deepen"
          + " pragmatic cooperation with the Pakistan side in various fields to better benefit"
          + " the two countries and the peoples of the two countries.";

  private BalochistanScenario() {}

  /**
   * The founding dataset: titled {@value #TITLE}, as of 2024-11-20; actors first, then the
   * incident, operations, exercise, investments and statements.
   *
   * @return a new dataset; equal datasets on every call
   */
  public static Dataset dataset() {
    return Dataset.builder().title(TITLE).asOf(AS_OF).addAll(records()).build();
  }

  /**
   * The records of {@link #dataset()}, in order, for building changed copies.
   *
   * @return an immutable list
   */
  public static List<SitrepRecord> records() {
    return List.of(
        pakistan(),
        china(),
        pakistanMilitary(),
        pakistanArmy(),
        pakistanAirForce(),
        pla(),
        chinaMnd(),
        chinaMfa(),
        pakistanMoib(),
        pakistanPmo(),
        shehbazSharif(),
        linJian(),
        xiJinping(),
        insurgents(),
        bla(),
        airportSecurityForce(),
        chineseNationals(),
        karachiAirportBombing(),
        offensive(),
        securityPresence(),
        intelligenceBasedOperations(),
        insurgency(),
        jointExercise(),
        beltAndRoad(),
        cpec(),
        pmoStatement(),
        moibNoComment(),
        armyNoComment(),
        chinaSecurityPush(),
        mndAnnouncement(),
        linJianStatement(),
        blaClaim());
  }

  /**
   * The article as the source of a record, with the passage that supports it.
   *
   * @param quote the passage, verbatim
   * @return a source: publisher Reuters, published 2024-11-20
   */
  public static Source reuters(String quote) {
    return Source.builder().publisher(PUBLISHER).published(PUBLISHED).quote(quote).build();
  }

  // Actors

  private static Actor.Builder actor(Id<Actor> id, String name, Actor.Kind kind, String country) {
    return Actor.builder().id(id).name(name).kind(kind).country(country);
  }

  private static Actor pakistan() {
    return actor(PAKISTAN, "Pakistan", Actor.Kind.STATE, "PK")
        .addSource(
            reuters(
                "Pakistan plans a new military offensive against separatist insurgents in"
                    + " southwestern Balochistan province"))
        .build();
  }

  private static Actor china() {
    return actor(CHINA, "China", Actor.Kind.STATE, "CN")
        .addAlias("Beijing")
        .addSource(
            reuters(
                "it was not immediately clear if the plan would be a joint effort with its giant"
                    + " neighbour"))
        .build();
  }

  private static Actor pakistanArmy() {
    return actor(PAKISTAN_ARMY, "Pakistan Army", Actor.Kind.MILITARY, "PK")
        .parent(PAKISTAN)
        .addSource(
            reuters(
                "the armies of both nations planned \"a joint counter-terrorism exercise in"
                    + " Pakistan from late November to mid-December."))
        .build();
  }

  private static Actor pakistanMilitary() {
    return actor(PAKISTAN_MILITARY, "Pakistan's military", Actor.Kind.MILITARY, "PK")
        .addAlias("the military")
        .parent(PAKISTAN)
        .addSource(
            reuters(
                "The military already has a huge presence in the rugged region bordering"
                    + " Afghanistan and Iran"))
        .build();
  }

  private static Actor pakistanAirForce() {
    return actor(PAKISTAN_AIR_FORCE, "Pakistan Air Force", Actor.Kind.MILITARY, "PK")
        .addAlias("PAF")
        .parent(PAKISTAN)
        .addSource(
            reuters(
                "it stopped short of saying if the effort was limited to ground operations, or"
                    + " could involve the air force"))
        .build();
  }

  private static Actor pla() {
    return actor(PLA, "People's Liberation Army", Actor.Kind.MILITARY, "CN")
        .addAlias("PLA")
        .parent(CHINA)
        .addSource(
            reuters(
                "China's defence ministry said the armies of both nations planned \"a joint"
                    + " counter-terrorism exercise in Pakistan"))
        .build();
  }

  private static Actor chinaMnd() {
    return actor(
            CHINA_MND,
            "Ministry of National Defense of the People's Republic of China",
            Actor.Kind.GOVERNMENT_BODY,
            "CN")
        .addAlias("China's defence ministry")
        .parent(CHINA)
        .addSource(reuters("On Tuesday, China's defence ministry said"))
        .build();
  }

  private static Actor chinaMfa() {
    return actor(
            CHINA_MFA,
            "Ministry of Foreign Affairs of the People's Republic of China",
            Actor.Kind.GOVERNMENT_BODY,
            "CN")
        .addAlias("Chinese foreign ministry")
        .parent(CHINA)
        .addSource(reuters("Chinese foreign ministry spokesperson Lin Jian said on Wednesday"))
        .build();
  }

  private static Actor pakistanMoib() {
    return actor(
            PAKISTAN_MOIB,
            "Ministry of Information and Broadcasting (Pakistan)",
            Actor.Kind.GOVERNMENT_BODY,
            "PK")
        .addAlias("Pakistan's information ministry")
        .parent(PAKISTAN)
        .addSource(
            reuters(
                "Pakistan's information ministry and the military did not immediately respond to"
                    + " a request for details on the nature of the offensive."))
        .build();
  }

  private static Actor pakistanPmo() {
    return actor(
            PAKISTAN_PMO, "Prime Minister's Office (Pakistan)", Actor.Kind.GOVERNMENT_BODY, "PK")
        .addAlias("PMO")
        .parent(PAKISTAN)
        .addSource(reuters("his office said in a statement"))
        .build();
  }

  private static Actor shehbazSharif() {
    return actor(SHEHBAZ_SHARIF, "Shehbaz Sharif", Actor.Kind.PERSON, "PK")
        .description("Prime Minister of Pakistan.")
        .addAffiliation(Affiliation.of(PAKISTAN_PMO, "Prime Minister"))
        .addSource(
            reuters(
                "Prime Minister Shehbaz Sharif led a meeting of civil and military leaders who"
                    + " gave the go-ahead for the \"comprehensive operation\""))
        .build();
  }

  private static Actor linJian() {
    return actor(LIN_JIAN, "Lin Jian", Actor.Kind.PERSON, "CN")
        .addAffiliation(Affiliation.of(CHINA_MFA, "Spokesperson"))
        .addSource(reuters("Chinese foreign ministry spokesperson Lin Jian"))
        .build();
  }

  private static Actor xiJinping() {
    return actor(XI_JINPING, "Xi Jinping", Actor.Kind.PERSON, "CN")
        .addAffiliation(Affiliation.of(CHINA, "President"))
        .addSource(reuters("President Xi Jinping's Belt and Road infrastructure initiative"))
        .build();
  }

  private static Actor insurgents() {
    return actor(INSURGENTS, "Baloch separatist insurgent groups", Actor.Kind.ARMED_GROUP, "PK")
        .description(
            "Insurgent groups that have battled for decades for a separate homeland and a larger"
                + " share of the benefits of the resource-rich province of Balochistan.")
        .addSource(
            reuters(
                "insurgent groups have been battling for a separate homeland for decades to win a"
                    + " larger share of the benefits from the resource-rich province"))
        .build();
  }

  private static Actor bla() {
    return actor(BLA, "Baloch Liberation Army", Actor.Kind.ARMED_GROUP, "PK")
        .addAlias("BLA")
        .description(
            "The most prominent Baloch separatist insurgent group; it stepped up attacks on the"
                + " military and on Chinese nationals in recent months.")
        .addSource(
            reuters(
                "the most prominent being the Baloch Liberation Army (BLA), which stepped up"
                    + " attacks in recent months on the military and nationals from longtime ally"
                    + " China"))
        .build();
  }

  private static Actor airportSecurityForce() {
    return actor(AIRPORT_SECURITY_FORCE, "Airport Security Force", Actor.Kind.SECURITY_FORCE, "PK")
        .addAlias("ASF")
        .parent(PAKISTAN)
        .addSource(
            reuters(
                "A member of the Airport Security Force ASF stands guard near the wreckage of"
                    + " vehicles after an explosion near Jinnah International Airport in Karachi,"
                    + " Pakistan Oct 6, 2024."))
        .build();
  }

  private static Actor chineseNationals() {
    return actor(
            CHINESE_NATIONALS, "Chinese nationals in Pakistan", Actor.Kind.CIVILIAN_GROUP, "CN")
        .addSource(
            reuters(
                "Following a string of deadly attacks that targeted its citizens in recent"
                    + " months"))
        .build();
  }

  // The incident

  private static Incident karachiAirportBombing() {
    return Incident.builder()
        .id(KARACHI_AIRPORT_BOMBING)
        .name("Suicide bombing outside Jinnah International Airport, Karachi")
        .description(
            "A suicide bombing outside the international airport of Karachi killed two Chinese"
                + " engineers; the Baloch Liberation Army claimed it. The Airport Security Force"
                + " guarded the wreckage of vehicles afterwards.")
        .category(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE)
        .subCategory(IncidentSubCategory.SUICIDE_BOMB)
        .date(FuzzyDate.parse("2024-10-06"))
        .place(JINNAH_INTERNATIONAL_AIRPORT)
        .addPerpetrator(Involvement.of(BLA, Certainty.CLAIMED))
        .addTarget(Involvement.confirmed(CHINESE_NATIONALS))
        .casualties(
            Casualties.builder()
                // "killed two Chinese engineers": at least two died, two of them Chinese engineers
                .killed(Estimate.atLeast(2))
                .addBreakdown(Casualties.Breakdown.killed("Chinese engineers", 2))
                .build())
        .suicide(true)
        .claimStatus(Incident.ClaimStatus.CLAIMED) // "the BLA claimed a suicide bombing"
        .addClaimedBy(BLA)
        .addSource(
            reuters(
                "the BLA claimed a suicide bombing last month outside the international airport in"
                    + " the southern port city of Karachi that killed two Chinese engineers."))
        .addSource(
            reuters(
                "an explosion near Jinnah International Airport in Karachi, Pakistan Oct 6,"
                    + " 2024. REUTERS/FILE"))
        .build();
  }

  // Operations

  private static Operation offensive() {
    return Operation.builder()
        .id(OFFENSIVE)
        .name("Comprehensive operation in Balochistan")
        .description(
            "A new military offensive against separatist insurgents in Balochistan, approved by a"
                + " meeting of civil and military leaders led by Prime Minister Shehbaz Sharif.")
        .kind(Operation.Kind.MILITARY_OFFENSIVE)
        .status(Operation.Status.APPROVED)
        .addConductedBy(Involvement.confirmed(PAKISTAN))
        .addConductedBy(Involvement.confirmed(PAKISTAN_MILITARY))
        .addConductedBy(Involvement.of(PAKISTAN_AIR_FORCE, Certainty.UNKNOWN))
        .addAgainst(Involvement.confirmed(INSURGENTS))
        .addArea(BALOCHISTAN)
        .addApprovedBy(SHEHBAZ_SHARIF)
        .putDomain(Operation.Domain.GROUND, Certainty.CONFIRMED)
        .putDomain(Operation.Domain.AIR, Certainty.UNKNOWN)
        .addJointWith(
            Involvement.builder()
                .actor(CHINA)
                .role("joint partner")
                .certainty(Certainty.UNKNOWN)
                .build())
        .addTriggeredBy(Link.of(KARACHI_AIRPORT_BOMBING, Certainty.UNKNOWN))
        .addSource(
            reuters(
                "Pakistan plans a new military offensive against separatist insurgents in"
                    + " southwestern Balochistan province, home to key Chinese Belt and Road"
                    + " projects, but it was not immediately clear if the plan would be a joint"
                    + " effort with its giant neighbour."))
        .addSource(
            reuters(
                "But it stopped short of saying if the effort was limited to ground operations, or"
                    + " could involve the air force, and whether it was prompted by China's"
                    + " disquiet at the separatist attacks."))
        .build();
  }

  private static Operation securityPresence() {
    return Operation.builder()
        .id(SECURITY_PRESENCE)
        .name("Military presence in Balochistan")
        .description(
            "The military's huge presence in the rugged region of Balochistan, which borders"
                + " Afghanistan and Iran (the area holds Balochistan alone: the article places the"
                + " presence in the region, not in the countries it borders).")
        .kind(Operation.Kind.SECURITY_OPERATION)
        .status(Operation.Status.ONGOING)
        .addConductedBy(Involvement.confirmed(PAKISTAN_MILITARY))
        .addArea(BALOCHISTAN)
        .period(Period.parse("/.."))
        .addSource(
            reuters(
                "The military already has a huge presence in the rugged region bordering"
                    + " Afghanistan and Iran"))
        .build();
  }

  private static Operation intelligenceBasedOperations() {
    return Operation.builder()
        .id(INTELLIGENCE_BASED_OPERATIONS)
        .name("Intelligence-based operations in Balochistan")
        .kind(Operation.Kind.INTELLIGENCE_BASED)
        .status(Operation.Status.ONGOING)
        .addConductedBy(Involvement.confirmed(PAKISTAN_MILITARY))
        .addAgainst(Involvement.confirmed(INSURGENTS))
        .addAgainst(Involvement.confirmed(BLA))
        .addArea(BALOCHISTAN)
        .period(Period.parse("/.."))
        .putDomain(Operation.Domain.INTELLIGENCE, Certainty.CONFIRMED)
        .addSource(
            reuters(
                "The military has long run intelligence-based operations against insurgent"
                    + " groups, the most prominent being the Baloch Liberation Army (BLA)"))
        .build();
  }

  private static Operation insurgency() {
    return Operation.builder()
        .id(INSURGENCY)
        .name("Insurgency in Balochistan")
        .description(
            "The armed conflict between Pakistan and Baloch separatist insurgents, who have"
                + " battled for decades for a separate homeland and a larger share of the"
                + " province's resources. The article gives no start: \"for decades\".")
        .kind(Operation.Kind.COUNTER_INSURGENCY)
        .status(Operation.Status.ONGOING)
        .addConductedBy(Involvement.confirmed(PAKISTAN))
        .addAgainst(Involvement.confirmed(INSURGENTS))
        .addArea(BALOCHISTAN)
        .period(Period.parse("/.."))
        .addTag("armed-conflict")
        .addSource(
            reuters(
                "insurgent groups have been battling for a separate homeland for decades to win a"
                    + " larger share of the benefits from the resource-rich province"))
        .build();
  }

  // The exercise

  private static Exercise jointExercise() {
    return Exercise.builder()
        .id(JOINT_EXERCISE)
        .name("China-Pakistan joint counter-terrorism exercise")
        .kind(Exercise.Kind.COUNTER_TERRORISM)
        .joint(true)
        .addParticipant(Involvement.confirmed(PLA))
        .addParticipant(Involvement.confirmed(PAKISTAN_ARMY))
        .host(PAKISTAN)
        .place(PAKISTAN_COUNTRY)
        .period(Period.parse("2024-11-21~/2024-12-15~"))
        .announced(FuzzyDate.parse("2024-11-19"))
        .announcedBy(CHINA_MND)
        .addSource(
            reuters(
                "On Tuesday, China's defence ministry said the armies of both nations planned \"a"
                    + " joint counter-terrorism exercise in Pakistan from late November to"
                    + " mid-December."))
        .addSource(reuters("Both countries to hold joint military exercises in Pakistan"))
        .build();
  }

  // Investments

  private static Investment beltAndRoad() {
    return Investment.builder()
        .id(BELT_AND_ROAD)
        .name("Belt and Road Initiative")
        .description(
            "President Xi Jinping's infrastructure initiative to expand China's global reach.")
        .kind(Investment.Kind.PROGRAMME)
        .addInvestor(CHINA)
        .addSector("infrastructure")
        .addSource(
            reuters(
                "President Xi Jinping's Belt and Road infrastructure initiative to expand China's"
                    + " global reach"))
        .build();
  }

  private static Investment cpec() {
    return Investment.builder()
        .id(CPEC)
        .name("China-Pakistan Economic Corridor")
        .description("CPEC. Gwadar Port was built by China as part of the corridor.")
        .kind(Investment.Kind.PROGRAMME)
        .addInvestor(CHINA)
        .host(PAKISTAN)
        .value(Money.of(new BigDecimal("65000000000"), "USD"))
        .partOf(BELT_AND_ROAD)
        .addAsset(GWADAR_PORT)
        .addSector("infrastructure")
        .addSector("ports")
        .addSource(
            reuters(
                "The region is home to Gwadar Port, built by China as part of the China-Pakistan"
                    + " Economic Corridor (CPEC), a $65-billion investment in President Xi"
                    + " Jinping's Belt and Road infrastructure initiative"))
        .build();
  }

  // Statements

  private static Statement pmoStatement() {
    return Statement.builder()
        .id(PMO_STATEMENT)
        .name("Prime Minister's Office announces the go-ahead for the comprehensive operation")
        .kind(Statement.Kind.ANNOUNCEMENT)
        .onBehalfOf(PAKISTAN_PMO)
        .text(
            "A meeting of civil and military leaders led by Prime Minister Shehbaz Sharif gave"
                + " the go-ahead for the \"comprehensive operation\".")
        .addAbout(OFFENSIVE)
        .addSource(
            reuters(
                "Prime Minister Shehbaz Sharif led a meeting of civil and military leaders who"
                    + " gave the go-ahead for the \"comprehensive operation\", his office said in"
                    + " a statement."))
        .build();
  }

  private static Statement noComment(Id<Statement> id, String name, Id<Actor> organisation) {
    return Statement.builder()
        .id(id)
        .name(name)
        .kind(Statement.Kind.NO_COMMENT)
        .onBehalfOf(organisation)
        .date(Period.parse("2024-11-19/2024-11-20"))
        .text(
            "Did not immediately respond to a request for details on the nature of the"
                + " offensive.")
        .addAbout(OFFENSIVE)
        .addSource(
            reuters(
                "Pakistan's information ministry and the military did not immediately respond to"
                    + " a request for details on the nature of the offensive."))
        .build();
  }

  private static Statement moibNoComment() {
    return noComment(
        MOIB_NO_COMMENT, "Pakistan's information ministry gives no details", PAKISTAN_MOIB);
  }

  private static Statement armyNoComment() {
    return noComment(ARMY_NO_COMMENT, "Pakistan's military gives no details", PAKISTAN_MILITARY);
  }

  private static Statement chinaSecurityPush() {
    return Statement.builder()
        .id(CHINA_SECURITY_PUSH)
        .name("Beijing pushes to join security efforts to protect its citizens")
        .kind(Statement.Kind.STATEMENT)
        .onBehalfOf(CHINA)
        .text(
            "Following a string of deadly attacks on its citizens in recent months, Beijing has"
                + " pushed to join security efforts to protect them.")
        .addAbout(KARACHI_AIRPORT_BOMBING)
        .addSource(
            reuters(
                "Following a string of deadly attacks that targeted its citizens in recent"
                    + " months, Beijing has pushed to join security efforts to protect them"))
        .build();
  }

  private static Statement mndAnnouncement() {
    return Statement.builder()
        .id(MND_ANNOUNCEMENT)
        .name("China's defence ministry announces a joint counter-terrorism exercise")
        .kind(Statement.Kind.ANNOUNCEMENT)
        .onBehalfOf(CHINA_MND)
        .date(FuzzyDate.parse("2024-11-19"))
        .text("a joint counter-terrorism exercise in Pakistan from late November to mid-December")
        .quoted(true)
        .addAbout(JOINT_EXERCISE)
        .addSource(
            reuters(
                "On Tuesday, China's defence ministry said the armies of both nations planned \"a"
                    + " joint counter-terrorism exercise in Pakistan from late November to"
                    + " mid-December."))
        .build();
  }

  private static Statement linJianStatement() {
    return Statement.builder()
        .id(LIN_JIAN_STATEMENT)
        .name("Lin Jian on Pakistan's planned offensive")
        .description(
            "Asked if China is involved in the Pakistan plan for an offensive against insurgents"
                + " in Balochistan.")
        .kind(Statement.Kind.STATEMENT)
        .speaker(LIN_JIAN)
        .onBehalfOf(CHINA_MFA)
        .date(FuzzyDate.parse("2024-11-20"))
        .text(LIN_JIAN_QUOTE)
        .quoted(true)
        .addAbout(OFFENSIVE)
        .addSource(
            reuters(
                "Chinese foreign ministry spokesperson Lin Jian said on Wednesday, \""
                    + LIN_JIAN_QUOTE
                    + "\""))
        .build();
  }

  private static Statement blaClaim() {
    return Statement.builder()
        .id(BLA_CLAIM)
        .name("The BLA claims the Karachi airport bombing")
        .kind(Statement.Kind.CLAIM_OF_RESPONSIBILITY)
        .onBehalfOf(BLA)
        .text("The BLA claimed the suicide bombing outside Karachi's international airport.")
        .addAbout(KARACHI_AIRPORT_BOMBING)
        .addSource(
            reuters(
                "the BLA claimed a suicide bombing last month outside the international airport in"
                    + " the southern port city of Karachi that killed two Chinese engineers."))
        .build();
  }
}
