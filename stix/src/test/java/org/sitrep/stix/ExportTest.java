package org.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.time.Timestamp;

class ExportTest {

  private static final Pattern MILLIS_UTC =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

  private final SitrepStix stix = SitrepStix.defaults();
  private final Dataset scenario = Fixtures.scenario();

  private JsonNode objects(Dataset dataset) throws Exception {
    return new ObjectMapper().readTree(stix.writeString(dataset)).get("objects");
  }

  private JsonNode objectOf(JsonNode objects, String sitrepId) {
    for (JsonNode object : objects) {
      JsonNode record =
          object.path("extensions").path(StixIds.EXTENSION_DEFINITION).path("sitrep_record");
      if (record.path("id").asText().equals(sitrepId)) {
        return object;
      }
    }
    throw new AssertionError("no object for " + sitrepId);
  }

  @Test
  void theSameDatasetGivesTheSameBytes(@TempDir Path folder) throws Exception {
    String first = stix.writeString(scenario);
    String second = SitrepStix.builder().build().writeString(Fixtures.scenario());
    assertThat(second).isEqualTo(first);
    Path file = folder.resolve("scenario.stix.json");
    stix.write(scenario, file);
    assertThat(Files.readString(file)).isEqualTo(first);
    assertThat(first).endsWith("}\n").doesNotContain("\r").contains("\n  \"objects\": [\n");
  }

  @Test
  void theNamespaceIsTheUuid5OfSitrepsUrlAndIdsAreUuid5OfSitrepIds() {
    UUID url = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    assertThat(StixIds.uuid5(url, "https://sitrep.org/stix/2.1")).isEqualTo(StixIds.NAMESPACE);
    // computed independently with Python's uuid.uuid5
    assertThat(StixIds.of("threat-actor", "actor:bla"))
        .isEqualTo("threat-actor--7238f50e-8ce8-5c17-8367-a6e7201e8aee");
    assertThat(StixIds.EXTENSION_DEFINITION)
        .isEqualTo("extension-definition--2f97fe08-dbef-5835-8f43-c7928ddb11e1");
  }

  @Test
  void everyRecordBecomesOneObjectNamedByItsSitrepIdCarryingItsWholeRecord() throws Exception {
    JsonNode objects = objects(scenario);
    for (SitrepRecord record : scenario.records()) {
      JsonNode object = objectOf(objects, record.id().toString());
      assertThat(StixIds.isIdentifier(object.get("id").asText())).isTrue();
      assertThat(object.get("id").asText())
          .endsWith(StixIds.uuid(record.id().toString()).toString());
      assertThat(object.get("spec_version").asText()).isEqualTo("2.1");
      assertThat(object.path("name").asText(object.path("abstract").asText()))
          .isEqualTo(record.name());
      assertThat(
              object
                  .get("extensions")
                  .get(StixIds.EXTENSION_DEFINITION)
                  .get("extension_type")
                  .asText())
          .isEqualTo("property-extension");
    }
    List<String> types = new ArrayList<>();
    objects.forEach(o -> types.add(o.get("type").asText()));
    assertThat(types.subList(0, 3)).containsExactly("identity", "extension-definition", "report");
  }

  @Test
  void actorsMapByKind() throws Exception {
    JsonNode objects = objects(scenario);
    assertThat(objectOf(objects, "actor:bla").get("type").asText()).isEqualTo("threat-actor");
    assertThat(objectOf(objects, "actor:bla").get("aliases").get(0).asText()).isEqualTo("BLA");
    JsonNode sharif = objectOf(objects, "actor:shehbaz-sharif");
    assertThat(sharif.get("type").asText()).isEqualTo("identity");
    assertThat(sharif.get("identity_class").asText()).isEqualTo("individual");
    JsonNode army = objectOf(objects, "actor:pakistan-army");
    assertThat(army.get("identity_class").asText()).isEqualTo("organization");
    assertThat(army.get("sectors").get(0).asText()).isEqualTo("defense");
  }

  @Test
  void theIncidentIsAttributedToItsPerpetratorTargetsItsTargetsAndIsLocatedAtItsPlace()
      throws Exception {
    JsonNode objects = objects(scenario);
    String incident = objectOf(objects, "incident:2024-10-06-karachi-airport").get("id").asText();
    String bla = objectOf(objects, "actor:bla").get("id").asText();
    List<String> relationships = new ArrayList<>();
    String location = null;
    for (JsonNode object : objects) {
      if (object.get("type").asText().equals("relationship")
          && object.get("source_ref").asText().equals(incident)) {
        relationships.add(object.get("relationship_type").asText());
        if (object.get("target_ref").asText().equals(bla)) {
          assertThat(object.get("confidence").asInt()).isEqualTo(70);
          assertThat(
                  object
                      .get("extensions")
                      .get(StixIds.EXTENSION_DEFINITION)
                      .get("certainty")
                      .asText())
              .isEqualTo("claimed");
        }
        if (object.get("relationship_type").asText().equals("located-at")) {
          location = object.get("target_ref").asText();
        }
      }
    }
    assertThat(relationships).containsExactly("attributed-to", "targets", "located-at");
    for (JsonNode object : objects) {
      if (object.get("id").asText().equals(location)) {
        assertThat(object.get("city").asText()).isEqualTo("Karachi");
        assertThat(object.get("latitude").asDouble()).isEqualTo(24.9065);
        assertThat(object.get("longitude").asDouble()).isEqualTo(67.1608);
        assertThat(object.get("country").asText()).isEqualTo("PK");
      }
    }
    assertThat(location).isNotNull();
  }

  @Test
  void timesAreUtcWithMillisecondsFromTheRecordOrTheAsOfDay() throws Exception {
    Actor pakistan =
        ((Actor) scenario.records().get(0))
            .toBuilder()
                .created(Timestamp.parse("2024-10-06T23:00:00.5+05:00"))
                .modified(Timestamp.parse("2024-11-19T12:00:00.123456Z"))
                .build();
    Dataset dataset =
        Dataset.of("Times", scenario.asOf(), List.of(pakistan, scenario.records().get(1)));
    JsonNode objects = objects(dataset);
    JsonNode first = objectOf(objects, "actor:pakistan");
    assertThat(first.get("created").asText()).isEqualTo("2024-10-06T18:00:00.500Z");
    assertThat(first.get("modified").asText()).isEqualTo("2024-11-19T12:00:00.123Z");
    JsonNode second = objectOf(objects, "actor:china");
    assertThat(second.get("created").asText()).isEqualTo("2024-11-20T00:00:00.000Z");
    assertThat(second.get("modified").asText()).isEqualTo("2024-11-20T00:00:00.000Z");
    for (JsonNode object : objects) {
      assertThat(object.get("created").asText()).matches(MILLIS_UTC);
      assertThat(object.get("modified").asText()).matches(MILLIS_UTC);
    }
  }

  @Test
  void sourcesBecomeExternalReferencesAndConfidenceIsKept() throws Exception {
    JsonNode objects = objects(GeneratedDatasets.generate(7, 60));
    int withReferences = 0;
    for (JsonNode object : objects) {
      JsonNode record =
          object.path("extensions").path(StixIds.EXTENSION_DEFINITION).path("sitrep_record");
      if (record.isMissingNode()) {
        continue;
      }
      int expected = record.path("sources").size() + record.path("externalIds").size();
      assertThat(object.path("external_references").size()).isEqualTo(expected);
      withReferences += expected > 0 ? 1 : 0;
      if (record.has("confidence")) {
        assertThat(object.get("confidence")).isEqualTo(record.get("confidence"));
      }
    }
    assertThat(withReferences).isPositive();
  }
}
