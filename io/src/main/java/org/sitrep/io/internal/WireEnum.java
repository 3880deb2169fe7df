package org.sitrep.io.internal;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The wire names of an enumeration, matched on the parser's characters without allocating.
 *
 * @param <E> the enumeration
 */
final class WireEnum<E extends Enum<E>> {

  private final E[] constants;
  private final char[][] names;

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
    for (int i = 0; i < constants.length; i++) {
      String name = wireName.apply(constants[i]);
      names[i] = name.toCharArray();
      list.append(i == 0 ? "" : i == constants.length - 1 ? " or " : ", ").append(name);
    }
    this.expected = list.toString();
    this.table = new int[Integer.highestOneBit(Math.max(constants.length, 1) * 4) * 2];
    this.mask = table.length - 1;
    for (int i = 0; i < constants.length; i++) {
      int at = slot(names[i], 0, names[i].length) & mask;
      while (table[at] != 0) {
        at = (at + 1) & mask;
      }
      table[at] = i + 1;
    }
  }

  /** Where a name is looked for first: mixes its length and its first, middle and last chars. */
  private static int slot(char[] chars, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int h =
        length * 0x9E3779B1
            ^ chars[offset] * 0x85EBCA6B
            ^ chars[offset + (length >>> 1)] * 0xC2B2AE35
            ^ chars[offset + length - 1] * 0x27D4EB2F;
    return h ^ (h >>> 15);
  }

  /** The constant with this wire name, or null. */
  @Nullable E match(char[] chars, int offset, int length) {
    for (int at = slot(chars, offset, length) & mask; ; at = (at + 1) & mask) {
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
