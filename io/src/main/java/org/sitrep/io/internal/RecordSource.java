package org.sitrep.io.internal;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.SitrepRecord;

/** Records read one at a time from a stream or a document. Not thread-safe. */
public interface RecordSource extends Closeable {

  /**
   * The next record, or null at the end.
   *
   * @throws org.sitrep.io.SitrepReadException when a record cannot be read (strict mode)
   * @throws IOException when the input cannot be read
   */
  @Nullable SitrepRecord next() throws IOException;

  /**
   * A document's title when read so far (the header before {@code records} is read first, if
   * nothing was); null for JSON Lines and while not yet read.
   *
   * @throws org.sitrep.io.SitrepReadException when the header before the records cannot be read
   * @throws IOException when the input cannot be read
   */
  default @Nullable String title() throws IOException {
    return null;
  }

  /**
   * A document's {@code asOf} day, like {@link #title()}.
   *
   * @throws org.sitrep.io.SitrepReadException when the header before the records cannot be read
   * @throws IOException when the input cannot be read
   */
  default @Nullable LocalDate asOf() throws IOException {
    return null;
  }

  /** Whether the records come from a document (else from JSON Lines). */
  default boolean isDocument() {
    return false;
  }

  /**
   * What {@link #prepared()} gives for a record the work of {@link #prepareEach} did not run on.
   */
  Object NOT_PREPARED = new Object();

  /**
   * Asks for a work to run on every record decoded from now on, on the thread that decodes it, its
   * result kept with the record for {@link #prepared()}. A source that decodes on the caller's
   * thread answers false, and the caller runs the work itself.
   *
   * @param work thread-safe, and throws nothing but errors
   * @return whether this source runs the work
   */
  default boolean prepareEach(Function<SitrepRecord, Object> work) {
    return false;
  }

  /**
   * {@return what the work of {@link #prepareEach} gave for the record {@link #next()} returned
   * last, or {@link #NOT_PREPARED} when it did not run on it (the record was decoded before)}
   */
  default Object prepared() {
    return NOT_PREPARED;
  }

  /**
   * Runs the work of {@link #prepareEach} on a record, where it is decoded or where it is taken.
   * Small enough for the JIT's first tier to inline into its caller, so that the work's own method
   * is the one call per record between the decoding loop and the work (each method called on its
   * own per record is compiled again by C2 with everything below it).
   *
   * @param work the work
   * @param record the record
   * @return what the work returned, or a {@link Failed} with what it threw (a {@link
   *     NullPointerException} when it returned null)
   */
  static Object prepare(Function<SitrepRecord, Object> work, SitrepRecord record) {
    try {
      return Objects.requireNonNull(work.apply(record), "the work returned null");
    } catch (RuntimeException e) {
      return new Failed(e);
    }
  }

  /**
   * What the work of {@link #prepareEach} threw on a record, kept in place of its result.
   *
   * @param thrown what it threw
   */
  record Failed(RuntimeException thrown) {}
}
