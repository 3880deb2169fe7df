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
  void theBrokenScenarioGivesTheSingleMachineFindings() throws Exception {
    Path file = scenario("balochistan-2024-broken");
    java.time.LocalDate asOf = java.time.LocalDate.of(2024, 11, 20);
    SparkValidation result = validate(file, asOf, "1500");
    List<String> expected = Findings.singleMachine(file, asOf);
    assertThat(expected).isNotEmpty();
    assertThat(Findings.spark(result.findings().collectAsList())).isEqualTo(expected);
    assertThat(result.summary())
        .isEqualTo(
            Validator.defaults().validate(Findings.records(file), asOf).summary()
                + " in "
                + result.recordCount()
                + " records");
  }

  @Test
  void aGeneratedDatasetFiresEveryRuleAsOnOneMachine() throws Exception {
    Path file = dir.resolve("generated.jsonl");
    SyntheticJsonLines.write(file, 6_000, 7L, 0.05);
    SparkValidation result = validate(file, SyntheticJsonLines.AS_OF, "40000");
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

  @Test
  void configurationSwitchesRulesOffAndRegradesThem() throws Exception {
    Path file = dir.resolve("configured.jsonl");
    SyntheticJsonLines.write(file, 2_000, 11L, 0.05);
    Dataset<Row> records =
        SparkSessions.local().read().format("sitrep").load(file.toString());
    SparkValidation result =
        SparkValidator.builder()
            .asOf(SyntheticJsonLines.AS_OF)
            .config(
                ValidatorConfig.parse(
                    List.of("!source.missing", "!id.duplicate", "casualties.order=error")))
            .build()
            .validate(records);
    assertThat(result.findings().where("code IN ('source.missing', 'id.duplicate')").count())
        .isZero();
    assertThat(result.findings().where("code = 'casualties.order'").collectAsList())
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.getString(2)).isEqualTo("error"));
    assertThat(result.count(Severity.ERROR))
        .isEqualTo(result.findings().where("severity = 'error'").count());
  }
}
