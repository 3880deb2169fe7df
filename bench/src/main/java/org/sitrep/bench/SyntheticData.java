package org.sitrep.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sitrep.core.Actor;
import org.sitrep.core.Casualties;
import org.sitrep.core.Certainty;
import org.sitrep.core.Confidence;
import org.sitrep.core.Estimate;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.Source;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.FuzzyDate;

/**
 * A deterministic synthetic dataset shaped like the one in {@code shared/design/performance.md}:
 * incidents with a place, perpetrators, targets, casualties and one source (about 650 bytes of JSON
 * each), referring to {@value #ACTORS} actors. The same seed always gives the same records.
 *
 * <pre>{@code
 * List<Actor> actors = SyntheticData.actors();
 * List<Incident> incidents = SyntheticData.incidents(100_000);
 * }</pre>
 */
public final class SyntheticData {

  /** How many distinct actors the incidents refer to. */
  public static final int ACTORS = 1_000;

  private static final long SEED = 20241120L;

  private static final IncidentSubCategory[] SUB_CATEGORIES = {
    IncidentSubCategory.REMOTE_EXPLOSIVE_LANDMINE_IED,
    IncidentSubCategory.SUICIDE_BOMB,
    IncidentSubCategory.ARMED_CLASH,
    IncidentSubCategory.ATTACK,
    IncidentSubCategory.ABDUCTION_FORCED_DISAPPEARANCE,
    IncidentSubCategory.GRENADE,
    IncidentSubCategory.SHELLING_ARTILLERY_MISSILE_ATTACK,
    IncidentSubCategory.AIR_DRONE_STRIKE
  };
  private static final String[] WEAPONS = {
    "IED", "small arms", "vehicle-borne IED", "grenade", "mortar"
  };
  private static final String[] TOWNS = {
    "Quetta",
    "Turbat",
    "Gwadar",
    "Khuzdar",
    "Mastung",
    "Panjgur",
    "Kalat",
    "Sibi",
    "Nushki",
    "Kech",
    "Dera Bugti",
    "Kohlu",
    "Peshawar",
    "Bannu",
    "Karachi",
    "Lakki Marwat"
  };
  private static final String[] PUBLISHERS = {
    "Reuters", "Dawn", "The Express Tribune", "AP", "AFP", "Geo News"
  };
  private static final String[] TARGET_ROLES = {
    "security forces", "civilians", "workers", "police"
  };
  private static final Certainty[] PERPETRATOR_CERTAINTIES = {
    Certainty.CLAIMED, Certainty.ATTRIBUTED, Certainty.SUSPECTED, Certainty.CONFIRMED
  };
  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  private static final int DAYS = 1_784; // to 2024-11-19

  private SyntheticData() {}

  /** The actor with this number, 0 to {@value #ACTORS} - 1. */
  public static Id<Actor> actorId(int number) {
    return Id.actor(String.format("g-%04d", number));
  }

  /** The {@value #ACTORS} actors the incidents refer to: armed groups, military and police. */
  public static List<Actor> actors() {
    List<Actor> out = new ArrayList<>(ACTORS);
    for (int i = 0; i < ACTORS; i++) {
      out.add(actor(i));
    }
    return out;
  }

  /**
   * {@return the actor with this number: an armed group, military or police in turn}
   *
   * @param number the actor's number, its id {@code actor:g-0042}
   */
  static Actor actor(int number) {
    Actor.Kind[] kinds = {Actor.Kind.ARMED_GROUP, Actor.Kind.MILITARY, Actor.Kind.SECURITY_FORCE};
    return Actor.builder()
        .id(actorId(number))
        .name("Synthetic group " + number)
        .kind(kinds[number % kinds.length])
        .country("PK")
        .build();
  }

  /**
   * The first {@code count} synthetic incidents, each referring to two or three of the actors.
   *
   * @param count how many
   * @return the incidents, ids {@code incident:syn-0000000} onwards
   */
  public static List<Incident> incidents(int count) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Incident> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(incident(i, random, ACTORS, true));
    }
    return out;
  }

  /**
   * One synthetic incident: a place, a perpetrator and a target picked from the first {@code
   * actors} actors, casualties, one source, a weapon in half of them and, when {@code claims}, a
   * claim by a third actor in a quarter of them.
   *
   * @param number the incident's number, its id {@code incident:syn-0000042}
   * @param random where the choices come from
   * @param actors how many actors ({@link #actorId(int)} 0 onwards) the references pick from
   * @param claims whether a quarter of the incidents are claimed
   * @return the incident
   */
  static Incident incident(int number, SplittableRandom random, int actors, boolean claims) {
    IncidentSubCategory sub = SUB_CATEGORIES[random.nextInt(SUB_CATEGORIES.length)];
    int town = random.nextInt(TOWNS.length);
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
    FuzzyDate date = random.nextInt(10) == 0 ? FuzzyDate.of(day).approximate() : FuzzyDate.of(day);
    Incident.Builder incident =
        Incident.builder()
            .id(Id.incident(String.format("syn-%07d", number)))
            .name(sub.acledLabel() + " in " + TOWNS[town])
            .category(sub.category())
            .subCategory(sub)
            .date(date)
            .place(
                Place.builder()
                    .name(TOWNS[town])
                    .kind(Place.Kind.CITY)
                    .country("PK")
                    .coordinates(
                        Coordinates.of(
                            Math.round((25 + random.nextDouble() * 10) * 10_000) / 10_000.0,
                            Math.round((62 + random.nextDouble() * 9) * 10_000) / 10_000.0))
                    .geoPrecision(Place.GeoPrecision.values()[random.nextInt(3)])
                    .build())
            .addPerpetrator(
                Involvement.of(
                    actorId(random.nextInt(actors)),
                    PERPETRATOR_CERTAINTIES[random.nextInt(PERPETRATOR_CERTAINTIES.length)]))
            .addTarget(
                Involvement.builder()
                    .actor(actorId(random.nextInt(actors)))
                    .role(TARGET_ROLES[random.nextInt(TARGET_ROLES.length)])
                    .certainty(Certainty.CONFIRMED)
                    .build())
            .casualties(
                Casualties.builder()
                    .killed(Estimate.of(random.nextInt(12)))
                    .injured(
                        random.nextBoolean()
                            ? Estimate.of(
                                random.nextInt(5), 5 + random.nextInt(10), 15 + random.nextInt(20))
                            : Estimate.of(random.nextInt(20)))
                    .build())
            .addSource(
                Source.builder()
                    .publisher(PUBLISHERS[random.nextInt(PUBLISHERS.length)])
                    .title("Attack near " + TOWNS[town])
                    .url("https://example.org/" + number)
                    .published(FuzzyDate.of(day.plusDays(1)))
                    .build())
            .confidence(Confidence.of(50 + random.nextInt(41)));
    if (sub == IncidentSubCategory.SUICIDE_BOMB) {
      incident.suicide(true);
    }
    if (random.nextBoolean()) {
      incident.addWeapon(WEAPONS[random.nextInt(WEAPONS.length)]);
    }
    if (claims && random.nextInt(4) == 0) {
      incident.addClaimedBy(actorId(random.nextInt(actors)));
    }
    return incident.build();
  }
}
