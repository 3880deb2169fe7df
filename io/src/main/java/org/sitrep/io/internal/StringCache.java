package org.sitrep.io.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A small direct-mapped cache of short string values by their text, looked up on the parser's
 * characters, so that a value seen before (a country, a role, a publisher, a place name) costs no
 * new {@code String}. Like {@link IdCache}, the texts are kept in flat arrays and compared in
 * place; strings longer than {@link #WIDTH} characters are not cached. One per reader; not
 * thread-safe.
 */
final class StringCache {

  /** The longest string cached; the characters a slot holds. */
  static final int WIDTH = 32;

  private final @Nullable String[] strings;
  private final int[] hashes;

  /** The length of each slot's text; 0 for an empty slot (the empty string is not cached). */
  private final int[] lengths;

  /** The texts, {@link #WIDTH} characters a slot. */
  private final char[] texts;

  private final int mask;

  StringCache(int sizePowerOfTwo) {
    this.strings = new String[sizePowerOfTwo];
    this.hashes = new int[sizePowerOfTwo];
    this.lengths = new int[sizePowerOfTwo];
    this.texts = new char[sizePowerOfTwo * WIDTH];
    this.mask = sizePowerOfTwo - 1;
  }

  /** The cached string with exactly these characters, or null. */
  @Nullable String find(char[] chars, int offset, int length, int hash) {
    int slot = hash & mask;
    if (lengths[slot] != length || hashes[slot] != hash) {
      return null;
    }
    int at = slot * WIDTH;
    if (!Arrays.equals(texts, at, at + length, chars, offset, offset + length)) {
      return null;
    }
    return strings[slot];
  }

  /** Caches {@code text}, whose {@link IdCache#hash} this is, unless empty or longer than WIDTH. */
  void put(String text, int hash) {
    int length = text.length();
    if (length == 0 || length > WIDTH) {
      return;
    }
    int slot = hash & mask;
    text.getChars(0, length, texts, slot * WIDTH);
    strings[slot] = text;
    hashes[slot] = hash;
    lengths[slot] = length;
  }
}
