package org.sitrep.samples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Dataset;
import org.sitrep.io.SitrepJson;
import org.sitrep.validation.Finding;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * The JSON documents checked in under {@code samples/data} are what {@link WriteScenarioFiles}
 * writes today, read back to the scenarios, and validate as they should.
 */
class ScenarioFilesTest {

  /** Tests run in the module's directory. */
  private static final Path DATA = Path.of("data");

  private static Dataset read(String file) throws IOException {
    return SitrepJson.strict().readDataset(DATA.resolve(file));
  }

  @Test
  void checkedInFilesAreByteForByteWhatTheCodeWrites(@TempDir Path directory) throws IOException {
    List<Path> written =
        WriteScenarioFiles.run(
            new String[] {directory.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(written)
        .extracting(path -> path.getFileName().toString())
        .containsExactly(WriteScenarioFiles.SCENARIO_FILE, WriteScenarioFiles.BROKEN_FILE);
    for (Path fresh : written) {
      Path checkedIn = DATA.resolve(fresh.getFileName());
      assertThat(checkedIn).as("samples/%s", checkedIn).isRegularFile();
      String message =
          String.format(
              "%s differs from what the code writes now. If the change is intended, run from the"
                  + " repository root\n"
                  + "  ./mvnw -B -q -pl samples compile exec:java"
                  + " -Dexec.mainClass=org.sitrep.samples.scenario.WriteScenarioFiles\n"
                  + "then read the diff (git diff samples/data) line by line before committing it.",
              "samples/" + checkedIn);
      List<String> expected = Files.readAllLines(fresh, StandardCharsets.UTF_8);
      List<String> actual = Files.readAllLines(checkedIn, StandardCharsets.UTF_8);
      for (int line = 0; line < Math.min(expected.size(), actual.size()); line++) {
        assertThat(actual.get(line))
            .as("line %d: %s", line + 1, message)
            .isEqualTo(expected.get(line));
      }
      assertThat(actual).as("line count: %s", message).hasSameSizeAs(expected);
      assertThat(Files.readAllBytes(checkedIn))
          .as("bytes (line ends, final newline, encoding): %s", message)
          .isEqualTo(Files.readAllBytes(fresh));
    }
  }

  @Test
  void theScenarioFileReadsBackToTheScenario() throws IOException {
    assertThat(read(WriteScenarioFiles.SCENARIO_FILE)).isEqualTo(BalochistanScenario.dataset());
  }

  @Test
  void theScenarioFileValidatesWithoutAnyFinding() throws IOException {
    ValidationReport report = Validator.defaults().validate(read(WriteScenarioFiles.SCENARIO_FILE));

    assertThat(report.count(Severity.ERROR)).as(report.toText()).isZero();
    assertThat(report.findings()).as("no warnings or info either:\n%s", report.toText()).isEmpty();
    assertThat(report.recordCount()).isEqualTo(32);
  }

  @Test
  void theBrokenFileReadsBackToTheBrokenScenario() throws IOException {
    assertThat(read(WriteScenarioFiles.BROKEN_FILE)).isEqualTo(BrokenScenario.dataset());
  }

  @Test
  void theBrokenFileMakesEveryRuleOfTheCatalogueFire() throws IOException {
    ValidationReport report = Validator.defaults().validate(read(WriteScenarioFiles.BROKEN_FILE));

    Set<String> fired = new TreeSet<>();
    report.findings().forEach(finding -> fired.add(finding.code()));
    Set<String> catalogue = new TreeSet<>();
    Validator.catalogue().forEach(rule -> catalogue.add(rule.code()));
    assertThat(fired).as(report.toText()).isEqualTo(catalogue);
    assertThat(fired).isEqualTo(BrokenScenario.expectedCodes());
    assertThat(Validator.catalogue()).extracting(RuleDescriptor::code).hasSize(18);
  }

  @Test
  void theBrokenFilesFindingsNameTheRecordsAndFieldsAtFault() throws IOException {
    ValidationReport report = Validator.defaults().validate(read(WriteScenarioFiles.BROKEN_FILE));

    assertThat(report.findings())
        .extracting(Finding::code, f -> f.recordId().toString(), Finding::documentPointer)
        .contains(
            tuple("actor.parent-cycle", "actor:pakistan", "/records/0/parent"),
            tuple(
                "ref.unresolved",
                "incident:2024-10-06-karachi-airport",
                "/records/17/perpetrators/1/actor"),
            tuple(
                "place.coordinates",
                "incident:2024-10-06-karachi-airport",
                "/records/17/place/coordinates/latitude"),
            tuple(
                "casualties.negative",
                "incident:2024-10-06-karachi-airport",
                "/records/17/casualties/injured/best"),
            tuple(
                "period.possibly-inverted",
                "operation:balochistan-comprehensive-operation",
                "/records/18/period"),
            tuple("period.inverted", "exercise:china-pakistan-ct-2024", "/records/22/period"),
            tuple("ref.wrong-type", "exercise:china-pakistan-ct-2024", "/records/22/host"),
            tuple("money.currency", "investment:cpec", "/records/24/value/currency"),
            tuple("ref.wrong-type", "statement:pmo-comprehensive-operation", "/records/25/speaker"),
            tuple("source.missing", "statement:bla-claim-karachi-airport", "/records/31/sources"),
            tuple("date.after-as-of", "incident:2024-12-06-karachi-airport", "/records/32/date"),
            tuple("id.duplicate", "actor:bla", "/records/33/id"));
    assertThat(report.withCode("ref.unresolved"))
        .singleElement()
        .satisfies(
            finding -> assertThat(finding.related()).hasValue(BrokenScenario.DANGLING_ACTOR));
    assertThat(report.count(Severity.WARNING)).isEqualTo(4);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.recordCount()).isEqualTo(34);
  }

  @Test
  void writeScenarioFilesRefusesADirectoryThatDoesNotExist(@TempDir Path directory) {
    Path missing = directory.resolve("nowhere");

    assertThatThrownBy(() -> WriteScenarioFiles.run(new String[] {missing.toString()}, System.out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No directory " + missing.toAbsolutePath());
    assertThat(missing).doesNotExist();
  }
}
