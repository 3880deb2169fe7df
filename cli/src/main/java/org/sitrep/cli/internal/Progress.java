package org.sitrep.cli.internal;

import java.io.PrintWriter;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A progress line on stderr, rewritten in place with {@code '\r'}: records read and the rate. With
 * {@link ProgressMode#AUTO} shown only on a terminal and only for a large input (a file over 10 MB,
 * or once 100,000 records have been read), and cleared at the end; with {@link ProgressMode#ALWAYS}
 * shown for any input and kept at the end, with the final count; with {@link ProgressMode#NEVER}
 * not at all.
 */
final class Progress {

  /** Inputs larger than this show progress from the start. */
  static final long LARGE_FILE = 10L * 1024 * 1024;

  /** Any input shows progress once this many records have been read. */
  static final int LARGE_COUNT = 100_000;

  private static final long UPDATE_NANOS = 250_000_000L;
  private static final int CHECK_EVERY = 1024;

  private final PrintWriter err;
  private final String label;
  private final LongSupplier nanoClock;
  private final boolean enabled;
  private final boolean keep;
  private final long start;
  private boolean large;
  private long lastUpdate;
  private long count;
  private int width;

  /**
   * Creates the progress of one input.
   *
   * @param err where the line goes
   * @param label the input's name
   * @param size the input's size in bytes, when known
   * @param mode when to show the line
   * @param terminal whether the tool runs on a terminal; {@link ProgressMode#AUTO} needs one
   * @param nanoClock the clock, {@code System::nanoTime}
   */
  Progress(
      PrintWriter err,
      String label,
      OptionalLong size,
      ProgressMode mode,
      boolean terminal,
      LongSupplier nanoClock) {
    this.err = err;
    this.label = label;
    this.nanoClock = nanoClock;
    this.enabled = mode == ProgressMode.ALWAYS || (mode == ProgressMode.AUTO && terminal);
    this.keep = mode == ProgressMode.ALWAYS;
    this.large = keep || (size.isPresent() && size.getAsLong() > LARGE_FILE);
    this.start = nanoClock.getAsLong();
    this.lastUpdate = start;
  }

  /** Counts one record read; now and then rewrites the line. */
  void tick() {
    count++;
    if (!enabled || count % CHECK_EVERY != 0) {
      return;
    }
    large |= count >= LARGE_COUNT;
    long now = nanoClock.getAsLong();
    if (large && now - lastUpdate >= UPDATE_NANOS) {
      lastUpdate = now;
      show(now);
    }
  }

  /**
   * Clears the line, if one was shown; with {@link ProgressMode#ALWAYS}, ends it with the final
   * count instead.
   */
  void done() {
    if (keep) {
      show(nanoClock.getAsLong());
      err.println();
      err.flush();
      width = 0;
    } else if (width > 0) {
      err.print('\r' + " ".repeat(width) + '\r');
      err.flush();
      width = 0;
    }
  }

  private void show(long now) {
    double seconds = (now - start) / 1e9;
    long rate = seconds > 0 ? Math.round(count / seconds) : 0;
    String line = String.format("%s: %,d records read, %,d records/s", label, count, rate);
    String padding = " ".repeat(Math.max(0, width - line.length()));
    err.print('\r' + line + padding);
    err.flush();
    width = line.length();
  }
}
