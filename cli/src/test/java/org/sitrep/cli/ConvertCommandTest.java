package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.cli.TestFiles.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

  /** The JSON Lines header of valid.json: its title and asOf. */
  private static final String HEADER =
      "{\"sitrep\":\"1.0\",\"title\":\"Balochistan, autumn 2024 (CLI test)\",\"asOf\":\"2024-11-20\"}";

  @TempDir Path dir;

  @Test
  void aDocumentBecomesOneRecordPerLine() throws IOException {
    Path out = dir.resolve("out.jsonl");

    Run run = Run.of("convert", data("valid.json"), out.toString());

    assertThat(run.exitCode()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(1 + 8);
    assertThat(lines.get(0)).isEqualTo(HEADER);
    assertThat(lines.subList(1, 9))
        .allSatisfy(line -> assertThat(line).startsWith("{\"type\":"))
        .first()
        .asString()
        .startsWith("{\"type\":\"actor\",\"id\":\"actor:bla\"");
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void jsonLinesBecomeADocumentWithTheGivenTitleAndDay() throws IOException {
    Path out = dir.resolve("out.json");

    Run run =
        Run.of(
            "convert",
            "--title",
            "Test",
            "--as-of",
            "2024-11-20",
            data("valid.jsonl"),
            out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out))
        .startsWith("{\n  \"sitrep\": \"1.0\",\n  \"title\": \"Test\",\n  \"asOf\": \"2024-11-20\"")
        .contains("\"id\": \"incident:2024-08-26-musakhel\"");
    assertThat(Run.of("validate", out.toString()).exitCode()).isZero();
  }

  @Test
  void aDocumentFromJsonLinesIsNamedAfterTheFileAndDatedTodayAndSaysSo() throws IOException {
    Path out = dir.resolve("out.json");

    Run run = Run.of("convert", data("valid.jsonl"), out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains(
            "valid.jsonl names no asOf day: the document is dated today, "
                + java.time.LocalDate.now(java.time.ZoneId.systemDefault()));
    assertThat(Files.readString(out))
        .contains("\"title\": \"valid\"")
        .contains(
            "\"asOf\": \"" + java.time.LocalDate.now(java.time.ZoneId.systemDefault()) + "\"");
  }

  @Test
  void aRoundTripKeepsTheDocument() throws IOException {
    Path lines = dir.resolve("lines.ndjson");
    Path back = dir.resolve("back.json");

    Run there = Run.of("convert", data("valid.json"), lines.toString());
    Run again =
        Run.of(
            "convert",
            lines.toString(),
            back.toString(),
            "--title",
            "Balochistan, autumn 2024 (CLI test)",
            "--as-of",
            "2024-11-20");
    Run pretty = Run.of("convert", "--to", "json", data("valid.json"), "-");

    assertThat(there.exitCode()).isZero();
    assertThat(again.exitCode()).isZero();
    assertThat(Files.readString(back)).isEqualTo(pretty.out());
  }

  @Test
  void aDocumentToJsonLinesAndBackIsByteIdentical() throws IOException {
    Path lines = dir.resolve("lines.jsonl");
    Path back = dir.resolve("back.json");

    Run there = Run.of("convert", data("valid.json"), lines.toString());
    Run again = Run.of("convert", lines.toString(), back.toString());

    assertThat(there.exitCode()).isZero();
    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).isEmpty();
    assertThat(Files.readString(back))
        .isEqualTo(Run.of("convert", "--to", "json", data("valid.json"), "-").out());
    assertThat(Run.of("validate", lines.toString()).out())
        .startsWith(lines + ": JSON Lines, as of 2024-11-20\n");
  }

  @Test
  void theFoundingScenarioToJsonLinesAndBackIsTheSameFile() throws IOException {
    Path scenario = Path.of("..", "samples", "data", "balochistan-2024.json");
    Path lines = dir.resolve("scenario.jsonl");
    Path back = dir.resolve("scenario.json");

    assertThat(Run.of("convert", scenario.toString(), lines.toString()).exitCode()).isZero();
    assertThat(Run.of("convert", lines.toString(), back.toString()).exitCode()).isZero();

    assertThat(Files.readAllLines(lines).get(0)).startsWith("{\"sitrep\":\"1.0\",\"title\":");
    assertThat(Files.mismatch(scenario, back)).isEqualTo(-1L);
  }

  @Test
  void writesToStandardOutputWithTo() {
    Run run = Run.of("convert", "--to", "jsonl", data("valid.json"), "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(1 + 8).first().isEqualTo(HEADER);
  }

  @Test
  void readsStandardInput() throws IOException {
    Run run =
        Run.withStdin(
            Files.readString(Path.of(data("valid.jsonl"))),
            "convert",
            "--to",
            "json",
            "--as-of",
            "2024-11-20",
            "-",
            "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"title\": \"stdin\"").contains("\"asOf\": \"2024-11-20\"");
  }

  @Test
  void standardOutputNeedsTo() {
    Run run = Run.of("convert", data("valid.json"), "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--to json|jsonl|acled|stix|geojson|geojsonseq is required");
  }

  @Test
  void anUnknownExtensionNeedsTo() {
    Run run = Run.of("convert", data("valid.json"), dir.resolve("out.txt").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot tell the output format");
  }

  @Test
  void refusesToOverwriteItsInput() throws IOException {
    Path input = dir.resolve("data.json");
    Files.copy(Path.of(data("valid.json")), input);
    byte[] before = Files.readAllBytes(input);

    Run run =
        Run.of(
            "convert",
            "--to",
            "json",
            input.toString(),
            dir.resolve(".").resolve("data.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("refusing to overwrite the input file");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void aBadLineLeavesNoOutputBehind() throws IOException {
    Path out = dir.resolve("out.json");
    Path kept = dir.resolve("kept.jsonl");
    Files.writeString(kept, "old\n");

    Run toDocument = Run.of("convert", data("broken-line.jsonl"), out.toString());
    Run toLines = Run.of("convert", "--to", "jsonl", data("broken-line.jsonl"), kept.toString());

    assertThat(toDocument.exitCode()).isEqualTo(2);
    assertThat(toDocument.err()).contains("broken-line.jsonl:3:").contains("[malformed-value]");
    assertThat(toLines.exitCode()).isEqualTo(2);
    assertThat(out).doesNotExist();
    assertThat(kept).hasContent("old");
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void anOutputInAMissingDirectoryExits2() {
    Run run = Run.of("convert", data("valid.json"), dir.resolve("no/such/out.jsonl").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("out.jsonl: cannot be written: no such directory");
  }

  @Test
  void aDocumentOnStandardInputStreamsToJsonLinesKeepingItsHeaderForADocument() throws IOException {
    String document = Files.readString(Path.of(data("valid.json")));
    Path out = dir.resolve("copy.json");

    Run toLines = Run.withStdin(document, "convert", "--to", "jsonl", "-", "-");
    Run toDocument = Run.withStdin(document, "convert", "-", out.toString());

    assertThat(toLines.exitCode()).isZero();
    assertThat(toLines.out().lines()).hasSize(1 + 8).first().isEqualTo(HEADER);
    assertThat(toLines.out().lines().skip(1)).allMatch(line -> line.startsWith("{\"type\":"));
    assertThat(toDocument.exitCode()).isZero();
    assertThat(Files.readString(out))
        .contains("\"title\": \"Balochistan, autumn 2024 (CLI test)\"")
        .contains("\"asOf\": \"2024-11-20\"");
  }

  @Test
  void aProblemAfterTheRecordsLeavesNoOutputBehind() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.json"),
            "{\"sitrep\":\"1.0\",\"title\":\"t\",\"records\":[{\"type\":\"actor\","
                + "\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}]}");
    Path out = dir.resolve("out.jsonl");

    Run run = Run.of("convert", in.toString(), out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("missing required property 'asOf' of the document [missing-property]");
    assertThat(out).doesNotExist();
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }
}
