package org.sitrep.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.sitrep.core.Dataset;
import org.sitrep.io.RecordReader;
import org.sitrep.io.SitrepJson;
import org.sitrep.io.SitrepReadException;
import org.sitrep.validation.StreamingValidation;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * Shows how to read a file and validate it: a JSON document ({@code .json}) is read whole and
 * validated as of its own {@code asOf} day; JSON Lines ({@code .jsonl}, {@code .ndjson}) are
 * streamed record by record, as of the day given as second argument (JSON Lines have no {@code
 * asOf}). Prints the report as text.
 *
 * <pre>{@code
 * ValidateFile samples/data/balochistan-2024-broken.json
 * ValidateFile incidents.jsonl 2024-11-20
 * }</pre>
 *
 * <p>Exit status: 0 when the file has no errors (warnings are fine), 1 when it has, 2 when it
 * cannot be read or the arguments are wrong.
 */
public final class ValidateFile {

  private ValidateFile() {}

  /**
   * Runs the program and exits with its status.
   *
   * @param args the file, and for JSON Lines the as-of day ({@code YYYY-MM-DD})
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out));
  }

  /**
   * Reads and validates the file named by {@code args[0]} and prints the report.
   *
   * @param args the file, and for JSON Lines the as-of day ({@code YYYY-MM-DD})
   * @param out where to print the report, or why the file could not be read
   * @return 0 without errors, 1 with errors, 2 when unreadable or given wrong arguments
   * @throws IOException when the file cannot be read
   */
  public static int run(String[] args, PrintStream out) throws IOException {
    String name = args.length == 0 ? "" : args[0];
    boolean lines = name.endsWith(".jsonl") || name.endsWith(".ndjson");
    if (args.length != (lines ? 2 : 1)) {
      out.println("usage: ValidateFile <file.json> | ValidateFile <file.jsonl> <as-of-day>");
      return 2;
    }
    Path file = Path.of(name);
    ValidationReport report;
    try {
      report = lines ? validateLines(file, LocalDate.parse(args[1])) : validateDocument(file);
    } catch (SitrepReadException unreadable) {
      out.println(file + ": " + unreadable.getMessage());
      return 2;
    }
    out.print(report.toText());
    return report.hasErrors() ? 1 : 0;
  }

  private static ValidationReport validateDocument(Path file) throws IOException {
    Dataset dataset = SitrepJson.strict().readDataset(file);
    return Validator.defaults().validate(dataset);
  }

  private static ValidationReport validateLines(Path file, LocalDate asOf) throws IOException {
    StreamingValidation session = Validator.defaults().startStream(asOf);
    try (RecordReader records = SitrepJson.strict().openRecords(file)) {
      records.forEachRemaining(session::accept);
    }
    return session.finish();
  }
}
