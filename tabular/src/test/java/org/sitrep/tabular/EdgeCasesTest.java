package org.sitrep.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.FuzzyDate;

/** Inputs at the edges: a byte order mark, odd cells, names that slug alike, bad extensions. */
class EdgeCasesTest {

  private static String row(Map<String, String> cells) {
    return AcledCsv.columns().stream()
        .map(column -> '"' + cells.getOrDefault(column, "") + '"')
        .collect(Collectors.joining(","));
  }

  private static String csv(List<Map<String, String>> rows) {
    StringBuilder text = new StringBuilder(String.join(",", AcledCsv.columns())).append('\n');
    rows.forEach(cells -> text.append(row(cells)).append('\n'));
    return text.toString();
  }

  private static Map<String, String> event(String id, String actor1) {
    return Map.of(
        "event_id_cnty", id,
        "event_date", "2024-10-06",
        "time_precision", "2",
        "disorder_type", "Political violence",
        "event_type", "Battles",
        "actor1", actor1,
        "country", "Pakistan",
        "location", "Quetta");
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsNotPartOfTheFirstName() throws IOException {
    String text = "\ufeff" + csv(List.of(event("E1", "BLA")));
    ImportResult result = AcledCsv.open(new StringReader(text), "excel.csv").readAll();
    assertThat(result.rowsImported()).isEqualTo(1);
  }

  @Test
  void aTimestampOutOfRangeRejectsItsRowOnly() throws IOException {
    Map<String, String> bad = new java.util.HashMap<>(event("E1", "BLA"));
    bad.put("timestamp", "99999999999999999");
    ImportResult result =
        AcledCsv.open(new StringReader(csv(List.of(bad, event("E2", "BLA")))), "t.csv").readAll();
    assertThat(result.rowsImported()).isEqualTo(1);
    assertThat(result.problems())
        .singleElement()
        .satisfies(problem -> assertThat(problem.column()).isEqualTo("timestamp"));
  }

  @Test
  void namesThatSlugAlikeGetTwoActors() throws IOException {
    ImportResult result =
        AcledCsv.open(
                new StringReader(csv(List.of(event("E1", "B.L.A."), event("E2", "B L A")))),
                "t.csv")
            .readAll();
    Dataset dataset = result.dataset();
    assertThat(dataset.actors()).extracting(Actor::name).containsExactly("B.L.A.", "B L A");
    assertThat(dataset.duplicateIds()).isEmpty();
    assertThat(dataset.actors().get(1).id().slug()).startsWith("pk-b-l-a-");
    String again = AcledCsv.writeString(dataset);
    assertThat(AcledCsv.open(new StringReader(again), "again.csv").readAll().dataset().records())
        .isEqualTo(dataset.records());
  }

  @Test
  void theDatasetIsCurrentAsOfTheEarliestDayOfAWeekLongDate() throws IOException {
    ImportResult result =
        AcledCsv.open(new StringReader(csv(List.of(event("E1", "BLA")))), "t.csv").readAll();
    // time precision 2: 2024-10-03/2024-10-09 around the coded day; not a day in the future
    assertThat(result.dataset().asOf()).isEqualTo(LocalDate.of(2024, 10, 3));
  }

  @Test
  void extensionsThatAreNotWhatTheirColumnHoldsAreLeftOutOfTheExport() {
    Actor bla =
        Actor.builder().id(Id.actor("bla")).name("BLA").kind(Actor.Kind.ARMED_GROUP).build();
    Incident incident =
        Incident.builder()
            .id(Id.incident("x"))
            .name("x")
            .category(IncidentCategory.BATTLES)
            .date(FuzzyDate.parse("2024-10"))
            .addPerpetrator(
                Involvement.builder()
                    .actor(bla.id())
                    .certainty(org.sitrep.core.Certainty.CONFIRMED)
                    .role("side 1")
                    .putExtension("x_acled_inter", ExtensionValue.ofString("not a type"))
                    .build())
            .putExtension("x_acled_iso", ExtensionValue.ofString("=HYPERLINK(\"http://x\")"))
            .putExtension("x_acled_event_date", ExtensionValue.ofString("soon"))
            .build();
    String csv =
        AcledCsv.writeString(Dataset.of("t", LocalDate.of(2024, 11, 1), List.of(bla, incident)));
    assertThat(csv).doesNotContain("HYPERLINK").contains("x,2024-10-01,2024,3,");
    assertThat(csv).contains(",BLA,,Rebel group,"); // the kind decides the type
  }
}
