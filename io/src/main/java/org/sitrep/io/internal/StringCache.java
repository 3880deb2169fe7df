package org.sitrep.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * A small direct-mapped cache of short string values by their text, looked up on the parser's
 * characters, so that a value seen before (a country, a role, a publisher, a place name) costs no
 * new {@code String}; the texts are kept flat ({@link FlatTextCache}), strings longer than {@link
 * #WIDTH} characters are not cached. One per reader; not thread-safe.
 */
final class StringCache extends FlatTextCache {

  /** The longest string cached; the characters a slot holds. */
  static final int WIDTH = 32;

  private final @Nullable String[] strings;

  StringCache(int sizePowerOfTwo) {
    super(sizePowerOfTwo, WIDTH);
    this.strings = new String[sizePowerOfTwo];
  }

  /** The cached string with exactly these characters, or null. */
  @Nullable String find(char[] chars, int offset, int length, int hash) {
    int slot = slotOf(chars, offset, length, hash);
    return slot < 0 ? null : strings[slot];
  }

  /** The cached string with exactly the characters of these ASCII bytes, or null. */
  @Nullable String find(byte[] bytes, int offset, int length, int hash) {
    int slot = slotOf(bytes, offset, length, hash);
    return slot < 0 ? null : strings[slot];
  }

  /**
   * Caches {@code text}, the characters of these ASCII bytes whose {@link ByteWords#hash(byte[],
   * int, int)} this is, unless empty or longer than WIDTH.
   */
  void put(String text, byte[] bytes, int offset, int length, int hash) {
    int slot = store(bytes, offset, length, hash);
    if (slot >= 0) {
      strings[slot] = text;
    }
  }

  /**
   * Caches {@code text}, whose {@link ByteWords#hash(char[], int, int)} this is, unless empty or
   * longer than WIDTH.
   */
  void put(String text, int hash) {
    int slot = store(text, hash);
    if (slot >= 0) {
      strings[slot] = text;
    }
  }
}
