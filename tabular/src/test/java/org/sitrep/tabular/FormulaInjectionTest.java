package org.sitrep.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.FuzzyDate;

/**
 * Exported text cells cannot run as spreadsheet formulas (OWASP "CSV Injection"): each cell that
 * starts with {@code = + - @}, tab or carriage return gets a leading {@code '}; numbers do not.
 */
class FormulaInjectionTest {

  private static final List<String> PAYLOADS =
      List.of(
          "=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\tx", "\rx");

  @Test
  void everyFormulaTriggerIsNeutralisedAndReadBack() throws Exception {
    Actor actor =
        Actor.builder().id(Id.actor("a")).name("=cmd|' /C calc'!A0").kind(Actor.Kind.OTHER).build();
    Dataset.Builder dataset =
        Dataset.builder().title("t").asOf(LocalDate.of(2024, 1, 1)).add(actor);
    for (int i = 0; i < PAYLOADS.size(); i++) {
      dataset.add(
          Incident.builder()
              .id(Id.incident("e" + i))
              .name("x")
              .category(IncidentCategory.RIOTS)
              .date(FuzzyDate.parse("2024-01-01"))
              .description(PAYLOADS.get(i))
              .place(
                  Place.builder()
                      .name(PAYLOADS.get(i))
                      .coordinates(Coordinates.of(-45.5, -67.25))
                      .build())
              .addPerpetrator(Involvement.confirmed(actor.id()))
              .build());
    }
    String csv = AcledCsv.writeString(dataset.build());

    List<NamedCsvRecord> rows;
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder().ofNamedCsvRecord(new StringReader(csv))) {
      rows = reader.stream().toList();
    }
    assertThat(rows).hasSize(PAYLOADS.size());
    for (int i = 0; i < PAYLOADS.size(); i++) {
      NamedCsvRecord row = rows.get(i);
      assertThat(row.getField("notes")).isEqualTo("'" + PAYLOADS.get(i));
      assertThat(row.getField("location")).isEqualTo("'" + PAYLOADS.get(i));
      assertThat(row.getField("actor1")).isEqualTo("'=cmd|' /C calc'!A0");
      assertThat(row.getField("latitude")).isEqualTo("-45.5");
      assertThat(row.getField("longitude")).isEqualTo("-67.25");
    }

    Dataset back = AcledCsv.open(new StringReader(csv), "back.csv").readAll().dataset();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      Incident incident = back.incidents().get(i);
      assertThat(incident.description()).hasValue(PAYLOADS.get(i));
      assertThat(incident.place().orElseThrow().name()).isEqualTo(PAYLOADS.get(i));
    }
    assertThat(back.actors().get(0).name()).isEqualTo("=cmd|' /C calc'!A0");
  }
}
