package org.sitrep.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;

/**
 * A rough measurement, not a test and not a benchmark (the JMH module does that): validation
 * throughput in memory at 100k, 300k and 1M synthetic records (after a warm-up of 3M), and the
 * memory a streaming validation keeps per record and per pending forward reference.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl validation test-compile exec:java \
 *     -Dexec.mainClass=org.sitrep.validation.ValidationThroughput -Dexec.classpathScope=test
 * }</pre>
 */
public final class ValidationThroughput {

  private static final LocalDate AS_OF = LocalDate.of(2024, 11, 20);

  private ValidationThroughput() {}

  public static void main(String[] args) {
    Validator validator = Validator.defaults();
    List<SitrepRecord> warmUp = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      warmUp.add(SyntheticRecords.record(i));
    }
    for (int round = 0; round < 30; round++) {
      validator.validate(Dataset.of("warm-up", AS_OF, warmUp));
    }
    for (int size : new int[] {100_000, 300_000, 1_000_000}) {
      List<SitrepRecord> records = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        records.add(SyntheticRecords.record(i));
      }
      Dataset dataset = Dataset.of("synthetic", AS_OF, records);
      double best = Double.MAX_VALUE;
      int findings = -1;
      for (int round = 0; round < 7; round++) {
        long start = System.nanoTime();
        ValidationReport report = validator.validate(dataset);
        double seconds = (System.nanoTime() - start) / 1e9;
        best = Math.min(best, seconds);
        findings = report.findings().size();
      }
      System.out.printf(
          "in memory %,9d records: best of 7 %.3f s = %,.0f records/s (%d findings)%n",
          size, best, size / best, findings);
    }
    int size = 1_000_000;
    long backward = retained(validator, size, false);
    long forward = retained(validator, size, true);
    System.out.printf(
        "streaming %,d records, references backward: %,d bytes retained = %.0f bytes/record%n",
        size, backward, (double) backward / size);
    System.out.printf(
        "streaming %,d records, incidents first (3 forward references each): %,d bytes = %.0f"
            + " bytes per pending reference beyond the per-record cost%n",
        size, forward, (double) (forward - backward) / (3.0 * (size - SyntheticRecords.ACTORS)));
  }

  /** The heap a streaming session holds after accepting generated records it cannot keep. */
  private static long retained(Validator validator, int size, boolean incidentsFirst) {
    long before = usedAfterGc();
    StreamingValidation session = validator.startStream(AS_OF);
    for (int i = 0; i < size; i++) {
      int n = incidentsFirst ? (i + SyntheticRecords.ACTORS) % size : i;
      session.accept(SyntheticRecords.record(n));
    }
    long after = usedAfterGc();
    if (session.finish().hasErrors()) {
      throw new IllegalStateException("synthetic data should validate without errors");
    }
    return after - before;
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
