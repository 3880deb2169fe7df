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

  /** The most distinct targets whose answer a store in a file keeps while it is read back. */
  static final int REMEMBERED_TARGETS = 1 << 16;

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
   * references to a target.
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
   * the extra byte, the target's length and characters (a byte each): 31 bytes for a target of 20
   * characters. In the heap only a 64 KiB buffer, filled and drained by hand (a buffered data
   * stream took a synchronized call per byte: a tenth of a stream's consumer, and most of the
   * resolution at the end).
   *
   * <p>{@link #forEachUnresolved} asks about each distinct target once: a stream's forward
   * references name the same few thousand records over and over, and asking the index about each
   * reference (a string made and hashed, and the index's lookup) made the end of a million-record
   * stream 0.10 to 0.13 s long (now 0.07 s, most of it this loop's first iterations, before the JIT
   * compiles it). While the file is read back, the answers for the first {@value
   * #REMEMBERED_TARGETS} distinct targets are kept, keyed by the characters, which are compared in
   * the read buffer; a reference to a target seen before makes no string. Nothing is looked up
   * while the references are added: there, on the validating thread, a lookup in a table of targets
   * cost more than writing the characters (4% of a run's CPU against under 1%: cache misses among
   * the records decoded on the same core).
   */
  private static final class Spilled extends PendingReferences {
    private static final int BUFFER = 1 << 16;

    /** The bytes before a target's characters. */
    private static final int HEAD = 11;

    /** The most characters of a target (its length is one byte). */
    private static final int MAX_TARGET = 0xFF;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);

    /** The bytes written to the file. */
    private long written;

    /** While the file is read back: where the next read starts. */
    private long readBack;

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
    void forEachUnresolved(Predicate<String> resolved, Visitor visitor) {
      read(new Answers(resolved), visitor);
    }

    @Override
    void forEach(Visitor visitor) {
      read(null, visitor);
    }

    /**
     * Reads the references back, in order: all of them when {@code answers} is null, else those
     * whose target is unresolved. The records are read from the buffer's array itself, not with the
     * buffer's getters: this loop runs once, much of it before the JIT compiles it, where each
     * getter is a deep call.
     */
    private void read(@Nullable Answers answers, Visitor visitor) {
      flush();
      ByteBuffer in = ByteBuffer.allocate(BUFFER);
      byte[] bytes = in.array();
      readBack = 0;
      int at = 0;
      int end = 0;
      try {
        for (int i = 0; i < size; i++) {
          if (end - at < HEAD + MAX_TARGET) {
            end = refill(in, at, end);
            at = 0;
          }
          if (end - at < HEAD || end - at < HEAD + (bytes[at + HEAD - 1] & 0xFF)) {
            throw new EOFException("the file of pending references ends early");
          }
          int position = intAt(bytes, at);
          int listIndex = intAt(bytes, at + 4);
          int field = bytes[at + 8] & 0xFF;
          int extra = bytes[at + 9] & 0xFF;
          int length = bytes[at + 10] & 0xFF;
          int from = at + HEAD;
          at = from + length;
          String target =
              answers == null
                  ? new String(bytes, from, length, StandardCharsets.ISO_8859_1)
                  : answers.unresolved(bytes, from, length);
          if (target != null) {
            visitor.pending(position, field, listIndex, extra, target);
          }
        }
      } catch (IOException e) {
        throw failed(e);
      }
    }

    /** The big-endian int at {@code at}, as {@link ByteBuffer#putInt} wrote it. */
    private static int intAt(byte[] bytes, int at) {
      return bytes[at] << 24
          | (bytes[at + 1] & 0xFF) << 16
          | (bytes[at + 2] & 0xFF) << 8
          | (bytes[at + 3] & 0xFF);
    }

    /**
     * Moves the bytes from {@code at} to {@code end} to the buffer's start and reads the file after
     * them until the buffer is full or the file ends; returns where the bytes in the buffer end.
     */
    private int refill(ByteBuffer in, int at, int end) throws IOException {
      in.limit(end).position(at);
      in.compact();
      while (in.hasRemaining()) {
        int count = channel.read(in, readBack);
        if (count < 0) {
          break;
        }
        readBack += count;
      }
      in.flip();
      return in.limit();
    }

    /**
     * What {@code resolved} answered for the targets read back so far, for the first {@value
     * #REMEMBERED_TARGETS} distinct ones: an open-addressing table, at most half full, of the hash
     * of the target's characters (high half) and its number + 1 (low half), 0 for an empty slot.
     */
    private static final class Answers {
      private final Predicate<String> resolved;
      private long[] slots = new long[64];
      private String[] targets = new String[32];

      /** Per number: the target's characters, one byte each. */
      private byte[][] keys = new byte[32][];

      private boolean[] unresolved = new boolean[32];
      private int count;

      Answers(Predicate<String> resolved) {
        this.resolved = resolved;
      }

      /** The target whose characters are in {@code bytes}, if it is unresolved; else null. */
      @Nullable String unresolved(byte[] bytes, int from, int length) {
        int hash = 0;
        for (int i = from; i < from + length; i++) {
          hash = 31 * hash + (bytes[i] & 0xFF);
        }
        int mask = slots.length - 1;
        int at = slot(hash, mask);
        long entry;
        while ((entry = slots[at]) != 0) {
          int number = (int) entry - 1;
          byte[] key = keys[number];
          if ((int) (entry >>> 32) == hash
              && Arrays.equals(key, 0, key.length, bytes, from, from + length)) {
            return unresolved[number] ? targets[number] : null;
          }
          at = (at + 1) & mask;
        }
        String target = new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        boolean answer = !resolved.test(target);
        if (count < REMEMBERED_TARGETS) {
          remember(target, Arrays.copyOfRange(bytes, from, from + length), answer, hash, at);
        }
        return answer ? target : null;
      }

      private void remember(String target, byte[] key, boolean answer, int hash, int at) {
        int number = count++;
        if (number == targets.length) {
          targets = Arrays.copyOf(targets, 2 * number);
          keys = Arrays.copyOf(keys, 2 * number);
          unresolved = Arrays.copyOf(unresolved, 2 * number);
        }
        targets[number] = target;
        keys[number] = key;
        unresolved[number] = answer;
        slots[at] = (long) hash << 32 | (number + 1);
        if (2 * count > slots.length) {
          long[] table = new long[2 * slots.length];
          int mask = table.length - 1;
          for (long kept : slots) {
            if (kept != 0) {
              int slot = slot((int) (kept >>> 32), mask);
              while (table[slot] != 0) {
                slot = (slot + 1) & mask;
              }
              table[slot] = kept;
            }
          }
          slots = table;
        }
      }

      /**
       * The first slot to probe for a hash: the hash times a large odd number, its high half folded
       * in.
       */
      private static int slot(int hash, int mask) {
        return ((hash * 0x9E3779B9) ^ (hash >>> 16)) & mask;
      }
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
