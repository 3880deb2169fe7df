package org.sitrep.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * A small direct-mapped cache of values by their text, looked up on the parser's characters, so
 * that a value seen before (a day, a period) costs neither a {@code String} nor a parse. A slot
 * holds the last value put there; slots are chosen by {@link ByteWords#hash(char[], int, int)}. One
 * per reader; not thread-safe.
 *
 * @param <T> the values, immutable
 */
final class TextCache<T> {

  private final String[] texts;
  private final Object[] values;
  private final int mask;

  TextCache(int sizePowerOfTwo) {
    this.texts = new String[sizePowerOfTwo];
    this.values = new Object[sizePowerOfTwo];
    this.mask = sizePowerOfTwo - 1;
  }

  /** The value cached for exactly these characters, or null. */
  @SuppressWarnings("unchecked") // put stores only Ts
  @Nullable T find(char[] chars, int offset, int length, int hash) {
    int slot = hash & mask;
    String text = texts[slot];
    if (text == null || text.length() != length) {
      return null;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != chars[offset + i]) {
        return null;
      }
    }
    return (T) values[slot];
  }

  void put(String text, T value, int hash) {
    int slot = hash & mask;
    texts[slot] = text;
    values[slot] = value;
  }
}
