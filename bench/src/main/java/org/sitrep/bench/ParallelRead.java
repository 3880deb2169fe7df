package org.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.sitrep.io.RecordReader;
import org.sitrep.io.SitrepJson;

/**
 * Reads a JSON Lines file with io's reader alone (no validation) once per thread count asked for,
 * and prints the time, the records per second and the CPU time of the process for each, so that the
 * scaling of {@code SitrepJson.Builder.readThreads} is measured on the same file, back to back.
 *
 * <pre>{@code
 * java -Xmx256m -cp bench/target/benchmarks.jar org.sitrep.bench.ParallelRead \
 *     --file big.jsonl --threads 1,2,1,2
 * }</pre>
 */
public final class ParallelRead {

  private ParallelRead() {}

  /**
   * Reads the file.
   *
   * @param args {@code --file FILE --threads N,N,...}
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = null;
    String threads = "1,2";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--file" -> file = Path.of(args[i + 1]);
        case "--threads" -> threads = args[i + 1];
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    if (file == null) {
      throw new IllegalArgumentException("Usage: ParallelRead --file FILE [--threads 1,2,...]");
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (String count : threads.split(",", -1)) {
      SitrepJson json = SitrepJson.builder().readThreads(Integer.parseInt(count.trim())).build();
      long cpuBefore = os.getProcessCpuTime();
      long start = System.nanoTime();
      long records = 0;
      try (RecordReader reader = json.openRecords(file)) {
        while (reader.hasNext()) {
          reader.next();
          records++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "threads %s: %d records in %.2f s, %.0f records/s, process CPU %.2f s, load %.2f%n",
          count.trim(),
          records,
          seconds,
          records / seconds,
          cpu,
          os.getSystemLoadAverage());
    }
  }
}
