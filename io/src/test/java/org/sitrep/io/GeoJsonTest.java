package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;

/** GeoJSON of the founding scenario, checked against the rules of RFC 7946 and RFC 8142. */
class GeoJsonTest {

  /** The founding scenario, as the samples module writes it (kept in git). */
  private static final Path SCENARIO = Path.of("..", "samples", "data", "balochistan-2024.json");

  private final ObjectMapper mapper = new ObjectMapper();
  private final Dataset scenario = read();

  private static Dataset read() {
    try {
      return SitrepJson.strict().readDataset(SCENARIO);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** RFC 7946 sections 3.1.1, 3.1.2, 3.2, 3.3 and 4, for a collection of Point features. */
  private static void assertRfc7946FeatureCollection(JsonNode root) {
    assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(root.has("crs")).as("no crs member (RFC 7946 section 4)").isFalse();
    assertThat(root.get("features").isArray()).isTrue();
    root.get("features").forEach(GeoJsonTest::assertRfc7946Feature);
  }

  private static void assertRfc7946Feature(JsonNode feature) {
    assertThat(feature.get("type").asText()).isEqualTo("Feature");
    assertThat(feature.get("id").isTextual() || feature.get("id").isNumber()).isTrue();
    assertThat(feature.get("properties").isObject() || feature.get("properties").isNull()).isTrue();
    JsonNode geometry = feature.get("geometry");
    assertThat(geometry.get("type").asText()).isEqualTo("Point");
    JsonNode position = geometry.get("coordinates");
    assertThat(position.isArray()).isTrue();
    assertThat(position.size()).isBetween(2, 3);
    position.forEach(n -> assertThat(n.isNumber()).isTrue());
    assertThat(position.get(0).asDouble()).as("longitude").isBetween(-180.0, 180.0);
    assertThat(position.get(1).asDouble()).as("latitude").isBetween(-90.0, 90.0);
    assertThat(feature.has("crs")).isFalse();
  }

  private JsonNode featureAt(JsonNode root, String locality) {
    for (JsonNode feature : root.get("features")) {
      JsonNode properties = feature.get("properties");
      if (locality.equals(properties.path("locality").asText())
          || locality.equals(properties.path("place").asText())) {
        return feature;
      }
    }
    throw new AssertionError("no feature at " + locality);
  }

  @Test
  void theScenarioIsAValidFeatureCollectionHoldingKarachiGwadarAndBalochistan() throws Exception {
    JsonNode root = mapper.readTree(GeoJson.featureCollection().writeString(scenario));
    assertRfc7946FeatureCollection(root);
    JsonNode karachi = featureAt(root, "Karachi");
    assertThat(karachi.get("id").asText()).isEqualTo("incident:2024-10-06-karachi-airport");
    assertThat(karachi.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(67.1608);
    assertThat(karachi.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(24.9065);
    assertThat(
            mapper.convertValue(
                karachi.get("properties"), new TypeReference<Map<String, Object>>() {}))
        .containsEntry("id", "incident:2024-10-06-karachi-airport")
        .containsEntry("type", "incident")
        .containsEntry("name", "Suicide bombing outside Jinnah International Airport, Karachi")
        .containsEntry("date", "2024-10-06")
        .containsEntry("place", "Jinnah International Airport")
        .containsEntry("geoPrecision", "near")
        .containsEntry("pointer", "/place");
    JsonNode gwadar = featureAt(root, "Gwadar");
    assertThat(gwadar.get("id").asText()).isEqualTo("investment:cpec/assets/0");
    assertThat(gwadar.get("properties").get("geoPrecision").asText()).isEqualTo("exact");
    assertThat(gwadar.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(62.34);
    JsonNode balochistan = featureAt(root, "Balochistan");
    assertThat(balochistan.get("properties").get("geoPrecision").asText()).isEqualTo("region");
    assertThat(root.get("features")).hasSize(6);
  }

  @Test
  void recordsAndPlacesWithoutCoordinatesAreCountedAndListed() throws Exception {
    GeoJsonResult result =
        GeoJson.featureCollection()
            .write(scenario.records().iterator(), new ByteArrayOutputStream());
    assertThat(result.recordsRead()).isEqualTo(32);
    assertThat(result.features()).isEqualTo(6);
    assertThat(result.located()).isEqualTo(6);
    assertThat(result.withoutCoordinates()).containsExactly(Id.exercise("china-pakistan-ct-2024"));
    assertThat(result.placesWithoutCoordinates())
        .containsExactly("exercise:china-pakistan-ct-2024/place");
    assertThat(result.withoutPlace()).isEqualTo(25);
    assertThat(result.summary())
        .isEqualTo(
            "32 records: 6 features from 6 records, 1 without coordinates, 25 without a place");
  }

  @Test
  void textSequencesFollowRfc8142() throws Exception {
    String text = GeoJson.textSequence().writeString(scenario);
    assertThat(text).startsWith("\u001e{").endsWith("}\n");
    String[] parts = text.substring(1).split("\u001e");
    assertThat(parts).hasSize(6);
    for (String part : parts) {
      assertThat(part).endsWith("\n");
      assertRfc7946Feature(mapper.readTree(part));
    }
    JsonNode collection = mapper.readTree(GeoJson.featureCollection().writeString(scenario));
    List<JsonNode> features = new ArrayList<>();
    collection.get("features").forEach(features::add);
    for (int i = 0; i < parts.length; i++) {
      assertThat(mapper.readTree(parts[i])).isEqualTo(features.get(i));
    }
  }

  @Test
  void jsonLinesStreamToTheSameFeatures(@TempDir Path folder) throws Exception {
    Path lines = folder.resolve("scenario.jsonl");
    SitrepJson.strict().writeRecords(scenario.records().iterator(), lines);
    Path out = folder.resolve("scenario.geojson");
    try (RecordReader records = SitrepJson.strict().openRecords(lines)) {
      GeoJson.featureCollection().write(records, out);
    }
    assertThat(Files.readString(out)).isEqualTo(GeoJson.featureCollection().writeString(scenario));
  }

  @Test
  void theSameRecordsGiveTheSameBytesOneFeaturePerLine() {
    String first = GeoJson.featureCollection().writeString(scenario);
    assertThat(GeoJson.featureCollection().writeString(read())).isEqualTo(first);
    assertThat(first.split("\n")).hasSize(8);
    assertThat(first)
        .startsWith("{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\"");
  }

  @Test
  void noRecordsGiveAnEmptyCollection() {
    Dataset empty = Dataset.of("Empty", scenario.asOf(), List.of());
    assertThat(GeoJson.featureCollection().writeString(empty))
        .isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}\n");
    assertThat(GeoJson.textSequence().writeString(empty)).isEmpty();
  }

  @Test
  void aFailingInputLeavesTheTargetAsItWas(@TempDir Path folder) throws Exception {
    Path target = folder.resolve("out.geojson");
    Files.writeString(target, "old");
    Iterator<SitrepRecord> failing =
        new Iterator<>() {
          int i;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public SitrepRecord next() {
            if (i++ < 3) {
              return scenario.records().get(16);
            }
            throw new IllegalStateException("bad line");
          }
        };
    assertThatThrownBy(() -> GeoJson.featureCollection().write(failing, target))
        .hasMessage("bad line");
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("old");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }
}
