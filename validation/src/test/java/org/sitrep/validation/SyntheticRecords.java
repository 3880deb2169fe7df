package org.sitrep.validation;

import org.sitrep.core.Actor;
import org.sitrep.core.Casualties;
import org.sitrep.core.Certainty;
import org.sitrep.core.Estimate;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.FuzzyDate;

/**
 * Synthetic records for throughput and memory measurements: actors, and incidents shaped like the
 * io benchmark's (place, perpetrator, target, claim, casualties with a breakdown, one source), each
 * referring to three of the actors. Deterministic.
 */
final class SyntheticRecords {

  static final int ACTORS = 1_000;

  private static final Source SOURCE =
      Source.builder().publisher("Reuters").published(FuzzyDate.parse("2024-11-20")).build();

  private SyntheticRecords() {}

  static Actor actor(int i) {
    return Actor.builder()
        .id(Id.actor("actor-" + i))
        .name("Actor " + i)
        .kind(i % 10 == 0 ? Actor.Kind.STATE : Actor.Kind.ARMED_GROUP)
        .country("PK")
        .build();
  }

  static Incident incident(int i) {
    int day = 1 + i % 28;
    return Incident.builder()
        .id(Id.incident("synthetic-" + i))
        .name("Incident " + i)
        .category(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE)
        .subCategory(IncidentSubCategory.SUICIDE_BOMB)
        .date(FuzzyDate.parse("2024-10-" + (day < 10 ? "0" : "") + day))
        .place(
            Place.builder()
                .name("Karachi")
                .kind(Place.Kind.CITY)
                .country("PK")
                .coordinates(Coordinates.of(24.86, 67.01))
                .build())
        .addPerpetrator(Involvement.of(Id.actor("actor-" + (i * 7 % ACTORS)), Certainty.CLAIMED))
        .addTarget(Involvement.confirmed(Id.actor("actor-" + (i * 13 % ACTORS))))
        .addClaimedBy(Id.actor("actor-" + (i * 7 % ACTORS)))
        .casualties(
            Casualties.builder()
                .killed(Estimate.of(2, 3, 5))
                .addBreakdown(Casualties.Breakdown.killed("civilians", 2))
                .build())
        .addSource(SOURCE)
        .build();
  }

  /** Record {@code i} of a dataset of actors first, then incidents. */
  static SitrepRecord record(int i) {
    return i < ACTORS ? actor(i) : incident(i);
  }
}
