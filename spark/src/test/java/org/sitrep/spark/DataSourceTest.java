package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.SitrepJson;

class DataSourceTest {

  @TempDir Path dir;

  private org.sitrep.core.Dataset scenario;
  private Path file;

  @BeforeEach
  void writeTheFoundingScenarioAsJsonLines() throws Exception {
    scenario = SitrepJson.strict().readDataset(Path.of("../samples/data/balochistan-2024.json"));
    file = dir.resolve("scenario.jsonl");
    SitrepJson.strict()
        .writeRecords(scenario.records().iterator(), file, scenario.title(), scenario.asOf());
  }

  @Test
  void readsTheFoundingScenarioInSplitsSkippingTheHeader() {
    SparkSession spark = SparkSessions.local();
    Dataset<Row> rows =
        spark.read().format("sitrep").option("splitBytes", "500").load(file.toString());
    assertThat(rows.rdd().getNumPartitions()).isGreaterThan(5);
    List<Row> all = rows.collectAsList();
    List<String> ids = new ArrayList<>();
    all.forEach(row -> ids.add(row.getString(row.fieldIndex("id"))));
    assertThat(ids)
        .containsExactlyElementsOf(
            scenario.records().stream().map(r -> r.id().toString()).toList());
    assertThat(rows.schema()).isEqualTo(SitrepSparkSchema.records());
    assertThat(SitrepSparkSchema.wire().size()).as("the README's count").isEqualTo(55);
    assertThat(SitrepSparkSchema.records().size()).as("the README's count").isEqualTo(63);
  }

  @Test
  void fuzzyDatesKeepTheirTextAndGetTheirEarliestAndLatestDays() {
    Row statement =
        SparkSessions.local()
            .read()
            .format("sitrep")
            .load(file.toString())
            .where("id = 'statement:pakistan-moib-no-comment'")
            .select("date", "dateEarliest", "dateLatest")
            .first();
    assertThat(statement.getString(0)).isEqualTo("2024-11-19/2024-11-20");
    assertThat(statement.getDate(1)).isEqualTo(Date.valueOf("2024-11-19"));
    assertThat(statement.getDate(2)).isEqualTo(Date.valueOf("2024-11-20"));
    Row open =
        SparkSessions.local()
            .read()
            .format("sitrep")
            .load(file.toString())
            .where("id = 'operation:balochistan-security-presence'")
            .select("period", "periodEarliest", "periodLatest")
            .first();
    assertThat(open.getString(0)).isEqualTo("/..");
    assertThat(open.isNullAt(1)).as("unknown start").isTrue();
    assertThat(open.isNullAt(2)).as("open end").isTrue();
    Row exercise =
        SparkSessions.local()
            .read()
            .format("sitrep")
            .load(file.toString())
            .where("type = 'exercise'")
            .select("period", "periodEarliest", "periodLatest", "participants.actor")
            .first();
    assertThat(exercise.getString(0)).isEqualTo("2024-11-21~/2024-12-15~");
    assertThat(exercise.getDate(1)).isEqualTo(Date.valueOf("2024-11-21"));
    assertThat(exercise.getDate(2)).isEqualTo(Date.valueOf("2024-12-15"));
    assertThat(exercise.getList(3)).contains("actor:pla");
  }

  @Test
  void writesWhatItReadsAndReadsItBackEqual() throws Exception {
    SparkSession spark = SparkSessions.local();
    Dataset<Row> rows =
        spark.read().format("sitrep").option("splitBytes", "700").load(file.toString());
    Path out = dir.resolve("written");
    rows.write()
        .format("sitrep")
        .option("title", scenario.title())
        .option("asOf", scenario.asOf().toString())
        .save(out.toString());
    assertThat(out.resolve("_SUCCESS")).exists();
    List<SitrepRecord> back = new ArrayList<>();
    try (var files = Files.list(out)) {
      for (Path part :
          files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        var reader = SitrepJson.strict().openRecords(part);
        assertThat(reader.documentAsOf()).contains(scenario.asOf());
        reader.forEachRemaining(back::add);
        reader.close();
      }
    }
    assertThat(back).isEqualTo(scenario.records());
    assertThat(spark.read().format("sitrep").load(out.toString()).collectAsList())
        .isEqualTo(rows.collectAsList());
    assertThatThrownBy(() -> rows.write().format("sitrep").save(out.toString()))
        .hasMessageContaining("already exists");
    rows.limit(3).write().format("sitrep").mode("overwrite").save(out.toString());
    assertThat(spark.read().format("sitrep").load(out.toString()).count()).isEqualTo(3);
  }

  @Test
  void readModesKeepDropOrFailOnAMalformedLine() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add(3, "{\"type\":\"actor\",\"id\":\"actor:broken\",\"name\":\"No kind\"}");
    lines.add(5, "not json");
    Path bad = dir.resolve("bad.jsonl");
    Files.write(bad, lines, StandardCharsets.UTF_8);
    SparkSession spark = SparkSessions.local();
    int records = scenario.records().size();

    Dataset<Row> permissive =
        spark.read().format("sitrep").option("mode", "permissive").load(bad.toString());
    assertThat(permissive.count()).isEqualTo(records + 2);
    assertThat(
            permissive
                .where("_corrupt_record IS NOT NULL")
                .select("_corrupt_record")
                .collectAsList()
                .stream()
                .map(r -> r.getString(0))
                .toList())
        .containsExactly(lines.get(3), lines.get(5));

    assertThat(
            spark
                .read()
                .format("sitrep")
                .option("mode", "DROPMALFORMED")
                .load(bad.toString())
                .count())
        .isEqualTo(records);

    assertThatThrownBy(() -> spark.read().format("sitrep").load(bad.toString()).count())
        .hasStackTraceContaining("Malformed Sitrep record in")
        .hasStackTraceContaining("kind");
  }

  @Test
  void extensionValuesKeepTheirExactTextThroughReadAndWrite() throws Exception {
    String line =
        "{\"type\":\"incident\",\"id\":\"incident:x\",\"name\":\"X\",\"category\":\"battles\","
            + "\"place\":{\"name\":\"Quetta\",\"x_gid\":1e5},"
            + "\"x_n\":2.50,\"x_z\":-0,\"x_o\":{\"a\":[1,\"b\",null,1E+400]},\"x_t\":true}";
    Path ext = dir.resolve("ext.jsonl");
    Files.writeString(ext, line + "\n", StandardCharsets.UTF_8);
    SparkSession spark = SparkSessions.local();
    Row row =
        spark
            .read()
            .format("sitrep")
            .load(ext.toString())
            .select("extensions", "place.extensions")
            .first();
    assertThat(row.<String, String>getJavaMap(0))
        .containsEntry("x_n", "2.50")
        .containsEntry("x_z", "-0")
        .containsEntry("x_o", "{\"a\":[1,\"b\",null,1E+400]}")
        .containsEntry("x_t", "true");
    assertThat(row.<String, String>getJavaMap(1)).containsEntry("x_gid", "1e5");
    Path out = dir.resolve("ext-out");
    spark
        .read()
        .format("sitrep")
        .load(ext.toString())
        .write()
        .format("sitrep")
        .save(out.toString());
    List<SitrepRecord> back = new ArrayList<>();
    try (var files = Files.list(out)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        try (var reader = SitrepJson.strict().openRecords(part)) {
          reader.forEachRemaining(back::add);
        }
      }
    }
    try (var reader = SitrepJson.strict().openRecords(ext)) {
      assertThat(back).containsExactly(reader.next());
    }
  }
}
