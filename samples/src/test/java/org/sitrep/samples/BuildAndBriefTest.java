package org.sitrep.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildAndBriefTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheBriefingOfTheFoundingScenario() throws IOException {
    BuildAndBrief.run(new String[0], out);

    assertThat(printed())
        .startsWith("Balochistan, autumn 2024\nas of 20 Nov 2024, 31 records\n")
        .contains("China's part in the offensive is unknown")
        .contains("the exercise runs from about 21 November to about 15 December 2024");
  }

  @Test
  void writesTheBriefingToTheFileGiven(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("out").resolve("briefing.txt");

    BuildAndBrief.run(new String[] {file.toString()}, out);

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("China's part in the offensive is unknown");
    assertThat(printed()).contains("Wrote the briefing of 31 records to " + file.toAbsolutePath());
    try (var left = Files.list(file.getParent())) {
      assertThat(left).containsExactly(file);
    }
  }

  @Test
  void refusesMoreThanOneArgument() {
    assertThatThrownBy(() -> BuildAndBrief.run(new String[] {"a", "b"}, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most one argument");
  }
}
