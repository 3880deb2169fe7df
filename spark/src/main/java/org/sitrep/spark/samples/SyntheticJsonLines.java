package org.sitrep.spark.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic Sitrep JSON Lines file of any size, deterministic for a seed: a header line, actors
 * first (states, government bodies, military, armed groups, persons with posts), then incidents,
 * statements, operations, exercises and investments that name them; one record in {@code 1 /
 * faultRate} (about) carries a fault, and the faults cycle through every rule of the catalogue, so
 * that each fires.
 *
 * <pre>{@code
 * SyntheticJsonLines.write(Path.of("million.jsonl"), 1_000_000, 42L, 0.01);
 * }</pre>
 *
 * <p>The header's {@code asOf} is {@link #AS_OF}.
 */
public final class SyntheticJsonLines {

  /** The {@code asOf} day of the generated data, 2024-11-20. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 11, 20);

  /** The number of kinds of fault; fault {@code k} makes rule {@code k} of the list below fire. */
  static final int FAULTS = 18;

  private final int records;
  private final int actors;
  private final SplittableRandom random;
  private final double faultRate;
  private int fault;

  private SyntheticJsonLines(int records, long seed, double faultRate) {
    this.records = records;
    this.actors = Math.max(20, records / 50);
    this.random = new SplittableRandom(seed);
    this.faultRate = faultRate;
  }

  /**
   * The lines of a file of {@code records} records (faults may add an actor line or two), header
   * first, without line ends.
   *
   * @param records how many records, at least 20
   * @param seed the seed
   * @param faultRate the share of records with a fault, 0 to 1
   * @return the lines
   */
  public static Iterator<String> lines(int records, long seed, double faultRate) {
    SyntheticJsonLines generator = new SyntheticJsonLines(records, seed, faultRate);
    return new Iterator<>() {
      private int next = -1;
      private @Nullable String pending;

      @Override
      public boolean hasNext() {
        return pending != null || next < generator.records;
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        String line = pending;
        if (line != null) {
          pending = null;
          return line;
        }
        int i = next++;
        if (i < 0) {
          return "{\"sitrep\":\"1.0\",\"title\":\"Synthetic\",\"asOf\":\"" + AS_OF + "\"}";
        }
        String[] out = generator.record(i);
        pending = out.length > 1 ? out[1] : null;
        return out[0];
      }
    };
  }

  /**
   * Writes a file of {@link #lines(int, long, double)}.
   *
   * @param file the file
   * @param records how many records
   * @param seed the seed
   * @param faultRate the share of records with a fault
   * @throws IOException when writing fails
   */
  public static void write(Path file, int records, long seed, double faultRate) throws IOException {
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      for (Iterator<String> it = lines(records, seed, faultRate); it.hasNext(); ) {
        out.write(it.next());
        out.write('\n');
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String actor(int i) {
    return "actor:a" + i;
  }

  private String kind(int i) {
    return switch (i % 5) {
      case 0 -> "state";
      case 1 -> "government-body";
      case 2 -> "military";
      case 3 -> "armed-group";
      default -> "person";
    };
  }

  /** An actor of a kind: 0 state, 1 government body, 2 military, 3 armed group, 4 person. */
  private int someActor(int kind) {
    int groups = actors / 5;
    return random.nextInt(groups) * 5 + kind;
  }

  private String[] record(int i) {
    int f = -1;
    if (i >= actors && random.nextDouble() < faultRate) {
      f = fault;
      fault = (fault + 1) % FAULTS;
    }
    if (i < actors) {
      return new String[] {actorLine(i)};
    }
    if (i == actors) {
      return new String[] {
        "{\"type\":\"investment\",\"id\":\"investment:cpec\",\"name\":\"CPEC\",\"kind\":\"programme\","
            + "\"investors\":[\""
            + actor(0)
            + "\"],\"host\":\""
            + actor(0)
            + "\"}"
      };
    }
    switch (f) {
      case 0 -> {
        // id.duplicate
        return new String[] {
          "{\"type\":\"actor\",\"id\":\""
              + actor(someActor(3))
              + "\",\"name\":\"Copy\",\"kind\":\"other\"}"
        };
      }
      case 11 -> {
        // actor.parent-cycle
        return new String[] {
          "{\"type\":\"actor\",\"id\":\"actor:c"
              + i
              + "a\",\"name\":\"A\",\"kind\":\"military\",\"parent\":\"actor:c"
              + i
              + "b\"}",
          "{\"type\":\"actor\",\"id\":\"actor:c"
              + i
              + "b\",\"name\":\"B\",\"kind\":\"state\",\"parent\":\"actor:c"
              + i
              + "a\"}"
        };
      }
      case 2, 12 -> {
        return new String[] {statement(i, f)};
      }
      case 3 -> {
        return new String[] {operation(i, f)};
      }
      case 4, 7 -> {
        return new String[] {exercise(i, f)};
      }
      case 13 -> {
        return new String[] {investment(i, f)};
      }
      default -> {}
    }
    if (f >= 0) {
      return new String[] {incident(i, f)}; // 17: claim.inconsistent
    }
    int pick = random.nextInt(100);
    if (pick < 80) {
      return new String[] {incident(i, -1)};
    } else if (pick < 90) {
      return new String[] {statement(i, -1)};
    } else if (pick < 95) {
      return new String[] {operation(i, -1)};
    } else if (pick < 98) {
      return new String[] {exercise(i, -1)};
    }
    return new String[] {investment(i, -1)};
  }

  private String actorLine(int i) {
    StringBuilder out = new StringBuilder(200);
    out.append("{\"type\":\"actor\",\"id\":\"")
        .append(actor(i))
        .append("\",\"name\":\"Actor ")
        .append(i)
        .append("\",\"kind\":\"")
        .append(kind(i))
        .append("\",\"country\":\"")
        .append(i % 2 == 0 ? "PK" : "CN")
        .append('"');
    if ((i % 5 == 1 || i % 5 == 2) && i >= 10) {
      out.append(",\"parent\":\"").append(actor((i / 5 % 2) * 5)).append('"');
    }
    if (i % 5 == 4) {
      out.append(",\"affiliations\":[{\"organisation\":\"")
          .append(actor(i - 3))
          .append("\",\"role\":\"Spokesperson\",\"period\":\"2020/2024-06\"}]");
    }
    return out.append('}').toString();
  }

  private String sources() {
    return ",\"sources\":[{\"publisher\":\"Reuters\",\"published\":\"2024-11-20\"}]";
  }

  private String day() {
    return String.format("2024-%02d-%02d", 1 + random.nextInt(10), 1 + random.nextInt(28));
  }

  private String incident(int i, int f) {
    StringBuilder out = new StringBuilder(600);
    out.append("{\"type\":\"incident\",\"id\":\"incident:e")
        .append(i)
        .append("\",\"name\":\"Event ")
        .append(i)
        .append("\",\"category\":\"battles\",\"date\":\"");
    out.append(f == 5 ? "2025-01" : f == 6 ? "2024-11-20" : day()).append('"');
    out.append(",\"place\":{\"name\":\"Quetta\",\"country\":\"")
        .append(f == 14 ? "PAK" : "PK")
        .append("\",\"coordinates\":{\"latitude\":")
        .append(f == 15 ? "124.9" : "30.18")
        .append(",\"longitude\":66.99}}");
    out.append(",\"perpetrators\":[{\"actor\":\"")
        .append(f == 1 ? "actor:missing-" + i : actor(someActor(3)))
        .append("\",\"certainty\":\"claimed\"}]");
    out.append(",\"targets\":[{\"actor\":\"")
        .append(actor(someActor(2)))
        .append("\",\"certainty\":\"attributed\",\"attributedBy\":\"")
        .append(actor(someActor(1)))
        .append("\"}]");
    out.append(",\"casualties\":{\"killed\":");
    if (f == 8) {
      out.append("{\"best\":-9}");
    } else if (f == 9) {
      out.append("{\"low\":5,\"best\":2,\"high\":10}");
    } else {
      out.append("{\"best\":").append(random.nextInt(20)).append('}');
    }
    if (f == 10) {
      out.append(",\"breakdowns\":[{\"group\":\"civilians\",\"killed\":{\"best\":99}}]");
    }
    out.append('}');
    out.append(",\"claimStatus\":\"").append(f == 17 ? "unclaimed" : "claimed").append('"');
    if (i % 7 == 0) {
      out.append(",\"affects\":[\"investment:cpec\"]");
    }
    if (f == 6) {
      out.append(",\"sources\":[{\"publisher\":\"Reuters\",\"published\":\"2024-11-19\"}]");
    } else if (f != 16) {
      out.append(sources());
    }
    return out.append('}').toString();
  }

  private String statement(int i, int f) {
    int speaker = f == 2 ? someActor(1) : someActor(4);
    int organisation = f == 2 ? speaker : speaker - 3;
    return "{\"type\":\"statement\",\"id\":\"statement:s"
        + i
        + "\",\"name\":\"Statement "
        + i
        + "\",\"kind\":\"statement\",\"speaker\":\""
        + actor(speaker)
        + "\",\"onBehalfOf\":\""
        + actor(organisation)
        + "\",\"date\":\""
        + (f == 12 ? "2019-06-01" : "2024-03-01")
        + "\""
        + sources()
        + "}";
  }

  private String operation(int i, int f) {
    return "{\"type\":\"operation\",\"id\":\"operation:o"
        + i
        + "\",\"name\":\"Operation "
        + i
        + "\",\"kind\":\"counter-terrorism\",\"conductedBy\":[{\"actor\":\""
        + actor(someActor(2))
        + "\",\"certainty\":\"confirmed\"}],\"period\":\""
        + (f == 3 ? "2024-12-15/2024-11-21" : "2024-11-21~/2024-12-15~")
        + "\""
        + sources()
        + "}";
  }

  private String exercise(int i, int f) {
    String participants =
        f == 7
            ? "{\"actor\":\"" + actor(2) + "\",\"certainty\":\"confirmed\"}"
            : "{\"actor\":\""
                + actor(2)
                + "\",\"certainty\":\"confirmed\"},{\"actor\":\""
                + actor(7)
                + "\",\"certainty\":\"confirmed\"}";
    return "{\"type\":\"exercise\",\"id\":\"exercise:x"
        + i
        + "\",\"name\":\"Exercise "
        + i
        + "\",\"kind\":\"counter-terrorism\",\"joint\":true,\"participants\":["
        + participants
        + "],\"host\":\""
        + actor(0)
        + "\",\"period\":\""
        + (f == 4 ? "2024-11/2024-11-15" : "2024-10-01/2024-10-05")
        + "\"}";
  }

  private String investment(int i, int f) {
    return "{\"type\":\"investment\",\"id\":\"investment:i"
        + i
        + "\",\"name\":\"Investment "
        + i
        + "\",\"kind\":\"loan\",\"investors\":[\""
        + actor(0)
        + "\"],\"host\":\""
        + actor(5)
        + "\",\"value\":{\"amount\":1000000.50,\"currency\":\""
        + (f == 13 ? "US$" : "USD")
        + "\"},\"period\":\"2015/2030\"}";
  }
}
