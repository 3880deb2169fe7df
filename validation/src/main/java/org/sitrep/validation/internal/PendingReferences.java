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
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * References a dataset rule settles at the end (forward references): per reference the referring
 * record's position, the field, the index in the field's list, one byte of the rule's own, and the
 * target id's text. Never an object per reference: in the heap, parallel primitive arrays and the
 * target's string (which the record's id already holds); for a stream, a temporary file, read back
 * in order at the end. Made by {@link CompactIndex#pending()}, closed with the index.
 */
abstract class PendingReferences implements AutoCloseable {

  /** The most distinct targets a store in a file keeps in the heap, numbered. */
  static final int NUMBERED_TARGETS = 1 << 16;

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

  /**
   * Calls the visitor, in order, for every reference whose target {@code resolved} does not accept.
   * {@code resolved} must answer the same for equal texts: it may be asked once for all the
   * references to a target, and the references then not read at all when every target is resolved.
   */
  void forEachUnresolved(Predicate<String> resolved, Visitor visitor) {
    forEach(
        (position, field, listIndex, extra, target) -> {
          if (!resolved.test(target)) {
            visitor.pending(position, field, listIndex, extra, target);
          }
        });
  }

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
   * the extra byte, then the target: the number of a target seen before (a zero byte and 4 bytes:
   * 15 bytes a reference), or its length and characters (a byte each: 31 bytes for a target of 20
   * characters). In the heap a 64 KiB buffer, filled and drained by hand (a buffered data stream
   * took a synchronized call per byte: a tenth of a stream's consumer, and most of the resolution
   * at the end), and the first {@value #NUMBERED_TARGETS} distinct targets, numbered: a stream's
   * forward references name the same few thousand records over and over, so a target is written as
   * its number, and {@link #forEachUnresolved} asks about it once, not once per reference; when
   * every numbered target is resolved, the file is not read at all. Beyond them, a target's
   * characters go to the file with each reference, so the heap stays bounded however many targets a
   * stream names.
   */
  private static final class Spilled extends PendingReferences {
    private static final int BUFFER = 1 << 16;

    /** The bytes before a target's number or characters. */
    private static final int HEAD = 11;

    /** The bytes of a target's number. */
    private static final int NUMBER = Integer.BYTES;

    /** The targets numbered so far, by number. */
    private String[] targets = new String[32];

    /**
     * An open-addressing table of the numbered targets, at most half full: per slot the target's
     * {@link String#hashCode()} in the high half and its number + 1 in the low half, 0 for empty
     * (one load finds the number, and the hash code rules out most other targets).
     */
    private long[] slots = new long[64];

    private int numbered;

    /** The references written with their target's characters, not a number. */
    private int unnumbered;

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
      int number = number(target);
      int length = number < 0 ? target.length() : 0;
      if (buffer.remaining() < HEAD + Math.max(length, NUMBER)) {
        flush();
      }
      ByteBuffer out = buffer;
      out.putInt(position).putInt(listIndex).put((byte) field).put((byte) extra).put((byte) length);
      if (number >= 0) {
        out.putInt(number);
      } else {
        for (int i = 0; i < length; i++) {
          out.put((byte) target.charAt(i));
        }
        unnumbered++;
      }
      size++;
    }

    /** The target's number, given it now if there is room; -1 when there is none. */
    private int number(String target) {
      int code = target.hashCode();
      int mask = slots.length - 1;
      int at = slot(code, mask);
      long entry;
      while ((entry = slots[at]) != 0) {
        int number = (int) entry - 1;
        if ((int) (entry >>> 32) == code && targets[number].equals(target)) {
          return number;
        }
        at = (at + 1) & mask;
      }
      if (numbered == NUMBERED_TARGETS) {
        return -1;
      }
      int number = numbered++;
      if (number == targets.length) {
        targets = Arrays.copyOf(targets, 2 * number);
      }
      targets[number] = target;
      slots[at] = (long) code << 32 | (number + 1);
      if (2 * numbered > slots.length) {
        rehash(2 * slots.length);
      }
      return number;
    }

    /**
     * The first slot to probe for a hash code: the code times a large odd constant, its high half
     * folded in.
     */
    private static int slot(int code, int mask) {
      return ((code * 0x9E3779B9) ^ (code >>> 16)) & mask;
    }

    private void rehash(int length) {
      long[] table = new long[length];
      int mask = length - 1;
      for (long entry : slots) {
        if (entry != 0) {
          int at = slot((int) (entry >>> 32), mask);
          while (table[at] != 0) {
            at = (at + 1) & mask;
          }
          table[at] = entry;
        }
      }
      slots = table;
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

    /**
     * Asks {@code resolved} once per numbered target; reads the file only when a target is not
     * resolved or a reference has its target's characters.
     */
    @Override
    void forEachUnresolved(Predicate<String> resolved, Visitor visitor) {
      boolean[] unresolved = new boolean[numbered];
      boolean any = unnumbered > 0;
      for (int number = 0; number < numbered; number++) {
        unresolved[number] = !resolved.test(targets[number]);
        any |= unresolved[number];
      }
      if (any) {
        read(unresolved, resolved, visitor);
      }
    }

    @Override
    void forEach(Visitor visitor) {
      read(null, null, visitor);
    }

    /**
     * Reads the references back, in order: all of them when {@code unresolved} is null; else those
     * whose target's number it marks, and those with their target's characters that {@code
     * resolved} does not accept.
     */
    private void read(
        boolean @Nullable [] unresolved, @Nullable Predicate<String> resolved, Visitor visitor) {
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
          String target;
          if (length == 0) {
            read = fill(in, NUMBER, read);
            int number = in.getInt();
            if (unresolved != null && !unresolved[number]) {
              continue;
            }
            target = targets[number];
          } else {
            read = fill(in, length, read);
            target = new String(in.array(), in.position(), length, StandardCharsets.ISO_8859_1);
            in.position(in.position() + length);
            if (resolved != null && resolved.test(target)) {
              continue;
            }
          }
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
      numbered = 0;
      unnumbered = 0;
      targets = new String[0]; // the store is not used after this
      TempFiles.close(channel);
    }
  }
}
