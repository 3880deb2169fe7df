package org.sitrep.spark;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sitrep.validation.Severity;

/**
 * The result of {@link SparkValidator#validate(Dataset)}: the findings as a DataFrame (cached) and
 * their counts.
 *
 * <pre>{@code
 * SparkValidation result = SparkValidator.builder().asOf(LocalDate.of(2024, 11, 20)).build()
 *     .validate(records);
 * System.out.println(result.summary());            // 3 errors, 1 warning, 0 info in 7 records
 * result.findings().where("severity = 'error'").show(false);
 * }</pre>
 *
 * <p>The findings' columns ({@link SparkValidator#FINDINGS}): {@code position} (the record's place
 * in the DataFrame's order, from 0: a JSON Lines file's record order when read by the data source),
 * {@code code}, {@code severity} ({@code error}, {@code warning}, {@code info}), {@code recordId},
 * {@code pointer} (relative to the record, as in sitrep-validation's report), {@code message},
 * {@code related} (the other record involved, or null) and {@code arguments} (a map of the rule's
 * machine-readable facts). They are sorted by position, pointer, code and message.
 */
public final class SparkValidation {

  private final Dataset<Row> findings;
  private final long recordCount;
  private final Map<Severity, Long> counts;

  SparkValidation(Dataset<Row> findings, long recordCount, Map<Severity, Long> counts) {
    this.findings = findings;
    this.recordCount = recordCount;
    this.counts = Map.copyOf(counts);
  }

  /**
   * The findings, one row each.
   *
   * @return the cached DataFrame of {@link SparkValidator#FINDINGS}
   */
  public Dataset<Row> findings() {
    return findings;
  }

  /**
   * The number of records validated (rows holding a corrupt record left out).
   *
   * @return the count
   */
  public long recordCount() {
    return recordCount;
  }

  /**
   * The number of findings of one severity.
   *
   * @param severity the severity
   * @return the count
   */
  public long count(Severity severity) {
    return counts.getOrDefault(severity, 0L);
  }

  /**
   * Whether any finding is an error.
   *
   * @return true when {@code count(Severity.ERROR) > 0}
   */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * The counts as a line, as the single-machine report's last line: {@code 3 errors, 1 warning, 0
   * info in 7 records}.
   *
   * @return the summary
   */
  public String summary() {
    long errors = count(Severity.ERROR);
    long warnings = count(Severity.WARNING);
    return errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning, " : " warnings, ")
        + count(Severity.INFO)
        + " info in "
        + recordCount
        + (recordCount == 1 ? " record" : " records");
  }

  @Override
  public String toString() {
    return summary();
  }
}
