package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitrepCliTest {

  @Test
  void withoutACommandPrintsUsageAndExits2() {
    Run run = Run.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("missing command").contains("Usage: sitrep");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Run run = Run.of("valdate", "x.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("valdate");
  }

  @Test
  void printsTheProjectVersion() {
    Run run = Run.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("sitrep 0.").doesNotContain("${");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "convert", "stats", "rules", "completion"})
  void everyCommandHasHelpAndVersion(String command) {
    Run help = Run.of(command, "--help");
    Run version = Run.of(command, "--version");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: sitrep " + command).contains("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("sitrep ");
  }

  @Test
  void printsABashCompletionScript() {
    Run run = Run.of("completion");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("complete -F").contains("rules");
  }
}
