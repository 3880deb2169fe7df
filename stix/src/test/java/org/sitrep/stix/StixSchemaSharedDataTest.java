package org.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every object of the founding scenario's bundle validates against its own official STIX 2.1 schema
 * (object by object: the official bundle schema lists no incident, location, grouping, note or
 * opinion), with the networknt validator.
 */
class StixSchemaSharedDataTest {

  private final StixSchemas schemas =
      new StixSchemas(Fixtures.sharedData().resolve("stix2.1-json-schemas").resolve("schemas"));

  @Test
  void everyObjectOfTheScenarioValidatesAgainstItsOwnSchema() throws Exception {
    JsonNode bundle =
        new ObjectMapper().readTree(SitrepStix.defaults().writeString(Fixtures.scenario()));
    List<String> failures = new ArrayList<>();
    Set<String> types = new TreeSet<>();
    for (JsonNode object : bundle.get("objects")) {
      String type = object.get("type").asText();
      Optional<String> schema = schemas.schemaPathOf(type);
      assertThat(schema).as("an official schema for %s", type).isPresent();
      List<Error> errors = schemas.validate(schema.get(), object.toString());
      if (!errors.isEmpty()) {
        failures.add(object.get("id").asText() + "\n" + StixSchemas.describe(errors));
      }
      types.add(type);
    }
    assertThat(failures).isEmpty();
    assertThat(types)
        .containsExactly(
            "campaign",
            "extension-definition",
            "grouping",
            "identity",
            "incident",
            "location",
            "note",
            "relationship",
            "report",
            "threat-actor");
    assertThat(bundle.get("objects")).hasSize(58);
  }

  @Test
  void everyObjectOfGeneratedDatasetsValidatesToo() throws Exception {
    List<String> failures = new ArrayList<>();
    for (long seed = 1; seed <= 10; seed++) {
      JsonNode bundle =
          new ObjectMapper()
              .readTree(SitrepStix.defaults().writeString(GeneratedDatasets.generate(seed, 40)));
      for (JsonNode object : bundle.get("objects")) {
        String schema = schemas.schemaPathOf(object.get("type").asText()).orElseThrow();
        List<Error> errors = schemas.validate(schema, object.toString());
        if (!errors.isEmpty()) {
          failures.add(
              "seed "
                  + seed
                  + " "
                  + object.get("id").asText()
                  + "\n"
                  + StixSchemas.describe(errors));
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void theExampleBundlesImportedAndExportedAgainValidateToo() throws Exception {
    List<String> failures = new ArrayList<>();
    java.nio.file.Path examples = Fixtures.sharedData().resolve("stix2.1-examples");
    try (var files = java.nio.file.Files.list(examples)) {
      for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
        if (!file.toString().endsWith(".json")) {
          continue;
        }
        String again =
            SitrepStix.defaults().writeString(SitrepStix.defaults().read(file).dataset());
        for (JsonNode object : new ObjectMapper().readTree(again).get("objects")) {
          String schema = schemas.schemaPathOf(object.get("type").asText()).orElseThrow();
          List<Error> errors = schemas.validate(schema, object.toString());
          if (!errors.isEmpty()) {
            failures.add(
                file.getFileName()
                    + " "
                    + object.get("id").asText()
                    + "\n"
                    + StixSchemas.describe(errors));
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void theValidatorRejectsAnObjectThatBreaksItsSchema() throws Exception {
    // guards the test above against a validator that accepts everything
    String bad =
        "{\"type\":\"incident\",\"spec_version\":\"2.1\",\"id\":\"incident--not-a-uuid\","
            + "\"created\":\"2024-11-20T00:00:00Z\",\"modified\":\"2024-11-20T00:00:00.000Z\"}";
    List<Error> errors = schemas.validate("sdos/incident.json", bad);
    assertThat(StixSchemas.describe(errors)).contains("/id").contains("/created").contains("name");
  }
}
