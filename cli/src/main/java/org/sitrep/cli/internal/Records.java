package org.sitrep.cli.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.RecordReader;
import org.sitrep.io.SitrepJson;
import org.sitrep.io.SitrepReadException;
import org.sitrep.tabular.AcledCsv;
import org.sitrep.tabular.TabularFormatException;
import org.sitrep.tabular.TabularReader;
import org.sitrep.tabular.UcdpGedCsv;

/**
 * The records of one input, one at a time. JSON Lines and documents, files and standard input,
 * stream in constant memory through io's readers (ACLED and UCDP GED tables through tabular's),
 * which also give a document's (or a JSON Lines header's) title and {@code asOf}; only asking for
 * the {@code asOf} of a document that puts it after its records, before reading them, holds the
 * records in memory (see {@link #asOf()}). Every read problem becomes a {@link Failure} naming the
 * input, line and column.
 */
final class Records implements AutoCloseable {

  private final Input input;
  private final DataFormat format;

  /** The Sitrep JSON reader; null for a table. */
  private final @Nullable RecordReader reader;

  /** The ACLED or UCDP GED table reader; null for Sitrep JSON. */
  private final @Nullable TabularReader table;

  /** The records read ahead by {@link #asOf()}, served before the reader's; null when none. */
  private @Nullable Iterator<SitrepRecord> readAhead;

  private Records(
      Input input,
      DataFormat format,
      @Nullable RecordReader reader,
      @Nullable TabularReader table) {
    this.input = input;
    this.format = format;
    this.reader = reader;
    this.table = table;
  }

  /**
   * Opens an input for reading with a strict reader.
   *
   * @param input the file or standard input
   * @param forced the format {@code --from} gives, or null to detect it
   * @throws Failure when it cannot be opened
   */
  static Records open(Input input, @Nullable DataFormat forced) {
    return open(input, forced, false, false, 1);
  }

  /**
   * Opens the input; {@code detectDuplicates} makes a property given twice in one object a read
   * error (io's {@code detectDuplicates()}), as a checker should, at some cost in speed; {@code
   * lenient} reads Sitrep JSON leniently, for {@link org.sitrep.io.ReadValidation}, which turns its
   * warnings into findings; {@code threads} decode JSON Lines (io's {@code readThreads}).
   */
  static Records open(
      Input input,
      @Nullable DataFormat forced,
      boolean detectDuplicates,
      boolean lenient,
      int threads) {
    if (forced != null && forced.isInterop()) {
      throw new Failure(
          "--from "
              + forced.name().toLowerCase(java.util.Locale.ROOT)
              + " is not a Sitrep JSON format: only 'sitrep convert' reads STIX (--from stix)");
    }
    SitrepJson.Builder builder = lenient ? SitrepJson.builder().lenient() : SitrepJson.builder();
    SitrepJson json =
        (detectDuplicates ? builder.detectDuplicates() : builder).readThreads(threads).build();
    Input.Opened opened = input.open(forced);
    try {
      if (opened.format() == DataFormat.ACLED || opened.format() == DataFormat.UCDP) {
        Reader text = new InputStreamReader(opened.stream(), StandardCharsets.UTF_8);
        TabularReader table =
            opened.format() == DataFormat.ACLED
                ? AcledCsv.open(text, input.label())
                : UcdpGedCsv.open(text, input.label());
        return new Records(input, opened.format(), null, table);
      }
      RecordReader reader =
          opened.format() == DataFormat.JSONL
              ? json.openRecords(opened.stream())
              : json.openDocumentRecords(opened.stream());
      return new Records(input, opened.format(), reader, null);
    } catch (TabularFormatException e) {
      throw new Failure(Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
    } catch (IOException e) {
      throw new Failure(input.label() + ": cannot be read: " + Failures.reason(e), e);
    }
  }

  /** The reader of Sitrep JSON, where there is no table. */
  private RecordReader json() {
    return Objects.requireNonNull(reader, "a table is not read as Sitrep JSON");
  }

  /** The reader of Sitrep JSON, or null for a table. */
  @Nullable RecordReader jsonReader() {
    return reader;
  }

  /** Whether records were read ahead (by {@link #asOf()}) and are held in memory. */
  boolean hasReadAhead() {
    return readAhead != null;
  }

  /** The format read. */
  DataFormat format() {
    return format;
  }

  /**
   * The document's title as far as read: before the records when it comes first, else once {@link
   * #next()} has returned null; for JSON Lines their header's, empty without one; for a table, its
   * format and file name.
   *
   * @throws Failure when the start of the document cannot be read
   */
  Optional<String> title() {
    if (table != null) {
      String name = input.isStdin() ? "stdin" : input.path().getFileName().toString();
      return Optional.of(table.format().title() + " " + name);
    }
    return guarded(json()::documentTitle);
  }

  /**
   * The {@code asOf} day known without reading ahead: a document's when it comes before the
   * records, JSON Lines' header's; empty for a table.
   *
   * @throws Failure when the start of the input cannot be read
   */
  Optional<LocalDate> headerAsOf() {
    return table != null ? Optional.empty() : guarded(json()::documentAsOf);
  }

  /**
   * The document's {@code asOf} day; JSON Lines' header's, empty without one; for a table, the
   * latest day of its records once read, empty before. When a document puts it after its records
   * and they were not read yet, they are read now and held in memory, to be returned by {@link
   * #next()}: the day is needed before them, and there is no other way to find it.
   *
   * @throws Failure when the document cannot be read
   */
  Optional<LocalDate> asOf() {
    if (table != null) {
      // the latest day of the table's records, known once they are all read
      return guarded(() -> table.hasNext()) ? Optional.empty() : table.latestDay();
    }
    Optional<LocalDate> day = guarded(json()::documentAsOf);
    if (day.isEmpty() && format == DataFormat.JSON && readAhead == null) {
      List<SitrepRecord> records = new ArrayList<>();
      for (SitrepRecord record = next(); record != null; record = next()) {
        records.add(record);
      }
      readAhead = records.iterator();
      day = guarded(json()::documentAsOf);
    }
    return day;
  }

  /**
   * The next record, or null at the end.
   *
   * @throws Failure when the input cannot be read
   */
  SitrepRecord next() {
    if (readAhead != null && readAhead.hasNext()) {
      return readAhead.next();
    }
    Iterator<SitrepRecord> records = table != null ? table : json();
    return guarded(() -> records.hasNext() ? records.next() : null);
  }

  /**
   * For a table: prints each rejected row's problem and the row counts to {@code err}, and returns
   * the rows rejected; 0 for Sitrep JSON.
   */
  long reportRows(PrintWriter err) {
    if (table == null) {
      return 0;
    }
    table.problems().forEach(problem -> err.println("sitrep: " + problem));
    if (table.rowsRejected() > table.problems().size()) {
      err.println("sitrep: ... and " + (table.rowsRejected() - table.problems().size()) + " more");
    }
    err.println(
        "sitrep: "
            + input.label()
            + ": "
            + table.rowsRead()
            + " rows read: "
            + table.rowsImported()
            + " imported, "
            + table.rowsRejected()
            + " rejected");
    err.flush();
    return table.rowsRejected();
  }

  private <T> T guarded(Supplier<T> read) {
    try {
      return read.get();
    } catch (SitrepReadException e) {
      throw readFailure(input, e);
    } catch (UncheckedIOException e) {
      throw new Failure(input.label() + ": cannot be read: " + Failures.reason(e), e);
    }
  }

  @Override
  public void close() {
    try {
      if (table != null) {
        table.close();
        return;
      }
      json().close();
    } catch (UncheckedIOException e) {
      throw new Failure(input.label() + ": cannot be closed: " + Failures.reason(e), e);
    }
  }

  /** One line for a read error: {@code file:line:column: detail (at pointer, record id) [code]}. */
  static Failure readFailure(Input input, SitrepReadException e) {
    return readFailure(input, e.problem(), "", e);
  }

  /**
   * One line for a read problem, as {@link #readFailure(Input, SitrepReadException)}, with a hint
   * after its detail.
   */
  static Failure readFailure(
      Input input, ReadProblem problem, String hint, @Nullable Throwable cause) {
    StringBuilder out = new StringBuilder(input.label());
    if (problem.line() > 0) {
      out.append(':').append(problem.line());
      if (problem.column() > 0) {
        out.append(':').append(problem.column());
      }
    }
    out.append(": ").append(problem.detail()).append(hint);
    boolean pointer = !problem.pointer().isEmpty();
    if (pointer || problem.recordId().isPresent()) {
      out.append(" (");
      if (pointer) {
        out.append("at ").append(problem.pointer());
      }
      problem
          .recordId()
          .ifPresent(id -> out.append(pointer ? ", " : "").append("record ").append(id));
      out.append(')');
    }
    out.append(" [").append(problem.code()).append(']');
    return new Failure(out.toString(), problem, cause);
  }
}
