package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.tabular.AcledCsv;

/** ACLED and UCDP GED tables through convert, validate and stats (fixtures of sitrep-tabular). */
class TabularCommandsTest {

  private static final Path FIXTURES =
      Path.of("..", "tabular", "src", "test", "resources", "org", "sitrep", "tabular");

  @TempDir Path dir;

  private static String fixture(String name) {
    return FIXTURES.resolve(name).toString();
  }

  @Test
  void anAcledExportConvertsToJsonLinesAndBackToAcled() throws IOException {
    Path lines = dir.resolve("acled.jsonl");
    Path csv = dir.resolve("again.csv");

    Run in = Run.of("convert", "--from", "acled", fixture("acled-current.csv"), lines.toString());
    Run out = Run.of("convert", lines.toString(), csv.toString());

    assertThat(in.exitCode()).isZero();
    assertThat(in.err()).contains("4 rows read: 4 imported, 0 rejected");
    List<String> written = Files.readAllLines(lines);
    // a header with the table's title (its asOf is known only at its end), then the records
    assertThat(written).hasSize(1 + 13);
    assertThat(written.get(0))
        .isEqualTo("{\"sitrep\":\"1.0\",\"title\":\"ACLED export acled-current.csv\"}");
    assertThat(written.get(1))
        .startsWith("{\"type\":\"actor\",\"id\":\"actor:pk-bla-baloch-liberation-army\"");
    assertThat(out.exitCode()).isZero();
    assertThat(Files.readAllLines(csv))
        .hasSize(1 + 4 + 1) // header, four rows, one cell holding a line break
        .first()
        .asString()
        .startsWith("event_id_cnty,event_date,year,time_precision,");
    assertThat(Files.readString(csv)).contains("PAK900001,2024-10-06,2024,1,Political violence,");
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void aTableIsRecognisedByItsHeaderWithoutFrom() {
    Run acled = Run.of("convert", "--to", "jsonl", fixture("acled-current.csv"), "-");
    Run ucdp = Run.of("stats", fixture("ucdp-ged.csv"));

    assertThat(acled.exitCode()).isZero();
    assertThat(acled.out().lines()).hasSize(1 + 13);
    assertThat(ucdp.exitCode()).isZero();
    assertThat(ucdp.out()).containsPattern("incident +3\n");
    assertThat(ucdp.err()).contains("3 rows read: 3 imported, 0 rejected");
  }

  @Test
  void rejectedRowsAreListedWithLineColumnAndValueAndGiveExitCodeOne() {
    Run run = Run.of("convert", "--to", "jsonl", fixture("acled-bad-rows.csv"), "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(1 + 2 + 2); // the header, two actors, two incidents
    assertThat(run.err())
        .contains("acled-bad-rows.csv:4: event_type = \"Skirmish\": not an ACLED event type")
        .contains("acled-bad-rows.csv:6: the row has 10 cells, the header 31")
        .contains("acled-bad-rows.csv:7: fatalities = \"many\": not a whole number")
        .contains("7 rows read: 2 imported, 5 rejected");
  }

  @Test
  void validateReportsRejectedRowsAndRuleFindings() {
    Run bad = Run.of("validate", "--as-of", "2024-12-31", fixture("acled-bad-rows.csv"));
    Run ucdp =
        Run.of("validate", "--from", "ucdp", "--as-of", "2024-12-31", fixture("ucdp-ged.csv"));

    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.out())
        .contains("ACLED CSV, as of 2024-12-31")
        .contains("5 rows could not be read and were not validated (listed on stderr)");
    assertThat(ucdp.exitCode()).isZero();
    assertThat(ucdp.out()).contains("UCDP GED CSV").contains("casualties.order");
  }

  @Test
  void aHeaderOfNoFormatIsRefusedInOneLine() throws IOException {
    Path csv = Files.writeString(dir.resolve("events.csv"), "name,date\nKarachi,2024-10-06\n");

    Run run =
        Run.of("convert", "--from", "acled", csv.toString(), dir.resolve("x.jsonl").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "sitrep: "
                + csv
                + ": not an ACLED export: the header lacks event_id_cnty,"
                + " event_date, event_type, actor1; it has name, date");
  }

  @Test
  void anAcledExportGoesToGeoJsonAndStixAndBackToAcled() throws IOException {
    Path bundle = dir.resolve("acled.stix.json");

    Run geo = Run.of("convert", "--to", "geojson", fixture("acled-bad-rows.csv"), "-");
    Run stix = Run.of("convert", fixture("acled-current.csv"), bundle.toString());
    Run back = Run.of("convert", bundle.toString(), "--to", "acled", "-");

    assertThat(geo.exitCode()).isEqualTo(1);
    assertThat(geo.err()).contains("7 rows read: 2 imported, 5 rejected");
    assertThat(geo.out()).contains("\"type\":\"FeatureCollection\"");
    assertThat(stix.exitCode()).isZero();
    assertThat(back.exitCode()).isZero();
    // through STIX the records travel whole, extra ACLED columns included (a dataset export)
    assertThat(back.out())
        .isEqualTo(
            AcledCsv.writeString(AcledCsv.read(FIXTURES.resolve("acled-current.csv")).dataset()));
  }

  @Test
  void theJsonReportOfATableWithRejectedRowsIsNotValid() {
    Run run =
        Run.of(
            "validate", "--format", "json", "--as-of", "2024-12-31", fixture("acled-bad-rows.csv"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("{\n  \"valid\" : false,")
        .contains("\"format\" : \"acled\"")
        .contains("\"rowsRejected\" : 5");
  }

  @Test
  void aBundleConvertsWithTheTitleAndDayGiven() throws IOException {
    Path bundle = dir.resolve("acled.stix.json");
    Run.of("convert", fixture("acled-current.csv"), bundle.toString());

    Run run =
        Run.of(
            "convert",
            "--to",
            "json",
            "--title",
            "Given",
            "--as-of",
            "2024-12-01",
            bundle.toString(),
            "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"title\": \"Given\"").contains("\"asOf\": \"2024-12-01\"");
  }

  @Test
  void ucdpCannotBeWritten() {
    Run run = Run.of("convert", "--to", "ucdp", fixture("ucdp-ged.csv"), "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Sitrep reads UCDP GED but does not write it");
  }
}
