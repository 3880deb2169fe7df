package org.sitrep.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.validation.Severity;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/** ACLED's own sample rows (acledR), imported, validated and exported again. */
class AcledSharedDataTest {

  private static final String SOUTH_ASIA = "acledR/acled_old_deletion_dummy_south_asia.csv";
  private static final String ARGENTINA = "acledR/acled_old_dummy.csv";

  @ParameterizedTest
  @CsvSource({SOUTH_ASIA + ",978", ARGENTINA + ",326"})
  void everyRowImportsAndNoFatalityIsInvented(String file, int rows) throws IOException {
    Path path = SharedData.file(file);
    ImportResult result = AcledCsv.read(path);

    assertThat(result.rowsRead()).isEqualTo(rows);
    assertThat(result.problems()).isEmpty();
    assertThat(result.rowsImported()).isEqualTo(rows);
    List<Incident> incidents = result.dataset().incidents();
    assertThat(incidents).hasSize(rows);

    Map<String, Incident> byEventId =
        incidents.stream()
            .collect(Collectors.toMap(i -> i.externalIds().get("acled"), Function.identity()));
    for (NamedCsvRecord row : SharedData.rows(path)) {
      Incident incident = byEventId.get(row.getField("event_id_cnty"));
      assertThat(incident).as(row.getField("event_id_cnty")).isNotNull();
      assertThat(incident.category().acledLabel()).isEqualTo(row.getField("event_type"));
      assertThat(incident.subCategory().orElseThrow().acledLabel())
          .isEqualTo(row.getField("sub_event_type"));
      String fatalities = row.getField("fatalities");
      if (fatalities.isEmpty()) {
        assertThat(incident.casualties()).isEmpty();
      } else {
        var killed = incident.casualties().orElseThrow().killed().orElseThrow();
        assertThat(killed.best()).hasValue(Integer.parseInt(fatalities));
        assertThat(killed.low()).isEmpty();
        assertThat(killed.high()).isEmpty();
      }
      assertThat(incident.place().orElseThrow().name()).isEqualTo(row.getField("location"));
      assertThat(incident.place().orElseThrow().country()).isPresent();
    }
  }

  @ParameterizedTest
  @CsvSource({SOUTH_ASIA, ARGENTINA})
  void importedDatasetsValidateWithoutErrors(String file) throws IOException {
    Dataset dataset = AcledCsv.read(SharedData.file(file)).dataset();
    ValidationReport report = Validator.defaults().validate(dataset);
    assertThat(report.atLeast(Severity.ERROR)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({SOUTH_ASIA, ARGENTINA})
  void importExportImportGivesEqualRecords(String file) throws IOException {
    Dataset first = AcledCsv.read(SharedData.file(file)).dataset();
    for (AcledCsv.Codes codes : AcledCsv.Codes.values()) {
      java.io.StringWriter csv = new java.io.StringWriter();
      AcledCsv.write(first, csv, codes);
      ImportResult again =
          AcledCsv.open(new StringReader(csv.toString()), "exported.csv").readAll();
      assertThat(again.problems()).isEmpty();
      assertThat(again.dataset().records()).as(codes.name()).isEqualTo(first.records());
      assertThat(again.dataset().asOf()).isEqualTo(first.asOf());
    }
  }

  @Test
  void actorsAreOnePerNameAndCountryWithTheirSide() throws IOException {
    Dataset dataset = AcledCsv.read(SharedData.file(SOUTH_ASIA)).dataset();
    assertThat(dataset.duplicateIds()).isEmpty();
    Incident bla =
        dataset.incidents().stream()
            .filter(i -> "PAK73957".equals(i.externalIds().get("acled")))
            .findFirst()
            .orElseThrow();
    Involvement first = bla.perpetrators().get(0);
    assertThat(first.role()).hasValue("side 1");
    Actor actor = dataset.resolve(first.actor()).orElseThrow();
    assertThat(actor.name()).isEqualTo("BLA: Baloch Liberation Army");
    assertThat(actor.id()).isEqualTo(Id.actor("pk-bla-baloch-liberation-army"));
    assertThat(actor.kind()).isEqualTo(Actor.Kind.ARMED_GROUP);
    long distinctNamesAndCountries =
        SharedData.rows(SharedData.file(SOUTH_ASIA)).stream()
            .flatMap(
                row ->
                    java.util.stream.Stream.of("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
                        .flatMap(c -> java.util.Arrays.stream(row.getField(c).split(";")))
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .map(name -> row.getField("country") + "|" + name))
            .distinct()
            .count();
    assertThat(dataset.actors()).hasSize((int) distinctNamesAndCountries);
  }

  /** Every (event type, sub-event type) pair of ACLED's own table imports as a row. */
  @Test
  void everyLabelOfAcledsEventTableImports() throws IOException {
    List<NamedCsvRecord> pairs =
        SharedData.rows(SharedData.file("acledR/acled_event_categories.csv"));
    StringBuilder csv = new StringBuilder(String.join(",", AcledCsv.columns())).append('\n');
    for (int i = 0; i < pairs.size(); i++) {
      Map<String, String> cells =
          Map.of(
              "event_id_cnty",
              "E" + i,
              "event_date",
              "2022-06-19",
              "event_type",
              pairs.get(i).getField("event_type"),
              "sub_event_type",
              pairs.get(i).getField("sub_event_type"),
              "country",
              "Pakistan",
              "location",
              "Quetta");
      csv.append(
              AcledCsv.columns().stream()
                  .map(column -> '"' + cells.getOrDefault(column, "") + '"')
                  .collect(Collectors.joining(",")))
          .append('\n');
    }
    ImportResult result = AcledCsv.open(new StringReader(csv.toString()), "labels.csv").readAll();
    assertThat(pairs).hasSize(25);
    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().incidents())
        .extracting(
            i -> i.category().acledLabel() + "/" + i.subCategory().orElseThrow().acledLabel())
        .containsExactlyElementsOf(
            pairs.stream()
                .map(p -> p.getField("event_type") + "/" + p.getField("sub_event_type"))
                .toList());
  }

  /** Every variable of ACLED's codebook is in the README's mapping table, mapped or ignored. */
  @Test
  void everyCodebookColumnIsMappedOrListedAsIgnored() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> variables =
        SharedData.rows(SharedData.file("acledR/acled_codebook.csv")).stream()
            .map(row -> row.getField("Variable"))
            .toList();
    assertThat(variables).hasSize(31).contains("event_id_cnty", "iso3", "data_id");
    for (String variable : variables) {
      assertThat(readme).as(variable).containsPattern("\\n\\| `" + variable + "` \\|[^\\n]*\\|");
    }
  }
}
