package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.cli.TestFiles.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded {@code target/sitrep.jar} as its own process, as a user would. */
class SitrepJarIT {

  private static Path jar() {
    String property = System.getProperty("sitrep.jar");
    Path jar = Path.of(property == null ? "target/sitrep.jar" : property);
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError(
          "the shaded jar is missing: "
              + jar.toAbsolutePath()
              + "; run ./mvnw -pl cli verify, which builds it in the package phase");
    }
    return jar;
  }

  private static Process run(Path outFile, Path errFile, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(outFile.toFile())
        .redirectError(errFile.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of(data("valid.jsonl")).toFile()))
        .start();
  }

  private static int exitCode(Process process) throws InterruptedException {
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar finished").isTrue();
    return process.exitValue();
  }

  @Test
  void validatesAFileAndExitsWithItsVerdict(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");

    int valid = exitCode(run(out, err, "validate", data("valid.json")));
    String validOut = Files.readString(out, StandardCharsets.UTF_8);
    int invalid = exitCode(run(out, err, "validate", data("invalid.json")));

    assertThat(valid).isZero();
    assertThat(validOut).contains("0 errors, 0 warnings, 0 info in 8 records");
    assertThat(invalid).isEqualTo(1);
    assertThat(out).content().contains("ref.unresolved").contains("period.inverted");
  }

  @Test
  void reportsUnreadableInputOnOneLineWithExitCode2(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Path notJson = Files.writeString(dir.resolve("not.json"), "{\"sitrep\": \"1.0\", oops");

    int exitCode = exitCode(run(out, err, "validate", notJson.toString()));

    assertThat(exitCode).isEqualTo(2);
    assertThat(Files.readAllLines(err))
        .singleElement()
        .asString()
        .contains("not.json:1:")
        .contains("[syntax]");
  }

  @Test
  void reportsAnUnreadableRecordAsAFindingWithExitCode1(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");

    int exitCode =
        exitCode(run(out, err, "validate", "--as-of", "2024-11-20", data("broken-line.jsonl")));

    assertThat(exitCode).isEqualTo(1);
    assertThat(out).content().contains("read.malformed-value").contains("line 3, column");
  }

  @Test
  void convertsStandardInputAndPrintsItsVersion(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");

    int converted =
        exitCode(run(out, err, "convert", "--to", "json", "--as-of", "2024-11-20", "-", "-"));
    String document = Files.readString(out);
    int version = exitCode(run(out, err, "--version"));

    assertThat(converted).isZero();
    assertThat(document).startsWith("{\n  \"sitrep\": \"1.0\",\n  \"title\": \"stdin\"");
    assertThat(version).isZero();
    assertThat(out).content().startsWith("sitrep 0.");
  }
}
