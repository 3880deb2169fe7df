package org.sitrep.tabular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.core.time.Timestamp;
import org.sitrep.tabular.internal.CsvCursor;
import org.sitrep.tabular.internal.Row;
import org.sitrep.tabular.internal.RowMapper;
import org.sitrep.tabular.internal.RowRejected;

/**
 * The records of a table, read row by row: each row gives its incident, preceded by the actors it
 * names for the first time. Memory stays constant in the number of rows (it grows with the number
 * of distinct actors, which are remembered so that each is given once).
 *
 * <p>A row that cannot be mapped (an unknown event type, a bad date, a wrong cell count, a
 * non-numeric figure) is kept out, counted and described by a {@link RowProblem}; reading goes on.
 * After the last record, {@code rowsRead() == rowsImported() + rowsRejected()}.
 *
 * <pre>{@code
 * try (TabularReader reader = AcledCsv.open(Path.of("acled.csv"))) {
 *   reader.forEachRemaining(record -> System.out.println(record.id()));
 *   System.out.println(reader.rowsImported() + " imported, " + reader.rowsRejected() + " rejected");
 *   reader.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Not thread-safe. {@link #hasNext()} and {@link #next()} throw {@link UncheckedIOException}
 * when the file cannot be read further (a broken quote that swallows the rest of the file).
 */
public final class TabularReader implements Iterator<SitrepRecord>, AutoCloseable {

  /** The most problems {@link #problems()} keeps; {@link #rowsRejected()} counts them all. */
  public static final int MAX_PROBLEMS_KEPT = 10_000;

  private final CsvCursor cursor;
  private final Row row;
  private final RowMapper mapper;
  private final TabularFormat format;
  private final String source;
  private final ArrayDeque<SitrepRecord> pending = new ArrayDeque<>();
  private final List<RowProblem> problems = new ArrayList<>();
  private long rowsRead;
  private long rowsRejected;
  private @Nullable LocalDate latestDay;
  private boolean done;

  TabularReader(CsvCursor cursor, RowMapper mapper, TabularFormat format, String source) {
    this.cursor = cursor;
    this.row = new Row(cursor);
    this.mapper = mapper;
    this.format = format;
    this.source = source;
  }

  /** {@return the format of the table} */
  public TabularFormat format() {
    return format;
  }

  /** {@return the file name, or the name given when opening a reader} */
  public String source() {
    return source;
  }

  /** {@return the header's column names} */
  public List<String> columns() {
    return cursor.header();
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && !done) {
      try {
        readRow();
      } catch (IOException e) {
        throw new UncheckedIOException(source + ": " + e.getMessage(), e);
      }
    }
    return !pending.isEmpty();
  }

  @Override
  public SitrepRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + source);
    }
    return pending.poll();
  }

  private void readRow() throws IOException {
    if (!cursor.next()) {
      done = true;
      return;
    }
    rowsRead++;
    int expected = cursor.header().size();
    if (cursor.cellCount() != expected) {
      reject(
          new RowProblem(
              source,
              cursor.line(),
              "",
              Integer.toString(cursor.cellCount()),
              "the row has " + cursor.cellCount() + " cells, the header " + expected));
      return;
    }
    try {
      mapper.map(row, this::accept);
    } catch (RowRejected e) {
      reject(new RowProblem(source, cursor.line(), e.column(), e.value(), e.reason()));
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      // a value the model refuses that the mapper did not foresee: still a problem of this row
      reject(
          new RowProblem(
              source,
              cursor.line(),
              "",
              "",
              Objects.requireNonNullElse(e.getMessage(), e.toString())));
    }
  }

  private void accept(SitrepRecord record) {
    pending.add(record);
    // the earliest day: a dataset current as of it has no record certainly after it, and a
    // week-long or month-long ACLED date does not push it into the future
    record.when().flatMap(TimeSpan::earliestDay).ifPresent(this::seeDay);
    record
        .modified()
        .map(Timestamp::toInstant)
        .ifPresent(instant -> seeDay(LocalDate.ofInstant(instant, ZoneOffset.UTC)));
  }

  private void seeDay(LocalDate day) {
    if (latestDay == null || day.isAfter(latestDay)) {
      latestDay = day;
    }
  }

  private void reject(RowProblem problem) {
    rowsRejected++;
    if (problems.size() < MAX_PROBLEMS_KEPT) {
      problems.add(problem);
    }
  }

  /** {@return rows read so far, the header not counted} */
  public long rowsRead() {
    return rowsRead;
  }

  /** {@return rows imported so far: read and not rejected} */
  public long rowsImported() {
    return rowsRead - rowsRejected;
  }

  /** {@return rows kept out so far} */
  public long rowsRejected() {
    return rowsRejected;
  }

  /**
   * {@return why rows were kept out, in file order: the first {@value #MAX_PROBLEMS_KEPT}; {@link
   * #rowsRejected()} counts them all}
   */
  public List<RowProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /**
   * {@return the latest day among the records given so far: the earliest day of their dates, and
   * their modification days (UTC)} An import's dataset is current as of this day.
   */
  public Optional<LocalDate> latestDay() {
    return Optional.ofNullable(latestDay);
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
   * Reads the remaining records into an {@link ImportResult}. Its dataset is titled after the
   * source and current as of the {@linkplain #latestDay() latest day} read (today when no row was
   * imported).
   *
   * @return the dataset and the rows kept out
   */
  public ImportResult readAll() {
    List<SitrepRecord> records = new ArrayList<>();
    forEachRemaining(records::add);
    Dataset dataset =
        Dataset.builder()
            .title(format.title() + " " + source)
            .asOf(latestDay().orElseGet(() -> LocalDate.now(ZoneOffset.UTC)))
            .addAll(records)
            .build();
    return new ImportResult(dataset, format, rowsRead, rowsRejected, List.copyOf(problems));
  }

  @Override
  public void close() {
    try {
      cursor.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
