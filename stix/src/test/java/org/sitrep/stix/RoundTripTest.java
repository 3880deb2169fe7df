package org.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Dataset;
import org.sitrep.io.SitrepJson;

/** Export then import gives back an equal dataset: the Sitrep extension keeps every record whole. */
class RoundTripTest {

  private final SitrepStix stix = SitrepStix.defaults();

  @Test
  void theFoundingScenarioComesBackEqual() {
    Dataset scenario = Fixtures.scenario();
    StixImport back = stix.read(stix.writeString(scenario));
    assertThat(back.unmapped()).isEmpty();
    assertThat(back.objectsRead()).isEqualTo(61);
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
  void anEmptyDatasetComesBackEqual() {
    Dataset empty = Dataset.of("Empty", java.time.LocalDate.of(2024, 1, 1), java.util.List.of());
    assertThat(stix.read(stix.writeString(empty)).dataset()).isEqualTo(empty);
  }
}
