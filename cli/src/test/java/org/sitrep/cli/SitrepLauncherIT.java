package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.cli.TestFiles.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the POSIX launcher {@code target/sitrep} as a user would: it finds {@code sitrep.jar} beside
 * itself, picks the throughput collector unless the options name one, lowers C2's inlining of hot
 * methods unless the options set it, and passes the tool's arguments and exit code through. ({@code
 * sitrep.cmd} is its Windows twin, which this Linux build cannot run.)
 */
@EnabledOnOs(
    value = {OS.LINUX, OS.MAC},
    disabledReason = "the POSIX launcher needs /bin/sh")
class SitrepLauncherIT {

  private static Path launcher() {
    String property = System.getProperty("sitrep.launcher");
    Path launcher = Path.of(property == null ? "target/sitrep" : property);
    if (!Files.isExecutable(launcher)) {
      throw new AssertionError(
          "the launcher is missing or not executable: "
              + launcher.toAbsolutePath()
              + "; run ./mvnw -pl cli verify, which copies it in the package phase");
    }
    return launcher;
  }

  /** Runs {@code command} with JAVA_HOME set to this JVM and SITREP_OPTS to {@code options}. */
  private static Result run(Path dir, String options, Path command, String... args)
      throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    line.add(command.toString());
    line.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(line);
    Map<String, String> environment = builder.environment();
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.remove("JAVA_OPTS");
    environment.put("SITREP_OPTS", options);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Result(int exitCode, String out, String err) {}

  @Test
  void runsTheToolWithTheThroughputCollector(@TempDir Path dir) throws Exception {
    Result valid = run(dir, "-Xlog:gc", launcher(), "validate", data("valid.json"));
    Result invalid = run(dir, "", launcher(), "validate", data("invalid.json"));

    assertThat(valid.exitCode()).as(valid.err()).isZero();
    assertThat(valid.out())
        .contains("Using Parallel")
        .contains("0 errors, 0 warnings, 0 info in 8 records");
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.out()).contains("ref.unresolved");
  }

  @Test
  void aCollectorNamedInTheOptionsReplacesTheLaunchersOwn(@TempDir Path dir) throws Exception {
    // Two collectors on one command line would stop the JVM ("Conflicting collector combinations").
    Result serial =
        run(dir, "-XX:+UseSerialGC -Xlog:gc", launcher(), "validate", data("valid.json"));

    assertThat(serial.exitCode()).as(serial.err()).isZero();
    assertThat(serial.out()).contains("Using Serial").doesNotContain("Using Parallel");
  }

  @Test
  void inlinesHotMethodsUpTo100BytecodesUnlessTheOptionsSayOtherwise(@TempDir Path dir)
      throws Exception {
    Result launchers = run(dir, "-XX:+PrintFlagsFinal", launcher(), "--version");
    Result users = run(dir, "-XX:FreqInlineSize=325 -XX:+PrintFlagsFinal", launcher(), "--version");

    assertThat(launchers.exitCode()).as(launchers.err()).isZero();
    assertThat(launchers.out()).containsPattern("FreqInlineSize += 100 ");
    assertThat(users.exitCode()).as(users.err()).isZero();
    assertThat(users.out()).containsPattern("FreqInlineSize += 325 ");
  }

  @Test
  void findsTheJarBesideItselfWhenCalledThroughALink(@TempDir Path dir) throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("sitrep"), launcher().toAbsolutePath());

    Result version = run(dir, "", link, "--version");

    assertThat(version.exitCode()).as(version.err()).isZero();
    assertThat(version.out()).startsWith("sitrep 0.");
  }
}
