package org.sitrep.io.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Id;

/**
 * A small direct-mapped cache of ids by their text, looked up on the parser's characters so that a
 * reference seen before costs neither a {@code String} nor an {@code Id}. The texts are kept in
 * flat arrays (a slot's hash, length and characters side by side), so that a lookup compares them
 * in place and reaches for no object but the {@code Id} it returns; ids longer than {@link #WIDTH}
 * characters are not cached. One per reader; not thread-safe.
 */
final class IdCache {

  /** The longest id text cached; the characters a slot holds. */
  static final int WIDTH = 48;

  private final @Nullable Id<?>[] ids;
  private final int[] hashes;

  /** The length of each slot's text; 0 for an empty slot (no id is empty). */
  private final int[] lengths;

  /** The texts, {@link #WIDTH} characters a slot. */
  private final char[] texts;

  private final int mask;

  IdCache(int sizePowerOfTwo) {
    this.ids = new Id<?>[sizePowerOfTwo];
    this.hashes = new int[sizePowerOfTwo];
    this.lengths = new int[sizePowerOfTwo];
    this.texts = new char[sizePowerOfTwo * WIDTH];
    this.mask = sizePowerOfTwo - 1;
  }

  /** The cached id with exactly these characters, or null. */
  @Nullable Id<?> find(char[] chars, int offset, int length, int hash) {
    int slot = hash & mask;
    if (lengths[slot] != length || hashes[slot] != hash) {
      return null;
    }
    int at = slot * WIDTH;
    if (!Arrays.equals(texts, at, at + length, chars, offset, offset + length)) {
      return null;
    }
    return ids[slot];
  }

  /** Caches {@code id}, whose text has this {@link #hash}, unless it is longer than WIDTH. */
  void put(Id<?> id, int hash) {
    String text = id.toString();
    int length = text.length();
    if (length == 0 || length > WIDTH) {
      return;
    }
    int slot = hash & mask;
    text.getChars(0, length, texts, slot * WIDTH);
    ids[slot] = id;
    hashes[slot] = hash;
    lengths[slot] = length;
  }

  static int hash(char[] chars, int offset, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[offset + i];
    }
    return h ^ (h >>> 16);
  }
}
