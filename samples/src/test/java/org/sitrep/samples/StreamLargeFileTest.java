package org.sitrep.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Id;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;
import org.sitrep.samples.scenario.BrokenScenario;
import org.sitrep.validation.Finding;
import org.sitrep.validation.Severity;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

class StreamLargeFileTest {

  private final Output output = new Output();

  @Test
  void generatesStreamsAndValidatesSyntheticRecords() throws IOException {
    ValidationReport report =
        StreamLargeFile.run(new String[] {"--generate", "2600"}, output.stream());

    // 100 actors, then 2,500 incidents: the 1,000th and 2,000th name a missing actor
    assertThat(report.recordCount()).isEqualTo(2600);
    assertThat(report.findings())
        .extracting(Finding::code, Finding::recordId, Finding::pointer)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "ref.unresolved", Id.incident("synthetic-000000999"), "/targets/0/actor"),
            org.assertj.core.api.Assertions.tuple(
                "ref.unresolved", Id.incident("synthetic-000001999"), "/targets/0/actor"));
    assertThat(output.text())
        .startsWith("Generated 2,600 records (")
        .contains("Read and validated 2,600 records as of 2024-11-20 in ")
        .contains(" records/s\n2 errors, 0 warnings, 0 info\n")
        .contains("  error ref.unresolved incident:synthetic-000000999/targets/0/actor: ");
    String generated = output.text().lines().findFirst().orElseThrow();
    assertThat(Path.of(generated.substring(generated.lastIndexOf(" in ") + 4))).doesNotExist();
  }

  @Test
  void streamsAFileGivenWithItsAsOfDay(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("broken.jsonl");
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(file)) {
      for (var record : BrokenScenario.dataset().records()) {
        writer.write(record);
      }
    }

    ValidationReport report =
        StreamLargeFile.run(new String[] {file.toString(), "2024-11-20"}, output.stream());

    assertThat(report).isEqualTo(Validator.defaults().validate(BrokenScenario.dataset()));
    assertThat(report.count(Severity.ERROR)).isEqualTo(16);
    assertThat(output.text())
        .startsWith("Read and validated 34 records as of 2024-11-20 in ")
        .contains("\n16 errors, 4 warnings, 0 info\n");
    assertThat(output.text().lines()).hasSize(5);
    assertThat(Files.exists(file)).isTrue();
  }

  @Test
  void refusesArgumentsItDoesNotKnow() {
    for (List<String> args :
        List.of(List.of("--generate"), List.of("--generate", "many"), List.of("a", "b", "c"))) {
      assertThatThrownBy(() -> StreamLargeFile.run(args.toArray(String[]::new), output.stream()))
          .as(args.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Expected nothing, --generate N, or a JSON Lines file");
    }
    assertThatThrownBy(
            () -> StreamLargeFile.run(new String[] {"--generate", "100"}, output.stream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Generate more than 100 records, the actors come first; got 100");
    assertThat(LocalDate.parse("2024-11-20")).isEqualTo(StreamLargeFile.SYNTHETIC_AS_OF);
  }
}
