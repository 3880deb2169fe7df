package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.SitrepJson;

class DataSourceTest {

  @TempDir Path dir;

  @Test
  void readsTheFoundingScenario() throws Exception {
    org.sitrep.core.Dataset scenario =
        SitrepJson.strict().readDataset(Path.of("../samples/data/balochistan-2024.json"));
    Path file = dir.resolve("scenario.jsonl");
    SitrepJson.strict()
        .writeRecords(scenario.records().iterator(), file, scenario.title(), scenario.asOf());
    SparkSession spark = SparkSessions.local();
    Dataset<Row> rows = spark.read().format("sitrep").option("splitBytes", "500").load(file.toString());
    List<Row> all = rows.collectAsList();
    assertThat(all).hasSize(scenario.records().size());
    assertThat(rows.rdd().getNumPartitions()).isGreaterThan(1);
  }
}
