package org.sitrep.validation.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
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
   * characters. In the heap only a 64 KiB buffer.
   */
  private static final class Spilled extends PendingReferences {
    private final FileChannel channel;
    private final DataOutputStream out;
    private int size;

    Spilled(Path directory) {
      channel = TempFiles.open(directory, "sitrep-refs-");
      out =
          new DataOutputStream(
              new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
    }

    @Override
    void add(int position, int field, int listIndex, int extra, String target) {
      try {
        out.writeInt(position);
        out.writeInt(listIndex);
        out.writeByte(field);
        out.writeByte(extra);
        out.writeByte(target.length());
        out.writeBytes(target);
      } catch (IOException e) {
        throw failed(e);
      }
      size++;
    }

    @Override
    int size() {
      return size;
    }

    @Override
    void forEach(Visitor visitor) {
      try {
        out.flush();
        channel.position(0);
        DataInputStream in =
            new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
        byte[] chars = new byte[255];
        for (int i = 0; i < size; i++) {
          int position = in.readInt();
          int listIndex = in.readInt();
          int field = in.readUnsignedByte();
          int extra = in.readUnsignedByte();
          int length = in.readUnsignedByte();
          in.readFully(chars, 0, length);
          visitor.pending(
              position,
              field,
              listIndex,
              extra,
              new String(chars, 0, length, StandardCharsets.ISO_8859_1));
        }
      } catch (IOException e) {
        throw failed(e);
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
