package org.sitrep.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.ReadValidation;
import org.sitrep.io.RecordReader;
import org.sitrep.io.SitrepReadException;
import org.sitrep.validation.Finding;
import org.sitrep.validation.StreamingValidation;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;
import org.sitrep.validation.ValidatorConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep validate}: reads each file and prints its validation report. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Validate Sitrep documents, JSON Lines, ACLED and UCDP GED CSV exports and print every"
          + " problem of each file in one report: records that cannot be read are read.* findings"
          + " beside the rules' findings.",
      "The content tells the format (a document's properties, a record's, an ACLED or UCDP"
          + " header); --from decides instead. Records stream, except those of a document whose"
          + " asOf follows them, read ahead without --as-of."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  no errors (warnings and info are fine)",
      "  1  errors found",
      "  2  a file could not be read, or the command line is wrong"
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand SitrepCommand parent;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Documents (.json), JSON Lines (.jsonl, .ndjson), ACLED or UCDP GED CSV exports; - for"
              + " standard input.")
  List<String> files;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "text (for people, the default) or json (for machines).")
  OutputFormat format;

  @Option(
      names = "--rule-severity",
      paramLabel = "CODE=LEVEL",
      description = {
        "Re-grade a rule: LEVEL is error, warning, info or off. Repeatable,"
            + " e.g. --rule-severity casualties.order=error"
      })
  List<String> severities = new ArrayList<>();

  @Option(
      names = "--disable",
      paramLabel = "CODE",
      description = "Switch a rule off. Repeatable; wins over --rule-severity.")
  List<String> disabled = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = {
        "The day the data is current as of, for rules such as date.after-as-of.",
        "Without this option: a document's asOf, JSON Lines' header's, and otherwise (JSON Lines"
            + " without a header, tables) today's date on this machine, named on stderr."
            + " It replaces a document's or header's asOf."
      })
  @Nullable LocalDate asOf;

  @Option(
      names = "--from",
      paramLabel = "json|jsonl|acled|ucdp",
      description =
          "Read every FILE as a document (json), JSON Lines (jsonl), an ACLED CSV export"
              + " (acled) or a UCDP GED CSV export (ucdp); by default the content tells.")
  @Nullable DataFormat from;

  @Option(
      names = "--no-duplicate-check",
      description =
          "Do not check for a property given twice in one object (faster; the last value then"
              + " wins silently). By default a repeated property is a read error.")
  boolean noDuplicateCheck;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = {
        "Threads that decode JSON Lines, in chunks cut at line ends, the validating thread"
            + " among them (it decodes a chunk whenever it would wait for one); the records are"
            + " still validated in the file's order, and the report is the same with any N.",
        "Default: as many as the machine's available processors; 1 reads on one thread."
            + " Documents and tables are read by one thread."
      })
  @Nullable Integer threads;

  /** The day {@link #today(PrintWriter)} read from the clock; null until then. */
  private @Nullable LocalDate today;

  @Override
  public Integer call() throws IOException {
    Validator validator = validator();
    int readThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (readThreads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, was " + readThreads);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<FileReport> results = new ArrayList<>();
    boolean unreadable = false;
    boolean errors = false;
    for (String file : files) {
      FileReport result = validate(Input.of(file, parent.stdin()), validator, readThreads, err);
      unreadable |= result.failure() != null;
      errors |= result.report() != null && result.report().hasErrors();
      errors |= result.rowsRejected() > 0;
      if (format == OutputFormat.TEXT) {
        printText(result, out, results.isEmpty());
      }
      results.add(result);
    }
    if (format == OutputFormat.JSON) {
      ReportJson.writeValidation(results, out);
    }
    out.flush();
    return unreadable ? ExitCodes.USAGE : errors ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private Validator validator() {
    List<String> entries = new ArrayList<>(severities);
    disabled.forEach(code -> entries.add("!" + code));
    try {
      return Validator.builder().config(ValidatorConfig.parse(entries)).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private FileReport validate(Input input, Validator validator, int readThreads, PrintWriter err) {
    try (Records records = Records.open(input, from, !noDuplicateCheck, true, readThreads)) {
      LocalDate day = asOf != null ? asOf : records.asOf().orElseGet(() -> today(err));
      Progress progress = parent.progress(err, input);
      ValidationReport report;
      try {
        StreamingValidation session = validator.startStream(day);
        RecordReader reader = records.jsonReader();
        if (reader != null && !records.hasReadAhead()) {
          // every problem in one pass: read problems of records become findings
          report = oneReadPass(reader, input, session, progress);
        } else {
          for (SitrepRecord record = records.next(); record != null; record = records.next()) {
            session.accept(record);
            progress.tick();
          }
          refuseWarnings(records, input);
          report = session.finish();
        }
      } finally {
        progress.done();
      }
      long rejected = records.reportRows(err);
      return new FileReport(input.label(), records.format(), day, report, rejected, null);
    } catch (Failure failure) {
      err.println("sitrep: " + failure.getMessage());
      if (parent.debug) {
        failure.printStackTrace(err);
      }
      err.flush();
      return new FileReport(input.label(), null, null, null, 0, failure);
    }
  }

  private static ValidationReport oneReadPass(
      RecordReader reader, Input input, StreamingValidation session, Progress progress) {
    try {
      return ReadValidation.validate(reader, session, progress::tick);
    } catch (SitrepReadException e) {
      throw Records.readFailure(input, e);
    } catch (UncheckedIOException e) {
      throw new Failure(input.label() + ": cannot be read: " + Failures.reason(e), e);
    }
  }

  /**
   * A document whose asOf follows its records was read ahead to find it, so its read problems
   * cannot be placed among the records: the first one refuses the file, as a strict read would.
   */
  private static void refuseWarnings(Records records, Input input) {
    RecordReader reader = records.jsonReader();
    if (reader != null && !reader.warnings().isEmpty()) {
      ReadProblem first = reader.warnings().get(0);
      throw Records.readFailure(
          input, first, " (give --as-of to have every problem of the file in one report)", null);
    }
  }

  /**
   * Today's date on this machine, for JSON Lines validated without {@code --as-of}: the same day
   * for every file of the run, named once on stderr so that findings of date rules can be
   * explained.
   */
  private LocalDate today(PrintWriter err) {
    if (today == null) {
      today = LocalDate.now(ZoneId.systemDefault());
      err.println("sitrep: validating as of " + today + " (today; pass --as-of to fix the day)");
      err.flush();
    }
    return today;
  }

  private static void printText(FileReport result, PrintWriter out, boolean first) {
    if (!first) {
      out.println();
    }
    DataFormat format = result.format();
    ValidationReport report = result.report();
    if (format == null || report == null) { // a file that could not be read has neither
      out.println(result.file() + ": not validated, it could not be read");
      return;
    }
    out.println(result.file() + ": " + format.label() + ", as of " + result.asOf());
    List<Finding> unreadable = ReadValidation.unreadable(report);
    if (!unreadable.isEmpty()) {
      StringJoiner which = new StringJoiner(", ");
      unreadable.stream()
          .map(f -> "records/" + f.position() + (f.recordId() == null ? "" : " " + f.recordId()))
          .distinct()
          .forEach(which::add);
      long count = unreadable.stream().mapToInt(Finding::position).distinct().count();
      out.println(
          count
              + (count == 1 ? " record" : " records")
              + " could not be read and were not checked by the rules: "
              + which);
    }
    if (result.rowsRejected() > 0) {
      out.println(
          result.rowsRejected()
              + " rows could not be read and were not validated (listed on stderr)");
    }
    out.print(report.toText());
  }

  /**
   * What validating one file gave.
   *
   * @param file the file's name
   * @param format the format read; null when it could not be read
   * @param asOf the day validated against; null when it could not be read
   * @param report the report; null when it could not be read
   * @param rowsRejected for a table, the rows that could not be mapped to records
   * @param failure why it could not be read; null when it was
   */
  record FileReport(
      String file,
      @Nullable DataFormat format,
      @Nullable LocalDate asOf,
      @Nullable ValidationReport report,
      long rowsRejected,
      @Nullable Failure failure) {}
}
