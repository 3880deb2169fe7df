package org.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 11 official example bundles of {@code ../shared/data/stix2.1-examples} import without an
 * exception; what maps and what is reported, per bundle, is pinned here (and listed in {@code
 * stix/README.md}).
 */
class StixExamplesSharedDataTest {

  private static final Path EXAMPLES = Fixtures.sharedData().resolve("stix2.1-examples");

  /** Bundle file → objects read, mapped, not mapped, records. */
  private static final Map<String, List<Integer>> EXPECTED =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("apt1.json", List.of(76, 11, 65, 10)),
              Map.entry(
                  "defining-campaigns-threat-actors-intrusion-sets.json", List.of(26, 13, 13, 6)),
              Map.entry("identifying-a-threat-actor-profile.json", List.of(3, 2, 1, 2)),
              Map.entry("indicator-for-malicious-url.json", List.of(3, 0, 3, 0)),
              Map.entry("malware-indicator-for-file-hash.json", List.of(3, 0, 3, 0)),
              Map.entry("poisonivy.json", List.of(155, 5, 150, 4)),
              Map.entry("sighting-of-an-indicator.json", List.of(4, 2, 2, 2)),
              Map.entry("sighting-of-observed-data.json", List.of(8, 2, 6, 2)),
              Map.entry(
                  "threat-actor-leveraging-attack-patterns-and-malware.json", List.of(7, 2, 5, 2)),
              Map.entry("using-granular-markings.json", List.of(4, 2, 2, 2)),
              Map.entry("using-marking-definitions.json", List.of(4, 1, 3, 1))));

  @Test
  void everyExampleBundleImportsWithoutAnException() throws IOException {
    List<Path> bundles;
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      bundles =
          files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(bundles).hasSize(11);
    Map<String, List<Integer>> counts = new TreeMap<>();
    StringBuilder table = new StringBuilder();
    for (Path bundle : bundles) {
      StixImport result = SitrepStix.defaults().read(bundle);
      assertThat(result.mapped() + result.unmapped().size()).isEqualTo(result.objectsRead());
      counts.put(
          bundle.getFileName().toString(),
          List.of(
              result.objectsRead(),
              result.mapped(),
              result.unmapped().size(),
              result.dataset().records().size()));
      table.append(
          String.format(
              "| `%s` | %d | %d | %d | %d |%n",
              bundle.getFileName(),
              result.objectsRead(),
              result.mapped(),
              result.unmapped().size(),
              result.dataset().records().size()));
      result.unmapped().forEach(u -> table.append("    ").append(u).append('\n'));
    }
    System.out.print(table);
    assertThat(counts).isEqualTo(EXPECTED);
  }
}
