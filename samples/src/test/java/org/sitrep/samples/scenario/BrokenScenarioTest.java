package org.sitrep.samples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.samples.scenario.BalochistanScenario.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Casualties;
import org.sitrep.core.Dataset;
import org.sitrep.core.Estimate;
import org.sitrep.core.Exercise;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.Statement;
import org.sitrep.core.geo.Place;
import org.sitrep.core.time.Period;

/** Each break of the broken scenario is there, seen through the core API alone. */
class BrokenScenarioTest {

  private final Dataset broken = BrokenScenario.dataset();

  private <T extends SitrepRecord> T get(Id<T> id) {
    return broken.resolve(id).orElseThrow(() -> new AssertionError("no record " + id));
  }

  @Test
  void expectsEveryRuleOfTheCatalogue() {
    assertThat(BrokenScenario.expectedCodes())
        .containsExactly(
            "actor.parent-cycle",
            "affiliation.outside-period",
            "casualties.breakdown",
            "casualties.negative",
            "casualties.order",
            "claim.inconsistent",
            "date.after-as-of",
            "date.after-sources",
            "exercise.participants",
            "id.duplicate",
            "money.currency",
            "period.inverted",
            "period.possibly-inverted",
            "place.coordinates",
            "place.country",
            "ref.unresolved",
            "ref.wrong-type",
            "source.missing");
  }

  @Test
  void keepsTheFoundingRecordsAndAddsTwo() {
    assertThat(broken.size()).isEqualTo(BalochistanScenario.dataset().size() + 2);
    assertThat(broken.asOf()).isEqualTo(BalochistanScenario.AS_OF);
    assertThat(BalochistanScenario.dataset().duplicateIds()).isEmpty();
  }

  @Test
  void idDuplicate() {
    assertThat(broken.duplicateIds()).containsExactly(BLA);
    assertThat(broken.recordsWithId(BLA))
        .extracting(SitrepRecord::name)
        .containsExactly("Baloch Liberation Army", "Balochistan Liberation Army");
  }

  @Test
  void refUnresolved() {
    assertThat(get(KARACHI_AIRPORT_BOMBING).perpetrators())
        .extracting(Involvement::actor)
        .contains(BrokenScenario.DANGLING_ACTOR);
    assertThat(broken.contains(BrokenScenario.DANGLING_ACTOR)).isFalse();
  }

  @Test
  void refWrongType() {
    Statement pmo = get(PMO_STATEMENT);
    assertThat(get(pmo.speaker().orElseThrow()).kind()).isEqualTo(Actor.Kind.GOVERNMENT_BODY);
    Exercise exercise = get(JOINT_EXERCISE);
    assertThat(get(exercise.host().orElseThrow()).kind()).isEqualTo(Actor.Kind.MILITARY);
  }

  @Test
  void periodInverted() {
    assertThat(get(JOINT_EXERCISE).period())
        .hasValueSatisfying(period -> assertThat(period.isCertainlyInverted()).isTrue());
  }

  @Test
  void periodPossiblyInverted() {
    assertThat(get(OFFENSIVE).period())
        .hasValueSatisfying(period -> assertThat(period.isPossiblyInverted()).isTrue());
  }

  @Test
  void dateAfterAsOf() {
    Incident misdated = get(BrokenScenario.MISDATED_INCIDENT);
    assertThat(misdated.date().orElseThrow().earliestDay())
        .hasValueSatisfying(day -> assertThat(day).isAfter(broken.asOf()));
  }

  @Test
  void dateAfterSources() {
    Incident bombing = get(KARACHI_AIRPORT_BOMBING);
    LocalDate day = bombing.date().orElseThrow().earliestDay().orElseThrow();
    for (Source source : bombing.sources()) {
      assertThat(source.published().orElseThrow().latestDay())
          .hasValueSatisfying(published -> assertThat(published).isBefore(day));
    }
  }

  @Test
  void exerciseParticipants() {
    Exercise exercise = get(JOINT_EXERCISE);
    assertThat(exercise.joint()).isTrue();
    assertThat(exercise.participants()).hasSize(1);
  }

  @Test
  void casualtiesNegativeOrderAndBreakdown() {
    Casualties casualties = get(KARACHI_AIRPORT_BOMBING).casualties().orElseThrow();
    assertThat(casualties.injured().orElseThrow().best()).hasValue(-1);
    Estimate killed = casualties.killed().orElseThrow();
    assertThat(killed.low().orElseThrow()).isGreaterThan(killed.best().orElseThrow());
    assertThat(casualties.breakdowns().get(0).killed().orElseThrow().central())
        .isGreaterThan(killed.central());
  }

  @Test
  void actorParentCycle() {
    assertThat(get(PAKISTAN).parent()).hasValue(PAKISTAN_ARMY);
    assertThat(get(PAKISTAN_ARMY).parent()).hasValue(PAKISTAN);
  }

  @Test
  void affiliationOutsidePeriod() {
    Period post = get(LIN_JIAN).affiliations().get(0).period().orElseThrow();
    LocalDate said = get(LIN_JIAN_STATEMENT).date().orElseThrow().earliestDay().orElseThrow();
    assertThat(post.contains(said)).isFalse();
  }

  @Test
  void moneyCurrency() {
    assertThat(get(CPEC).value().orElseThrow().currency()).isEmpty();
  }

  @Test
  void placeCountryAndCoordinates() {
    Place place = get(KARACHI_AIRPORT_BOMBING).place().orElseThrow();
    assertThat(place.country()).hasValue("Pakistan");
    assertThat(place.coordinates().orElseThrow().inRange()).isFalse();
  }

  @Test
  void sourceMissing() {
    Statement claim = get(BLA_CLAIM);
    assertThat(claim.kind()).isEqualTo(Statement.Kind.CLAIM_OF_RESPONSIBILITY);
    assertThat(claim.sources()).isEmpty();
  }
}
