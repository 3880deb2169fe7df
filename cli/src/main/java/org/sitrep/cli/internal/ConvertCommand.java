package org.sitrep.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;
import org.sitrep.tabular.AcledCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep convert}: a document to JSON Lines and back, ACLED and UCDP GED CSV in, ACLED CSV
 * out.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Convert between Sitrep documents, JSON Lines, ACLED CSV, UCDP GED CSV, STIX 2.1 and"
          + " GeoJSON.",
      "The output format comes from OUT's extension (.json, .jsonl, .ndjson, .csv for ACLED,"
          + " .stix.json, .geojson, .geojsons) or --to; the input format from its content (an"
          + " ACLED or UCDP GED header is recognised), a .stix.json name, or --from. Converting"
          + " to JSON Lines, ACLED CSV or GeoJSON streams in constant memory; a document and a"
          + " STIX bundle are built whole. Rows of a table that cannot be mapped are listed on"
          + " stderr with line, column and value, and the exit code is then 1; what does not"
          + " map to STIX, or has no coordinates for GeoJSON, is listed on stderr too."
          + " OUT is written to a temporary file beside it and moved into place when complete."
    })
final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand SitrepCommand parent;

  @Parameters(index = "0", paramLabel = "IN", description = "The input file; - for standard input.")
  String in;

  @Parameters(
      index = "1",
      paramLabel = "OUT",
      description = "The output file; - for standard output.")
  String out;

  @Option(
      names = "--to",
      paramLabel = "json|jsonl|acled|stix|geojson|geojsonseq",
      description =
          "The output format: json (a document), jsonl, acled (ACLED-shaped CSV, actor types"
              + " as the current codebook's labels), stix (a STIX 2.1 bundle), geojson or"
              + " geojsonseq (RFC 8142); required when OUT is -.")
  @Nullable DataFormat to;

  @Option(
      names = "--from",
      paramLabel = "json|jsonl|acled|ucdp|stix",
      description =
          "The input format, when the content and extension do not tell; stix for a STIX 2.1"
              + " bundle (unless IN is named *.stix.json).")
  @Nullable DataFormat from;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = {
        "The title of an output document or JSON Lines header; default: the input's (a"
            + " document's, a JSON Lines header's, a bundle's), else IN's file name without its"
            + " extension (\"stdin\" for -)."
      })
  @Nullable String title;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = {
        "The asOf day of an output document or JSON Lines header; default: the input's, else"
            + " (JSON Lines without a header) today's date on this machine, named on stderr."
      })
  @Nullable LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    Input input = Input.of(in, parent.stdin());
    Path target = out.equals("-") ? null : Path.of(out);
    DataFormat format = outputFormat(target);
    if (target != null) {
      refuseToOverwrite(input, target);
    }
    if (InteropConversion.handles(input, from, format)) { // STIX in or out, GeoJSON out
      return InteropConversion.run(this, input, target, format, from);
    }
    try (Records records = Records.open(input, from)) {
      Progress progress = parent.progress(spec.commandLine().getErr(), input);
      try {
        switch (format) {
          case JSONL -> writeLines(records, progress, target);
          case ACLED -> writeAcled(records, progress, target);
          case JSON -> writeDocument(collect(records, input, progress), target);
          default ->
              throw new ParameterException(
                  spec.commandLine(),
                  "--to "
                      + format.name().toLowerCase(java.util.Locale.ROOT)
                      + ": Sitrep reads UCDP GED but does not write it; use json, jsonl or acled");
        }
      } finally {
        progress.done();
      }
      return records.reportRows(spec.commandLine().getErr()) > 0
          ? ExitCodes.FINDINGS
          : ExitCodes.OK;
    }
  }

  private DataFormat outputFormat(@Nullable Path target) {
    if (to != null) {
      return to;
    }
    if (target == null) {
      throw new ParameterException(
          spec.commandLine(),
          "--to " + InteropConversion.names() + " is required when OUT is - (standard output)");
    }
    return DataFormat.ofExtension(target)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "cannot tell the output format from '"
                        + out
                        + "': name it .json, .jsonl, .ndjson, .csv (ACLED), .stix.json, .geojson"
                        + " or .geojsons, or give --to "
                        + InteropConversion.names()));
  }

  /** An output that is the input would be truncated before it is read: refuse. */
  private static void refuseToOverwrite(Input input, Path target) {
    if (input.isStdin() || !Files.exists(target) || !Files.exists(input.path())) {
      return;
    }
    try {
      if (target.toRealPath().equals(input.path().toRealPath())) {
        throw new Failure(target + ": refusing to overwrite the input file; choose another OUT");
      }
    } catch (IOException e) {
      throw new Failure(target + ": cannot be resolved: " + e.getMessage(), e);
    }
  }

  /**
   * Streams the records as JSON Lines: to a file through io's all-or-nothing {@link
   * SitrepJson#writeRecords}, so that a read error leaves the old OUT (or none) and no temporary
   * file; to standard output as they come.
   */
  private void writeLines(Records records, Progress progress, @Nullable Path target)
      throws IOException {
    Iterator<SitrepRecord> ticking = new Ticking(records, progress);
    // the header line carries the input's title and asOf (a document's, or JSON Lines' header)
    String headerTitle = title != null ? title : records.title().orElse(null);
    LocalDate headerAsOf = asOf != null ? asOf : records.headerAsOf().orElse(null);
    if (target != null) {
      try {
        SitrepJson.strict().writeRecords(ticking, target, headerTitle, headerAsOf);
      } catch (IOException | UncheckedIOException e) {
        throw cannotWrite(target, e);
      }
      return;
    }
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(stdout())) {
      if (headerTitle != null || headerAsOf != null) {
        writer.writeHeader(headerTitle, headerAsOf);
      }
      while (ticking.hasNext()) {
        writer.write(ticking.next());
      }
    }
  }

  /**
   * Streams the incidents as ACLED CSV (the 31 columns, naming actors from the actor records before
   * them): to a file through a temporary file moved into place, or to standard output.
   */
  private void writeAcled(Records records, Progress progress, @Nullable Path target)
      throws IOException {
    Iterator<SitrepRecord> ticking = new Ticking(records, progress);
    if (target != null) {
      try {
        AcledCsv.write(ticking, target, AcledCsv.Codes.LABELS);
      } catch (IOException | UncheckedIOException e) {
        throw cannotWrite(target, e);
      }
      return;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    AcledCsv.write(ticking, stdout, AcledCsv.Codes.LABELS);
    stdout.flush();
  }

  /** Writes a document: to a file through io's atomic {@link SitrepJson#write(Dataset, Path)}. */
  private void writeDocument(Dataset dataset, @Nullable Path target) throws IOException {
    if (target != null) {
      try {
        SitrepJson.strict().write(dataset, target);
      } catch (IOException e) {
        throw cannotWrite(target, e);
      }
      return;
    }
    try (OutputStream stream = stdout()) {
      SitrepJson.strict().write(dataset, stream);
    }
  }

  OutputStream stdout() {
    return new WriterOutputStream(spec.commandLine().getOut());
  }

  static Failure cannotWrite(Path target, Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    String why = cause instanceof NoSuchFileException ? "no such directory" : Failures.reason(e);
    return new Failure(target + ": cannot be written: " + why, e);
  }

  Dataset collect(Records records, Input input, Progress progress) {
    Dataset.Builder dataset = Dataset.builder();
    for (SitrepRecord record = records.next(); record != null; record = records.next()) {
      dataset.add(record);
      progress.tick();
    }
    return dataset
        .title(title != null ? title : records.title().orElseGet(() -> defaultTitle(input)))
        .asOf(asOf != null ? asOf : records.asOf().orElseGet(() -> today(input)))
        .build();
  }

  /** Today, for an input that names no asOf day: said on stderr, never silently. */
  private LocalDate today(Input input) {
    LocalDate today = LocalDate.now(ZoneId.systemDefault());
    spec.commandLine()
        .getErr()
        .println(
            "sitrep: "
                + input.label()
                + " names no asOf day: the document is dated today, "
                + today
                + " (pass --as-of to choose the day)");
    spec.commandLine().getErr().flush();
    return today;
  }

  private static String defaultTitle(Input input) {
    if (input.isStdin()) {
      return "stdin";
    }
    String name = input.path().getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The records as an iterator, ticking the progress line for each. */
  static final class Ticking implements Iterator<SitrepRecord> {
    private final Records records;
    private final Progress progress;
    private @Nullable SitrepRecord next;
    private boolean ended;

    Ticking(Records records, Progress progress) {
      this.records = records;
      this.progress = progress;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !ended) {
        next = records.next();
        ended = next == null;
      }
      return next != null;
    }

    @Override
    public SitrepRecord next() {
      SitrepRecord record = hasNext() ? next : null;
      if (record == null) {
        throw new NoSuchElementException("no more records");
      }
      next = null;
      progress.tick();
      return record;
    }
  }
}
