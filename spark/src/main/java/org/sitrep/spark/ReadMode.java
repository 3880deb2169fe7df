package org.sitrep.spark;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a read does with a line that is not a valid Sitrep record, Spark's three modes, set with the
 * {@code mode} option. The default is {@link #FAILFAST}, as Sitrep's strict reader: a bad line
 * stops the job with its file, byte offset and the codec's message.
 *
 * <pre>{@code
 * Dataset<Row> all = spark.read().format("sitrep")
 *     .option("mode", "PERMISSIVE")       // malformed lines land in _corrupt_record
 *     .load("events.jsonl");
 * all.where("_corrupt_record IS NOT NULL").show();
 * }</pre>
 */
public enum ReadMode {
  /** A malformed line fails the read (the default). */
  FAILFAST,
  /**
   * A malformed line becomes a row whose columns are null but the corrupt-record column ({@code
   * columnNameOfCorruptRecord} option, default {@code _corrupt_record}), which holds the line.
   */
  PERMISSIVE,
  /** A malformed line is dropped. */
  DROPMALFORMED;

  /**
   * The mode of an option value, in any case; {@link #FAILFAST} when absent.
   *
   * @param value the {@code mode} option, or null
   * @return the mode
   * @throws IllegalArgumentException naming the accepted values for anything else
   */
  public static ReadMode parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return FAILFAST;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown mode '" + value + "', expected FAILFAST, PERMISSIVE or DROPMALFORMED", e);
    }
  }
}
