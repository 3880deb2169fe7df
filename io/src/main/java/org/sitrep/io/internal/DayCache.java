package org.sitrep.io.internal;

import org.jspecify.annotations.Nullable;
import org.sitrep.core.time.TimeSpan;

/**
 * A small direct-mapped cache, by calendar position, of the dates written as a plain day ({@code
 * 2024-03-15}, or with a qualifier: {@code 2024-03-15~}, {@code ?}, {@code %}), keyed by a number
 * computed straight from the line's bytes or the parser's characters: a lookup compares one {@code
 * int} and reaches for no object but the date it returns. Other dates ({@code 2024-03}, {@code
 * 2024-XX}, periods, timestamps) have no key and go to the caller's slower path. One per reader;
 * not thread-safe.
 */
final class DayCache {

  private final int[] keys;
  private final @Nullable TimeSpan[] spans;
  private final int mask;

  DayCache(int sizePowerOfTwo) {
    this.keys = new int[sizePowerOfTwo];
    this.spans = new TimeSpan[sizePowerOfTwo];
    this.mask = sizePowerOfTwo - 1;
  }

  /**
   * The key of these characters when they are a day {@code YYYY-MM-DD} of ASCII digits, with an
   * optional qualifier {@code ~}, {@code ?} or {@code %}: distinct texts have distinct keys, and
   * every key is positive. 0 for any other text.
   */
  static int key(char[] chars, int offset, int length) {
    if (length != 10 && length != 11) {
      return 0;
    }
    for (int i = offset; i < offset + length; i++) {
      if (chars[i] > 0x7f) {
        return 0;
      }
    }
    return key(
        ByteWords.word(chars, offset, Long.BYTES),
        ByteWords.word(chars, offset + Long.BYTES, length - Long.BYTES),
        length);
  }

  /** {@link #key(char[], int, int)} of the characters of these Latin-1 (here ASCII) bytes. */
  static int key(byte[] bytes, int offset, int length) {
    if (length != 10 && length != 11) {
      return 0;
    }
    return key(
        ByteWords.word(bytes, offset, Long.BYTES),
        ByteWords.word(bytes, offset + Long.BYTES, length - Long.BYTES),
        length);
  }

  /** The key of a text of 10 or 11 characters: its first eight, and the rest zero above them. */
  private static int key(long first, long rest, int length) {
    int qualifier = 0;
    if (length == 11) {
      int last = (int) (rest >>> 16) & 0xff;
      qualifier = last == '~' ? 1 : last == '?' ? 2 : last == '%' ? 3 : -1;
      if (qualifier < 0) {
        return 0;
      }
    }
    if ((first >>> 32 & 0xff) != '-' || (first >>> 56) != '-') {
      return 0;
    }
    int value = 0;
    for (int i = 0; i < 10; i++) {
      if (i == 4 || i == 7) {
        continue;
      }
      int digit = (int) ((i < 8 ? first >>> (i << 3) : rest >>> ((i - 8) << 3)) & 0xff) - '0';
      if (digit < 0 || digit > 9) {
        return 0;
      }
      value = value * 10 + digit;
    }
    // yyyymmdd is below 10^8; four qualifiers and the 1 that keeps it positive fit in an int
    return (value * 4 + qualifier) + 1;
  }

  /** The date cached under {@code key} (from {@link #key}, not 0), or null. */
  @Nullable TimeSpan find(int key) {
    int slot = slot(key);
    return keys[slot] == key ? spans[slot] : null;
  }

  void put(int key, TimeSpan span) {
    int slot = slot(key);
    keys[slot] = key;
    spans[slot] = span;
  }

  /**
   * The slot of a key: consecutive days take consecutive slots (31 a month, 12 months a year), so
   * that the days of some eleven years (4,096 slots) never push each other out; a qualifier moves a
   * day a quarter of the table away.
   */
  private int slot(int key) {
    int value = (key - 1) >>> 2; // yyyymmdd
    int qualifier = (key - 1) & 3;
    int year = value / 10_000;
    int month = value / 100 % 100;
    int day = value % 100;
    return ((year * 12 + month) * 31 + day + qualifier * (keys.length >>> 2)) & mask;
  }
}
