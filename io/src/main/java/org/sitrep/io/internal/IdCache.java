package org.sitrep.io.internal;

import org.jspecify.annotations.Nullable;
import org.sitrep.core.Id;

/**
 * A small direct-mapped cache of ids by their text, looked up on the parser's characters so that a
 * reference seen before costs neither a {@code String} nor an {@code Id}; the texts are kept flat
 * ({@link FlatTextCache}), ids longer than {@link #WIDTH} characters are not cached. One per
 * reader; not thread-safe.
 */
final class IdCache extends FlatTextCache {

  /** The longest id text cached; the characters a slot holds. */
  static final int WIDTH = 48;

  private final @Nullable Id<?>[] ids;

  IdCache(int sizePowerOfTwo) {
    super(sizePowerOfTwo, WIDTH);
    this.ids = new Id<?>[sizePowerOfTwo];
  }

  /** The cached id with exactly these characters, or null. */
  @Nullable Id<?> find(char[] chars, int offset, int length, int hash) {
    int slot = slotOf(chars, offset, length, hash);
    return slot < 0 ? null : ids[slot];
  }

  /** The cached id with exactly the characters of these ASCII bytes, or null. */
  @Nullable Id<?> find(byte[] bytes, int offset, int length, int hash) {
    int slot = slotOf(bytes, offset, length, hash);
    return slot < 0 ? null : ids[slot];
  }

  /**
   * Caches {@code id}, read from the text of these ASCII bytes whose {@link ByteWords#hash(byte[],
   * int, int)} this is, unless it is longer than WIDTH.
   */
  void put(Id<?> id, byte[] bytes, int offset, int length, int hash) {
    int slot = store(bytes, offset, length, hash);
    if (slot >= 0) {
      ids[slot] = id;
    }
  }

  /**
   * Caches {@code id}, whose text has this {@link ByteWords#hash(char[], int, int)}, unless it is
   * longer than WIDTH.
   */
  void put(Id<?> id, int hash) {
    int slot = store(id.toString(), hash);
    if (slot >= 0) {
      ids[slot] = id;
    }
  }
}
