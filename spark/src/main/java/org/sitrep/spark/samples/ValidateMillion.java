package org.sitrep.spark.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sitrep.spark.SparkValidation;
import org.sitrep.spark.SparkValidator;

/**
 * Generates a synthetic JSON Lines file of a million records (unless the file exists), validates it
 * on Spark, and prints the summary, the findings per rule and the slowest stage.
 *
 * <pre>{@code
 * // arguments: [file] [records] [asOf]; the master is local[*] unless spark-submit sets one
 * ValidateMillion.main(new String[] {"target/million.jsonl", "1000000", "2024-11-20"});
 * }</pre>
 *
 * <p>The module README shows how to run it with {@code java} and with {@code spark-submit}.
 */
public final class ValidateMillion {

  private ValidateMillion() {}

  /**
   * Runs the sample.
   *
   * @param args the file (default {@code target/million.jsonl}; generated when absent, on the local
   *     file system), the number of records to generate (default 1,000,000) and the asOf day
   *     (default the generated data's, 2024-11-20)
   * @throws Exception when the file cannot be written or the job fails
   */
  public static void main(String[] args) throws Exception {
    String file = args.length > 0 ? args[0] : "target/million.jsonl";
    int records = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 1_000_000;
    LocalDate asOf = args.length > 2 ? LocalDate.parse(args[2]) : SyntheticJsonLines.AS_OF;
    if (!file.contains("://") && !Files.exists(Path.of(file))) {
      long start = System.nanoTime();
      Path path = Path.of(file).toAbsolutePath();
      Files.createDirectories(path.getParent());
      SyntheticJsonLines.write(path, records, 42L, 0.001);
      System.out.printf(
          "Generated %,d records in %s (%,d bytes) in %.1f s%n",
          records, path, Files.size(path), (System.nanoTime() - start) / 1e9);
    }

    SparkSession.Builder builder = SparkSession.builder().appName("sitrep-validate-million");
    if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    List<StageInfo> stages = new ArrayList<>();
    spark.sparkContext().addSparkListener(new StageTimes(stages));

    long start = System.nanoTime();
    Dataset<Row> rows = spark.read().format("sitrep").load(file);
    SparkValidation result = SparkValidator.builder().asOf(asOf).build().validate(rows);
    double seconds = (System.nanoTime() - start) / 1e9;

    System.out.printf("Validated on %s in %.1f s%n", spark.sparkContext().master(), seconds);
    System.out.println(result.summary());
    result.findings().groupBy("code", "severity").count().orderBy("code").show(30, false);
    synchronized (stages) {
      stages.stream()
          .max(Comparator.comparingLong(ValidateMillion::duration))
          .ifPresent(
              stage ->
                  System.out.printf(
                      "Slowest stage: %d (%s), %d tasks, %.1f s of %d stages%n",
                      stage.stageId(),
                      stage.name(),
                      stage.numTasks(),
                      duration(stage) / 1e3,
                      stages.size()));
    }
    spark.stop();
  }

  private static long duration(StageInfo stage) {
    if (stage.submissionTime().isEmpty() || stage.completionTime().isEmpty()) {
      return 0;
    }
    return (Long) stage.completionTime().get() - (Long) stage.submissionTime().get();
  }

  /** Keeps every completed stage. */
  private static final class StageTimes extends SparkListener {
    private final List<StageInfo> stages;

    StageTimes(List<StageInfo> stages) {
      this.stages = stages;
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
      synchronized (stages) {
        stages.add(completed.stageInfo());
      }
    }
  }
}
