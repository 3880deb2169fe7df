package org.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.io.ReadValidation;
import org.sitrep.io.RecordReader;
import org.sitrep.io.SitrepJson;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * Reads a JSON Lines file with io's reader alone (no validation) once per thread count asked for,
 * and prints the time, the records per second and the CPU time of the process for each, so that the
 * scaling of {@code SitrepJson.Builder.readThreads} is measured on the same file, back to back.
 * With {@code --validate} it reads and validates as {@code sitrep validate} does (a lenient reader
 * that refuses repeated properties, {@code ReadValidation} into a streaming session as of
 * 2024-12-31, the record checks on the decoding threads), and prints the consumer thread's CPU time
 * too: the JVM warm after the first rounds, unlike the command line's single run. With {@code
 * --thread-cpu} it prints the CPU time of each group of threads too (decoders, consumer, collector,
 * JIT), sampled from {@code /proc} by a thread that takes a few percent of a core.
 *
 * <pre>{@code
 * java -Xmx256m -cp bench/target/benchmarks.jar org.sitrep.bench.ParallelRead \
 *     --file big.jsonl --threads 1,2,1,2 [--validate] [--thread-cpu]
 * }</pre>
 */
public final class ParallelRead {

  private ParallelRead() {}

  /**
   * Reads the file.
   *
   * @param args {@code --file FILE --threads N,N,... [--validate]}
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = null;
    int[] threads = {1, 2};
    boolean validate = false;
    boolean threadCpuWanted = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--file" -> file = Path.of(value(args, ++i));
          case "--threads" -> threads = threadCounts(value(args, ++i));
          case "--validate" -> validate = true;
          case "--thread-cpu" -> threadCpuWanted = true;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (IllegalArgumentException e) { // NumberFormatException, InvalidPathException too
      file = null;
      System.err.println("ParallelRead: " + e.getMessage());
    }
    if (file == null) {
      System.err.println(
          "usage: ParallelRead --file FILE [--threads 1,2,...] [--validate] [--thread-cpu]");
      System.exit(2);
      return;
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean consumer = ManagementFactory.getThreadMXBean();
    Map<Integer, List<Double>> rounds = new TreeMap<>();
    for (int count : threads) {
      SitrepJson.Builder builder =
          validate ? SitrepJson.builder().lenient().detectDuplicates() : SitrepJson.builder();
      SitrepJson json = builder.readThreads(count).build();
      // the sampler takes a few percent of a core: off unless asked for, so that it does not slow
      // the decoding threads whose scaling is measured
      ThreadCpu threadCpu = threadCpuWanted ? ThreadCpu.start() : null;
      long cpuBefore = os.getProcessCpuTime();
      long consumerBefore = consumer.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long records = 0;
      try (RecordReader reader = json.openRecords(file)) {
        if (validate) {
          ValidationReport report =
              ReadValidation.validate(
                  reader, Validator.defaults().startStream(LocalDate.of(2024, 12, 31)));
          records = report.recordCount();
        } else {
          while (reader.hasNext()) {
            reader.next();
            records++;
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
      double consumerCpu = (consumer.getCurrentThreadCpuTime() - consumerBefore) / 1e9;
      String groups = threadCpu == null ? null : threadCpu.stop();
      System.out.printf(
          Locale.ROOT,
          "threads %d%s: %d records in %.2f s, %.0f records/s, process CPU %.2f s,"
              + " consumer CPU %.2f s, load %.2f%n",
          count,
          validate ? " (read and validate)" : "",
          records,
          seconds,
          records / seconds,
          cpu,
          consumerCpu,
          os.getSystemLoadAverage());
      if (groups != null) {
        System.out.println("  " + groups);
      }
      rounds.computeIfAbsent(count, c -> new ArrayList<>()).add(seconds);
    }
    System.out.print(summary(rounds));
  }

  /**
   * For each thread count with warm rounds, their median time and its speedup over the median of
   * one thread (when one thread ran warm too); the first round of each count is left out.
   */
  private static String summary(Map<Integer, List<Double>> rounds) {
    StringBuilder text = new StringBuilder();
    List<Double> single = rounds.get(1);
    double singleMedian = single == null || single.size() < 2 ? Double.NaN : warmMedian(single);
    for (Map.Entry<Integer, List<Double>> entry : rounds.entrySet()) {
      List<Double> times = entry.getValue();
      if (times.size() < 2) {
        continue;
      }
      double median = warmMedian(times);
      text.append(
          String.format(
              Locale.ROOT,
              "threads %d, median of %d warm rounds: %.2f s",
              entry.getKey(),
              times.size() - 1,
              median));
      if (!Double.isNaN(singleMedian)) {
        text.append(String.format(Locale.ROOT, ", %.2fx one thread", singleMedian / median));
      }
      text.append(System.lineSeparator());
    }
    return text.toString();
  }

  /** The median of the times but the first. */
  private static double warmMedian(List<Double> times) {
    double[] warm =
        times.subList(1, times.size()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = warm.length / 2;
    return warm.length % 2 == 1 ? warm[middle] : (warm[middle - 1] + warm[middle]) / 2;
  }

  /** The thread counts of {@code --threads}, e.g. {@code 1,2,1,2}: each at least 1. */
  private static int[] threadCounts(String list) {
    int[] counts =
        Arrays.stream(list.split(",", -1)).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    for (int count : counts) {
      if (count < 1) {
        throw new IllegalArgumentException("a thread count must be at least 1, not " + count);
      }
    }
    return counts;
  }

  private static String value(String[] args, int at) {
    if (at >= args.length) {
      throw new IllegalArgumentException("option " + args[at - 1] + " needs a value");
    }
    return args[at];
  }
}
