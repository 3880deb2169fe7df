package org.sitrep.validation.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * References a dataset rule settles at the end (forward references): per reference the referring
 * record's position, the field, the index in the field's list, one byte of the rule's own, and the
 * target id's text. Never an object per reference: in the heap, parallel primitive arrays and the
 * target's string (which the record's id already holds); for a stream, a temporary file, read back
 * in order at the end. Made by {@link CompactIndex#pending()}, closed with the index.
 */
abstract class PendingReferences implements AutoCloseable {

  /** Receives the references, in the order they were added. */
  interface Visitor {
    void pending(int position, int field, int listIndex, int extra, String target);
  }

  static PendingReferences inMemory() {
    return new Held();
  }

  static PendingReferences spilling(Path directory) {
    return new Spilled(directory);
  }

  /**
   * Adds a reference.
   *
   * @param field a field's ordinal, below 256
   * @param extra the rule's own byte, below 256
   * @param target the target id's text (ASCII, as ids are)
   */
  abstract void add(int position, int field, int listIndex, int extra, String target);

  abstract int size();

  /** Calls the visitor for every reference, in order. */
  abstract void forEach(Visitor visitor);

  /** Drops the references and deletes the file, if any. */
  @Override
  public abstract void close();

  private static final class Held extends PendingReferences {
    private int[] positions = new int[64];

    /** Field ordinal, extra byte and list index: {@code field << 40 | extra << 32 | index}. */
    private long[] fields = new long[64];

    private final List<String> targets = new ArrayList<>();

    @Override
    void add(int position, int field, int listIndex, int extra, String target) {
      int n = targets.size();
      if (n == positions.length) {
        positions = Arrays.copyOf(positions, n * 2);
        fields = Arrays.copyOf(fields, n * 2);
      }
      positions[n] = position;
      fields[n] = (long) field << 40 | (long) extra << 32 | (listIndex & 0xFFFF_FFFFL);
      targets.add(target);
    }

    @Override
    int size() {
      return targets.size();
    }

    @Override
    void forEach(Visitor visitor) {
      for (int i = 0; i < targets.size(); i++) {
        long packed = fields[i];
        visitor.pending(
            positions[i],
            (int) (packed >>> 40),
            (int) packed,
            (int) (packed >>> 32) & 0xFF,
            targets.get(i));
      }
    }

    @Override
    public void close() {
      positions = new int[0];
      fields = new long[0];
      targets.clear();
    }
  }

  /**
   * In a temporary file: per reference the position and list index (4 bytes each), the field and
   * the extra byte, the target's length and characters (a byte each): 31 bytes for a target of 20
   * characters. In the heap only a 64 KiB buffer, filled and drained by hand (a buffered data
   * stream took a synchronized call per byte: a tenth of a stream's consumer, and most of the
   * resolution at the end).
   */
  private static final class Spilled extends PendingReferences {
    private static final int BUFFER = 1 << 16;

    /** The bytes before a target's characters. */
    private static final int HEAD = 11;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);

    /** The bytes written to the file. */
    private long written;

    private int size;

    Spilled(Path directory) {
      channel = TempFiles.open(directory, "sitrep-refs-");
    }

    @Override
    void add(int position, int field, int listIndex, int extra, String target) {
      int length = target.length();
      if (buffer.remaining() < HEAD + length) {
        flush();
      }
      ByteBuffer out = buffer;
      out.putInt(position).putInt(listIndex).put((byte) field).put((byte) extra).put((byte) length);
      for (int i = 0; i < length; i++) {
        out.put((byte) target.charAt(i));
      }
      size++;
    }

    /** Writes the buffer to the file, at its end. */
    private void flush() {
      buffer.flip();
      try {
        while (buffer.hasRemaining()) {
          written += channel.write(buffer, written);
        }
      } catch (IOException e) {
        throw failed(e);
      } finally {
        buffer.clear();
      }
    }

    @Override
    int size() {
      return size;
    }

    @Override
    void forEach(Visitor visitor) {
      flush();
      ByteBuffer in = ByteBuffer.allocate(BUFFER);
      in.flip();
      long read = 0;
      try {
        for (int i = 0; i < size; i++) {
          read = fill(in, HEAD, read);
          int position = in.getInt();
          int listIndex = in.getInt();
          int field = in.get() & 0xFF;
          int extra = in.get() & 0xFF;
          int length = in.get() & 0xFF;
          read = fill(in, length, read);
          String target =
              new String(in.array(), in.position(), length, StandardCharsets.ISO_8859_1);
          in.position(in.position() + length);
          visitor.pending(position, field, listIndex, extra, target);
        }
      } catch (IOException e) {
        throw failed(e);
      }
    }

    /**
     * Makes sure the buffer holds at least {@code need} bytes, reading from the file at {@code
     * read}; returns where the file's next read starts.
     */
    private long fill(ByteBuffer in, int need, long read) throws IOException {
      if (in.remaining() >= need) {
        return read;
      }
      in.compact();
      long at = read;
      while (in.position() < need) {
        int count = channel.read(in, at);
        if (count < 0) {
          throw new EOFException("the file of pending references ends early");
        }
        at += count;
      }
      in.flip();
      return at;
    }

    private static UncheckedIOException failed(IOException e) {
      return new UncheckedIOException(
          "Cannot spill pending references to a temporary file: " + e.getMessage(), e);
    }

    @Override
    public void close() {
      size = 0;
      TempFiles.close(channel);
    }
  }
}
