package org.sitrep.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;
import org.sitrep.samples.scenario.BalochistanScenario;
import org.sitrep.samples.scenario.BrokenScenario;

class ValidateFileTest {

  private final Output output = new Output();

  @Test
  void aCleanDocumentExitsWithZero() throws IOException {
    int status = ValidateFile.run(new String[] {"data/balochistan-2024.json"}, output.stream());

    assertThat(status).isZero();
    assertThat(output.text()).isEqualTo("0 errors, 0 warnings, 0 info in 32 records\n");
  }

  @Test
  void aBrokenDocumentPrintsItsFindingsAndExitsWithOne() throws IOException {
    int status =
        ValidateFile.run(new String[] {"data/balochistan-2024-broken.json"}, output.stream());

    assertThat(status).isEqualTo(1);
    assertThat(output.text())
        .startsWith("records/0 actor:pakistan\n  error    actor.parent-cycle ")
        .contains("records/33 actor:bla\n  error    id.duplicate                /id       ")
        .endsWith("\n16 errors, 4 warnings, 0 info in 34 records\n");
  }

  @Test
  void jsonLinesAreStreamedAsOfTheDayGiven(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("scenario.jsonl");
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(file)) {
      for (var record : BrokenScenario.dataset().records()) {
        writer.write(record);
      }
    }

    int status = ValidateFile.run(new String[] {file.toString(), "2024-12-31"}, output.stream());

    // as of the last day of 2024, the incident of 6 December has happened: no date.after-as-of
    assertThat(status).isEqualTo(1);
    assertThat(output.text())
        .doesNotContain("date.after-as-of")
        .endsWith("\n15 errors, 4 warnings, 0 info in 34 records\n");
  }

  @Test
  void anUnreadableFileIsNamedAndExitsWithTwo(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("bad.json");
    String json = SitrepJson.strict().writeString(BalochistanScenario.dataset());
    Files.writeString(file, json.replace("\"kind\"", "\"knd\""));

    int status = ValidateFile.run(new String[] {file.toString()}, output.stream());

    assertThat(status).isEqualTo(2);
    assertThat(output.text()).startsWith(file + ": ").contains("knd");
  }

  @Test
  void wrongArgumentsPrintTheUsageAndExitWithTwo() throws IOException {
    assertThat(ValidateFile.run(new String[0], output.stream())).isEqualTo(2);
    assertThat(ValidateFile.run(new String[] {"records.jsonl"}, output.stream())).isEqualTo(2);
    assertThat(output.text())
        .isEqualTo(
            "usage: ValidateFile <file.json> | ValidateFile <file.jsonl> <as-of-day>\n".repeat(2));
  }
}
