package org.sitrep.validation.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One string per text among the reference targets seen lately, shared by the threads that hash
 * records ahead ({@link HashedTexts}): a target whose text is here is replaced by the string held
 * here, so that {@link SpilledIndex}'s front cache, which keeps the string an id was looked up
 * with, finds the next lookup of that id by identity, without reading a text made on another core
 * to compare it. The comparison moves to the thread hashing ahead, where the text is still in the
 * core's cache.
 *
 * <p>Direct-mapped by the text's hash, {@value #SIZE} entries, the last writer wins; any thread, no
 * locks. An entry is a whole immutable string, and a string that is not the one held only costs the
 * comparison this saves: answers never depend on it.
 *
 * <pre>{@code
 * CanonicalTexts shared = new CanonicalTexts();
 * String text = shared.of(target.toString(), hash); // an equal string held, or this one
 * }</pre>
 */
final class CanonicalTexts {

  private static final int BITS = 16;

  /** The entries. */
  static final int SIZE = 1 << BITS;

  private final AtomicReferenceArray<String> strings = new AtomicReferenceArray<>(SIZE);

  /**
   * The string held for a text, or the text itself, now held in its stead.
   *
   * @param text a text
   * @param hash its hash; the entry is taken from its high bits
   * @return a string equal to the text
   */
  String of(String text, long hash) {
    int slot = (int) (hash >>> (Long.SIZE - BITS));
    String held = strings.getAcquire(slot);
    if (held != null && held.equals(text)) {
      return held;
    }
    strings.setRelease(slot, text);
    return text;
  }
}
