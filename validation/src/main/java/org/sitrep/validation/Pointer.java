package org.sitrep.validation;

/**
 * Builds JSON pointers (RFC 6901) from property names and list indexes, relative to a record. Take
 * the names from {@link org.sitrep.core.PropertyNames}, so that pointers use the wire's property
 * names; {@code ~} and {@code /} in a segment are escaped.
 *
 * <pre>{@code
 * String pointer = Pointer.of(PropertyNames.PERPETRATORS, 1, PropertyNames.ACTOR);
 * // "/perpetrators/1/actor"
 * }</pre>
 */
public final class Pointer {

  /** The pointer to the record itself: the empty string. */
  public static final String ROOT = "";

  private Pointer() {}

  /**
   * The pointer made of these segments, in order.
   *
   * @param segments property names (strings) and list indexes (integers)
   * @return the pointer, e.g. {@code /casualties/breakdowns/0/killed}
   */
  public static String of(Object... segments) {
    StringBuilder out = new StringBuilder(16 * segments.length);
    for (Object segment : segments) {
      out.append('/');
      String text = segment.toString();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '~') {
          out.append("~0");
        } else if (c == '/') {
          out.append("~1");
        } else {
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /**
   * Orders pointers segment by segment, indexes by number: {@code /a/2} before {@code /a/10}, and a
   * pointer before the pointers below it.
   */
  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = segmentEnd(a, i + 1);
      int endB = segmentEnd(b, j + 1);
      int bySegment = compareSegments(a, i + 1, endA, b, j + 1, endB);
      if (bySegment != 0) {
        return bySegment;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int segmentEnd(String pointer, int from) {
    int slash = pointer.indexOf('/', from);
    return slash < 0 ? pointer.length() : slash;
  }

  private static int compareSegments(String a, int fromA, int toA, String b, int fromB, int toB) {
    if (isNumber(a, fromA, toA) && isNumber(b, fromB, toB)) {
      int byLength = Integer.compare(toA - fromA, toB - fromB);
      if (byLength != 0) {
        return byLength;
      }
    }
    int length = Math.min(toA - fromA, toB - fromB);
    for (int k = 0; k < length; k++) {
      int byChar = Character.compare(a.charAt(fromA + k), b.charAt(fromB + k));
      if (byChar != 0) {
        return byChar;
      }
    }
    return Integer.compare(toA - fromA, toB - fromB);
  }

  private static boolean isNumber(String text, int from, int to) {
    if (from == to || (text.charAt(from) == '0' && to - from > 1)) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
