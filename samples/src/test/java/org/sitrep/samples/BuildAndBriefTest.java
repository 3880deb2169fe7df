package org.sitrep.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.io.GeoJson;
import org.sitrep.io.SitrepJson;
import org.sitrep.samples.scenario.BalochistanScenario;
import org.sitrep.stix.SitrepStix;

class BuildAndBriefTest {

  private final Output output = new Output();

  @Test
  void printsTheBriefingOfTheFoundingScenario(@TempDir Path directory) throws IOException {
    BuildAndBrief.run(new String[] {directory.resolve("s.json").toString()}, output.stream());

    assertThat(output.text())
        .startsWith("Balochistan, autumn 2024\nas of 20 Nov 2024, 32 records\n\nTIMELINE\n")
        .contains("\nACTORS\n", "\nOPEN QUESTIONS\n")
        .contains("China's part in the offensive is unknown")
        .contains("the exercise runs from about 21 November to about 15 December 2024");
  }

  @Test
  void printsTheValidationSummaryAfterTheBriefing(@TempDir Path directory) throws IOException {
    BuildAndBrief.run(new String[] {directory.resolve("s.json").toString()}, output.stream());

    assertThat(output.text())
        .contains("\n\nVALIDATION\n  0 errors, 0 warnings, 0 info in 32 records\n\nWrote ");
  }

  @Test
  void writesTheScenariosJsonDocumentToTheFileGiven(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("out").resolve("balochistan-2024.json");

    Path written = BuildAndBrief.run(new String[] {file.toString()}, output.stream());

    assertThat(written).isEqualTo(file.toAbsolutePath());
    assertThat(SitrepJson.strict().readDataset(file)).isEqualTo(BalochistanScenario.dataset());
    assertThat(output.text())
        .contains("\nWrote the 32 records as JSON to " + file.toAbsolutePath() + "\n");
  }

  @Test
  void writesTheStixBundleAndTheGeoJsonBesideTheDocument(@TempDir Path directory)
      throws IOException {
    Path file = directory.resolve("out").resolve("balochistan-2024.json");
    Path bundle = file.resolveSibling("balochistan-2024.stix.json");
    Path geoJson = file.resolveSibling("balochistan-2024.geojson");

    BuildAndBrief.run(new String[] {file.toString()}, output.stream());

    assertThat(SitrepStix.defaults().read(bundle).dataset())
        .isEqualTo(BalochistanScenario.dataset());
    assertThat(Files.readString(geoJson))
        .isEqualTo(GeoJson.featureCollection().writeString(BalochistanScenario.dataset()))
        .contains(
            "\"locality\":\"Karachi\"", "\"locality\":\"Gwadar\"", "\"place\":\"Balochistan\"");
    assertThat(output.text())
        .endsWith(
            "\nWrote the STIX 2.1 bundle to "
                + bundle.toAbsolutePath()
                + "\n"
                + "Wrote 6 places as GeoJSON to "
                + geoJson.toAbsolutePath()
                + " (without coordinates: exercise:china-pakistan-ct-2024/place)\n");
    try (var left = Files.list(file.getParent())) {
      assertThat(left).containsExactlyInAnyOrder(file, bundle, geoJson);
    }
  }

  @Test
  void refusesMoreThanOneArgument() {
    assertThatThrownBy(() -> BuildAndBrief.run(new String[] {"a", "b"}, output.stream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most one argument");
  }
}
