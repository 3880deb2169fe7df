package org.sitrep.samples.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import org.sitrep.core.Money;
import org.sitrep.core.Operation;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.Statement;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;

/**
 * A copy of the {@linkplain BalochistanScenario founding scenario} broken on purpose, so that every
 * rule of the validation catalogue fires at least once. Each break is the kind of mistake real
 * files hold; every record still builds, because core checks only well-formedness.
 *
 * <pre>{@code
 * Dataset broken = BrokenScenario.dataset();
 * Set<String> codes = BrokenScenario.expectedCodes(); // id.duplicate, ref.unresolved, ...
 * }</pre>
 *
 * <table>
 *   <caption>What was changed, and the rule each change makes fire</caption>
 *   <tr><th>record</th><th>change</th><th>rule</th></tr>
 *   <tr><td>{@code actor:bla}</td><td>a second actor with this id ("Balochistan Liberation
 *       Army"), appended</td><td>{@code id.duplicate}</td></tr>
 *   <tr><td>{@code incident:2024-10-06-karachi-airport}</td><td>a second perpetrator {@code
 *       actor:balochistan-liberation-army}, which no record has</td><td>{@code
 *       ref.unresolved}</td></tr>
 *   <tr><td>{@code statement:pmo-comprehensive-operation}</td><td>speaker {@code
 *       actor:pakistan-pmo}, an office, where a person is expected</td><td>{@code
 *       ref.wrong-type}</td></tr>
 *   <tr><td>{@code exercise:china-pakistan-ct-2024}</td><td>host {@code actor:pakistan-army}, an
 *       army, where a state is expected</td><td>{@code ref.wrong-type}</td></tr>
 *   <tr><td>{@code exercise:china-pakistan-ct-2024}</td><td>period {@code
 *       2024-12-15~/2024-11-21~}</td><td>{@code period.inverted}</td></tr>
 *   <tr><td>{@code operation:balochistan-comprehensive-operation}</td><td>period {@code
 *       2024-11/2024-11-15} (the start could be 30 November)</td><td>{@code
 *       period.possibly-inverted}</td></tr>
 *   <tr><td>{@code incident:2024-12-06-karachi-airport}</td><td>a copy of the Karachi bombing
 *       under a new id, dated 2024-12-06, after the dataset's {@code asOf} 2024-11-20 and after
 *       its source was published</td><td>{@code date.after-as-of}, {@code
 *       date.after-sources}</td></tr>
 *   <tr><td>{@code incident:2024-10-06-karachi-airport}</td><td>its sources published
 *       2024-10-05, the day before</td><td>{@code date.after-sources}</td></tr>
 *   <tr><td>{@code exercise:china-pakistan-ct-2024}</td><td>one participant only (the PLA) in a
 *       joint exercise</td><td>{@code exercise.participants}</td></tr>
 *   <tr><td>{@code incident:2024-10-06-karachi-airport}</td><td>injured best -1 (an importer's
 *       "unknown" taken for a count)</td><td>{@code casualties.negative}</td></tr>
 *   <tr><td>{@code incident:2024-10-06-karachi-airport}</td><td>killed low 3, best 2, high
 *       4</td><td>{@code casualties.order}</td></tr>
 *   <tr><td>{@code incident:2024-10-06-karachi-airport}</td><td>breakdown "Chinese nationals": 5
 *       killed, more than the 2 in total (whether the perpetrators are counted left unsaid)</td><td>{@code casualties.breakdown}</td></tr>
 *   <tr><td>{@code incident:2024-10-06-karachi-airport}</td><td>claim status unclaimed, while
 *       claimedBy names the BLA</td><td>{@code claim.inconsistent}</td></tr>
 *   <tr><td>{@code actor:pakistan}</td><td>parent {@code actor:pakistan-army}, whose parent is
 *       Pakistan</td><td>{@code actor.parent-cycle}</td></tr>
 *   <tr><td>{@code actor:lin-jian}</td><td>his post as Spokesperson dated {@code 2025-01-01/..},
 *       after his statement of 2024-11-20</td><td>{@code affiliation.outside-period}</td></tr>
 *   <tr><td>{@code investment:cpec}</td><td>value in currency {@code US$}</td><td>{@code
 *       money.currency}</td></tr>
 *   <tr><td>{@code incident:2024-10-06-karachi-airport}</td><td>place country {@code Pakistan}
 *       instead of {@code PK}</td><td>{@code place.country}</td></tr>
 *   <tr><td>{@code incident:2024-10-06-karachi-airport}</td><td>place latitude 124.9065</td>
 *       <td>{@code place.coordinates}</td></tr>
 *   <tr><td>{@code statement:bla-claim-karachi-airport}</td><td>no sources on a claim</td>
 *       <td>{@code source.missing}</td></tr>
 * </table>
 */
public final class BrokenScenario {

  /** The broken dataset's title. */
  public static final String TITLE = BalochistanScenario.TITLE + " (broken on purpose)";

  /** The second, dangling perpetrator of the Karachi bombing. */
  public static final Id<Actor> DANGLING_ACTOR = Id.actor("balochistan-liberation-army");

  /** The copy of the Karachi bombing dated after the dataset's {@code asOf}. */
  public static final Id<Incident> MISDATED_INCIDENT = Id.incident("2024-12-06-karachi-airport");

  private static final Set<String> EXPECTED_CODES =
      Collections.unmodifiableSet(
          new TreeSet<>(
              List.of(
                  "id.duplicate",
                  "ref.unresolved",
                  "ref.wrong-type",
                  "period.inverted",
                  "period.possibly-inverted",
                  "date.after-as-of",
                  "date.after-sources",
                  "exercise.participants",
                  "casualties.negative",
                  "casualties.order",
                  "casualties.breakdown",
                  "claim.inconsistent",
                  "actor.parent-cycle",
                  "affiliation.outside-period",
                  "money.currency",
                  "place.country",
                  "place.coordinates",
                  "source.missing")));

  private BrokenScenario() {}

  /**
   * The broken dataset: the founding records with the changes listed above, same {@code asOf}.
   *
   * @return a new dataset; equal datasets on every call
   */
  public static Dataset dataset() {
    List<SitrepRecord> records = new ArrayList<>();
    for (SitrepRecord record : BalochistanScenario.records()) {
      records.add(broken(record));
    }
    records.add(misdatedIncident());
    records.add(duplicateBla());
    return Dataset.builder().title(TITLE).asOf(BalochistanScenario.AS_OF).addAll(records).build();
  }

  /**
   * The codes of the validation rules this dataset makes fire, in alphabetical order: every rule of
   * the catalogue.
   *
   * @return an immutable sorted set
   */
  public static Set<String> expectedCodes() {
    return EXPECTED_CODES;
  }

  private static SitrepRecord broken(SitrepRecord record) {
    Id<?> id = record.id();
    if (id.equals(BalochistanScenario.PAKISTAN)) {
      return ((Actor) record).toBuilder().parent(BalochistanScenario.PAKISTAN_ARMY).build();
    }
    if (id.equals(BalochistanScenario.LIN_JIAN)) {
      return ((Actor) record)
          .toBuilder()
              .affiliations(
                  List.of(
                      Affiliation.builder()
                          .organisation(BalochistanScenario.CHINA_MFA)
                          .role("Spokesperson")
                          .period(Period.from(FuzzyDate.parse("2025-01-01")))
                          .build()))
              .build();
    }
    if (id.equals(BalochistanScenario.KARACHI_AIRPORT_BOMBING)) {
      return brokenKarachiBombing((Incident) record);
    }
    if (id.equals(BalochistanScenario.OFFENSIVE)) {
      return ((Operation) record).toBuilder().period(Period.parse("2024-11/2024-11-15")).build();
    }
    if (id.equals(BalochistanScenario.JOINT_EXERCISE)) {
      return ((Exercise) record)
          .toBuilder()
              .participants(List.of(Involvement.confirmed(BalochistanScenario.PLA)))
              .host(BalochistanScenario.PAKISTAN_ARMY)
              .period(Period.parse("2024-12-15~/2024-11-21~"))
              .build();
    }
    if (id.equals(BalochistanScenario.CPEC)) {
      Investment cpec = (Investment) record;
      Money value = cpec.value().orElseThrow();
      return cpec.toBuilder().value(new Money(value.amount(), "US$", value.approximate())).build();
    }
    if (id.equals(BalochistanScenario.PMO_STATEMENT)) {
      return ((Statement) record).toBuilder().speaker(BalochistanScenario.PAKISTAN_PMO).build();
    }
    if (id.equals(BalochistanScenario.BLA_CLAIM)) {
      return ((Statement) record).toBuilder().sources(List.of()).build();
    }
    return record;
  }

  private static Incident brokenKarachiBombing(Incident bombing) {
    List<Source> dayBefore = new ArrayList<>();
    for (Source source : bombing.sources()) {
      dayBefore.add(source.toBuilder().published(FuzzyDate.parse("2024-10-05")).build());
    }
    return bombing.toBuilder()
        .addPerpetrator(Involvement.of(DANGLING_ACTOR, Certainty.ATTRIBUTED))
        .claimStatus(Incident.ClaimStatus.UNCLAIMED) // while claimedBy names the BLA
        .casualties(
            bombing.casualties().orElseThrow().toBuilder()
                .killed(Estimate.of(3, 2, 4))
                .injured(Estimate.of(-1))
                .breakdowns(List.of(Casualties.Breakdown.killed("Chinese nationals", 5)))
                // said unknown, so that the breakdown is compared with the total
                .perpetratorsIncluded(Optional.empty())
                .build())
        .place(
            bombing.place().orElseThrow().toBuilder()
                .country("Pakistan")
                .coordinates(Coordinates.of(124.9065, 67.1608))
                .build())
        .sources(dayBefore)
        .build();
  }

  private static Incident misdatedIncident() {
    Incident bombing =
        (Incident)
            BalochistanScenario.records().stream()
                .filter(record -> record.id().equals(BalochistanScenario.KARACHI_AIRPORT_BOMBING))
                .findFirst()
                .orElseThrow();
    return bombing.toBuilder().id(MISDATED_INCIDENT).date(FuzzyDate.parse("2024-12-06")).build();
  }

  private static Actor duplicateBla() {
    return Actor.builder()
        .id(BalochistanScenario.BLA)
        .name("Balochistan Liberation Army")
        .kind(Actor.Kind.ARMED_GROUP)
        .country("PK")
        .addSource(BalochistanScenario.reuters("the Baloch Liberation Army (BLA)"))
        .build();
  }
}
