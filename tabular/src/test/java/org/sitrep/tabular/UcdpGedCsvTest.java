package org.sitrep.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Casualties;
import org.sitrep.core.Dataset;
import org.sitrep.core.Estimate;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Source;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.validation.Finding;
import org.sitrep.validation.Validator;

/** UCDP GED import on a hand-written fixture. */
class UcdpGedCsvTest {

  private final Dataset dataset = Fixtures.ucdp("ucdp-ged.csv").dataset();

  private Incident incident(String id) {
    return dataset.resolve(Id.incident("ucdp-" + id)).orElseThrow();
  }

  @Test
  void aStateBasedEventWithItsSidesSourcesAndBreakdowns() {
    Incident event = incident("900001");
    assertThat(event.name()).isEqualTo("Government of Pakistan - BLA, Quetta town");
    assertThat(event.category()).isEqualTo(IncidentCategory.BATTLES);
    assertThat(event.subCategory()).hasValue(IncidentSubCategory.ARMED_CLASH);
    assertThat(event.externalIds())
        .containsEntry("ucdp", "900001")
        .containsEntry("ucdp-conflict", "900")
        .containsEntry("ucdp-dyad", "901");
    assertThat(event.date()).hasValue(FuzzyDate.parse("2024-11-09"));
    assertThat(event.perpetrators().get(0).actor()).isEqualTo(Id.actor("ucdp-139"));
    assertThat(event.perpetrators().get(0).role()).hasValue("side A");
    assertThat(event.targets().get(0).actor()).isEqualTo(Id.actor("ucdp-902"));
    assertThat(event.targets().get(0).role()).hasValue("side B");
    Casualties casualties = event.casualties().orElseThrow();
    assertThat(casualties.killed()).hasValue(Estimate.of(4, 4, 6));
    assertThat(casualties.breakdowns())
        .containsExactly(
            Casualties.Breakdown.killed("side A", 1),
            Casualties.Breakdown.killed("side B", 3),
            Casualties.Breakdown.killed("civilians", 0),
            Casualties.Breakdown.killed("unknown", 0));
    assertThat(event.sources())
        .containsExactly(
            Source.builder()
                .publisher("Dawn")
                .published(FuzzyDate.parse("2024-11-10"))
                .title("Fixture headline one")
                .build(),
            Source.builder()
                .publisher("Reuters")
                .published(FuzzyDate.parse("2024-11-10"))
                .title("Fixture headline two")
                .build());
    assertThat(event.extensions())
        .containsEntry("x_ucdp_type_of_violence", ExtensionValue.ofJson("1"))
        .containsEntry("x_ucdp_source_original", ExtensionValue.ofString("ISPR"))
        .containsEntry("x_ucdp_where_prec", ExtensionValue.ofJson("1"))
        .containsEntry("x_ucdp_relid", ExtensionValue.ofString("PAK-2024-1-900-1"));
    assertThat(event.extensions().get("x_ucdp_source_article").json()).contains("\\n");
    Place place = event.place().orElseThrow();
    assertThat(place.country()).hasValue("PK");
    assertThat(place.geoPrecision()).hasValue(Place.GeoPrecision.EXACT);
    assertThat(place.gazetteerIds()).containsEntry("priogrid", "180000");
    Actor government = dataset.resolve(Id.actor("ucdp-139")).orElseThrow();
    assertThat(government.kind()).isEqualTo(Actor.Kind.STATE);
    assertThat(government.externalIds()).containsEntry("ucdp", "139");
  }

  @Test
  void aOneSidedEventOverAPeriodKeepsItsOutOfOrderEstimate() {
    Incident event = incident("900002");
    assertThat(event.category()).isEqualTo(IncidentCategory.VIOLENCE_AGAINST_CIVILIANS);
    assertThat(event.date())
        .hasValue(Period.of(FuzzyDate.parse("2024-10-01"), FuzzyDate.parse("2024-10-07")));
    assertThat(event.casualties().orElseThrow().killed()).hasValue(Estimate.of(5, 3, 3));
    assertThat(dataset.resolve(Id.actor("ucdp-1")).orElseThrow().kind())
        .isEqualTo(Actor.Kind.CIVILIAN_GROUP);
    assertThat(event.place().orElseThrow().geoPrecision()).hasValue(Place.GeoPrecision.REGION);
    assertThat(Validator.defaults().validate(dataset).withCode("casualties.order"))
        .extracting(Finding::recordId)
        .containsExactly(Id.incident("ucdp-900002"));
  }

  @Test
  void noFigureIsInventedWhereUcdpGivesNone() {
    Incident event = incident("900003");
    Estimate killed = event.casualties().orElseThrow().killed().orElseThrow();
    assertThat(killed.best()).hasValue(2);
    assertThat(killed.low()).isEqualTo(OptionalInt.empty());
    assertThat(killed.high()).isEqualTo(OptionalInt.empty());
    assertThat(event.casualties().orElseThrow().breakdowns()).isEmpty();
    assertThat(event.place().orElseThrow().name()).isEqualTo("Syria");
    assertThat(event.place().orElseThrow().coordinates()).isEmpty();
    assertThat(event.sources()).isEmpty();
    assertThat(event.extensions())
        .containsEntry("x_ucdp_number_of_sources", ExtensionValue.ofJson("-1"));
  }
}
