package org.sitrep.core.taxonomy;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the taxonomy against ACLED's own table of event types and sub-event types, as shipped in
 * ACLED's R package acledR ({@code acled_event_categories.csv} in the shared data folder).
 *
 * <p>The folder is the system property {@code sitrep.shared.data}, or {@code ../shared/data} next
 * to the repository root when the property is not set. A missing file fails the test: the build
 * runs this class only where the shared data exists.
 */
class AcledTaxonomySharedDataTest {

  private static final String PROPERTY = "sitrep.shared.data";
  private static final String FILE = "acledR/acled_event_categories.csv";

  /** The table's rows in file order, each an (event_type, sub_event_type) pair. */
  private static List<Pair> rows;

  private record Pair(String eventType, String subEventType) {}

  @BeforeAll
  static void readTable() throws IOException {
    Path file = sharedDataFolder().resolve(FILE);
    assertThat(file).as("ACLED event categories (set -D%s)", PROPERTY).isRegularFile();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).split(","));
    int eventType = header.indexOf("event_type");
    int subEventType = header.indexOf("sub_event_type");
    assertThat(eventType).as("event_type column in %s", header).isNotNegative();
    assertThat(subEventType).as("sub_event_type column in %s", header).isNotNegative();
    rows =
        lines.stream()
            .skip(1)
            .filter(line -> !line.isBlank())
            .map(line -> line.split(",", -1))
            .map(cells -> new Pair(cells[eventType], cells[subEventType]))
            .toList();
  }

  private static Path sharedDataFolder() {
    String configured = System.getProperty(PROPERTY, "");
    if (!configured.isBlank()) {
      return Path.of(configured);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    assertThat(dir)
        .as("repository root (a folder holding mvnw) above %s; or set -D%s", Path.of(""), PROPERTY)
        .isNotNull();
    return dir.resolve("../shared/data").normalize();
  }

  @Test
  void tableHasTwentyFiveDistinctPairs() {
    assertThat(rows).hasSize(25).doesNotHaveDuplicates();
  }

  @Test
  void eventTypesAreExactlyTheCategoryLabels() {
    assertThat(rows.stream().map(Pair::eventType).distinct())
        .containsExactlyInAnyOrder(
            Arrays.stream(IncidentCategory.values())
                .map(IncidentCategory::acledLabel)
                .toArray(String[]::new));
  }

  @Test
  void pairsAreExactlyTheSubCategoriesWithTheirCategories() {
    assertThat(rows)
        .containsExactlyInAnyOrder(
            Arrays.stream(IncidentSubCategory.values())
                .map(sub -> new Pair(sub.category().acledLabel(), sub.acledLabel()))
                .toArray(Pair[]::new));
  }

  @Test
  void everyRowIsFoundByItsLabels() {
    for (Pair row : rows) {
      IncidentCategory category = IncidentCategory.findByAcledLabel(row.eventType()).orElseThrow();
      IncidentSubCategory sub =
          IncidentSubCategory.findByAcledLabel(row.subEventType()).orElseThrow();
      assertThat(sub.category()).as("%s", row).isSameAs(category);
    }
  }

  @Test
  void subCategoriesFollowTheTablesOrderWithinEachEventType() {
    Map<String, List<String>> tableOrder =
        rows.stream()
            .collect(
                groupingBy(
                    Pair::eventType, LinkedHashMap::new, mapping(Pair::subEventType, toList())));
    for (IncidentCategory category : IncidentCategory.values()) {
      assertThat(category.subCategories())
          .as(category.acledLabel())
          .extracting(IncidentSubCategory::acledLabel)
          .containsExactlyElementsOf(tableOrder.get(category.acledLabel()));
    }
  }
}
