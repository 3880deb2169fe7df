package org.sitrep.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU time of this process's threads during a measurement, by group (the decoding threads, the
 * consumer, the collector, the JIT, the rest), read from Linux's {@code
 * /proc/self/task/N/schedstat} every few milliseconds by a daemon thread, so that threads ending
 * before the measurement does are counted too (up to one interval of their time may be missed).
 * Elsewhere than on Linux it reports nothing.
 */
final class ThreadCpu {

  private static final Path TASKS = Path.of("/proc/self/task");
  private static final long INTERVAL_MILLIS = 5;

  /** Per thread id: its CPU nanoseconds when first and last seen. */
  private final Map<String, long[]> seen = new HashMap<>();

  private final Map<String, String> names = new HashMap<>();
  private final Thread sampler;
  private volatile boolean stopping;

  private ThreadCpu() {
    sample();
    sampler = new Thread(this::run, "thread-cpu");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts sampling. */
  static ThreadCpu start() {
    return new ThreadCpu();
  }

  private void run() {
    while (!stopping) {
      sample();
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private synchronized void sample() {
    if (!Files.isDirectory(TASKS)) {
      return;
    }
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        String id = task.getFileName().toString();
        try {
          String stat = Files.readString(task.resolve("schedstat"));
          long nanos = Long.parseLong(stat.substring(0, stat.indexOf(' ')));
          String name = names.get(id);
          if (name == null || name.equals("java")) {
            // a thread just started may not have its name yet
            names.put(id, Files.readString(task.resolve("comm")).trim());
          }
          seen.computeIfAbsent(id, k -> new long[] {nanos, nanos})[1] = nanos;
        } catch (IOException | RuntimeException e) {
          // the thread ended between listing and reading
        }
      }
    } catch (IOException e) {
      // no /proc: nothing to report
    }
  }

  /** Stops sampling and returns the CPU seconds of each group of threads. */
  String stop() {
    stopping = true;
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample();
    Map<String, Double> groups = new TreeMap<>();
    for (Map.Entry<String, long[]> entry : seen.entrySet()) {
      String name = names.getOrDefault(entry.getKey(), "?");
      double seconds = (entry.getValue()[1] - entry.getValue()[0]) / 1e9;
      if (name.equals("thread-cpu")) {
        continue;
      }
      groups.merge(group(name), seconds, Double::sum);
    }
    StringBuilder text = new StringBuilder("thread CPU s:");
    groups.forEach(
        (group, seconds) -> text.append(String.format(Locale.ROOT, " %s %.2f", group, seconds)));
    return text.toString();
  }

  private static String group(String name) {
    if (name.startsWith("sitrep-read")) {
      return "decoders";
    }
    if (name.equals("java") || name.equals("main")) {
      return "main";
    }
    if (name.startsWith("GC ") || name.startsWith("G1 ")) {
      return "gc";
    }
    if (name.startsWith("C2 ")) {
      return "c2";
    }
    if (name.startsWith("C1 ")) {
      return "c1";
    }
    return "other";
  }
}
