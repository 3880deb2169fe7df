package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;

/** Every property of a place goes into its feature; absent ones are left out. */
class GeoJsonPlaceTest {

  private static final String DOCUMENT =
      "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":["
          + "{\"type\":\"incident\",\"id\":\"incident:full\",\"name\":\"Full\",\"category\":\"battles\","
          + "\"date\":\"2024-11-09\",\"place\":{\"name\":\"Railway station\",\"kind\":\"site\","
          + "\"country\":\"PK\",\"admin1\":\"Balochistan\",\"admin2\":\"Quetta\","
          + "\"locality\":\"Quetta\",\"geoPrecision\":\"exact\","
          + "\"coordinates\":{\"latitude\":30.19,\"longitude\":67.01}}},"
          + "{\"type\":\"incident\",\"id\":\"incident:bare\",\"name\":\"Bare\",\"category\":\"battles\","
          + "\"place\":{\"name\":\"Somewhere\",\"coordinates\":{\"latitude\":1.5,\"longitude\":2.5}}}"
          + "]}";

  @TempDir Path dir;

  @Test
  void aFeatureCarriesEveryPropertyOfItsPlace() throws IOException {
    Dataset dataset = SitrepJson.strict().readDataset(DOCUMENT);
    JsonNode root = new ObjectMapper().readTree(GeoJson.featureCollection().writeString(dataset));
    JsonNode full = root.get("features").get(0);
    assertThat(full.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(67.01);
    assertThat(full.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(30.19);
    JsonNode properties = full.get("properties");
    List<String> names = new ArrayList<>();
    properties.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactly(
            "id",
            "type",
            "name",
            "date",
            "pointer",
            "place",
            "placeKind",
            "country",
            "admin1",
            "admin2",
            "locality",
            "geoPrecision");
    assertThat(properties.get("placeKind").asText()).isEqualTo("site");
    assertThat(properties.get("country").asText()).isEqualTo("PK");
    assertThat(properties.get("admin1").asText()).isEqualTo("Balochistan");
    assertThat(properties.get("admin2").asText()).isEqualTo("Quetta");
    assertThat(properties.get("locality").asText()).isEqualTo("Quetta");
    assertThat(properties.get("geoPrecision").asText()).isEqualTo("exact");

    JsonNode bare = root.get("features").get(1).get("properties");
    List<String> bareNames = new ArrayList<>();
    bare.fieldNames().forEachRemaining(bareNames::add);
    assertThat(bareNames).containsExactly("id", "type", "name", "pointer", "place");
  }

  @Test
  void aFileWriteReportsWhatItWrote() throws IOException {
    Dataset dataset = SitrepJson.strict().readDataset(DOCUMENT);
    Path out = dir.resolve("places.geojson");
    GeoJsonResult result = GeoJson.featureCollection().write(dataset, out);
    assertThat(result.recordsRead()).isEqualTo(2);
    assertThat(result.features()).isEqualTo(2);
    assertThat(result.located()).isEqualTo(2);
    assertThat(result.withoutCoordinates()).isEmpty();
    assertThat(result.withoutPlace()).isZero();
    assertThat(Files.readString(out)).isEqualTo(GeoJson.featureCollection().writeString(dataset));
    assertThat(dataset.records().get(0).id()).isEqualTo(Id.incident("full"));
  }

  @Test
  void onlyTheSequenceWriterWritesASequence() {
    assertThat(GeoJson.textSequence().isTextSequence()).isTrue();
    assertThat(GeoJson.featureCollection().isTextSequence()).isFalse();
  }
}
