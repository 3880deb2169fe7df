package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * {@link ValidationBenchmark#validateDataset}'s work timed by the thread's CPU time rather than the
 * wall clock, for a machine that other work keeps busy: there, JMH's wall-clock throughput counts
 * the time the thread waited for a core. Builds the same synthetic dataset, validates it {@code
 * warmups} times, then {@code runs} times, and prints per run the records per CPU second and the
 * bytes allocated per record, then the median and the best run. A full collection after the setup
 * lays the records out the same way for every variant compared.
 *
 * <pre>{@code
 * java -Xms6g -Xmx6g -cp bench/target/benchmarks.jar org.sitrep.bench.ValidationCpuTime \
 *     1000000 5 10
 * }</pre>
 */
public final class ValidationCpuTime {

  private ValidationCpuTime() {}

  /**
   * Runs the measurement.
   *
   * @param args the record count (default 1,000,000), warm-up runs (5) and measured runs (10)
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    ValidationBenchmark.Records records = new ValidationBenchmark.Records();
    records.count = count;
    records.setUp(); // ends with a full collection, which lays the records out
    Validator validator = Validator.defaults();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    double[] rates = new double[runs];
    for (int i = -warmups; i < runs; i++) {
      long allocated = threads.getThreadAllocatedBytes(self);
      long cpu = threads.getCurrentThreadCpuTime();
      ValidationReport report = validator.validate(records.dataset);
      long nanos = threads.getCurrentThreadCpuTime() - cpu;
      long bytes = threads.getThreadAllocatedBytes(self) - allocated;
      if (report.recordCount() != count) {
        throw new IllegalStateException("validated " + report.recordCount() + " of " + count);
      }
      double rate = count * 1e9 / nanos;
      System.out.printf(
          "%s %d: %,.0f records per CPU second, %.1f bytes per record%n",
          i < 0 ? "warm-up" : "run", i < 0 ? i + warmups : i, rate, (double) bytes / count);
      if (i >= 0) {
        rates[i] = rate;
      }
    }
    Arrays.sort(rates);
    System.out.printf(
        "%,d records: median %,.0f, best %,.0f records per CPU second over %d runs%n",
        count, rates[runs / 2], rates[runs - 1], runs);
  }
}
