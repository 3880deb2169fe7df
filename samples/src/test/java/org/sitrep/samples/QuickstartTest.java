package org.sitrep.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Dataset;
import org.sitrep.io.SitrepJson;

class QuickstartTest {

  /** Tests run in the module's directory. */
  private static final Path SOURCE = Path.of("src/main/java/org/sitrep/samples/Quickstart.java");

  private static final Path README = Path.of("../README.md");

  private final Output output = new Output();

  /** The lines between the markers, without the indentation they share. */
  static String region(List<String> lines) {
    int begin = lines.indexOf("    // quickstart:begin");
    int end = lines.indexOf("    // quickstart:end");
    assertThat(begin).as("the quickstart:begin marker").isNotNegative();
    assertThat(end).as("the quickstart:end marker, after begin").isGreaterThan(begin);
    StringBuilder code = new StringBuilder();
    for (String line : lines.subList(begin + 1, end)) {
      assertThat(line).as("indented at least like the markers").matches("( {4}.*)?");
      code.append(line.isEmpty() ? "" : line.substring(4)).append('\n');
    }
    return code.toString();
  }

  @Test
  void theReadmeShowsTheQuickstartCodeWordForWord() throws IOException {
    String code = region(Files.readAllLines(SOURCE, StandardCharsets.UTF_8));

    assertThat(code)
        .startsWith("// The whole program, imports included: samples/src/main/java/")
        .contains("\nActor bla = Actor.builder()\n")
        .hasLineCount(28);
    assertThat(Files.readString(README, StandardCharsets.UTF_8))
        .as("README.md's Quickstart; copy the region of Quickstart.java into it")
        .contains("\n```java\n" + code + "```\n");
  }

  @Test
  void regionTakesTheLinesBetweenTheMarkersDeIndented() {
    List<String> lines =
        List.of(
            "  void run() {",
            "    // quickstart:begin",
            "    a();",
            "",
            "      b();",
            "    // quickstart:end",
            "  }");

    assertThat(region(lines)).isEqualTo("a();\n\n  b();\n");
  }

  @Test
  void printsTheDocumentThatItReadsBackAndAValidationReportWithoutFindings() {
    Quickstart.run(new String[0], output.stream());

    String printed = output.text();
    String json = printed.substring(0, printed.indexOf("Read back equal: "));
    Dataset dataset = SitrepJson.strict().readDataset(json);
    assertThat(dataset.title()).isEqualTo("Quickstart");
    assertThat(dataset.records())
        .extracting(record -> record.id().toString())
        .containsExactly("actor:bla", "incident:2024-10-06-karachi-airport");
    assertThat(json)
        .contains("\"perpetrators\": [\n        {\n          \"actor\": \"actor:bla\",");
    assertThat(printed)
        .endsWith("}\nRead back equal: true\n0 errors, 0 warnings, 0 info in 2 records\n");
  }
}
