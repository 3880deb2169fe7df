package org.sitrep.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;

/**
 * Writes a large JSON Lines file for end-to-end runs of {@code sitrep validate}: one actor record
 * in every 100 records (record 0, 100, 200, ...), and between them incidents shaped like {@link
 * SyntheticData}'s, each naming a perpetrator and a target picked at random from all the file's
 * actors, so that most references point forward to actors not yet written. The same count always
 * gives the same bytes; every record is valid and every reference resolves by the end of the file.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.sitrep.bench.LargeLines --records 1000000 --out big.jsonl
 * }</pre>
 */
public final class LargeLines {

  /** One record in this many is an actor. */
  static final int ACTOR_EVERY = 100;

  private LargeLines() {}

  /**
   * Writes the file.
   *
   * @param args {@code --records N --out FILE}
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long records = -1;
    Path out = null;
    try {
      for (int i = 0; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--records" -> records = Long.parseLong(args[i + 1]);
          case "--out" -> out = Path.of(args[i + 1]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (IllegalArgumentException e) { // NumberFormatException, InvalidPathException too
      records = -1;
      System.err.println("LargeLines: " + e.getMessage());
    }
    if (records < 1 || records > Integer.MAX_VALUE || out == null || args.length % 2 != 0) {
      System.err.println("usage: LargeLines --records N --out FILE (1 <= N <= 2147483647)");
      System.exit(2);
      return;
    }
    int count = (int) records;
    int actors = (count + ACTOR_EVERY - 1) / ACTOR_EVERY;
    SplittableRandom random = new SplittableRandom(20261130L);
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(out)) {
      for (int position = 0; position < count; position++) {
        if (position % ACTOR_EVERY == 0) {
          writer.write(SyntheticData.actor(position / ACTOR_EVERY));
        } else {
          writer.write(SyntheticData.incident(position, random, actors, false));
        }
      }
    }
    System.out.println(count + " records (" + actors + " actors) written to " + out);
  }
}
