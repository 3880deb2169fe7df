package org.sitrep.samples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.samples.scenario.BalochistanScenario.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;

class BalochistanScenarioTest {

  private final Dataset scenario = BalochistanScenario.dataset();

  private <T extends SitrepRecord> T get(Id<T> id) {
    return scenario.resolve(id).orElseThrow(() -> new AssertionError("no record " + id));
  }

  private static Involvement unknown(Id<Actor> actor) {
    return Involvement.of(actor, Certainty.UNKNOWN);
  }

  @Test
  void isTitledAndCurrentAsOfThePublicationDay() {
    assertThat(scenario.title()).isEqualTo("Balochistan, autumn 2024");
    assertThat(scenario.asOf()).isEqualTo(LocalDate.of(2024, 11, 20));
    assertThat(BalochistanScenario.dataset()).isEqualTo(scenario);
  }

  @Test
  void idsAreUnique() {
    Set<Id<?>> seen = new HashSet<>();
    for (SitrepRecord record : scenario.records()) {
      assertThat(seen.add(record.id())).as("unique %s", record.id()).isTrue();
    }
    assertThat(scenario.duplicateIds()).isEmpty();
  }

  @Test
  void everyReferenceResolvesToARecordOfItsType() {
    for (SitrepRecord record : scenario.records()) {
      for (Id<?> ref : References.of(record)) {
        assertThat(scenario.resolve(ref))
            .as("%s refers to %s", record.id(), ref)
            .hasValueSatisfying(target -> assertThat(target.type()).isEqualTo(ref.type()));
      }
    }
  }

  @Test
  void everyRecordCitesTheArticle() {
    for (SitrepRecord record : scenario.records()) {
      assertThat(record.sources()).as("sources of %s", record.id()).isNotEmpty();
      for (Source source : record.sources()) {
        assertThat(source.publisher()).hasValue("Reuters");
        assertThat(source.published()).hasValue(FuzzyDate.parse("2024-11-20"));
        assertThat(source.quote()).as("quote of %s", record.id()).isPresent();
      }
    }
  }

  @Test
  void namesEveryActorTheArticleNames() {
    assertThat(scenario.actors())
        .extracting(Actor::name)
        .contains(
            "Pakistan",
            "China",
            "Pakistan Army",
            "Pakistan Air Force",
            "People's Liberation Army",
            "Ministry of National Defense of the People's Republic of China",
            "Ministry of Foreign Affairs of the People's Republic of China",
            "Ministry of Information and Broadcasting (Pakistan)",
            "Prime Minister's Office (Pakistan)",
            "Shehbaz Sharif",
            "Lin Jian",
            "Xi Jinping",
            "Baloch Liberation Army",
            "Airport Security Force");
    assertThat(get(PAKISTAN_ARMY).parent()).hasValue(PAKISTAN);
    assertThat(get(PAKISTAN_AIR_FORCE).parent()).hasValue(PAKISTAN);
    assertThat(get(PLA).parent()).hasValue(CHINA);
    assertThat(get(CHINA_MND).parent()).hasValue(CHINA);
    assertThat(get(CHINA_MFA).parent()).hasValue(CHINA);
    assertThat(get(PAKISTAN_MOIB).parent()).hasValue(PAKISTAN);
    assertThat(get(PAKISTAN_PMO).parent()).hasValue(PAKISTAN);
    assertThat(get(AIRPORT_SECURITY_FORCE).parent()).hasValue(PAKISTAN);
  }

  @Test
  void placesCarryCountryCodesAndCoordinates() {
    for (Place place : List.of(BALOCHISTAN, JINNAH_INTERNATIONAL_AIRPORT, GWADAR_PORT)) {
      assertThat(place.country()).hasValue("PK");
      assertThat(place.coordinates()).hasValueSatisfying(at -> assertThat(at.inRange()).isTrue());
    }
    assertThat(JINNAH_INTERNATIONAL_AIRPORT.locality()).hasValue("Karachi");
  }

  @Test
  void fact01PakistanPlansAnOffensiveAgainstSeparatistInsurgentsInBalochistan() {
    Operation offensive = get(OFFENSIVE);
    assertThat(offensive.kind()).isEqualTo(Operation.Kind.MILITARY_OFFENSIVE);
    assertThat(offensive.status()).hasValue(Operation.Status.APPROVED);
    assertThat(offensive.area()).containsExactly(BALOCHISTAN);
    assertThat(offensive.conductedBy()).contains(Involvement.confirmed(PAKISTAN));
    assertThat(offensive.against()).containsExactly(Involvement.confirmed(INSURGENTS));
    assertThat(get(INSURGENTS).kind()).isEqualTo(Actor.Kind.ARMED_GROUP);
  }

  @Test
  void fact02SharifsMeetingGaveTheGoAheadAndHisOfficeSaidSo() {
    assertThat(get(OFFENSIVE).approvedBy()).containsExactly(SHEHBAZ_SHARIF);
    Actor sharif = get(SHEHBAZ_SHARIF);
    assertThat(sharif.kind()).isEqualTo(Actor.Kind.PERSON);
    assertThat(sharif.affiliations())
        .extracting(Affiliation::organisation, Affiliation::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(PAKISTAN_PMO, "Prime Minister"));
    Statement statement = get(PMO_STATEMENT);
    assertThat(statement.onBehalfOf()).hasValue(PAKISTAN_PMO);
    assertThat(statement.about()).containsExactly(OFFENSIVE);
    assertThat(statement.text()).hasValueSatisfying(text -> assertThat(text).contains("go-ahead"));
  }

  @Test
  void fact03ItIsNotClearWhetherTheOffensiveIsJointWithChina() {
    assertThat(get(OFFENSIVE).jointWith())
        .singleElement()
        .satisfies(
            china -> {
              assertThat(china.actor()).isEqualTo(CHINA);
              assertThat(china.certainty()).isEqualTo(Certainty.UNKNOWN);
            });
  }

  @Test
  void fact04GroundOperationsAreConfirmedTheAirForcesPartIsUnknown() {
    Operation offensive = get(OFFENSIVE);
    assertThat(offensive.domains())
        .containsEntry(Operation.Domain.GROUND, Certainty.CONFIRMED)
        .containsEntry(Operation.Domain.AIR, Certainty.UNKNOWN)
        .hasSize(2);
    assertThat(offensive.conductedBy()).contains(unknown(PAKISTAN_AIR_FORCE));
  }

  @Test
  void fact05WhetherChinasDisquietPromptedItIsUnknown() {
    assertThat(get(OFFENSIVE).triggeredBy())
        .containsExactly(Link.of(KARACHI_AIRPORT_BOMBING, Certainty.UNKNOWN));
    assertThat(get(KARACHI_AIRPORT_BOMBING).targets())
        .containsExactly(Involvement.confirmed(CHINESE_NATIONALS));
  }

  @Test
  void fact06TheInformationMinistryAndTheMilitaryDidNotRespond() {
    for (Id<Statement> id : List.of(MOIB_NO_COMMENT, ARMY_NO_COMMENT)) {
      Statement silence = get(id);
      assertThat(silence.kind()).isEqualTo(Statement.Kind.NO_COMMENT);
      assertThat(silence.about()).containsExactly(OFFENSIVE);
      assertThat(silence.date()).hasValue(Period.parse("2024-11-19/2024-11-20"));
    }
    assertThat(get(MOIB_NO_COMMENT).onBehalfOf()).hasValue(PAKISTAN_MOIB);
    assertThat(get(ARMY_NO_COMMENT).onBehalfOf()).hasValue(PAKISTAN_MILITARY);
  }

  @Test
  void fact07BeijingPushedToJoinSecurityEfforts() {
    Statement push = get(CHINA_SECURITY_PUSH);
    assertThat(push.onBehalfOf()).hasValue(CHINA);
    assertThat(push.quoted()).isFalse();
    assertThat(push.text()).hasValueSatisfying(text -> assertThat(text).contains("security"));
    assertThat(push.sources()).isNotEmpty();
  }

  @Test
  void fact08ChinasDefenceMinistryAnnouncedTheJointExerciseOnTuesday() {
    Exercise exercise = get(JOINT_EXERCISE);
    assertThat(exercise.kind()).isEqualTo(Exercise.Kind.COUNTER_TERRORISM);
    assertThat(exercise.joint()).isTrue();
    assertThat(exercise.participants())
        .containsExactly(Involvement.confirmed(PLA), Involvement.confirmed(PAKISTAN_ARMY));
    assertThat(exercise.host()).hasValue(PAKISTAN);
    assertThat(exercise.period()).hasValue(Period.parse("2024-11-21~/2024-12-15~"));
    assertThat(exercise.announced()).hasValue(FuzzyDate.parse("2024-11-19"));
    assertThat(exercise.announcedBy()).hasValue(CHINA_MND);
    Statement announcement = get(MND_ANNOUNCEMENT);
    assertThat(announcement.kind()).isEqualTo(Statement.Kind.ANNOUNCEMENT);
    assertThat(announcement.onBehalfOf()).hasValue(CHINA_MND);
    assertThat(announcement.about()).containsExactly(JOINT_EXERCISE);
  }

  @Test
  void fact09LinJianSaidChinaSupportsPakistansAntiTerrorismEfforts() {
    Statement lin = get(LIN_JIAN_STATEMENT);
    assertThat(lin.speaker()).hasValue(LIN_JIAN);
    assertThat(lin.onBehalfOf()).hasValue(CHINA_MFA);
    assertThat(lin.date()).hasValue(FuzzyDate.parse("2024-11-20"));
    assertThat(lin.quoted()).isTrue();
    assertThat(lin.text())
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .contains("China firmly supports the anti-terrorism efforts of the Pakistan"));
    assertThat(get(LIN_JIAN).affiliations())
        .containsExactly(Affiliation.of(CHINA_MFA, "Spokesperson"));
  }

  @Test
  void fact10TheMilitaryHasAHugePresenceInTheRegionBorderingAfghanistanAndIran() {
    Operation presence = get(SECURITY_PRESENCE);
    assertThat(presence.kind()).isEqualTo(Operation.Kind.SECURITY_OPERATION);
    assertThat(presence.status()).hasValue(Operation.Status.ONGOING);
    assertThat(presence.conductedBy()).containsExactly(Involvement.confirmed(PAKISTAN_MILITARY));
    // the presence is in the region that borders them, not in Afghanistan or Iran
    assertThat(presence.area()).containsExactly(BALOCHISTAN);
    assertThat(presence.period()).hasValue(Period.parse("/.."));
  }

  @Test
  void fact11InsurgentsHaveFoughtForDecadesForAHomelandAndResources() {
    Operation insurgency = get(INSURGENCY);
    assertThat(insurgency.kind()).isEqualTo(Operation.Kind.COUNTER_INSURGENCY);
    assertThat(insurgency.status()).hasValue(Operation.Status.ONGOING);
    assertThat(insurgency.period())
        .hasValueSatisfying(
            // "for decades": a start the article does not give, as for the other long-running ones
            period -> assertThat(period.startKind()).isEqualTo(Period.Endpoint.UNKNOWN));
    assertThat(insurgency.against()).containsExactly(Involvement.confirmed(INSURGENTS));
    assertThat(get(INSURGENTS).description())
        .hasValueSatisfying(text -> assertThat(text).contains("for decades", "homeland"));
  }

  @Test
  void fact12TheMilitaryHasLongRunIntelligenceBasedOperations() {
    Operation ibo = get(INTELLIGENCE_BASED_OPERATIONS);
    assertThat(ibo.kind()).isEqualTo(Operation.Kind.INTELLIGENCE_BASED);
    assertThat(ibo.status()).hasValue(Operation.Status.ONGOING);
    assertThat(ibo.conductedBy()).containsExactly(Involvement.confirmed(PAKISTAN_MILITARY));
    assertThat(ibo.against()).contains(Involvement.confirmed(BLA));
  }

  @Test
  void fact13TheBlaIsTheMostProminentGroup() {
    Actor bla = get(BLA);
    assertThat(bla.name()).isEqualTo("Baloch Liberation Army");
    assertThat(bla.kind()).isEqualTo(Actor.Kind.ARMED_GROUP);
    assertThat(bla.aliases()).contains("BLA");
    assertThat(bla.description())
        .hasValueSatisfying(text -> assertThat(text).contains("most prominent"));
  }

  @Test
  void fact14GwadarPortWasBuiltByChinaAsPartOfCpec() {
    Investment cpec = get(CPEC);
    assertThat(cpec.assets()).containsExactly(GWADAR_PORT);
    assertThat(cpec.investors()).containsExactly(CHINA);
    assertThat(GWADAR_PORT.admin1()).hasValue("Balochistan");
  }

  @Test
  void fact15CpecIsA65BillionDollarPartOfXiJinpingsBeltAndRoad() {
    Investment cpec = get(CPEC);
    assertThat(cpec.value())
        .hasValue(Money.of(new BigDecimal("65000000000"), "USD")); // "a $65-billion investment"
    assertThat(cpec.host()).hasValue(PAKISTAN);
    assertThat(cpec.partOf()).hasValue(BELT_AND_ROAD);
    assertThat(get(BELT_AND_ROAD).investors()).containsExactly(CHINA);
    assertThat(get(XI_JINPING).affiliations()).containsExactly(Affiliation.of(CHINA, "President"));
  }

  @Test
  void fact16TheBlaClaimedTheSuicideBombingAtKarachisAirport() {
    Incident bombing = get(KARACHI_AIRPORT_BOMBING);
    assertThat(bombing.category()).isEqualTo(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE);
    assertThat(bombing.subCategory()).hasValue(IncidentSubCategory.SUICIDE_BOMB);
    assertThat(bombing.place()).hasValue(JINNAH_INTERNATIONAL_AIRPORT);
    assertThat(bombing.perpetrators()).containsExactly(Involvement.of(BLA, Certainty.CLAIMED));
    assertThat(bombing.claimedBy()).containsExactly(BLA);
    assertThat(bombing.claimStatus()).hasValue(Incident.ClaimStatus.CLAIMED);
    assertThat(bombing.suicide()).hasValue(true);
    Casualties casualties = bombing.casualties().orElseThrow();
    // "that killed two Chinese engineers": at least two in all, two of them Chinese engineers
    assertThat(casualties.killed()).hasValue(Estimate.atLeast(2));
    assertThat(casualties.breakdowns())
        .containsExactly(Casualties.Breakdown.killed("Chinese engineers", 2));
    assertThat(casualties.perpetratorsIncluded()).isEmpty();
    Statement claim = get(BLA_CLAIM);
    assertThat(claim.kind()).isEqualTo(Statement.Kind.CLAIM_OF_RESPONSIBILITY);
    assertThat(claim.onBehalfOf()).hasValue(BLA);
    assertThat(claim.about()).containsExactly(KARACHI_AIRPORT_BOMBING);
    assertThat(claim.sources()).isNotEmpty();
    assertThat(claim.date()).isEmpty(); // "claimed ... last month": the month is the bombing's
  }

  @Test
  void fact17TheAirportSecurityForceGuardedTheWreckageOn6October() {
    Actor asf = get(AIRPORT_SECURITY_FORCE);
    assertThat(asf.kind()).isEqualTo(Actor.Kind.SECURITY_FORCE);
    assertThat(asf.aliases()).contains("ASF");
    assertThat(get(KARACHI_AIRPORT_BOMBING).date()).hasValue(FuzzyDate.parse("2024-10-06"));
  }

  @Test
  void fact18BothCountriesWillHoldJointMilitaryExercisesInPakistan() {
    Exercise exercise = get(JOINT_EXERCISE);
    assertThat(exercise.place())
        .hasValueSatisfying(place -> assertThat(place.country()).hasValue("PK"));
    assertThat(exercise.participants())
        .extracting(participant -> get(participant.actor()).parent().orElseThrow())
        .containsExactly(CHINA, PAKISTAN);
  }
}
