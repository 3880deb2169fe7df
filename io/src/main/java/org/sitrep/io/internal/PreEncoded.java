package org.sitrep.io.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Arrays;

/**
 * A property name or a string value encoded once for both {@link JsonOutput}s: a jackson-core
 * {@link SerializableString} for a generator, and the escaped UTF-8 bytes {@link JsonLinesOutput}
 * copies, comma first ({@code ,"name":} for a name, {@code ,"value"} for a value; the comma is
 * skipped where none is due).
 */
final class PreEncoded {

  final SerializableString text;
  final byte[] bytes;

  private PreEncoded(String text, boolean name) {
    this.text = new SerializedString(text);
    byte[] quoted = this.text.asQuotedUTF8();
    byte[] encoded = Arrays.copyOf(new byte[] {',', '"'}, quoted.length + (name ? 4 : 3));
    System.arraycopy(quoted, 0, encoded, 2, quoted.length);
    encoded[quoted.length + 2] = '"';
    if (name) {
      encoded[quoted.length + 3] = ':';
    }
    this.bytes = encoded;
  }

  /** A property name. */
  static PreEncoded name(String name) {
    return new PreEncoded(name, true);
  }

  /** A string value, such as an enumeration's wire name. */
  static PreEncoded value(String value) {
    return new PreEncoded(value, false);
  }
}
