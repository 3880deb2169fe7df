package org.sitrep.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.AtomicFiles;
import org.sitrep.io.GeoJson;
import org.sitrep.io.GeoJsonResult;
import org.sitrep.io.SitrepJson;
import org.sitrep.io.SitrepReadException;
import org.sitrep.stix.SitrepStix;
import org.sitrep.stix.StixImport;
import org.sitrep.stix.UnmappedObject;
import org.sitrep.tabular.AcledCsv;

/**
 * The STIX and GeoJSON paths of {@code sitrep convert}, kept apart from the JSON and table ones:
 * {@code --from stix} reads a STIX 2.1 bundle (and reports on standard error what did not map);
 * {@code --to stix} writes one; {@code --to geojson} or {@code geojsonseq} streams the places of
 * the records, and reports what had no coordinates.
 */
final class InteropConversion {

  private final ConvertCommand command;
  private final Input input;
  private final @Nullable Path target;
  private final DataFormat format;
  private final PrintWriter err;

  private InteropConversion(
      ConvertCommand command, Input input, @Nullable Path target, DataFormat format) {
    this.command = command;
    this.input = input;
    this.target = target;
    this.format = format;
    this.err = command.spec.commandLine().getErr();
  }

  /** Whether the conversion reads or writes STIX or GeoJSON. */
  static boolean handles(Input input, @Nullable DataFormat from, DataFormat to) {
    return isStix(input, from) || to.isInterop() || (from != null && from.isInterop());
  }

  /** Converts; returns the exit code. */
  static int run(
      ConvertCommand command,
      Input input,
      @Nullable Path target,
      DataFormat format,
      @Nullable DataFormat from)
      throws IOException {
    if (from != null && from.isGeoJson()) {
      throw new Failure("GeoJSON is an output format only; --from takes json, jsonl or stix");
    }
    if (format == DataFormat.UCDP) {
      throw new Failure("Sitrep reads UCDP GED but does not write it; --to takes " + names());
    }
    InteropConversion conversion = new InteropConversion(command, input, target, format);
    if (isStix(input, from)) {
      conversion.fromStix();
      return ExitCodes.OK;
    }
    return conversion.fromSitrep(from);
  }

  /** {@code --from stix}, or a file named {@code *.stix.json} without {@code --from}. */
  private static boolean isStix(Input input, @Nullable DataFormat from) {
    if (from != null) {
      return from == DataFormat.STIX;
    }
    return !input.isStdin() && DataFormat.ofExtension(input.path()).orElse(null) == DataFormat.STIX;
  }

  private void fromStix() throws IOException {
    StixImport imported;
    Input.Opened opened = input.open(DataFormat.STIX);
    try (InputStream stream = opened.stream()) {
      imported = SitrepStix.defaults().read(stream);
    } catch (SitrepReadException e) {
      throw Records.readFailure(input, e);
    }
    err.println(input.label() + ": " + imported.summary());
    for (UnmappedObject object : imported.unmapped()) {
      err.println("  not mapped: " + object);
    }
    Dataset dataset = withOverrides(imported.dataset());
    switch (format) {
      case JSONL ->
          write(
              out -> {
                try (var writer = SitrepJson.strict().newRecordWriter(new KeepOpen(out))) {
                  writer.writeHeader(dataset.title(), dataset.asOf());
                  for (SitrepRecord record : dataset.records()) {
                    writer.write(record);
                  }
                }
              });
      case STIX -> write(out -> SitrepStix.defaults().write(dataset, out));
      case GEOJSON, GEOJSONSEQ -> report(geoJson(dataset.records().iterator()));
      case ACLED ->
          write(
              out -> {
                Writer text = new OutputStreamWriter(new KeepOpen(out), StandardCharsets.UTF_8);
                AcledCsv.write(dataset, text, AcledCsv.Codes.LABELS);
                text.flush();
              });
      default -> write(out -> SitrepJson.strict().write(dataset, out));
    }
  }

  /** The dataset with the command's {@code --title} and {@code --as-of}, when given. */
  private Dataset withOverrides(Dataset dataset) {
    if (command.title == null && command.asOf == null) {
      return dataset;
    }
    return Dataset.builder()
        .title(command.title != null ? command.title : dataset.title())
        .asOf(command.asOf != null ? command.asOf : dataset.asOf())
        .addAll(dataset.records())
        .build();
  }

  /**
   * Converts Sitrep JSON or a table; returns the exit code, 1 when rows of a table were rejected.
   */
  private int fromSitrep(@Nullable DataFormat from) throws IOException {
    try (Records records = Records.open(input, from)) {
      Progress progress = command.parent.progress(err, input);
      try {
        if (format == DataFormat.STIX) {
          Dataset dataset = command.collect(records, input, progress);
          write(out -> SitrepStix.defaults().write(dataset, out));
        } else {
          report(geoJson(new ConvertCommand.Ticking(records, progress)));
        }
      } finally {
        progress.done();
      }
      return records.reportRows(err) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
  }

  private GeoJsonResult geoJson(Iterator<SitrepRecord> records) throws IOException {
    GeoJson geoJson =
        format == DataFormat.GEOJSONSEQ ? GeoJson.textSequence() : GeoJson.featureCollection();
    if (target != null) {
      try {
        return geoJson.write(records, target);
      } catch (IOException | UncheckedIOException e) {
        throw ConvertCommand.cannotWrite(target, e);
      }
    }
    try (OutputStream out = command.stdout()) {
      return geoJson.write(records, out);
    }
  }

  private void report(GeoJsonResult result) {
    err.println(input.label() + ": " + result.summary());
    for (String place : result.placesWithoutCoordinates()) {
      err.println("  no coordinates: " + place);
    }
  }

  /** A stream whose {@code close()} only flushes: the caller closes the one below. */
  private static final class KeepOpen extends java.io.FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** What writes the output bytes. */
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** To OUT all or nothing, or to standard output. */
  private void write(Content content) throws IOException {
    if (target != null) {
      try {
        AtomicFiles.write(target, content::writeTo);
      } catch (IOException | UncheckedIOException e) {
        throw ConvertCommand.cannotWrite(target, e);
      }
      return;
    }
    try (OutputStream out = command.stdout()) {
      content.writeTo(out);
    }
  }

  /** For messages. */
  static String names() {
    return "json|jsonl|acled|stix|geojson|geojsonseq";
  }
}
