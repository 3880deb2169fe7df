package org.sitrep.io.internal;

/**
 * The flat arrays behind the reader's caches of values by their text ({@link IdCache}, {@link
 * StringCache}), two-way: a text lies in the slot its hash names or in the other slot of that pair
 * (a new text takes the other slot when its own is taken and the other free), so that two texts
 * whose hashes name the same slot do not push each other out. Per slot the text's hash and length
 * in one header word, then its Latin-1 characters as little-endian words ({@link ByteWords}), side
 * by side in one array (a lookup touches one stretch of memory, and a pair's two slots lie
 * together), so that a lookup on the line's bytes compares eight characters at a time, a lookup on
 * the parser's characters compares them in place, and neither reaches for an object but the value
 * it returns. Texts longer than the cache's width, or with a character above U+00FF, are not
 * cached. One per reader; not thread-safe.
 */
abstract sealed class FlatTextCache permits IdCache, StringCache {

  private final int width;

  /** The words of one slot: its header, then its text's words. */
  private final int stride;

  /**
   * The slots, {@link #stride} words each: a header (the text's hash in the high 32 bits, its
   * length in the low 32; 0 for an empty slot, as empty texts are not cached), then the text's
   * words, zero above its end. One array, so that a lookup reads one stretch of memory, not one per
   * array.
   */
  private final long[] slots;

  private final int mask;

  FlatTextCache(int sizePowerOfTwo, int width) {
    this.width = width;
    this.stride = 1 + (width + Long.BYTES - 1) / Long.BYTES;
    this.slots = new long[sizePowerOfTwo * stride];
    this.mask = sizePowerOfTwo - 1;
  }

  /** The header of a slot holding a text of this hash and (non-zero) length. */
  private static long header(int hash, int length) {
    return (long) hash << 32 | length;
  }

  /**
   * The slot holding exactly these characters, whose {@link ByteWords#hash(char[], int, int)} this
   * is, or -1.
   */
  final int slotOf(char[] chars, int offset, int length, int hash) {
    if (length == 0) {
      return -1;
    }
    int slot = hash & mask;
    if (holds(slot, chars, offset, length, hash)) {
      return slot;
    }
    slot = partner(slot);
    return holds(slot, chars, offset, length, hash) ? slot : -1;
  }

  private boolean holds(int slot, char[] chars, int offset, int length, int hash) {
    int at = slot * stride;
    if (slots[at] != header(hash, length)) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      long stored = slots[at + 1 + (i >>> 3)] >>> ((i & 7) << 3) & 0xff;
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
    if (length == 0) {
      return -1;
    }
    int slot = hash & mask;
    if (holds(slot, bytes, offset, length, hash)) {
      return slot;
    }
    slot = partner(slot);
    return holds(slot, bytes, offset, length, hash) ? slot : -1;
  }

  private boolean holds(int slot, byte[] bytes, int offset, int length, int hash) {
    int at = slot * stride;
    if (slots[at] != header(hash, length)) {
      return false;
    }
    for (int i = 0; i < length; i += Long.BYTES) {
      long word = ByteWords.word(bytes, offset + i, Math.min(Long.BYTES, length - i));
      if (slots[at + 1 + (i >>> 3)] != word) {
        return false;
      }
    }
    return true;
  }

  /** The other slot of a text's pair: a text lies in the slot of its hash or in this one. */
  private int partner(int slot) {
    return (slot ^ 1) & mask;
  }

  private boolean isFree(int slot) {
    return slots[slot * stride] == 0;
  }

  /**
   * Where a text not in the cache goes: the slot of its hash, unless that is taken and the other of
   * the pair is free.
   */
  private int freeSlot(int hash) {
    int slot = hash & mask;
    return !isFree(slot) && isFree(partner(slot)) ? partner(slot) : slot;
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
    int at = slot * stride;
    long word = 0;
    for (int i = length - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c > 0xff) {
        slots[at] = 0; // the slot's words are half overwritten: empty it
        return -1;
      }
      word = word << 8 | c;
      if ((i & 7) == 0) {
        slots[at + 1 + (i >>> 3)] = word;
        word = 0;
      }
    }
    slots[at] = header(hash, length);
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
    int at = slot * stride;
    for (int i = 0; i < length; i += Long.BYTES) {
      slots[at + 1 + (i >>> 3)] =
          ByteWords.word(bytes, offset + i, Math.min(Long.BYTES, length - i));
    }
    slots[at] = header(hash, length);
    return slot;
  }
}
