package org.sitrep.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.sitrep.core.Actor;
import org.sitrep.core.Certainty;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.Source;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.io.RecordReader;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;
import org.sitrep.validation.StreamingValidation;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * Shows how to validate a JSON Lines file too large to hold in memory: an io {@link RecordReader}
 * hands over one record at a time, and a {@link StreamingValidation} keeps only a compact index of
 * ids (about 100 bytes a record), never the records. Prints the counts and the records per second
 * of reading and validating together. One million synthetic records, a 374 MB file, validate in a
 * heap of 160 MB ({@code -Xmx160m}); 64 MB is too little for their index.
 *
 * <pre>{@code
 * StreamLargeFile                              # 100,000 synthetic records in a temporary file
 * StreamLargeFile --generate 1000000           # as many as you like
 * StreamLargeFile incidents.jsonl 2024-11-20   # your file, validated as of that day
 * }</pre>
 *
 * <p>The synthetic file holds {@value #ACTORS} actors, then incidents, each naming two of them;
 * every {@value #DANGLING_EVERY}th incident names an actor no record has, so that {@code
 * ref.unresolved} fires a known number of times. It is deleted at the end.
 */
public final class StreamLargeFile {

  /** How many records are generated when no argument is given. */
  public static final int DEFAULT_RECORDS = 100_000;

  /** How many actors a synthetic file starts with. */
  public static final int ACTORS = 100;

  /** Every this many incidents, one names an actor that does not exist. */
  public static final int DANGLING_EVERY = 1_000;

  /** The as-of day of the synthetic records. */
  public static final LocalDate SYNTHETIC_AS_OF = LocalDate.of(2024, 11, 20);

  private StreamLargeFile() {}

  /**
   * Runs the program; exits with status 2 and a usage line when the arguments are wrong.
   *
   * @param args nothing; {@code --generate N}; or a JSON Lines file and its as-of day
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    try {
      run(args, System.out);
    } catch (IllegalArgumentException badArguments) {
      System.err.println(badArguments.getMessage());
      System.err.println(
          "usage: StreamLargeFile [--generate N | file.jsonl as-of-day (YYYY-MM-DD)]");
      System.exit(2);
    }
  }

  /**
   * Streams and validates the file named in {@code args}, or a synthetic one, and prints the
   * counts.
   *
   * @param args nothing; {@code --generate N}; or a JSON Lines file and its as-of day
   * @param out where to print
   * @return the validation report
   * @throws IOException when a file cannot be read or written
   * @throws IllegalArgumentException when the arguments are wrong
   */
  public static ValidationReport run(String[] args, PrintStream out) throws IOException {
    if (args.length == 2 && !args[0].equals("--generate")) {
      return stream(Path.of(args[0]), LocalDate.parse(args[1]), out);
    }
    int records;
    if (args.length == 0) {
      records = DEFAULT_RECORDS;
    } else if (args.length == 2 && args[1].matches("[0-9]{1,9}")) {
      records = Integer.parseInt(args[1]);
    } else {
      throw new IllegalArgumentException(
          "Expected nothing, --generate N, or a JSON Lines file and its as-of day; got "
              + String.join(" ", args));
    }
    if (records <= ACTORS) {
      throw new IllegalArgumentException(
          "Generate more than " + ACTORS + " records, the actors come first; got " + records);
    }
    Path file = Files.createTempFile("sitrep-synthetic-", ".jsonl");
    try {
      generate(file, records);
      long bytes = Files.size(file);
      out.printf(Locale.ROOT, "Generated %,d records (%,d bytes) in %s%n", records, bytes, file);
      return stream(file, SYNTHETIC_AS_OF, out);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static ValidationReport stream(Path file, LocalDate asOf, PrintStream out)
      throws IOException {
    long start = System.nanoTime();
    StreamingValidation session = Validator.defaults().startStream(asOf);
    try (RecordReader records = SitrepJson.strict().openRecords(file)) {
      while (records.hasNext()) {
        session.accept(records.next());
      }
    }
    ValidationReport report = session.finish();
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "Read and validated %,d records as of %s in %.2f s: %,.0f records/s%n",
        report.recordCount(),
        asOf,
        seconds,
        report.recordCount() / seconds);
    out.println(report.summary());
    report.findings().stream().limit(3).forEach(finding -> out.println("  " + finding));
    return report;
  }

  private static void generate(Path file, int records) throws IOException {
    Source source =
        Source.builder().publisher("Synthetic").published(FuzzyDate.of(SYNTHETIC_AS_OF)).build();
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(file)) {
      for (int i = 0; i < ACTORS; i++) {
        writer.write(
            Actor.builder()
                .id(actor(i))
                .name("Armed group " + i)
                .kind(Actor.Kind.ARMED_GROUP)
                .country("PK")
                .build());
      }
      for (int i = 0; i < records - ACTORS; i++) {
        boolean dangling = i % DANGLING_EVERY == DANGLING_EVERY - 1;
        writer.write(
            Incident.builder()
                .id(Id.incident(String.format(Locale.ROOT, "synthetic-%09d", i)))
                .name("Synthetic incident " + i)
                .category(IncidentCategory.BATTLES)
                .date(FuzzyDate.of(SYNTHETIC_AS_OF.minusDays(i % 300)))
                .place(Place.builder().name("Balochistan").country("PK").build())
                .addPerpetrator(Involvement.confirmed(actor(i % ACTORS)))
                .addTarget(
                    Involvement.of(
                        dangling ? Id.actor("nobody") : actor((i + 1) % ACTORS),
                        Certainty.SUSPECTED))
                .addSource(source)
                .build());
      }
    }
  }

  private static Id<Actor> actor(int index) {
    return Id.actor(String.format(Locale.ROOT, "group-%03d", index));
  }
}
