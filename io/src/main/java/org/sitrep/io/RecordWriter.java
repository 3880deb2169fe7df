package org.sitrep.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.internal.JsonCodec;
import org.sitrep.io.internal.JsonLinesOutput;

/**
 * Writes records as JSON Lines, one compact record per line, each followed by {@code '\n'}. Not
 * thread-safe.
 *
 * <pre>{@code
 * try (RecordWriter out = SitrepJson.strict().newRecordWriter(Path.of("incidents.jsonl"))) {
 *   for (Incident incident : incidents) {
 *     out.write(incident);
 *   }
 * }
 * }</pre>
 *
 * <p><b>Files and failures.</b> A writer to a new file ({@link SitrepJson#newRecordWriter(Path)})
 * writes a temporary file beside it and moves it into place on {@link #close()}, so the file is
 * either the old one or the whole new one. It commits only what it knows to be complete:
 *
 * <ul>
 *   <li>when a {@link #write} threw, the writer is failed: later writes are refused and {@link
 *       #close()} discards the temporary file instead of moving it into place, so the usual
 *       try-with-resources above never leaves a partial file;
 *   <li>when the caller fails between writes (the records' source throws, say), the writer cannot
 *       know: call {@link #abort()}, which discards the temporary file, after which {@link
 *       #close()} does nothing. A try-with-resources variable is not in scope in its own {@code
 *       catch} block, so catch inside it:
 * </ul>
 *
 * <pre>{@code
 * try (RecordWriter out = json.newRecordWriter(target)) {
 *   try {
 *     while (source.hasNext()) {
 *       out.write(source.next()); // the source may throw
 *     }
 *   } catch (RuntimeException e) {
 *     out.abort();
 *     throw e;
 *   }
 * }
 * }</pre>
 *
 * <p>{@link SitrepJson#writeRecords(Iterator, Path)} does exactly that for records an iterator
 * gives. An appending writer ({@link SitrepJson#appendingRecordWriter(Path)}) adds each line to the
 * end of the file whole or not at all, so a failed write or {@link #abort()} leaves the file with
 * the complete lines written before. A writer to a stream writes straight to it; after a failed
 * write the stream may end with part of that record, and closing or aborting closes it without
 * writing more.
 */
public final class RecordWriter implements AutoCloseable {

  private final JsonCodec codec;
  private final OutputStream out;
  private final JsonLinesOutput output;

  /** An appending writer's line, copied to the file once whole; null for the other writers. */
  private final @Nullable ByteArrayOutputStream line;

  private final @Nullable Path temp;
  private final @Nullable Path target;
  private boolean failed;
  private boolean closed;

  /** Whether a header may still be written: nothing was written to the output yet. */
  private boolean headerAllowed;

  private RecordWriter(
      JsonCodec codec,
      OutputStream out,
      @Nullable ByteArrayOutputStream line,
      @Nullable Path temp,
      @Nullable Path target)
      throws IOException {
    this.codec = codec;
    this.out = out;
    this.line = line;
    this.output = codec.linesOutput(line != null ? line : out);
    this.temp = temp;
    this.target = target;
    this.headerAllowed = true;
  }

  static RecordWriter toStream(JsonCodec codec, OutputStream out) throws IOException {
    return new RecordWriter(codec, out, null, null, null);
  }

  static RecordWriter toFile(JsonCodec codec, Path target) throws IOException {
    Path temp = AtomicFiles.temporaryFor(target);
    try {
      return new RecordWriter(
          codec, new BufferedOutputStream(Files.newOutputStream(temp)), null, temp, target);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  static RecordWriter appending(JsonCodec codec, Path target) throws IOException {
    boolean needsNewline = false;
    if (Files.exists(target) && Files.size(target) > 0) {
      try (SeekableByteChannel channel = Files.newByteChannel(target)) {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.position(channel.size() - 1).read(last);
        needsNewline = last.get(0) != '\n';
      }
    }
    OutputStream out =
        new BufferedOutputStream(
            Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    try {
      if (needsNewline) {
        out.write('\n');
      }
      RecordWriter writer =
          new RecordWriter(codec, out, new ByteArrayOutputStream(1024), null, target);
      writer.headerAllowed = Files.size(target) == 0 && !needsNewline;
      return writer;
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
  }

  /**
   * Writes the JSON Lines header, {@code {"sitrep":"1.0","title":...,"asOf":...}}, as the first
   * line, so that the title and day of the dataset travel with its records (see the wire format).
   * Readers of JSON Lines give them back ({@link RecordReader#documentTitle()}, {@link
   * RecordReader#documentAsOf()}).
   *
   * <pre>{@code
   * try (RecordWriter writer = json.newRecordWriter(Path.of("scenario.jsonl"))) {
   *   writer.writeHeader(dataset.title(), dataset.asOf());
   *   dataset.records().forEach(writer::write);   // (write throws IOException)
   * }
   * }</pre>
   *
   * @param title the dataset's title, or null to write none
   * @param asOf the dataset's asOf day, or null to write none
   * @throws IOException when the output fails
   * @throws IllegalStateException after a record (or a header) was written, or when appending to a
   *     file that is not empty
   */
  public void writeHeader(@Nullable String title, @Nullable LocalDate asOf) throws IOException {
    if (closed || failed) {
      throw new IllegalStateException("RecordWriter is closed or failed");
    }
    if (!headerAllowed) {
      throw new IllegalStateException(
          "A JSON Lines header goes on the first line: records (or a header) were written already");
    }
    headerAllowed = false;
    failed = true;
    if (line != null) {
      line.reset();
    }
    codec.encoder().writeHeader(output, title, asOf);
    output.endLine();
    if (line != null) {
      output.flush();
      line.writeTo(out);
    }
    failed = false;
  }

  /**
   * Writes one record as one line. When it throws, the writer is failed: see the class comment.
   *
   * @param record the record
   * @throws IOException when the output fails
   * @throws IllegalArgumentException when an {@code x_} value nests deeper than the limit
   * @throws IllegalStateException when the writer is closed, aborted or failed
   */
  public void write(SitrepRecord record) throws IOException {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("RecordWriter is closed");
    }
    if (failed) {
      throw new IllegalStateException(
          "RecordWriter failed in an earlier write; nothing more is written");
    }
    headerAllowed = false;
    failed = true;
    if (line != null) {
      line.reset();
    }
    codec.encoder().writeRecord(output, record);
    output.endLine();
    if (line != null) {
      output.flush();
      line.writeTo(out);
    }
    failed = false;
  }

  /**
   * Pushes the records written so far to the output.
   *
   * @throws IOException when the output fails
   */
  public void flush() throws IOException {
    output.flush();
    out.flush();
  }

  /**
   * Flushes and closes the output; a writer to a new file moves it into place. After a failed
   * {@link #write} it discards instead, like {@link #abort()}; after {@link #abort()} or a first
   * {@code close()} it does nothing.
   *
   * @throws UncheckedIOException when the output cannot be closed or moved (a writer to a new file
   *     then deletes its temporary file and leaves the target unchanged)
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    if (failed) {
      abort();
      return;
    }
    closed = true;
    try {
      try (OutputStream stream = out) {
        output.flush();
        stream.flush();
      }
      if (temp != null) {
        AtomicFiles.moveIntoPlace(
            temp, Objects.requireNonNull(target, "a writer with a temporary file has a target"));
      }
    } catch (IOException e) {
      discardTemporaryFile(e);
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Gives up: a writer to a new file closes and deletes its temporary file and leaves the target as
   * it was; an appending writer closes the file with the whole lines written before; a writer to a
   * stream closes it without writing more. Later calls of {@link #close()} and {@code abort()} do
   * nothing. Meant for {@code catch} blocks, it throws nothing: a failure to close or delete is
   * ignored and at worst leaves the temporary file behind.
   */
  public void abort() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (temp == null && line == null && !failed) {
        output.flush(); // a stream writer's whole lines
      }
      out.close();
    } catch (IOException e) {
      // giving up anyway: the caller's failure is the one that matters
    }
    discardTemporaryFile(null);
  }

  private void discardTemporaryFile(@Nullable IOException failure) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }
}
