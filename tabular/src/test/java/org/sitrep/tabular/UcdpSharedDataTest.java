package org.sitrep.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Estimate;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.validation.Finding;
import org.sitrep.validation.Severity;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/** The 1,000 UCDP GED rows of the uncertainUCDP package, imported and validated. */
class UcdpSharedDataTest {

  private static final String FILE = "uncertainUCDP/ucdpged.csv";

  @Test
  void everyRowImportsWithUcdpsFiguresAsGiven() throws IOException {
    Path path = SharedData.file(FILE);
    ImportResult result = UcdpGedCsv.read(path);
    assertThat(result.rowsRead()).isEqualTo(1000);
    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().incidents()).hasSize(1000);

    Map<String, Incident> byId =
        result.dataset().incidents().stream()
            .collect(Collectors.toMap(i -> i.externalIds().get("ucdp"), Function.identity()));
    for (NamedCsvRecord row : SharedData.rows(path)) {
      Incident incident = byId.get(row.getField("id"));
      Estimate killed = incident.casualties().orElseThrow().killed().orElseThrow();
      assertThat(killed.low()).isEqualTo(figure(row, "low"));
      assertThat(killed.best()).isEqualTo(figure(row, "best"));
      assertThat(killed.high()).isEqualTo(figure(row, "high"));
      assertThat(incident.externalIds())
          .containsEntry("ucdp-dyad", row.getField("dyad_new_id"))
          .containsEntry("ucdp-conflict", row.getField("conflict_new_id"));
      assertThat(incident.perpetrators().get(0).actor())
          .isEqualTo(Id.actor("ucdp-" + row.getField("side_a_new_id")));
      assertThat(incident.extensions().get("x_ucdp_source_article").json())
          .isEqualTo(
              org.sitrep.core.ExtensionValue.ofString(row.getField("source_article")).json());
    }
  }

  private static OptionalInt figure(NamedCsvRecord row, String column) {
    String text = row.getField(column);
    return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
  }

  @Test
  void cellsWithLineBreaksStayWhole() throws IOException {
    ImportResult result = UcdpGedCsv.read(SharedData.file(FILE));
    long multiLine =
        result.dataset().incidents().stream()
            .filter(i -> i.extensions().values().stream().anyMatch(v -> v.json().contains("\\n")))
            .count();
    assertThat(multiLine).isPositive();
  }

  /**
   * UCDP's own data has nine events dated after every source UCDP cites for them (e.g. id 305027 on
   * 2019-09-19, its one source of 2019-09-05): those, and only those, are errors.
   */
  @Test
  void theOnlyErrorsAreEventsDatedAfterAllTheirSources() throws IOException {
    Path path = SharedData.file(FILE);
    ValidationReport report = Validator.defaults().validate(UcdpGedCsv.read(path).dataset());
    Set<Id<?>> afterSources =
        SharedData.rows(path).stream()
            .filter(
                row -> {
                  List<String> dates =
                      java.util.Arrays.stream(row.getField("source_date").split(";"))
                          .map(String::strip)
                          .filter(d -> !d.isEmpty())
                          .toList();
                  return !dates.isEmpty()
                      && dates.stream().allMatch(d -> d.compareTo(row.getField("date_start")) < 0);
                })
            .map(row -> (Id<?>) Id.incident("ucdp-" + row.getField("id")))
            .collect(Collectors.toSet());
    assertThat(afterSources).hasSize(9);
    List<Finding> errors = report.atLeast(Severity.ERROR);
    assertThat(errors).allMatch(f -> f.code().equals("date.after-sources"));
    assertThat(errors.stream().map(Finding::recordId).collect(Collectors.toSet()))
        .isEqualTo(afterSources);
  }

  @Test
  void validationWarnsOnEveryEstimateOutOfOrder() throws IOException {
    Path path = SharedData.file(FILE);
    ValidationReport report = Validator.defaults().validate(UcdpGedCsv.read(path).dataset());

    Set<Id<?>> outOfOrder =
        SharedData.rows(path).stream()
            .filter(
                row -> {
                  int low = Integer.parseInt(row.getField("low"));
                  int best = Integer.parseInt(row.getField("best"));
                  int high = Integer.parseInt(row.getField("high"));
                  return low > best || best > high || low > high;
                })
            .map(row -> (Id<?>) Id.incident("ucdp-" + row.getField("id")))
            .collect(Collectors.toSet());
    assertThat(outOfOrder).hasSize(13);
    List<Finding> warnings = report.withCode("casualties.order");
    assertThat(warnings).allMatch(f -> f.severity() == Severity.WARNING);
    assertThat(warnings.stream().map(Finding::recordId).collect(Collectors.toSet()))
        .isEqualTo(outOfOrder);
  }
}
