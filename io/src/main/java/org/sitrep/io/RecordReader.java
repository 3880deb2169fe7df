package org.sitrep.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.internal.RecordSource;

/**
 * Records read one at a time from JSON Lines or from a document, in constant memory. Not
 * thread-safe; close it to close the input.
 *
 * <pre>{@code
 * try (RecordReader records = SitrepJson.lenient().openRecords(Path.of("incidents.jsonl"))) {
 *   records.stream().filter(r -> r instanceof Incident).forEach(System.out::println);
 *   records.warnings().forEach(w -> System.err.println(w.message()));
 * }
 * }</pre>
 *
 * <p>{@link #next()} throws {@link SitrepReadException} for an unreadable record of a strict reader
 * and {@link UncheckedIOException} when the input fails; a lenient reader skips such records and
 * lines and adds a {@link ReadProblem} to {@link #warnings()}.
 *
 * <p><b>Documents.</b> A reader of a document ({@link
 * SitrepJson#openDocumentRecords(java.nio.file.Path)}) checks the document's own properties as the
 * whole-document reader does, wherever they stand: those before {@code records} when it starts,
 * those after it when the records end, where a missing {@code sitrep}, {@code title} or {@code
 * asOf}, an unknown property (a warning when lenient) or trailing content is reported. {@link
 * #documentTitle()} and {@link #documentAsOf()} give the header once read:
 *
 * <pre>{@code
 * try (RecordReader records = SitrepJson.strict().openDocumentRecords(path)) {
 *   Optional<LocalDate> asOf = records.documentAsOf(); // empty when it follows the records
 *   records.forEachRemaining(record -> count(record));
 *   LocalDate day = records.documentAsOf().orElseThrow(); // read by now: the document is whole
 * }
 * }</pre>
 *
 * <p><b>Work done where the records are decoded.</b> {@link #prepareEach} runs a function on every
 * record as soon as it is decoded, on the threads that decode it with {@link
 * SitrepJson.Builder#readThreads(int) readThreads} above one, and hands its result over with the
 * record, in order: per-record work that needs no other record (checks, hashes, summaries) runs in
 * parallel while the caller takes the records one after another.
 */
public final class RecordReader implements Iterator<SitrepRecord>, AutoCloseable {

  private final RecordSource source;
  private final List<ReadProblem> warnings;
  private @Nullable SitrepRecord next;
  private boolean done;

  /** The work of {@link #prepareEach}; null until asked for. */
  private @Nullable Function<SitrepRecord, Object> work;

  /** Whether the source runs {@link #work} where it decodes. */
  private boolean sourcePrepares;

  /** What the work gave for {@link #next}, or {@link RecordSource#NOT_PREPARED}. */
  private Object nextPrepared = RecordSource.NOT_PREPARED;

  /** What the work gave for the record {@link #next()} returned last. */
  private Object lastPrepared = RecordSource.NOT_PREPARED;

  RecordReader(RecordSource source, List<ReadProblem> warnings) {
    this.source = source;
    this.warnings = warnings;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = source.next();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      done = next == null;
      if (sourcePrepares && next != null) {
        nextPrepared = source.prepared();
      }
    }
    return next != null;
  }

  @Override
  public SitrepRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    SitrepRecord record = Objects.requireNonNull(next, "next after hasNext");
    next = null;
    Function<SitrepRecord, Object> each = work;
    if (each != null) {
      // a record decoded before the work was asked for, or by this thread: it runs here
      lastPrepared =
          nextPrepared != RecordSource.NOT_PREPARED
              ? nextPrepared
              : RecordSource.prepare(each, record);
      nextPrepared = RecordSource.NOT_PREPARED;
    }
    return record;
  }

  /**
   * Runs a function on every record as soon as it is decoded, and keeps its result with the record.
   * With {@link SitrepJson.Builder#readThreads(int) readThreads} above one, the decoding threads
   * run it, in parallel and ahead of the caller, each on the records it decodes (the caller too on
   * the chunks it decodes itself, when the one it needs is not decoded yet); otherwise (one thread,
   * a document) the caller's thread runs it in {@link #next()}, as do the records decoded before
   * this call (such as the one read ahead for {@link #documentAsOf()}). Either way the result of
   * each record is the same, and travels with it in the records' order.
   *
   * <pre>{@code
   * try (RecordReader records = SitrepJson.builder().readThreads(2).build().openRecords(path)) {
   *   Supplier<Integer> sources = records.prepareEach(record -> countSources(record));
   *   while (records.hasNext()) {
   *     SitrepRecord record = records.next();
   *     total += sources.get(); // counted by a decoding thread, for this record
   *   }
   * }
   * }</pre>
   *
   * @param <T> the result's type
   * @param work what to compute from a record alone: thread-safe (it runs on several threads at
   *     once), reading nothing but the record and immutable data, and returning a value, not null
   * @return the result for the record {@link #next()} returned last; its {@code get()} throws what
   *     the work threw on that record (a {@link RuntimeException}; an {@link Error} ends the
   *     reading), or {@link IllegalStateException} when no record was returned since this call
   * @throws IllegalStateException when a work was asked for already
   */
  public <T> Supplier<T> prepareEach(Function<? super SitrepRecord, ? extends T> work) {
    Objects.requireNonNull(work, "work");
    if (this.work != null) {
      throw new IllegalStateException("This reader prepares its records already");
    }
    // handed to the source as it is, not wrapped: the decoding loop calls it directly
    @SuppressWarnings("unchecked") // what it returns is kept as an Object and cast back to T
    Function<SitrepRecord, Object> each = (Function<SitrepRecord, Object>) work;
    this.work = each;
    sourcePrepares = source.prepareEach(each);
    @SuppressWarnings("unchecked") // what the work returned for a record: a T
    Supplier<T> result = () -> (T) prepared();
    return result;
  }

  /** What the work of {@link #prepareEach} returned for the record returned last. */
  private Object prepared() {
    Object result = lastPrepared;
    if (result == RecordSource.NOT_PREPARED) {
      throw new IllegalStateException("No record was taken with next() since prepareEach");
    }
    if (result instanceof RecordSource.Failed failed) {
      throw failed.thrown();
    }
    return result;
  }

  /**
   * {@return the remaining records as a sequential stream; closing the stream closes this reader}
   */
  public Stream<SitrepRecord> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /**
   * {@return the title of the document read, once read; for JSON Lines, the title of their header
   * line ({@code {"sitrep":"1.0","title":...,"asOf":...}}), empty without one} Before the first
   * record it reads the document up to {@code records} (or JSON Lines past their header, taking no
   * record), so it is present when the title comes first, as written; when it follows the records
   * it is present once {@link #hasNext()} has returned false.
   *
   * @throws SitrepReadException when the start of the document cannot be read
   * @throws UncheckedIOException when the input fails
   */
  public Optional<String> documentTitle() {
    try {
      return Optional.ofNullable(source.title());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the {@code asOf} day of the document read, once read; for JSON Lines, their header's,
   * empty without one} Read like {@link #documentTitle()}.
   *
   * @throws SitrepReadException when the start of the document cannot be read
   * @throws UncheckedIOException when the input fails
   */
  public Optional<LocalDate> documentAsOf() {
    try {
      return Optional.ofNullable(source.asOf());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the records come from a document, for {@link ReadValidation}. */
  boolean isDocument() {
    return source.isDocument();
  }

  /**
   * {@return which format the records are read from: the one asked for, or the one {@link
   * SitrepJson#open(java.nio.file.Path)} detected}
   */
  public SitrepJson.Format format() {
    return source.isDocument() ? SitrepJson.Format.DOCUMENT : SitrepJson.Format.JSON_LINES;
  }

  /** {@return the warnings of a lenient reader so far, in order; always empty for a strict one} */
  public List<ReadProblem> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  /** Closes the input. */
  @Override
  public void close() {
    try {
      source.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
