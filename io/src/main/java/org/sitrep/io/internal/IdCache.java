package org.sitrep.io.internal;

import org.jspecify.annotations.Nullable;
import org.sitrep.core.Id;

/**
 * A small direct-mapped cache of ids by their text, looked up on the parser's characters so that a
 * reference seen before costs neither a {@code String} nor an {@code Id}. One per reader; not
 * thread-safe.
 */
final class IdCache {

  private final Id<?>[] slots;
  private final int mask;

  IdCache(int sizePowerOfTwo) {
    this.slots = new Id<?>[sizePowerOfTwo];
    this.mask = sizePowerOfTwo - 1;
  }

  /** The cached id with exactly these characters, or null. */
  @Nullable Id<?> find(char[] chars, int offset, int length, int hash) {
    Id<?> id = slots[hash & mask];
    if (id == null) {
      return null;
    }
    String text = id.toString();
    if (text.length() != length) {
      return null;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != chars[offset + i]) {
        return null;
      }
    }
    return id;
  }

  void put(Id<?> id, int hash) {
    slots[hash & mask] = id;
  }

  static int hash(char[] chars, int offset, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[offset + i];
    }
    return h ^ (h >>> 16);
  }
}
