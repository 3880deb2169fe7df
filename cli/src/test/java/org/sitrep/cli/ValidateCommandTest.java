package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.cli.TestFiles.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @Test
  void aRepeatedPropertyIsCaughtUnlessTheCheckIsTurnedOff(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("repeated.jsonl"),
            "{\"type\":\"actor\",\"id\":\"actor:a\",\"name\":\"A\",\"name\":\"B\","
                + "\"kind\":\"other\"}\n");

    Run checked = Run.of("validate", "--as-of", "2024-11-20", file.toString());
    Run fast = Run.of("validate", "--as-of", "2024-11-20", "--no-duplicate-check", file.toString());

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.out())
        .contains("read.duplicate-property  /name  line 1, column 49: property 'name' given twice");
    assertThat(fast.exitCode()).isZero();
  }

  @Test
  void aValidDocumentExits0() {
    Run run = Run.of("validate", data("valid.json"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("valid.json: document, as of 2024-11-20")
        .contains("0 errors, 0 warnings, 0 info in 8 records");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aDocumentWithErrorsExits1AndListsTheFindings() {
    Run run = Run.of("validate", data("invalid.json"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("records/1 incident:2024-10-06-karachi-airport")
        .contains("ref.unresolved")
        .contains("/perpetrators/0/actor")
        .contains("period.inverted")
        .contains("2 errors, 0 warnings, 0 info in 3 records");
  }

  @Test
  void jsonLinesAreValidatedAsOfTheGivenDay() {
    Run valid = Run.of("validate", "--as-of", "2024-11-20", data("valid.jsonl"));
    Run invalid = Run.of("validate", "--as-of", "2024-11-20", data("invalid.jsonl"));

    assertThat(valid.exitCode()).isZero();
    assertThat(valid.out()).contains("JSON Lines, as of 2024-11-20").contains("in 6 records");
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.out()).contains("date.after-as-of").contains("ref.unresolved");
  }

  @Test
  void anAsOfThatIsNotADayIsRefusedSayingWhy() {
    Run month = Run.of("validate", "--as-of", "2024-11", data("valid.jsonl"));
    Run noSuchDay = Run.of("validate", "--as-of", "2024-02-30", data("valid.jsonl"));
    Run approximate = Run.of("convert", "--as-of", "2024-11-20~", data("valid.jsonl"));

    assertThat(month.exitCode()).isEqualTo(2);
    assertThat(month.err())
        .contains("Invalid value for option '--as-of': '2024-11' is not a day (YYYY-MM-DD)");
    assertThat(noSuchDay.exitCode()).isEqualTo(2);
    assertThat(noSuchDay.err())
        .contains("'2024-02-30' is not a day (YYYY-MM-DD): ")
        .contains("day 30 out of range 01-29 for 2024-02");
    assertThat(approximate.exitCode()).isEqualTo(2);
    assertThat(approximate.err()).contains("'2024-11-20~' is not a day (YYYY-MM-DD)");
  }

  @Test
  void jsonLinesWithoutAsOfAreValidatedAsOfTodayNamedOnceOnStderr() {
    Run run = Run.of("validate", data("valid.jsonl"), data("valid.jsonl"), data("valid.json"));
    LocalDate today = LocalDate.now(java.time.ZoneId.systemDefault());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("JSON Lines, as of " + today);
    assertThat(run.err())
        .isEqualTo(
            "sitrep: validating as of "
                + today
                + " (today; pass --as-of to fix the day)"
                + System.lineSeparator());
  }

  @Test
  void withAsOfOrForADocumentTheDayIsNotAnnounced() {
    Run lines = Run.of("validate", "--as-of", "2024-11-20", data("valid.jsonl"));
    Run document = Run.of("validate", data("valid.json"));

    assertThat(lines.exitCode()).isZero();
    assertThat(lines.err()).isEmpty();
    assertThat(document.exitCode()).isZero();
    assertThat(document.err()).isEmpty();
  }

  @Test
  void progressAlwaysPrintsTheCountOnStderrEvenIntoAWriter() {
    Run run =
        Run.of("validate", "--progress", "always", "--as-of", "2024-11-20", data("valid.jsonl"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("in 6 records");
    assertThat(run.err())
        .startsWith("\r" + data("valid.jsonl") + ": 6 records read, ")
        .endsWith(" records/s" + System.lineSeparator());
  }

  @Test
  void progressNeverIsSilentAndTheOptionWorksBeforeTheCommandToo() {
    Run after =
        Run.of("validate", "--progress=never", "--as-of", "2024-11-20", data("valid.jsonl"));
    Run before =
        Run.of("--progress", "always", "validate", "--as-of", "2024-11-20", data("valid.jsonl"));

    assertThat(after.exitCode()).isZero();
    assertThat(after.err()).isEmpty();
    assertThat(before.exitCode()).isZero();
    assertThat(before.err()).contains(": 6 records read, ");
  }

  @Test
  void aBadProgressModeIsAUsageError() {
    Run run = Run.of("validate", "--progress", "sometimes", data("valid.json"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("sometimes")
        .contains("AUTO, ALWAYS, NEVER")
        .contains("sitrep validate --help");
  }

  @Test
  void aDocumentWhoseTitleComesFirstIsADocumentWhateverItsName(@TempDir Path dir)
      throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("titled-first.jsonl"),
            "{\"title\":\"t\",\"sitrep\":\"1.0\",\"asOf\":\"2024-11-20\",\"records\":["
                + ACTOR
                + "]}");

    Run run = Run.of("validate", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("document, as of 2024-11-20").contains("in 1 record");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aPrettyPrintedDocumentWithItsRecordsFirstIsADocument() {
    String document =
        "\uFEFF\n  {\n    \"records\" : [\n      "
            + ACTOR
            + "\n    ],\n    \"asOf\" : \"2024-11-20\","
            + "\n    \"title\" : \"t\",\n    \"sitrep\" : \"1.0\"\n  }\n";

    Run run = Run.withStdin(document, "validate", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("<stdin>: document, as of 2024-11-20").contains("in 1 record");
  }

  @Test
  void aRecordWhoseTypeIsNotFirstIsJsonLinesEvenNamedJson(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("records.json"),
            "{\"name\":\"BLA\",\"x_note\":{\"title\":1},\"id\":\"actor:bla\",\"type\":\"actor\","
                + "\"kind\":\"armed-group\"}\n"
                + ACTOR.replace("bla", "bra")
                + "\n");

    Run run = Run.of("validate", "--as-of", "2024-11-20", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("JSON Lines, as of 2024-11-20").contains("in 2 records");
  }

  @Test
  void theExtensionDecidesOnlyWhenTheContentSaysNothing(@TempDir Path dir) throws IOException {
    Path document = Files.writeString(dir.resolve("empty-object.json"), "{}");
    Path lines = Files.writeString(dir.resolve("empty-object.jsonl"), "{}");

    Run asDocument = Run.of("validate", document.toString());
    Run asLines = Run.of("validate", "--as-of", "2024-11-20", lines.toString());

    assertThat(asDocument.exitCode()).isEqualTo(2);
    assertThat(asDocument.err()).contains("of the document").contains("[missing-property]");
    // a line that is not a record is a finding of the one-pass report, not a refusal
    assertThat(asLines.exitCode()).isEqualTo(1);
    assertThat(asLines.out()).doesNotContain("of the document").contains("read.missing-property");
  }

  @Test
  void asOfReplacesTheDocumentsDay() {
    Run run = Run.of("validate", "--as-of", "2024-10-01", data("valid.json"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("as of 2024-10-01").contains("date.after-as-of");
  }

  @Test
  void ruleSeverityAndDisableGoThroughTheValidatorConfiguration() {
    Run downgraded =
        Run.of(
            "validate",
            "--rule-severity",
            "ref.unresolved=warning",
            "--disable",
            "period.inverted",
            data("invalid.json"));

    assertThat(downgraded.exitCode()).isZero();
    assertThat(downgraded.out())
        .contains("warning  ref.unresolved")
        .doesNotContain("period.inverted")
        .contains("0 errors, 1 warning, 0 info");
  }

  @Test
  void anUnknownRuleCodeIsAUsageError() {
    Run run = Run.of("validate", "--disable", "no.such-rule", data("valid.json"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no.such-rule").contains("sitrep validate --help");
  }

  @Test
  void aBadSeverityIsAUsageError() {
    Run run = Run.of("validate", "--rule-severity", "ref.unresolved=fatal", data("valid.json"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("fatal");
  }

  @Test
  void anUnreadableLineIsAFindingNamingLineAndColumnAndTheRestIsValidated() {
    String file = data("broken-line.jsonl");
    Run run = Run.of("validate", "--as-of", "2024-11-20", file);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .containsPattern(
            "records/2 incident:[a-z0-9-]+\n  error +read.malformed-value +/perpetrators/0/actor +line 3, column")
        .contains("actr:bla")
        .contains("1 record could not be read and were not checked by the rules: records/2");
  }

  @Test
  void aSyntaxErrorInADocumentIsOneLine() {
    String file = data("broken-syntax.json");
    Run run = Run.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("sitrep: " + file + ":7:")
        .contains("[syntax]");
  }

  @Test
  void debugAddsTheStackTrace() {
    Run run = Run.of("validate", "--debug", data("broken-syntax.json"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("SitrepReadException").contains("\tat ");
  }

  @Test
  void aMissingFileExits2() {
    Run run = Run.of("validate", "no-such-file.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("sitrep: no-such-file.json: no such file" + System.lineSeparator());
  }

  @Test
  void theWorstFileDecidesTheExitCode() {
    Run run =
        Run.of("validate", data("valid.json"), data("invalid.json"), data("broken-syntax.json"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .contains("valid.json: document")
        .contains("invalid.json: document")
        .contains("broken-syntax.json: not validated");
  }

  @Test
  void printsAReportForMachines() {
    Run run =
        Run.of("validate", "--format", "json", data("invalid.json"), data("broken-syntax.json"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .contains("\"valid\" : false")
        .contains("\"format\" : \"json\"")
        .contains("\"asOf\" : \"2024-11-20\"")
        .contains("\"records\" : 3")
        .contains("\"code\" : \"ref.unresolved\"")
        .contains("\"instanceLocation\" : \"/records/1/perpetrators/0/actor\"")
        .contains("\"related\" : \"actor:ttp\"")
        .contains("\"code\" : \"syntax\"")
        .contains("\"line\" : 7");
  }

  @Test
  void readsJsonLinesFromStandardInput() {
    Run run =
        Run.withStdin(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}\n",
            "validate",
            "--as-of",
            "2024-11-20",
            "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("<stdin>: JSON Lines").contains("in 1 record");
  }

  @Test
  void readsADocumentFromStandardInput() throws IOException {
    String document = Files.readString(Path.of(data("invalid.json")));

    Run run = Run.withStdin(document, "validate", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("<stdin>: document, as of 2024-11-20")
        .contains("period.inverted");
  }

  @Test
  void detectsADocumentByContentWhateverItsName(@TempDir Path dir) throws IOException {
    Path renamed = dir.resolve("data.jsonl");
    Files.copy(Path.of(data("valid.json")), renamed);

    Run run = Run.of("validate", renamed.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("document, as of 2024-11-20");
  }

  @Test
  void fromOverridesDetection(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("records.txt");
    Files.writeString(
        file,
        "\n\n{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}\n",
        StandardCharsets.UTF_8);

    Run detected = Run.of("validate", "--as-of", "2024-11-20", file.toString());
    Run forced = Run.of("validate", "--from", "json", file.toString());

    assertThat(detected.exitCode()).isZero();
    assertThat(detected.out()).contains("JSON Lines").contains("in 1 record");
    assertThat(forced.exitCode()).isEqualTo(2);
    assertThat(forced.err()).startsWith("sitrep: " + file + ":3:");
  }

  @Test
  void anEmptyJsonLinesFileHasNoRecords(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.jsonl"));

    Run run = Run.of("validate", "--as-of", "2024-11-20", empty.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("0 errors, 0 warnings, 0 info in 0 records");
  }

  @Test
  void withoutAFileIsAUsageError() {
    Run run = Run.of("validate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("FILE");
  }

  private static final String ACTOR =
      "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}";

  @Test
  void aDocumentWhoseAsOfFollowsItsRecordsIsValidatedAsOfThatDay() {
    String document =
        "{\"sitrep\":\"1.0\",\"records\":[" + ACTOR + "],\"title\":\"t\",\"asOf\":\"2024-11-20\"}";

    Run run = Run.withStdin(document, "validate", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("<stdin>: document, as of 2024-11-20")
        .contains("0 info in 1 record\n");
  }

  @Test
  void aDocumentWithoutATitleIsOneLineNamingTheProblem(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("untitled.json"),
            "{\"sitrep\":\"1.0\",\"asOf\":\"2024-11-20\",\"records\":[" + ACTOR + "]}");

    Run run = Run.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "sitrep: "
                + file
                + ":1:1: missing required property 'title' of the document"
                + " [missing-property]"
                + System.lineSeparator());
  }

  @Test
  void anUnknownPropertyAfterTheRecordsIsRefused(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("extra.json"),
            "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":["
                + ACTOR
                + "],\n\"colour\":1}");

    Run run = Run.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "sitrep: "
                + file
                + ":2:1: unknown property 'colour': a document has only"
                + " sitrep, title, asOf and records")
        .contains("(at /colour) [unknown-property]");
  }

  @Test
  void everyThreadCountGivesTheSameReport(@TempDir Path dir) throws IOException {
    // several chunks of 1 MiB, with read problems in them and across chunk ends
    Path file = dir.resolve("big.jsonl");
    BigJsonLines.main(new String[] {file.toString(), "9000"});
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    for (int i = 500; i < lines.size(); i += 997) {
      String line = lines.get(i);
      switch (i % 4) {
        case 0 -> lines.set(i, "{\"colour\":\"red\"," + line.substring(1));
        case 1 -> lines.set(i, line.substring(0, line.length() / 2));
        case 2 -> lines.set(i, "");
        default -> lines.set(i, line + "\r");
      }
    }
    // findings of record rules (checked on the decoding threads), duplicate ids, unresolved and
    // forward references (checked in order), in every chunk
    List<String> late = new ArrayList<>();
    for (int i = 1_700; i < lines.size(); i += 1_231) {
      String line = lines.get(i);
      switch (i % 5) {
        case 0 ->
            lines.set(i, line.replaceFirst("\"date\":\"[0-9-]+\"", "\"date\":\"2025-03-01\""));
        case 1 -> lines.set(i, line.replaceFirst("\"best\":[0-9]+", "\"best\":-3"));
        case 2 -> lines.set(i, lines.get(i - 600));
        case 3 -> lines.set(i, line.replaceFirst("actor:group-", "actor:nobody-"));
        default -> {
          lines.set(i, line.replaceFirst("actor:group-[0-9]+", "actor:late-" + i));
          late.add(
              "{\"type\":\"actor\",\"id\":\"actor:late-"
                  + i
                  + "\",\"name\":\"Late\",\"kind\":\"armed-group\"}");
        }
      }
    }
    lines.addAll(late);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    assertThat(Files.size(file)).isGreaterThan(3L << 20);

    for (String format : List.of("text", "json")) {
      Run one = validateWithThreads(file, format, "1");
      Run byDefault =
          Run.of("validate", "--as-of", "2024-12-31", "--format", format, file.toString());

      assertThat(one.exitCode()).isEqualTo(1);
      assertThat(one.out())
          .contains("read.unknown-property", "read.syntax")
          .contains("date.after-as-of", "casualties.negative", "id.duplicate", "ref.unresolved");
      assertThat(byDefault).isEqualTo(one);
      // two: one decoding thread and the validating one, which decodes when it would wait
      for (String threads : List.of("2", "3")) {
        assertThat(validateWithThreads(file, format, threads)).isEqualTo(one);
      }
    }
  }

  private static Run validateWithThreads(Path file, String format, String threads) {
    return Run.of(
        "validate",
        "--as-of",
        "2024-12-31",
        "--format",
        format,
        "--threads",
        threads,
        file.toString());
  }

  @Test
  void threadsMustBeAtLeastOne() {
    Run run = Run.of("validate", "--threads", "0", data("valid.jsonl"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--threads must be at least 1, was 0");
  }
}
