package org.sitrep.validation.internal;

/**
 * How a {@link CompactIndex} hashes an id's text. The index is exact whatever the hash: equal
 * hashes only send it to compare the texts. A good hash keeps those comparisons (reads from disk,
 * when the texts are spilled) to true matches; tests inject a degenerate one to force collisions.
 *
 * <pre>{@code
 * IdHash threeValues = text -> Math.floorMod(text.hashCode(), 3);
 * }</pre>
 */
@FunctionalInterface
public interface IdHash {

  /**
   * The 64-bit hash of the characters of the id's text, four characters a round, then Murmur3's
   * 64-bit finaliser: every bit of every character reaches every bit of the hash. Not {@link
   * String#hashCode()}, whose 32 bits collide about ten thousand times among ten million ids.
   */
  IdHash CHARACTERS = IdHash::characters;

  /**
   * {@return the hash of an id's text}
   *
   * @param text the id's text, {@code <kind>:<slug>}
   */
  long hash(String text);

  /** The default hash; see {@link #CHARACTERS}. */
  private static long characters(String text) {
    int n = text.length();
    long h = 0x9E3779B97F4A7C15L ^ n;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long word =
          text.charAt(i)
              | (long) text.charAt(i + 1) << 16
              | (long) text.charAt(i + 2) << 32
              | (long) text.charAt(i + 3) << 48;
      h = Long.rotateLeft(h ^ word * 0x87C37B91114253D5L, 31) * 0x4CF5AD432745937FL;
    }
    for (; i < n; i++) {
      h = (h ^ text.charAt(i)) * 0x100000001B3L;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    return h ^ (h >>> 33);
  }
}
