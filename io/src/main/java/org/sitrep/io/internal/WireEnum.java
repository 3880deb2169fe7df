package org.sitrep.io.internal;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The wire names of an enumeration, matched on the parser's characters or on the line's bytes
 * (eight at a time) without allocating.
 *
 * @param <E> the enumeration
 */
final class WireEnum<E extends Enum<E>> {

  private final E[] constants;
  private final char[][] names;

  /**
   * The names as little-endian words of their bytes ({@link ByteWords}), {@link #stride} words a
   * name, zero past its end.
   */
  private final long[] words;

  private final int stride;

  /** The length of each name; -1 for a name that is not ASCII, which no bytes match. */
  private final int[] asciiLengths;

  /**
   * The constants of ASCII names by the {@link ByteWords} hash of their names, open addressing:
   * index + 1, 0 when empty.
   */
  private final int[] byHash;

  /** The constants by {@link #slot} of their names, open addressing: index + 1, 0 when empty. */
  private final int[] table;

  private final int mask;
  private final String what;
  private final String expected;

  WireEnum(String what, E[] constants, Function<E, String> wireName) {
    this.what = what;
    this.constants = constants;
    this.names = new char[constants.length][];
    StringBuilder list = new StringBuilder();
    int longest = 0;
    for (int i = 0; i < constants.length; i++) {
      String name = wireName.apply(constants[i]);
      names[i] = name.toCharArray();
      longest = Math.max(longest, name.length());
      list.append(i == 0 ? "" : i == constants.length - 1 ? " or " : ", ").append(name);
    }
    this.expected = list.toString();
    this.table = new int[Integer.highestOneBit(Math.max(constants.length, 1) * 4) * 2];
    this.mask = table.length - 1;
    this.byHash = new int[table.length];
    this.stride = (longest + Long.BYTES - 1) / Long.BYTES;
    this.words = new long[constants.length * stride];
    this.asciiLengths = new int[constants.length];
    for (int i = 0; i < constants.length; i++) {
      char[] name = names[i];
      int at =
          name.length == 0
              ? 0
              : slot(name.length, name[0], name[name.length >>> 1], name[name.length - 1]) & mask;
      while (table[at] != 0) {
        at = (at + 1) & mask;
      }
      table[at] = i + 1;
      asciiLengths[i] = -1;
      if (new String(name).chars().allMatch(c -> c < 0x80)) {
        asciiLengths[i] = name.length;
        for (int k = 0; k < name.length; k += Long.BYTES) {
          words[i * stride + k / Long.BYTES] =
              ByteWords.word(name, k, Math.min(Long.BYTES, name.length - k));
        }
        at = ByteWords.hash(name, 0, name.length) & mask;
        while (byHash[at] != 0) {
          at = (at + 1) & mask;
        }
        byHash[at] = i + 1;
      }
    }
  }

  /**
   * Where a name of at least one character is looked for first (an empty one: 0): mixes its length
   * and its first, middle and last characters.
   */
  private static int slot(int length, int first, int middle, int last) {
    int h = length * 0x9E3779B1 ^ first * 0x85EBCA6B ^ middle * 0xC2B2AE35 ^ last * 0x27D4EB2F;
    return h ^ (h >>> 15);
  }

  /** The constant with this wire name, or null. */
  @Nullable E match(char[] chars, int offset, int length) {
    int start =
        length == 0
            ? 0
            : slot(
                length, chars[offset], chars[offset + (length >>> 1)], chars[offset + length - 1]);
    for (int at = start & mask; ; at = (at + 1) & mask) {
      int entry = table[at];
      if (entry == 0) {
        return null;
      }
      char[] name = names[entry - 1];
      if (name.length == length && same(name, chars, offset)) {
        return constants[entry - 1];
      }
    }
  }

  /**
   * The constant whose wire name is the text of these ASCII bytes, whose {@link
   * ByteWords#hash(byte[], int, int)} this is, or null: {@link #match(char[], int, int)} of their
   * characters.
   */
  @Nullable E match(byte[] bytes, int offset, int length, int hash) {
    for (int at = hash & mask; ; at = (at + 1) & mask) {
      int entry = byHash[at];
      if (entry == 0) {
        return null;
      }
      int i = entry - 1;
      if (asciiLengths[i] == length && same(i * stride, bytes, offset, length)) {
        return constants[i];
      }
    }
  }

  private boolean same(int from, byte[] bytes, int offset, int length) {
    for (int k = 0; k < length; k += Long.BYTES) {
      long word = ByteWords.word(bytes, offset + k, Math.min(Long.BYTES, length - k));
      if (words[from + k / Long.BYTES] != word) {
        return false;
      }
    }
    return true;
  }

  /** The constant with this wire name, or null. */
  @Nullable E match(String text) {
    return match(text.toCharArray(), 0, text.length());
  }

  private static boolean same(char[] name, char[] chars, int offset) {
    for (int i = 0; i < name.length; i++) {
      if (name[i] != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** What the values name, e.g. {@code "actor kind"}. */
  String what() {
    return what;
  }

  /** The allowed wire names, e.g. {@code "a, b or c"}. */
  /**
   * The wire name a mistaken value most likely meant: the same but for case and {@code _}, space or
   * {@code /} for {@code -} ({@code ARMED_GROUP}, {@code Armed group}); else the closest within two
   * edits; null when none is that close.
   */
  @Nullable String closest(String text) {
    String plain = text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[_ /]+", "-");
    String best = null;
    int bestDistance = 3;
    for (char[] name : names) {
      String wire = new String(name);
      if (wire.equals(plain)) {
        return wire;
      }
      int distance = PropertySuggestions.distance(plain, wire);
      if (distance < bestDistance) {
        best = wire;
        bestDistance = distance;
      }
    }
    return best;
  }

  String expected() {
    return expected;
  }
}
