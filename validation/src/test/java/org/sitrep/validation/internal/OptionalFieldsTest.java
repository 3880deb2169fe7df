package org.sitrep.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Casualties;
import org.sitrep.core.Estimate;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Source;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;

/** Each field the fused checks read is what its accessor holds, present or absent. */
class OptionalFieldsTest {

  private static Incident.Builder bare() {
    return Incident.builder()
        .id(Id.incident("bare"))
        .name("An incident")
        .category(IncidentCategory.BATTLES);
  }

  @Test
  void presentFieldsAreTheAccessorsValues() {
    Source source =
        Source.builder()
            .publisher("Dawn")
            .published(FuzzyDate.parse("2024-10-07"))
            .accessed(Period.parse("2024-10-07/2024-10-08"))
            .build();
    Place place =
        Place.builder()
            .name("Karachi")
            .country("PK")
            .coordinates(Coordinates.of(24.9, 67.1))
            .build();
    Casualties casualties =
        Casualties.builder().killed(Estimate.of(2)).injured(Estimate.range(3, 5)).build();
    Incident incident =
        bare()
            .date(FuzzyDate.parse("2024-10-06"))
            .place(place)
            .casualties(casualties)
            .addSource(source)
            .build();

    assertThat(OptionalFields.date(incident)).isSameAs(incident.date().orElseThrow());
    assertThat(OptionalFields.place(incident)).isSameAs(incident.place().orElseThrow());
    assertThat(OptionalFields.casualties(incident)).isSameAs(incident.casualties().orElseThrow());
    assertThat(OptionalFields.killed(casualties)).isSameAs(casualties.killed().orElseThrow());
    assertThat(OptionalFields.injured(casualties)).isSameAs(casualties.injured().orElseThrow());
    assertThat(OptionalFields.published(source)).isSameAs(source.published().orElseThrow());
    assertThat(OptionalFields.accessed(source)).isSameAs(source.accessed().orElseThrow());
    assertThat(OptionalFields.country(place)).isSameAs(place.country().orElseThrow());
    assertThat(OptionalFields.coordinates(place)).isSameAs(place.coordinates().orElseThrow());
  }

  @Test
  void absentFieldsAreNull() {
    Incident incident = bare().build();
    Casualties casualties = Casualties.builder().build();
    Source source = Source.builder().publisher("Dawn").build();
    Place place = Place.builder().name("Somewhere").build();

    assertThat(OptionalFields.date(incident)).isNull();
    assertThat(OptionalFields.place(incident)).isNull();
    assertThat(OptionalFields.casualties(incident)).isNull();
    assertThat(OptionalFields.killed(casualties)).isNull();
    assertThat(OptionalFields.injured(casualties)).isNull();
    assertThat(OptionalFields.published(source)).isNull();
    assertThat(OptionalFields.accessed(source)).isNull();
    assertThat(OptionalFields.country(place)).isNull();
    assertThat(OptionalFields.coordinates(place)).isNull();
  }
}
