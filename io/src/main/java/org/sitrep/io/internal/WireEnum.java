package org.sitrep.io.internal;

import java.util.function.Function;

/**
 * The wire names of an enumeration, matched on the parser's characters without allocating.
 *
 * @param <E> the enumeration
 */
final class WireEnum<E extends Enum<E>> {

  private final E[] constants;
  private final char[][] names;
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
  }

  /** The constant with this wire name, or null. */
  E match(char[] chars, int offset, int length) {
    for (int i = 0; i < names.length; i++) {
      char[] name = names[i];
      if (name.length == length && same(name, chars, offset)) {
        return constants[i];
      }
    }
    return null;
  }

  /** The constant with this wire name, or null. */
  E match(String text) {
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
  String expected() {
    return expected;
  }
}
