package org.sitrep.validation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The texts of the ids of a stream's records, in order, appended to a temporary file and read back
 * through memory-mapped segments: what lets {@link SpilledIndex} keep only primitives per record in
 * the heap.
 *
 * <p>The file is opened with {@link StandardOpenOption#DELETE_ON_CLOSE}: on Linux and macOS it is
 * unlinked as soon as it is open, so that it vanishes when the process ends, however it ends;
 * elsewhere it is deleted when {@link #close closed}. It holds, per record, one length byte (0 for
 * an unknown id) and the id's characters, one byte each (an id is ASCII: {@code
 * [a-z]+:[a-z0-9][a-z0-9._-]*}), in segments (of 1 MiB unless a test asks for less) that no entry
 * straddles (a byte {@code 0xFF} ends a segment early). The segment being filled stays in the heap;
 * a full one is written and mapped. In the heap, the offset of every 16th entry (half a byte per
 * record), the segment being filled (1 MiB) and a cache of the ids last read or verified.
 */
final class IdSpill implements AutoCloseable {

  /** The default segment: 1 MiB. */
  static final int SEGMENT_SHIFT = 20;

  private static final int MARK_SHIFT = 4;

  /** Ends a segment early: no length is this long. */
  private static final int SKIP = 0xFF;

  private static final int CACHE_BITS = 16;

  private static final int CACHE = 1 << CACHE_BITS;

  private final Path directory;
  private final int segmentShift;
  private final int segmentSize;
  private final long inSegment;

  /** The file, made when the first segment is full; null before. */
  private @Nullable FileChannel channel;

  private MappedByteBuffer[] sealed = new MappedByteBuffer[64];

  /** The segment being filled. */
  private byte[] tail;

  private int tailSegment;
  private int fill;

  /** The file offset of entry {@code 16 * i}. */
  private long[] marks = new long[256];

  private int count;
  private final int[] cachedPosition = new int[CACHE];
  private final @Nullable String[] cachedText = new String[CACHE];

  /**
   * An empty spill; its file is made when the first segment is full.
   *
   * @param directory where the file goes
   * @param segmentShift the segment's size as a power of two, from 8 (tests spill a few records)
   */
  IdSpill(Path directory, int segmentShift) {
    if (segmentShift < 8 || segmentShift > 30) {
      throw new IllegalArgumentException("Segments of 2^" + segmentShift + " bytes");
    }
    this.directory = directory;
    this.segmentShift = segmentShift;
    this.segmentSize = 1 << segmentShift;
    this.inSegment = segmentSize - 1L;
    this.tail = new byte[segmentSize];
  }

  /** How many texts have been appended. */
  int size() {
    return count;
  }

  /**
   * Appends the next record's id.
   *
   * @param text the id's text, or null when the record's id is not known
   */
  void append(@Nullable String text) {
    int length = text == null ? 0 : text.length();
    if (length >= SKIP) {
      throw new IllegalArgumentException("An id of " + length + " characters: " + text);
    }
    if (fill + 1 + length > segmentSize) {
      seal();
    }
    if ((count & ((1 << MARK_SHIFT) - 1)) == 0) {
      int mark = count >>> MARK_SHIFT;
      if (mark == marks.length) {
        marks = Arrays.copyOf(marks, mark * 2);
      }
      marks[mark] = ((long) tailSegment << segmentShift) + fill;
    }
    byte[] bytes = tail;
    int at = fill;
    bytes[at++] = (byte) length;
    if (text != null) {
      for (int i = 0; i < length; i++) {
        bytes[at++] = (byte) text.charAt(i);
      }
    }
    fill = at;
    count++;
  }

  /** Writes the tail segment to the file and maps it; the next entry starts a new segment. */
  private void seal() {
    if (fill < segmentSize) {
      tail[fill] = (byte) SKIP;
    }
    long start = (long) tailSegment << segmentShift;
    FileChannel file = channel;
    if (file == null) {
      file = TempFiles.open(directory, "sitrep-ids-");
      channel = file;
    }
    try {
      ByteBuffer bytes = ByteBuffer.wrap(tail);
      while (bytes.hasRemaining()) {
        file.write(bytes, start + bytes.position());
      }
      if (tailSegment == sealed.length) {
        sealed = Arrays.copyOf(sealed, tailSegment * 2);
      }
      sealed[tailSegment] = file.map(FileChannel.MapMode.READ_ONLY, start, segmentSize);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot spill ids to a temporary file: " + e.getMessage(), e);
    }
    tailSegment++;
    fill = 0;
  }

  private int byteAt(long offset) {
    int segment = (int) (offset >>> segmentShift);
    int at = (int) (offset & inSegment);
    return segment == tailSegment ? tail[at] & 0xFF : sealed[segment].get(at) & 0xFF;
  }

  /** The file offset of the entry at a position (its length byte). */
  private long locate(int position) {
    long offset = marks[position >>> MARK_SHIFT];
    for (int skip = position & ((1 << MARK_SHIFT) - 1); skip > 0; skip--) {
      offset += 1 + byteAt(offset);
      if ((offset & inSegment) != 0 && byteAt(offset) == SKIP) {
        offset = (offset | inSegment) + 1;
      }
    }
    return offset;
  }

  /**
   * The cache slot of a position, its bits mixed: positions taken in a stride (an actor every 100
   * records) would otherwise share a quarter of the slots and evict each other.
   */
  private static int cacheSlot(int position) {
    return (position * 0x9E3779B1) >>> (Integer.SIZE - CACHE_BITS);
  }

  /**
   * Whether the id at a position has this text, read from the file unless cached.
   *
   * @param position a position below {@link #size()}
   * @param text an id's text
   */
  boolean matches(int position, String text) {
    int slot = cacheSlot(position);
    if (cachedPosition[slot] == position + 1) {
      return text.equals(cachedText[slot]);
    }
    long offset = locate(position);
    int segment = (int) (offset >>> segmentShift);
    int at = (int) (offset & inSegment);
    int length = text.length();
    if (segment == tailSegment) {
      byte[] bytes = tail;
      if ((bytes[at] & 0xFF) != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (bytes[at + 1 + i] != (byte) text.charAt(i)) {
          return false;
        }
      }
    } else {
      MappedByteBuffer bytes = sealed[segment];
      if ((bytes.get(at) & 0xFF) != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (bytes.get(at + 1 + i) != (byte) text.charAt(i)) {
          return false;
        }
      }
    }
    cachedPosition[slot] = position + 1;
    cachedText[slot] = text;
    return true;
  }

  /**
   * The id's text at a position, read from the file unless cached.
   *
   * @param position a position below {@link #size()}
   * @return the text, or null when the record's id is not known
   */
  @Nullable String text(int position) {
    int slot = cacheSlot(position);
    if (cachedPosition[slot] == position + 1) {
      return cachedText[slot];
    }
    long offset = locate(position);
    int length = byteAt(offset);
    if (length == 0) {
      return null;
    }
    byte[] chars = new byte[length];
    int segment = (int) (offset >>> segmentShift);
    int at = (int) (offset & inSegment) + 1;
    if (segment == tailSegment) {
      System.arraycopy(tail, at, chars, 0, length);
    } else {
      sealed[segment].get(at, chars);
    }
    String text = new String(chars, StandardCharsets.ISO_8859_1);
    cachedPosition[slot] = position + 1;
    cachedText[slot] = text;
    return text;
  }

  /** Closes the file, which deletes it; the spill is empty afterwards. */
  @Override
  public void close() {
    sealed = new MappedByteBuffer[0];
    tail = new byte[0];
    tailSegment = -1;
    count = 0;
    Arrays.fill(cachedPosition, 0);
    Arrays.fill(cachedText, null);
    if (channel != null) {
      TempFiles.close(channel);
    }
  }
}
