package org.sitrep.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Texts of Latin-1 characters (on the fast path, ASCII bytes) eight at a time: the little-endian
 * words of a byte array, and the hash of a text that the reader's caches share, defined on those
 * words so that the tokenizer computes it while it scans a string ({@link FastLineParser}) and the
 * slower paths from characters ({@link #hash(char[], int, int)}).
 */
final class ByteWords {

  /** Eight bytes of an array at a time, little-endian: the first byte is the lowest. */
  static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  private ByteWords() {}

  /** The mask of the low {@code count} bytes of a word, {@code count} in 0 to 8. */
  static long lowBytes(int count) {
    return count >= Long.BYTES ? -1L : (1L << (count << 3)) - 1;
  }

  /**
   * The {@code count} bytes (1 to 8) of {@code bytes} from {@code at} as a little-endian word, zero
   * above them; the bytes past them need not exist.
   */
  static long word(byte[] bytes, int at, int count) {
    if (at + Long.BYTES <= bytes.length) {
      return (long) LONGS.get(bytes, at) & lowBytes(count);
    }
    long word = 0;
    for (int k = at + count - 1; k >= at; k--) {
      word = word << 8 | (bytes[k] & 0xff);
    }
    return word;
  }

  /**
   * The running hash {@code h} after the next word of a text: every eight characters are one word,
   * the last one zero above the text's end.
   */
  static long step(long h, long word) {
    return (h + word) * MULTIPLIER;
  }

  /** The hash of a text from its running hash after its last word. */
  static int finish(long h) {
    return (int) (h >>> 32);
  }

  /** The hash of the text of {@code length} Latin-1 bytes from {@code offset}. */
  static int hash(byte[] bytes, int offset, int length) {
    long h = 0;
    for (int i = 0; i < length; i += Long.BYTES) {
      h = step(h, word(bytes, offset + i, Math.min(Long.BYTES, length - i)));
    }
    return finish(h);
  }

  /**
   * The hash of a text given as characters: that of its Latin-1 bytes (a character above U+00FF
   * counts as its low byte, so such texts share hashes; the caches do not keep them).
   */
  static int hash(char[] chars, int offset, int length) {
    long h = 0;
    for (int i = 0; i < length; i += Long.BYTES) {
      h = step(h, word(chars, offset + i, Math.min(Long.BYTES, length - i)));
    }
    return finish(h);
  }

  /**
   * The low bytes of {@code count} characters (1 to 8) of {@code chars} from {@code at} as a
   * little-endian word, like {@link #word(byte[], int, int)} of their Latin-1 bytes.
   */
  static long word(char[] chars, int at, int count) {
    long word = 0;
    for (int k = at + count - 1; k >= at; k--) {
      word = word << 8 | (chars[k] & 0xff);
    }
    return word;
  }
}
