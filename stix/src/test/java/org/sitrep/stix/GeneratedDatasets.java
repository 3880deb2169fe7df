package org.sitrep.stix;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Casualties;
import org.sitrep.core.Certainty;
import org.sitrep.core.Confidence;
import org.sitrep.core.Dataset;
import org.sitrep.core.Estimate;
import org.sitrep.core.Exercise;
import org.sitrep.core.ExtensionValue;
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
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.Timestamp;

/**
 * Random datasets of all six record types with the optional fields filled at random, extensions,
 * fuzzy dates, periods, timestamps with offsets and fractions: the same seed gives the same
 * dataset.
 */
final class GeneratedDatasets {

  private static final String[] DATES = {
    "2024", "2024-10", "2024-10-06", "2024-10~", "202X", "2024-23", "2024-11-19?", "2024-10-XX"
  };
  private static final String[] PERIODS = {
    "2024-11-21~/2024-12-15~", "2024-03-04/..", "../2024-05", "/2024-06-01", "2020/2024-11"
  };
  private static final String[] TIMESTAMPS = {
    "2024-10-06T23:00:00.5+05:00", "2024-11-20T08:15:00Z", "2024-11-19T12:00:00.123456Z"
  };

  private final SplittableRandom random;
  private final List<Id<Actor>> actors = new ArrayList<>();
  private final List<Id<Incident>> incidents = new ArrayList<>();

  private GeneratedDatasets(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A dataset of about {@code size} records. */
  static Dataset generate(long seed, int size) {
    return new GeneratedDatasets(seed).dataset(size);
  }

  private Dataset dataset(int size) {
    List<SitrepRecord> records = new ArrayList<>();
    int actorCount = Math.max(2, size / 3);
    for (int i = 0; i < actorCount; i++) {
      Actor actor = actor(i);
      actors.add(actor.id());
      records.add(actor);
    }
    for (int i = actorCount; i < size; i++) {
      switch (random.nextInt(5)) {
        case 0 -> {
          Incident incident = incident(i);
          incidents.add(incident.id());
          records.add(incident);
        }
        case 1 -> records.add(operation(i));
        case 2 -> records.add(exercise(i));
        case 3 -> records.add(investment(i));
        default -> records.add(statement(i));
      }
    }
    return Dataset.of("Generated " + size, LocalDate.of(2024, 11, 20), records);
  }

  private Actor actor(int i) {
    Actor.Kind kind = Actor.Kind.values()[random.nextInt(Actor.Kind.values().length)];
    Actor.Builder actor = Actor.builder().id(Id.actor("a-" + i)).name("Actor " + i).kind(kind);
    if (random.nextBoolean()) {
      actor.addAlias("A" + i).addAlias("alias " + i);
    }
    if (random.nextBoolean()) {
      actor.country(random.nextBoolean() ? "PK" : "CN");
    }
    if (i > 0 && random.nextInt(3) == 0) {
      actor.parent(actors.get(random.nextInt(actors.size())));
    }
    if (i > 0 && kind == Actor.Kind.PERSON) {
      actor.addAffiliation(
          Affiliation.builder()
              .organisation(actors.get(0))
              .role("spokesperson")
              .period(Period.parse(PERIODS[random.nextInt(PERIODS.length)]))
              .build());
    }
    common(actor, i);
    return actor.build();
  }

  private Incident incident(int i) {
    IncidentSubCategory sub =
        IncidentSubCategory.values()[random.nextInt(IncidentSubCategory.values().length)];
    Incident.Builder incident =
        Incident.builder().id(Id.incident("i-" + i)).name("Incident " + i).category(sub.category());
    if (random.nextBoolean()) {
      incident.subCategory(sub);
    }
    if (random.nextBoolean()) {
      incident.date(
          random.nextBoolean()
              ? FuzzyDate.parse(DATES[random.nextInt(DATES.length)])
              : Timestamp.parse(TIMESTAMPS[random.nextInt(TIMESTAMPS.length)]));
    }
    if (random.nextInt(4) > 0) {
      incident.place(place());
    }
    incident.addPerpetrator(involvement());
    if (random.nextBoolean()) {
      incident.addTarget(involvement()).addTarget(involvement());
    }
    if (random.nextBoolean()) {
      incident.casualties(
          Casualties.builder()
              .killed(Estimate.of(random.nextInt(3), 3 + random.nextInt(3), 6 + random.nextInt(9)))
              .injured(Estimate.range(1, 4))
              .addBreakdown(Casualties.Breakdown.killed("civilians", 1))
              .perpetratorsIncluded(random.nextBoolean())
              .build());
    }
    if (random.nextBoolean()) {
      incident.suicide(random.nextBoolean()).addWeapon("IED").addClaimedBy(actor());
    }
    common(incident, i);
    return incident.build();
  }

  private Operation operation(int i) {
    Operation.Builder operation =
        Operation.builder()
            .id(Id.operation("o-" + i))
            .name("Operation " + i)
            .kind(Operation.Kind.values()[random.nextInt(Operation.Kind.values().length)])
            .addConductedBy(involvement());
    if (random.nextBoolean()) {
      operation
          .status(Operation.Status.values()[random.nextInt(Operation.Status.values().length)])
          .addAgainst(involvement())
          .addJointWith(involvement())
          .putDomain(Operation.Domain.GROUND, Certainty.CONFIRMED)
          .putDomain(Operation.Domain.AIR, Certainty.UNKNOWN);
    }
    if (random.nextBoolean()) {
      operation.addArea(place()).addArea(Place.of("Somewhere", Place.Kind.ADMIN1));
    }
    if (random.nextBoolean()) {
      operation
          .period(Period.parse(PERIODS[random.nextInt(PERIODS.length)]))
          .announced(FuzzyDate.parse("2024-11-19"))
          .addApprovedBy(actor());
    }
    if (!incidents.isEmpty() && random.nextBoolean()) {
      operation.addTriggeredBy(
          Link.of(incidents.get(random.nextInt(incidents.size())), Certainty.UNKNOWN));
    }
    common(operation, i);
    return operation.build();
  }

  private Exercise exercise(int i) {
    Exercise.Builder exercise =
        Exercise.builder()
            .id(Id.exercise("e-" + i))
            .name("Exercise " + i)
            .kind(Exercise.Kind.values()[random.nextInt(Exercise.Kind.values().length)]);
    if (random.nextBoolean()) {
      exercise
          .joint(true)
          .addParticipant(involvement())
          .addParticipant(involvement())
          .host(actor())
          .place(place())
          .announcedBy(actor())
          .series("Warrior")
          .edition("VIII");
    }
    if (random.nextBoolean()) {
      exercise
          .period(Period.parse(PERIODS[random.nextInt(PERIODS.length)]))
          .announced(FuzzyDate.parse("2024-11~"));
    }
    common(exercise, i);
    return exercise.build();
  }

  private Investment investment(int i) {
    Investment.Builder investment =
        Investment.builder()
            .id(Id.investment("v-" + i))
            .name("Investment " + i)
            .kind(Investment.Kind.values()[random.nextInt(Investment.Kind.values().length)]);
    if (random.nextBoolean()) {
      investment
          .addInvestor(actor())
          .host(actor())
          .value(
              random.nextBoolean()
                  ? Money.of(new BigDecimal("65000000000"), "USD")
                  : Money.approximately(new BigDecimal("1.50"), "EUR"))
          .addAsset(place())
          .addSector("energy")
          .addSector("transport")
          .partOf(Id.investment("v-root"));
    }
    common(investment, i);
    return investment.build();
  }

  private Statement statement(int i) {
    Statement.Builder statement =
        Statement.builder()
            .id(Id.statement("s-" + i))
            .name("Statement " + i)
            .kind(Statement.Kind.values()[random.nextInt(Statement.Kind.values().length)]);
    if (random.nextBoolean()) {
      statement
          .speaker(actor())
          .onBehalfOf(actor())
          .text("We said \"so\".\nTwice.")
          .quoted(true)
          .date(FuzzyDate.parse("2024-11-20"));
    }
    if (random.nextBoolean()) {
      statement.addAbout(actor());
      if (!incidents.isEmpty()) {
        statement.addAbout(incidents.get(0));
      }
    }
    common(statement, i);
    return statement.build();
  }

  private void common(org.sitrep.core.RecordBuilder<?> builder, int i) {
    if (random.nextBoolean()) {
      builder.description("Record " + i + ", described — with ünïcode and \"quotes\".");
    }
    if (random.nextBoolean()) {
      builder.addSource(
          Source.builder()
              .publisher("Reuters")
              .title("Report " + i)
              .url("https://example.org/" + i)
              .published(FuzzyDate.parse("2024-11-20"))
              .accessed(Timestamp.parse("2024-11-21T10:00:00Z"))
              .quote("a quote")
              .putExtension("x_page", ExtensionValue.ofJson("12"))
              .build());
    }
    if (random.nextInt(3) == 0) {
      builder.addSource(Source.builder().title("Untitled source").build());
    }
    if (random.nextBoolean()) {
      builder.confidence(Confidence.of(random.nextInt(101)));
    }
    if (random.nextBoolean()) {
      builder.addTag("tag-" + random.nextInt(3)).addTag("second");
    }
    if (random.nextBoolean()) {
      builder.putExternalId("acled", "PAK" + i).putExternalId("wikidata", "Q" + i);
    }
    if (random.nextBoolean()) {
      builder.created(Timestamp.parse(TIMESTAMPS[random.nextInt(TIMESTAMPS.length)]));
    }
    if (random.nextBoolean()) {
      builder.modified(Timestamp.of(Instant.parse("2024-11-20T12:34:56.789Z")));
    }
    if (random.nextInt(4) == 0) {
      builder
          .putExtension("x_score", ExtensionValue.ofJson("2.50"))
          .putExtension("x_nested", ExtensionValue.ofJson("{\"a\":[1,null,true,\"b\"]}"));
    }
  }

  private Place place() {
    Place.Builder place =
        Place.builder()
            .name("Place " + random.nextInt(5))
            .kind(Place.Kind.values()[random.nextInt(Place.Kind.values().length)]);
    if (random.nextBoolean()) {
      place.country("PK").admin1("Balochistan").locality("Gwadar");
    }
    if (random.nextBoolean()) {
      place
          .coordinates(Coordinates.of(25 + random.nextInt(1000) / 1000.0, 62.34))
          .geoPrecision(Place.GeoPrecision.values()[random.nextInt(3)])
          .putGazetteerId("geonames", "1179305");
    }
    return place.build();
  }

  private Involvement involvement() {
    Involvement.Builder involvement =
        Involvement.builder()
            .actor(actor())
            .certainty(Certainty.values()[random.nextInt(Certainty.values().length)]);
    if (random.nextBoolean()) {
      involvement.role("role " + random.nextInt(3));
    }
    return involvement.build();
  }

  private Id<Actor> actor() {
    return random.nextInt(10) == 0
        ? Id.actor("not-in-dataset")
        : actors.get(random.nextInt(actors.size()));
  }
}
