package org.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.core.Dataset;
import org.sitrep.io.SitrepJson;

/**
 * Export then import gives back an equal dataset: the Sitrep extension keeps every record whole.
 */
class RoundTripTest {

  private final SitrepStix stix = SitrepStix.defaults();

  @Test
  void theFoundingScenarioComesBackEqual() {
    Dataset scenario = Fixtures.scenario();
    StixImport back = stix.read(stix.writeString(scenario));
    assertThat(back.unmapped()).isEmpty();
    assertThat(back.objectsRead()).isEqualTo(58);
    assertThat(back.dataset()).isEqualTo(scenario);
    assertThat(SitrepJson.strict().writeString(back.dataset()))
        .isEqualTo(SitrepJson.strict().writeString(scenario));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void generatedDatasetsComeBackEqual(long seed) {
    Dataset generated = GeneratedDatasets.generate(seed, 40);
    StixImport back = stix.read(stix.writeString(generated));
    assertThat(back.unmapped()).isEmpty();
    assertThat(back.dataset()).isEqualTo(generated);
    assertThat(stix.writeString(back.dataset())).isEqualTo(stix.writeString(generated));
  }

  @Test
  void aRelationshipAnotherToolAddedToAnExportedObjectIsReportedNotMerged() {
    String bundle = stix.writeString(GoldenBundleTest.small());
    String added =
        "{\"type\":\"relationship\",\"spec_version\":\"2.1\","
            + "\"id\":\"relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad\","
            + "\"created\":\"2024-12-01T00:00:00.000Z\",\"modified\":\"2024-12-01T00:00:00.000Z\","
            + "\"relationship_type\":\"targets\","
            + "\"source_ref\":\"incident--bbde5575-988e-5ca3-bd66-725a161013af\","
            + "\"target_ref\":\"identity--be2b2910-82b6-5192-8969-98a26e77d6e2\"}";
    String edited = bundle.replace("\"objects\": [", "\"objects\": [" + added + ",");
    StixImport back = stix.read(edited);
    assertThat(back.dataset()).isEqualTo(GoldenBundleTest.small());
    assertThat(back.unmapped())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.index()).isZero();
              assertThat(u.reason()).contains("came back whole from its Sitrep extension");
            });
  }

  @Test
  void aRecordImportedFromStixGoesBackUnderItsOwnStixId() {
    StixImport imported = stix.read(Fixtures.resource("foreign-bundle.json"));
    String again = stix.writeString(imported.dataset());
    assertThat(again)
        .contains("\"id\": \"threat-actor--9a8a0d25-7636-429b-a99e-b2a73cd0f11f\"")
        .contains("\"id\": \"campaign--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"");
    assertThat(stix.read(again).dataset()).isEqualTo(imported.dataset());
    String intrusionSet =
        "{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":[{"
            + "\"type\":\"intrusion-set\",\"spec_version\":\"2.1\","
            + "\"id\":\"intrusion-set--4e78f46f-a023-4e5f-bc24-71b3ca22ec29\","
            + "\"created\":\"2016-04-06T20:03:48.000Z\",\"modified\":\"2016-04-06T20:03:48.000Z\","
            + "\"name\":\"Bobcat Breakin\",\"aliases\":[\"Zookeeper\"]}]}";
    String exported = stix.writeString(stix.read(intrusionSet).dataset());
    assertThat(exported)
        .contains(
            "\"type\": \"intrusion-set\",\n      \"spec_version\": \"2.1\",\n"
                + "      \"id\": \"intrusion-set--4e78f46f-a023-4e5f-bc24-71b3ca22ec29\"")
        .contains("\"aliases\": [\n        \"Zookeeper\"\n      ]");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e5",
        "1.0E-5",
        "-0",
        "2.50",
        "1E+400",
        "123456789012345678901234567890",
        "{\"a\":[1.10,-0.0e0,null]}"
      })
  void extensionNumbersKeepTheirText(String json) {
    org.sitrep.core.Actor actor =
        org.sitrep.core.Actor.builder()
            .id(org.sitrep.core.Id.actor("x"))
            .name("X")
            .kind(org.sitrep.core.Actor.Kind.OTHER)
            .putExtension("x_value", org.sitrep.core.ExtensionValue.ofJson(json))
            .build();
    Dataset dataset =
        Dataset.of("Numbers", java.time.LocalDate.of(2024, 1, 1), java.util.List.of(actor));
    String bundle = stix.writeString(dataset);
    if (!json.startsWith("{")) {
      assertThat(bundle).contains("\"x_value\": " + json + "\n");
    } else {
      assertThat(bundle).contains("1.10,\n", "-0.0e0,\n");
    }
    assertThat(stix.read(bundle).dataset()).isEqualTo(dataset);
  }

  @Test
  void anEmptyDatasetComesBackEqual() {
    Dataset empty = Dataset.of("Empty", java.time.LocalDate.of(2024, 1, 1), java.util.List.of());
    assertThat(stix.read(stix.writeString(empty)).dataset()).isEqualTo(empty);
  }
}
