package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The founding scenario the samples module writes to {@code samples/data}, through the tool. */
class SamplesTest {

  private static String sample(String name) {
    Path path = Path.of("..", "samples", "data", name);
    if (!Files.isRegularFile(path)) {
      throw new AssertionError(
          "sample file missing: "
              + path.toAbsolutePath().normalize()
              + "; the samples module keeps it under samples/data");
    }
    return path.toString();
  }

  @Test
  void theScenarioIsValid() {
    Run run = Run.of("validate", sample("balochistan-2024.json"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("0 errors").contains("as of 2024-11-20");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theBrokenCopyFailsListingRuleCodes() {
    Run run = Run.of("validate", sample("balochistan-2024-broken.json"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("ref.unresolved")
        .contains("period.inverted")
        .contains("id.duplicate")
        .contains("casualties.order");
  }

  @Test
  void theScenarioSurvivesARoundTripThroughJsonLines(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path lines = dir.resolve("scenario.jsonl");
    Path back = dir.resolve("scenario.json");

    Run there = Run.of("convert", sample("balochistan-2024.json"), lines.toString());
    Run again =
        Run.of(
            "convert", "--title", "x", "--as-of", "2024-11-20", lines.toString(), back.toString());
    Run stats = Run.of("stats", lines.toString());

    assertThat(there.exitCode()).isZero();
    assertThat(again.exitCode()).isZero();
    assertThat(Run.of("validate", back.toString()).exitCode()).isZero();
    assertThat(stats.out()).contains(": 32 records");
  }
}
