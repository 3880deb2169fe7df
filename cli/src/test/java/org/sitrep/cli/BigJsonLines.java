package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a large synthetic JSON Lines file for measuring {@code sitrep validate}: 1,000 actors,
 * then incidents that each name two of them (perpetrator and target), with a place, casualties and
 * a source. Not a test; run it from the test classes:
 *
 * <pre>{@code
 * java -cp cli/target/test-classes org.sitrep.cli.BigJsonLines /tmp/big.jsonl 1000000
 * }</pre>
 */
public final class BigJsonLines {

  private static final int ACTORS = 1_000;
  private static final String[] CATEGORIES = {
    "battles",
    "explosions-remote-violence",
    "violence-against-civilians",
    "protests",
    "riots",
    "strategic-developments"
  };

  private BigJsonLines() {}

  /**
   * Writes the file.
   *
   * @param args the output file and the number of incidents (default 1,000,000)
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int incidents = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    LocalDate start = LocalDate.of(2020, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int a = 0; a < ACTORS; a++) {
        w.write(
            "{\"type\":\"actor\",\"id\":\"actor:group-"
                + a
                + "\",\"name\":\"Armed group "
                + a
                + "\",\"kind\":\"armed-group\",\"country\":\"PK\"}\n");
      }
      for (int i = 0; i < incidents; i++) {
        LocalDate day = start.plusDays(i % 1800);
        int perpetrator = i % ACTORS;
        int target = (i * 7 + 13) % ACTORS;
        w.write(
            "{\"type\":\"incident\",\"id\":\"incident:synthetic-"
                + i
                + "\",\"name\":\"Synthetic incident "
                + i
                + "\",\"category\":\""
                + CATEGORIES[i % CATEGORIES.length]
                + "\",\"date\":\""
                + day
                + "\",\"place\":{\"name\":\"Quetta\",\"kind\":\"city\",\"country\":\"PK\","
                + "\"coordinates\":{\"latitude\":30.18,\"longitude\":66.99}},"
                + "\"perpetrators\":[{\"actor\":\"actor:group-"
                + perpetrator
                + "\",\"certainty\":\"claimed\"}],\"targets\":[{\"actor\":\"actor:group-"
                + target
                + "\",\"certainty\":\"confirmed\"}],\"casualties\":{\"killed\":{\"low\":1,\"best\":"
                + (i % 5 + 1)
                + ",\"high\":9}},\"sources\":[{\"publisher\":\"Dawn\",\"published\":\""
                + day.plusDays(1)
                + "\"}]}\n");
      }
    }
  }
}
