package org.sitrep.tabular.internal;

import org.sitrep.core.ExtensionValue;

/** Text in and out of CSV cells: the spreadsheet formula guard and extension values as text. */
public final class Cells {

  private Cells() {}

  /**
   * A text cell a spreadsheet will not run as a formula: a cell starting with {@code =}, {@code +},
   * {@code -}, {@code @}, tab or carriage return gets a leading {@code '}, as OWASP's CSV injection
   * guidance recommends. Apply it to text only, never to numbers Sitrep writes.
   */
  public static String neutralise(String text) {
    return isTrigger(text, 0) ? "'" + text : text;
  }

  /** Undoes {@link #neutralise}: {@code '=SUM(A1)} reads as {@code =SUM(A1)}. */
  public static String restore(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && isTrigger(cell, 1)
        ? cell.substring(1)
        : cell;
  }

  private static boolean isTrigger(String text, int at) {
    if (text.length() <= at) {
      return false;
    }
    char c = text.charAt(at);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * The text of an extension value: a JSON string decoded, any other JSON value as written ({@code
   * 586}, {@code true}).
   */
  public static String text(ExtensionValue value) {
    String json = value.json();
    if (json.length() < 2 || json.charAt(0) != '"') {
      return json;
    }
    StringBuilder out = new StringBuilder(json.length());
    for (int i = 1; i < json.length() - 1; i++) {
      char c = json.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = json.charAt(++i);
      switch (escaped) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(escaped);
      }
    }
    return out.toString();
  }
}
