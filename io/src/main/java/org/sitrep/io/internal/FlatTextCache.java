package org.sitrep.io.internal;

/**
 * The flat arrays behind the reader's caches of values by their text ({@link IdCache}, {@link
 * StringCache}), two-way: a text lies in the slot its hash names or in the other slot of that pair
 * (a new text takes the other slot when its own is taken and the other free), so that two texts
 * whose hashes name the same slot do not push each other out. Per slot the text's hash, its length
 * and its Latin-1 characters as little-endian words ({@link ByteWords}) side by side, so that a
 * lookup on the line's bytes compares eight characters at a time, a lookup on the parser's
 * characters compares them in place, and neither reaches for an object but the value it returns.
 * Texts longer than the cache's width, or with a character above U+00FF, are not cached. One per
 * reader; not thread-safe.
 */
abstract sealed class FlatTextCache permits IdCache, StringCache {

  private final int width;
  private final int wordsPerSlot;
  private final int[] hashes;

  /** The length of each slot's text; 0 for an empty slot (empty texts are not cached). */
  private final int[] lengths;

  /** The texts, {@link #wordsPerSlot} words a slot, zero above each text's end. */
  private final long[] texts;

  private final int mask;

  FlatTextCache(int sizePowerOfTwo, int width) {
    this.width = width;
    this.wordsPerSlot = (width + Long.BYTES - 1) / Long.BYTES;
    this.hashes = new int[sizePowerOfTwo];
    this.lengths = new int[sizePowerOfTwo];
    this.texts = new long[sizePowerOfTwo * wordsPerSlot];
    this.mask = sizePowerOfTwo - 1;
  }

  /**
   * The slot holding exactly these characters, whose {@link ByteWords#hash(char[], int, int)} this
   * is, or -1.
   */
  final int slotOf(char[] chars, int offset, int length, int hash) {
    int slot = hash & mask;
    if (holds(slot, chars, offset, length, hash)) {
      return slot;
    }
    slot = partner(slot);
    return holds(slot, chars, offset, length, hash) ? slot : -1;
  }

  private boolean holds(int slot, char[] chars, int offset, int length, int hash) {
    if (lengths[slot] != length || hashes[slot] != hash) {
      return false;
    }
    int at = slot * wordsPerSlot;
    for (int i = 0; i < length; i++) {
      long stored = texts[at + (i >>> 3)] >>> ((i & 7) << 3) & 0xff;
      if (chars[offset + i] != stored) {
        return false;
      }
    }
    return true;
  }

  /**
   * The slot holding exactly the characters of these Latin-1 (here ASCII) bytes, whose {@link
   * ByteWords#hash(byte[], int, int)} this is, or -1.
   */
  final int slotOf(byte[] bytes, int offset, int length, int hash) {
    int slot = hash & mask;
    if (holds(slot, bytes, offset, length, hash)) {
      return slot;
    }
    slot = partner(slot);
    return holds(slot, bytes, offset, length, hash) ? slot : -1;
  }

  private boolean holds(int slot, byte[] bytes, int offset, int length, int hash) {
    if (lengths[slot] != length || hashes[slot] != hash) {
      return false;
    }
    int at = slot * wordsPerSlot;
    for (int i = 0; i < length; i += Long.BYTES) {
      long word = ByteWords.word(bytes, offset + i, Math.min(Long.BYTES, length - i));
      if (texts[at + (i >>> 3)] != word) {
        return false;
      }
    }
    return true;
  }

  /** The other slot of a text's pair: a text lies in the slot of its hash or in this one. */
  private int partner(int slot) {
    return (slot ^ 1) & mask;
  }

  /**
   * Where a text not in the cache goes: the slot of its hash, unless that is taken and the other of
   * the pair is free.
   */
  private int freeSlot(int hash) {
    int slot = hash & mask;
    return lengths[slot] != 0 && lengths[partner(slot)] == 0 ? partner(slot) : slot;
  }

  /**
   * Stores a text that is not in the cache, whose {@link ByteWords#hash(char[], int, int)} this is,
   * in a slot of its pair.
   *
   * @return the slot, for the value to go beside it, or -1 when the text is empty, wider than the
   *     cache or not Latin-1
   */
  final int store(String text, int hash) {
    int length = text.length();
    if (length == 0 || length > width) {
      return -1;
    }
    int slot = freeSlot(hash);
    int at = slot * wordsPerSlot;
    long word = 0;
    for (int i = length - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c > 0xff) {
        lengths[slot] = 0; // the slot's words are half overwritten: empty it
        return -1;
      }
      word = word << 8 | c;
      if ((i & 7) == 0) {
        texts[at + (i >>> 3)] = word;
        word = 0;
      }
    }
    hashes[slot] = hash;
    lengths[slot] = length;
    return slot;
  }

  /**
   * Stores the text of these ASCII bytes, whose {@link ByteWords#hash(byte[], int, int)} this is,
   * in its slot, like {@link #store(String, int)} of their characters.
   *
   * @return the slot, for the value to go beside it, or -1 when the text is empty or wider than the
   *     cache
   */
  final int store(byte[] bytes, int offset, int length, int hash) {
    if (length == 0 || length > width) {
      return -1;
    }
    int slot = freeSlot(hash);
    int at = slot * wordsPerSlot;
    for (int i = 0; i < length; i += Long.BYTES) {
      texts[at + (i >>> 3)] = ByteWords.word(bytes, offset + i, Math.min(Long.BYTES, length - i));
    }
    hashes[slot] = hash;
    lengths[slot] = length;
    return slot;
  }
}
