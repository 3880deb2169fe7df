package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.io.SitrepJson;
import org.sitrep.spark.samples.SyntheticJsonLines;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;
import org.sitrep.validation.ValidatorConfig;

class SparkValidatorTest {

  @TempDir Path dir;

  private Path scenario(String name) throws Exception {
    org.sitrep.core.Dataset dataset =
        SitrepJson.strict().readDataset(Path.of("../samples/data/" + name + ".json"));
    Path file = dir.resolve(name + ".jsonl");
    SitrepJson.strict()
        .writeRecords(dataset.records().iterator(), file, dataset.title(), dataset.asOf());
    return file;
  }

  private SparkValidation validate(Path file, java.time.LocalDate asOf, String splitBytes) {
    SparkSession spark = SparkSessions.local();
    Dataset<Row> records =
        spark.read().format("sitrep").option("splitBytes", splitBytes).load(file.toString());
    return SparkValidator.builder().asOf(asOf).build().validate(records);
  }

  @Test
  void theFoundingScenarioGivesTheSingleMachineFindings() throws Exception {
    Path file = scenario("balochistan-2024");
    java.time.LocalDate asOf = java.time.LocalDate.of(2024, 11, 20);
    SparkValidation result = validate(file, asOf, "2000");
    assertThat(Findings.spark(result.findings().collectAsList()))
        .isEqualTo(Findings.singleMachine(file, asOf));
    assertThat(result.recordCount()).isEqualTo(Findings.records(file).size());
  }

  @Test
  void theBrokenScenarioConfiguredGivesTheSingleMachineFindingsSoConfigured() throws Exception {
    Path file = scenario("balochistan-2024-broken");
    java.time.LocalDate asOf = java.time.LocalDate.of(2024, 11, 20);
    ValidatorConfig config =
        ValidatorConfig.parse(List.of("!source.missing", "casualties.order=error"));
    Dataset<Row> records =
        SparkSessions.local()
            .read()
            .format("sitrep")
            .option("splitBytes", "1500")
            .load(file.toString());
    SparkValidation result =
        SparkValidator.builder().asOf(asOf).config(config).build().validate(records);
    ValidationReport report =
        Validator.builder().config(config).build().validate(Findings.records(file), asOf);
    assertThat(report.findings()).isNotEmpty();
    assertThat(Findings.spark(result.findings().collectAsList())).isEqualTo(Findings.lines(report));
    assertThat(result.findings().where("code = 'source.missing'").count()).isZero();
    assertThat(result.findings().where("code = 'casualties.order'").collectAsList())
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.getString(2)).isEqualTo("error"));
    assertThat(result.summary())
        .isEqualTo(report.summary() + " in " + report.recordCount() + " records");
    assertThat(result.count(Severity.ERROR)).isEqualTo(report.count(Severity.ERROR));
  }

  @Test
  void aGeneratedDatasetFiresEveryRuleAsOnOneMachine() throws Exception {
    Path file = dir.resolve("generated.jsonl");
    SyntheticJsonLines.write(file, 3_000, 7L, 0.1);
    SparkValidation result = validate(file, SyntheticJsonLines.AS_OF, "300000");
    List<String> spark = Findings.spark(result.findings().collectAsList());
    List<String> single = Findings.singleMachine(file, SyntheticJsonLines.AS_OF);
    assertThat(spark).hasSameSizeAs(single);
    assertThat(spark).isEqualTo(single);
    Set<String> fired =
        result.findings().select("code").distinct().collectAsList().stream()
            .map(r -> r.getString(0))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> catalogue =
        Validator.catalogue().stream()
            .map(RuleDescriptor::code)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(fired).isEqualTo(catalogue);
  }
}
