package org.sitrep.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows that cannot be mapped are kept out and reported; headers of no format are refused. */
class RowProblemsTest {

  @Test
  void everyBadRowIsReportedWithLineColumnAndValueAndTheRestImports() {
    ImportResult result = Fixtures.acled("acled-bad-rows.csv");

    assertThat(result.rowsRead()).isEqualTo(7);
    assertThat(result.rowsImported()).isEqualTo(2);
    assertThat(result.rowsRejected()).isEqualTo(5);
    assertThat(result.dataset().incidents())
        .extracting(i -> i.externalIds().get("acled"))
        .containsExactly("BAD1", "BAD7");
    assertThat(result.problems())
        .extracting(RowProblem::toString)
        .containsExactly(
            "acled-bad-rows.csv:4: event_type = \"Skirmish\": not an ACLED event type: expected one"
                + " of [Battles, Explosions/Remote violence, Violence against civilians, Protests,"
                + " Riots, Strategic developments]",
            "acled-bad-rows.csv:5: event_date = \"26/04/2022\": not a date: expected YYYY-MM-DD"
                + " (e.g. 2022-06-19), or 19 June 2022 or 19-06-2022",
            "acled-bad-rows.csv:6: the row has 10 cells, the header 31",
            "acled-bad-rows.csv:7: fatalities = \"many\": not a whole number",
            "acled-bad-rows.csv:8: sub_event_type = \"Attack\": belongs to Violence against"
                + " civilians, not to Battles");
    RowProblem first = result.problems().get(0);
    assertThat(first.source()).isEqualTo("acled-bad-rows.csv");
    assertThat(first.line()).isEqualTo(4);
    assertThat(first.column()).isEqualTo("event_type");
    assertThat(first.value()).isEqualTo("Skirmish");
  }

  @Test
  void aHeaderOfNeitherFormatIsRefusedInOneLine() {
    String csv = "name,date,killed\nKarachi,2024-10-06,3\n";
    assertThatThrownBy(() -> AcledCsv.open(new StringReader(csv), "events.csv"))
        .isInstanceOf(TabularFormatException.class)
        .hasMessage(
            "events.csv: not an ACLED export: the header lacks event_id_cnty, event_date,"
                + " event_type, actor1; it has name, date, killed");
    assertThatThrownBy(() -> UcdpGedCsv.open(new StringReader(csv), "events.csv"))
        .isInstanceOf(TabularFormatException.class)
        .hasMessageStartingWith("events.csv: not a UCDP GED export: the header lacks id,")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aFileOfTheOtherFormatIsNamed() {
    assertThatThrownBy(() -> AcledCsv.open(Fixtures.open("ucdp-ged.csv"), "ged.csv"))
        .isInstanceOf(TabularFormatException.class)
        .hasMessageStartingWith("ged.csv: not an ACLED export (it looks like a UCDP GED export)");
  }

  @Test
  void anEmptyFileIsRefused(@TempDir Path folder) throws IOException {
    Path empty = Files.writeString(folder.resolve("empty.csv"), "");
    assertThatThrownBy(() -> AcledCsv.open(empty))
        .isInstanceOf(TabularFormatException.class)
        .hasMessage("empty.csv: empty, not an ACLED export");
  }

  @Test
  void detectionNamesTheFormatOfAHeader() {
    assertThat(TabularFormat.detect(AcledCsv.columns())).hasValue(TabularFormat.ACLED);
    assertThat(TabularFormat.detect(java.util.List.of("id", "name"))).isEmpty();
  }
}
