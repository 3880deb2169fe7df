package org.sitrep.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.internal.JsonCodec;

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
 * <p>A writer to a new file writes a temporary file beside it and moves it into place on {@link
 * #close()}; an appending writer adds lines to the end of the file as it goes.
 */
public final class RecordWriter implements AutoCloseable {

  private final JsonCodec codec;
  private final OutputStream out;
  private final JsonGenerator generator;
  private final Path temp;
  private final Path target;
  private boolean closed;

  private RecordWriter(JsonCodec codec, OutputStream out, Path temp, Path target)
      throws IOException {
    this.codec = codec;
    this.out = out;
    this.generator = codec.linesGenerator(out);
    this.temp = temp;
    this.target = target;
  }

  static RecordWriter toStream(JsonCodec codec, OutputStream out, Path target)
      throws IOException {
    return new RecordWriter(codec, out, null, target);
  }

  static RecordWriter toFile(JsonCodec codec, Path target) throws IOException {
    Path temp = AtomicFiles.temporaryFor(target);
    try {
      return new RecordWriter(
          codec, new BufferedOutputStream(Files.newOutputStream(temp)), temp, target);
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
    if (needsNewline) {
      out.write('\n');
    }
    return new RecordWriter(codec, out, null, target);
  }

  /**
   * Writes one record as one line.
   *
   * @throws IOException when the output fails
   * @throws IllegalStateException when the writer is closed
   */
  public void write(SitrepRecord record) throws IOException {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("RecordWriter is closed");
    }
    codec.encoder().writeRecord(generator, record);
    generator.writeRaw('\n');
  }

  /** Pushes the records written so far to the output. */
  public void flush() throws IOException {
    generator.flush();
    out.flush();
  }

  /**
   * Flushes and closes the output; a writer to a new file moves it into place.
   *
   * @throws UncheckedIOException when the output cannot be closed or moved
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      try (OutputStream stream = out) {
        generator.close();
        stream.flush();
      }
      if (temp != null) {
        AtomicFiles.moveIntoPlace(temp, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
