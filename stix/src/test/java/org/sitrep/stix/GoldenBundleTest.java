package org.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Casualties;
import org.sitrep.core.Certainty;
import org.sitrep.core.Confidence;
import org.sitrep.core.Dataset;
import org.sitrep.core.Estimate;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.Source;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Timestamp;

/**
 * The whole bundle of a small dataset, byte for byte, against a reviewed golden file: a change to
 * the mapping shows up here as a diff. It also reads back equal.
 */
class GoldenBundleTest {

  static Dataset small() {
    Actor bla =
        Actor.builder()
            .id(Id.actor("bla"))
            .name("Baloch Liberation Army")
            .kind(Actor.Kind.ARMED_GROUP)
            .addAlias("BLA")
            .country("PK")
            .build();
    Actor pakistan =
        Actor.builder()
            .id(Id.actor("pakistan"))
            .name("Pakistan")
            .kind(Actor.Kind.STATE)
            .country("PK")
            .putExternalId("wikidata", "Q843")
            .build();
    Incident bombing =
        Incident.builder()
            .id(Id.incident("2024-10-06-karachi-airport"))
            .name("Suicide bombing outside Karachi's airport")
            .subCategory(IncidentSubCategory.SUICIDE_BOMB)
            .category(IncidentSubCategory.SUICIDE_BOMB.category())
            .date(FuzzyDate.parse("2024-10-06"))
            .place(
                Place.builder()
                    .name("Jinnah International Airport")
                    .kind(Place.Kind.SITE)
                    .country("PK")
                    .locality("Karachi")
                    .coordinates(Coordinates.of(24.9065, 67.1608))
                    .geoPrecision(Place.GeoPrecision.NEAR)
                    .build())
            .addPerpetrator(Involvement.of(bla.id(), Certainty.CLAIMED))
            .casualties(Casualties.builder().killed(Estimate.of(2)).build())
            .addSource(
                Source.builder()
                    .publisher("Reuters")
                    .title("Pakistan plans offensive")
                    .url("https://example.org/reuters")
                    .published(FuzzyDate.parse("2024-11-20"))
                    .build())
            .confidence(Confidence.of(85))
            .created(Timestamp.parse("2024-10-07T09:30:00+05:00"))
            .build();
    return Dataset.of("Golden", LocalDate.of(2024, 11, 20), List.of(bla, pakistan, bombing));
  }

  @Test
  void theSmallDatasetGivesTheReviewedBundle() {
    String bundle = SitrepStix.defaults().writeString(small());
    assertThat(bundle).isEqualTo(Fixtures.resource("golden.stix.json"));
    assertThat(SitrepStix.defaults().read(bundle).dataset()).isEqualTo(small());
  }
}
