package org.sitrep.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.RecordReader;
import org.sitrep.io.SitrepJson;
import org.sitrep.io.SitrepReadException;

/**
 * The records of one input, one at a time. JSON Lines and documents, files and standard input,
 * stream in constant memory through io's readers, which also give a document's title and {@code
 * asOf}; only asking for the {@code asOf} of a document that puts it after its records, before
 * reading them, holds the records in memory (see {@link #asOf()}). Every read problem becomes a
 * {@link Failure} naming the input, line and column.
 */
final class Records implements AutoCloseable {

  private final Input input;
  private final DataFormat format;
  private final RecordReader reader;
  /** The records read ahead by {@link #asOf()}, served before the reader's; null when none. */
  private Iterator<SitrepRecord> readAhead;

  private Records(Input input, DataFormat format, RecordReader reader) {
    this.input = input;
    this.format = format;
    this.reader = reader;
  }

  /**
   * Opens an input for reading with a strict reader.
   *
   * @param input the file or standard input
   * @param forced the format {@code --from} gives, or null to detect it
   * @throws Failure when it cannot be opened
   */
  static Records open(Input input, DataFormat forced) {
    if (forced != null && forced.isInterop()) {
      throw new Failure("--from " + forced.name().toLowerCase(java.util.Locale.ROOT)
          + " is not a Sitrep JSON format: only 'sitrep convert' reads STIX (--from stix)");
    }
    SitrepJson json = SitrepJson.strict();
    Input.Opened opened = input.open(forced);
    try {
      RecordReader reader =
          opened.format() == DataFormat.JSONL
              ? json.openRecords(opened.stream())
              : json.openDocumentRecords(opened.stream());
      return new Records(input, opened.format(), reader);
    } catch (IOException e) {
      throw new Failure(input.label() + ": cannot be read: " + Failures.reason(e), e);
    }
  }

  /** The format read. */
  DataFormat format() {
    return format;
  }

  /**
   * The document's title as far as read: before the records when it comes first, else once
   * {@link #next()} has returned null; empty for JSON Lines.
   *
   * @throws Failure when the start of the document cannot be read
   */
  Optional<String> title() {
    return guarded(reader::documentTitle);
  }

  /**
   * The document's {@code asOf} day; empty for JSON Lines. When a document puts it after its
   * records and they were not read yet, they are read now and held in memory, to be returned by
   * {@link #next()}: the day is needed before them, and there is no other way to find it.
   *
   * @throws Failure when the document cannot be read
   */
  Optional<LocalDate> asOf() {
    Optional<LocalDate> day = guarded(reader::documentAsOf);
    if (day.isEmpty() && format == DataFormat.JSON && readAhead == null) {
      List<SitrepRecord> records = new ArrayList<>();
      for (SitrepRecord record = next(); record != null; record = next()) {
        records.add(record);
      }
      readAhead = records.iterator();
      day = guarded(reader::documentAsOf);
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
    return guarded(() -> reader.hasNext() ? reader.next() : null);
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
      reader.close();
    } catch (UncheckedIOException e) {
      throw new Failure(input.label() + ": cannot be closed: " + Failures.reason(e), e);
    }
  }

  /**
   * One line for a read error: {@code file:line:column: detail (at pointer, record id)
   * [code]}.
   */
  static Failure readFailure(Input input, SitrepReadException e) {
    StringBuilder out = new StringBuilder(input.label());
    if (e.line() > 0) {
      out.append(':').append(e.line());
      if (e.column() > 0) {
        out.append(':').append(e.column());
      }
    }
    out.append(": ").append(e.detail());
    boolean pointer = !e.pointer().isEmpty();
    if (pointer || e.recordId().isPresent()) {
      out.append(" (");
      if (pointer) {
        out.append("at ").append(e.pointer());
      }
      e.recordId().ifPresent(id -> out.append(pointer ? ", " : "").append("record ").append(id));
      out.append(')');
    }
    out.append(" [").append(e.code()).append(']');
    return new Failure(out.toString(), e);
  }
}
