package org.sitrep.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.RecordReader;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;
import org.sitrep.validation.StreamingValidation;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * Validates {@code count} synthetic records ({@value SyntheticData#ACTORS} actors, the rest
 * incidents referring to them) with every built-in rule: a whole dataset in memory, the same
 * records fed one at a time to a streaming session, and JSON Lines read and validated as a stream
 * in constant memory. The {@code records} counter is records per second; {@code -prof gc} gives
 * bytes allocated per invocation (divide by {@code count} for bytes per record).
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 3 -r 3s -prof gc ValidationBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
public class ValidationBenchmark {

  /** The day the synthetic records are current as of. */
  static final LocalDate AS_OF = LocalDate.of(2024, 11, 20);

  private static final Validator VALIDATOR = Validator.defaults();

  /** The records, in memory, as a list and as a dataset. */
  @State(Scope.Benchmark)
  public static class Records {

    /** How many records: {@value SyntheticData#ACTORS} actors, the rest incidents. */
    @Param({"100000", "1000000"})
    public int count;

    List<SitrepRecord> records;
    Dataset dataset;

    /**
     * Builds the records, reports what the validator finds in them, then runs a full collection:
     * the records lie where it leaves them, whatever garbage the setup made, so that runs and
     * variants validate the same layout (without it, a variant that allocated more ran faster by
     * having G1 compact the records sooner, and the spread of the figures widened).
     */
    @Setup
    public void setUp() {
      records = new ArrayList<>(count);
      records.addAll(SyntheticData.actors());
      records.addAll(SyntheticData.incidents(count - SyntheticData.ACTORS));
      dataset = Dataset.of("Synthetic", AS_OF, records);
      ValidationReport report = VALIDATOR.validate(dataset);
      System.out.printf("%n%,d records: %s%n", records.size(), report.summary());
      System.gc();
    }
  }

  /** The same records as JSON Lines bytes. */
  @State(Scope.Benchmark)
  public static class Lines {

    byte[] bytes;

    /**
     * Writes the records with Sitrep's codec.
     *
     * @throws IOException never: everything is in memory
     */
    @Setup
    public void setUp(Records records) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream(records.count * 700);
      try (RecordWriter writer = SitrepJson.strict().newRecordWriter(out)) {
        for (SitrepRecord record : records.records) {
          writer.write(record);
        }
      }
      bytes = out.toByteArray();
      System.out.printf("%,d bytes of JSON Lines%n", bytes.length);
    }
  }

  /** Counts the records validated: reported per second as {@code records}. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counter {

    /** Records validated in this iteration. */
    public long records;

    /** Starts each iteration at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      records = 0;
    }
  }

  /** {@link Validator#validate(Dataset)} on a dataset held in memory. */
  @Benchmark
  public ValidationReport validateDataset(Records in, Counter counter) {
    ValidationReport report = VALIDATOR.validate(in.dataset);
    counter.records += report.recordCount();
    return report;
  }

  /** A streaming session fed the in-memory records one at a time. */
  @Benchmark
  public ValidationReport validateStream(Records in, Counter counter) {
    StreamingValidation session = VALIDATOR.startStream(AS_OF);
    for (SitrepRecord record : in.records) {
      session.accept(record);
    }
    ValidationReport report = session.finish();
    counter.records += report.recordCount();
    return report;
  }

  /**
   * JSON Lines read by Sitrep's codec and validated by a streaming session, one record at a time.
   *
   * @throws IOException never: the bytes are in memory
   */
  @Benchmark
  public ValidationReport readAndValidateLines(Lines in, Counter counter) throws IOException {
    StreamingValidation session = VALIDATOR.startStream(AS_OF);
    try (RecordReader reader =
        SitrepJson.strict().openRecords(new ByteArrayInputStream(in.bytes))) {
      while (reader.hasNext()) {
        session.accept(reader.next());
      }
    }
    ValidationReport report = session.finish();
    counter.records += report.recordCount();
    return report;
  }
}
