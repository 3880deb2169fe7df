package org.sitrep.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The value of an {@code x_} extension property, held as the JSON text it was read from.
 *
 * <p>The core module knows no wire format, so it does not interpret extension values; it keeps them
 * as compact JSON text ({@code null}, numbers, strings, arrays and objects alike) so that {@code
 * sitrep-io} writes them back unchanged.
 *
 * <p>Two values are equal when their texts are. Values read by {@code sitrep-io} are compact, so
 * the same JSON read twice compares equal; text given to {@link #ofJson(String)} is kept as given
 * (io checks it and writes it compact; malformed JSON is refused when written).
 *
 * <pre>{@code
 * ExtensionValue rank = ExtensionValue.ofJson("{\"rank\":3,\"note\":null}");
 * ExtensionValue label = ExtensionValue.ofString("verified by desk");
 * assert label.json().equals("\"verified by desk\"");
 * }</pre>
 */
public final class ExtensionValue {

  /** The JSON literal {@code null}. */
  public static final ExtensionValue NULL = new ExtensionValue("null");

  private final String json;

  private ExtensionValue(String json) {
    this.json = json;
  }

  /**
   * An extension value from JSON text. The text is not parsed here; {@code sitrep-io} checks it
   * when it writes.
   *
   * @param json a JSON value, e.g. {@code 42}, {@code "text"} or {@code {"a":1}}
   * @return the value
   */
  public static ExtensionValue ofJson(String json) {
    Objects.requireNonNull(json, "json");
    if (json.isBlank()) {
      throw new IllegalArgumentException("An extension value must be JSON text, was blank");
    }
    return "null".equals(json) ? NULL : new ExtensionValue(json);
  }

  /**
   * An extension value holding a JSON string.
   *
   * @param text the string, escaped here as JSON requires
   * @return the value
   */
  public static ExtensionValue ofString(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            // as Jackson writes it, so that a value read back equals the value written
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return new ExtensionValue(out.append('"').toString());
  }

  /** {@return the value as compact JSON text} */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof ExtensionValue extensionValue && json.equals(extensionValue.json));
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** The JSON text. */
  @Override
  public String toString() {
    return json;
  }
}
