package org.sitrep.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.Estimate;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.Source;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.Timestamp;
import org.sitrep.validation.Severity;
import org.sitrep.validation.Validator;

/** ACLED import and export on hand-written fixtures of both column sets. */
class AcledCsvTest {

  private static Incident incident(Dataset dataset, String eventId) {
    return dataset.resolve(Id.incident(eventId.toLowerCase(Locale.ROOT))).orElseThrow();
  }

  @Test
  void currentExportWithLabelsMapsEveryColumn() {
    ImportResult result = Fixtures.acled("acled-current.csv");
    assertThat(result.summary()).isEqualTo("4 rows read: 4 imported, 0 rejected");
    Dataset dataset = result.dataset();

    Incident airport = incident(dataset, "PAK900001");
    assertThat(airport.externalIds()).containsEntry("acled", "PAK900001");
    assertThat(airport.name()).isEqualTo("Suicide bomb in Karachi - Jinnah International Airport");
    assertThat(airport.category()).isEqualTo(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE);
    assertThat(airport.subCategory()).hasValue(IncidentSubCategory.SUICIDE_BOMB);
    assertThat(airport.date()).hasValue(FuzzyDate.parse("2024-10-06"));
    assertThat(airport.casualties().orElseThrow().killed()).hasValue(Estimate.of(3));
    assertThat(airport.sources())
        .containsExactly(
            Source.builder().publisher("Dawn").build(),
            Source.builder().publisher("Reuters").build());
    assertThat(airport.modified()).hasValue(Timestamp.of(Instant.ofEpochSecond(1728518400)));
    assertThat(airport.description().orElseThrow()).startsWith("Fixture written by hand");
    assertThat(airport.extensions())
        .containsEntry("x_acled_disorder_type", ExtensionValue.ofString("Political violence"))
        .containsEntry("x_acled_civilian_targeting", ExtensionValue.ofString("Civilian targeting"))
        .containsEntry("x_acled_iso", ExtensionValue.ofJson("586"))
        .containsEntry("x_acled_region", ExtensionValue.ofString("South Asia"))
        .containsEntry("x_acled_source_scale", ExtensionValue.ofString("National-International"))
        .doesNotContainKey("x_acled_interaction")
        .doesNotContainKey("x_acled_population_best");
    Place place = airport.place().orElseThrow();
    assertThat(place.name()).isEqualTo("Karachi - Jinnah International Airport");
    assertThat(place.country()).hasValue("PK");
    assertThat(place.admin1()).hasValue("Sindh");
    assertThat(place.admin2()).hasValue("Karachi");
    assertThat(place.extensions())
        .containsEntry("x_acled_admin3", ExtensionValue.ofString("Malir"));
    assertThat(place.coordinates()).hasValue(Coordinates.of(24.9065, 67.1608));
    assertThat(place.geoPrecision()).hasValue(Place.GeoPrecision.EXACT);

    Involvement bla = airport.perpetrators().get(0);
    assertThat(bla.actor()).isEqualTo(Id.actor("pk-bla-baloch-liberation-army"));
    assertThat(bla.role()).hasValue("side 1");
    assertThat(bla.extensions()).containsEntry("x_acled_inter", ExtensionValue.ofJson("2"));
    Involvement civilians = airport.targets().get(0);
    assertThat(civilians.role()).hasValue("side 2");
    assertThat(civilians.extensions()).containsEntry("x_acled_inter", ExtensionValue.ofJson("7"));
    assertThat(dataset.resolve(Id.actor("pk-civilians-china")).orElseThrow().kind())
        .isEqualTo(Actor.Kind.CIVILIAN_GROUP);
  }

  @Test
  void timePrecisionGivesTheDayAWeekOrTheMonth() {
    Dataset dataset = Fixtures.acled("acled-current.csv").dataset();
    assertThat(incident(dataset, "PAK900002").date())
        .hasValue(Period.of(FuzzyDate.parse("2024-11-06"), FuzzyDate.parse("2024-11-12")));
    Incident month = incident(dataset, "PAK900003");
    assertThat(month.date()).hasValue(FuzzyDate.parse("2024-11"));
    assertThat(month.extensions())
        .containsEntry("x_acled_event_date", ExtensionValue.ofString("2024-11-16"));
  }

  @Test
  void actorsGetKindsSidesAndOneRecordEach() {
    Dataset dataset = Fixtures.acled("acled-current.csv").dataset();
    assertThat(dataset.duplicateIds()).isEmpty();
    assertThat(dataset.actors())
        .extracting(Actor::name, Actor::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "BLA: Baloch Liberation Army", Actor.Kind.ARMED_GROUP),
            org.assertj.core.groups.Tuple.tuple("Civilians (China)", Actor.Kind.CIVILIAN_GROUP),
            org.assertj.core.groups.Tuple.tuple(
                "Military Forces of Pakistan (2024-)", Actor.Kind.MILITARY),
            org.assertj.core.groups.Tuple.tuple(
                "Police Forces of Pakistan (2024-)", Actor.Kind.SECURITY_FORCE),
            org.assertj.core.groups.Tuple.tuple("Protesters (Pakistan)", Actor.Kind.CIVILIAN_GROUP),
            org.assertj.core.groups.Tuple.tuple("BYC: Baloch Yakjehti Committee", Actor.Kind.OTHER),
            org.assertj.core.groups.Tuple.tuple("Women (Pakistan)", Actor.Kind.OTHER),
            org.assertj.core.groups.Tuple.tuple(
                "Government of Pakistan (2024-)", Actor.Kind.GOVERNMENT_BODY),
            org.assertj.core.groups.Tuple.tuple(
                "Government of China (2013-)", Actor.Kind.GOVERNMENT_BODY));
    Incident clash = incident(dataset, "PAK900002");
    assertThat(clash.perpetrators())
        .extracting(i -> i.role().orElseThrow())
        .containsExactly("side 1", "side 1 associate");
    assertThat(clash.targets().get(0).actor()).isEqualTo(Id.actor("pk-bla-baloch-liberation-army"));
    Incident protest = incident(dataset, "PAK900003");
    assertThat(protest.targets()).isEmpty();
    assertThat(protest.tags()).containsExactly("crowd size=hundreds");
    assertThat(protest.description().orElseThrow()).contains("\nThey marched");
    assertThat(incident(dataset, "PAK900002").extensions())
        .containsEntry("x_acled_population_best", ExtensionValue.ofString("1200000"));
    assertThat(incident(dataset, "PAK900004").casualties()).isEmpty();
  }

  @Test
  void olderExportWithNumericCodesReadsTheSame() {
    Dataset dataset = Fixtures.acled("acled-codes.csv").dataset();
    Incident riot = incident(dataset, "ARG900002");
    assertThat(riot.perpetrators().get(0).extensions())
        .containsEntry("x_acled_inter", ExtensionValue.ofJson("5"));
    assertThat(riot.targets().get(0).extensions())
        .containsEntry("x_acled_inter", ExtensionValue.ofJson("1"));
    assertThat(riot.extensions()).doesNotContainKey("x_acled_interaction");
    assertThat(riot.place().orElseThrow().country()).hasValue("AR");
    assertThat(riot.place().orElseThrow().coordinates())
        .hasValue(Coordinates.of(-34.6833, -58.5667));
    assertThat(incident(dataset, "ARG900001").extensions())
        .containsEntry("x_acled_disorder_type", ExtensionValue.ofString("Demostrations"));
  }

  @Test
  void importedFixturesValidateWithoutErrors() {
    for (String fixture : List.of("acled-current.csv", "acled-codes.csv")) {
      Dataset dataset = Fixtures.acled(fixture).dataset();
      assertThat(Validator.defaults().validate(dataset).atLeast(Severity.ERROR))
          .as(fixture)
          .isEmpty();
    }
  }

  @Test
  void importExportImportGivesEqualRecordsInLabelsAndInCodes() throws IOException {
    for (String fixture : List.of("acled-current.csv", "acled-codes.csv")) {
      Dataset first = Fixtures.acled(fixture).dataset();
      for (AcledCsv.Codes codes : AcledCsv.Codes.values()) {
        StringWriter csv = new StringWriter();
        assertThat(AcledCsv.write(first, csv, codes)).isEqualTo(first.incidents().size());
        Dataset again =
            AcledCsv.open(new StringReader(csv.toString()), "again.csv").readAll().dataset();
        assertThat(again.records()).as(fixture + " " + codes).isEqualTo(first.records());
      }
    }
  }

  @Test
  void exportWritesLabelsOrCodesAndDerivedColumns() {
    Dataset dataset = Fixtures.acled("acled-current.csv").dataset();
    String labels = AcledCsv.writeString(dataset);
    assertThat(labels.lines().findFirst().orElseThrow())
        .isEqualTo(String.join(",", AcledCsv.columns()) + ",population_best");
    StringWriter streamed = new StringWriter();
    try {
      AcledCsv.write(dataset.records().iterator(), streamed, AcledCsv.Codes.LABELS);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(streamed.toString().lines().findFirst().orElseThrow())
        .isEqualTo(String.join(",", AcledCsv.columns()));
    assertThat(labels)
        .contains(
            "PAK900001,2024-10-06,2024,1,Political violence,Explosions/Remote violence,Suicide bomb,"
                + "BLA: Baloch Liberation Army,,Rebel group,Civilians (China),,Civilians,"
                + "Rebel group-Civilians,Civilian targeting,586,South Asia,Pakistan,Sindh,Karachi,Malir,"
                + "Karachi - Jinnah International Airport,24.9065,67.1608,1,Dawn; Reuters,")
        .contains("PAK900002,2024-11-09,2024,2,")
        .contains("PAK900003,2024-11-16,2024,3,");
    StringWriter codes = new StringWriter();
    try {
      AcledCsv.write(dataset, codes, AcledCsv.Codes.NUMBERS);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(codes.toString())
        .contains("BLA: Baloch Liberation Army,,2,Civilians (China),,7,27,")
        .contains(
            "Protesters (Pakistan),BYC: Baloch Yakjehti Committee; Women (Pakistan),6,,,0,60,");
  }
}
