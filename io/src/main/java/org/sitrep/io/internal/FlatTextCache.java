package org.sitrep.io.internal;

import java.util.Arrays;

/**
 * The flat arrays behind the reader's direct-mapped caches of values by their text ({@link
 * IdCache}, {@link StringCache}): per slot the text's hash, its length and its characters side by
 * side, so that a lookup on the parser's characters compares them in place and reaches for no
 * object but the value it returns. Texts longer than the cache's width are not cached. One per
 * reader; not thread-safe.
 */
abstract sealed class FlatTextCache permits IdCache, StringCache {

  private final int width;
  private final int[] hashes;

  /** The length of each slot's text; 0 for an empty slot (empty texts are not cached). */
  private final int[] lengths;

  /** The texts, {@link #width} characters a slot. */
  private final char[] texts;

  private final int mask;

  FlatTextCache(int sizePowerOfTwo, int width) {
    this.width = width;
    this.hashes = new int[sizePowerOfTwo];
    this.lengths = new int[sizePowerOfTwo];
    this.texts = new char[sizePowerOfTwo * width];
    this.mask = sizePowerOfTwo - 1;
  }

  /** The slot holding exactly these characters, whose {@link #hash} this is, or -1. */
  final int slotOf(char[] chars, int offset, int length, int hash) {
    int slot = hash & mask;
    if (lengths[slot] != length || hashes[slot] != hash) {
      return -1;
    }
    int at = slot * width;
    if (!Arrays.equals(texts, at, at + length, chars, offset, offset + length)) {
      return -1;
    }
    return slot;
  }

  /**
   * The slot holding exactly the characters of these Latin-1 (here ASCII) bytes, whose {@link
   * #hash(byte[], int, int)} this is, or -1.
   */
  final int slotOf(byte[] bytes, int offset, int length, int hash) {
    int slot = hash & mask;
    if (lengths[slot] != length || hashes[slot] != hash) {
      return -1;
    }
    for (int i = 0, at = slot * width; i < length; i++) {
      if (texts[at + i] != (char) (bytes[offset + i] & 0xff)) {
        return -1;
      }
    }
    return slot;
  }

  /**
   * Stores a text, whose {@link #hash} this is, in its slot.
   *
   * @return the slot, for the value to go beside it, or -1 when the text is empty or wider than the
   *     cache
   */
  final int store(String text, int hash) {
    int length = text.length();
    if (length == 0 || length > width) {
      return -1;
    }
    int slot = hash & mask;
    text.getChars(0, length, texts, slot * width);
    hashes[slot] = hash;
    lengths[slot] = length;
    return slot;
  }

  /** The hash the caches are keyed by, of a text given as characters. */
  static int hash(char[] chars, int offset, int length) {
    // the polynomial 31 * h + c four characters a step, with independent multiplies: same value
    int h = 0;
    int i = offset;
    int end = offset + length;
    for (; i + 4 <= end; i += 4) {
      h =
          31 * 31 * 31 * 31 * h
              + 31 * 31 * 31 * chars[i]
              + 31 * 31 * chars[i + 1]
              + 31 * chars[i + 2]
              + chars[i + 3];
    }
    for (; i < end; i++) {
      h = 31 * h + chars[i];
    }
    return h ^ (h >>> 16);
  }

  /** {@link #hash(char[], int, int)} of the characters of Latin-1 (here ASCII) bytes. */
  static int hash(byte[] bytes, int offset, int length) {
    int h = 0;
    int i = offset;
    int end = offset + length;
    for (; i + 4 <= end; i += 4) {
      h =
          31 * 31 * 31 * 31 * h
              + 31 * 31 * 31 * (bytes[i] & 0xff)
              + 31 * 31 * (bytes[i + 1] & 0xff)
              + 31 * (bytes[i + 2] & 0xff)
              + (bytes[i + 3] & 0xff);
    }
    for (; i < end; i++) {
      h = 31 * h + (bytes[i] & 0xff);
    }
    return h ^ (h >>> 16);
  }
}
