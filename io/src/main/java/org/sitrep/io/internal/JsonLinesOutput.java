package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;

/**
 * The {@link Encoder}'s compact output for JSON Lines: UTF-8 straight into a byte buffer that is
 * written to the stream when full and on {@link #flush()}. It writes exactly the bytes
 * jackson-core's {@code UTF8JsonGenerator} writes with the codec's factory (a property test
 * compares them), without the generator's per-call state machine: names come pre-encoded with their
 * quotes, colon and comma ({@link PreEncoded}), a comma is due after any value, and strings are
 * escaped as the generator escapes them: {@code \"}, {@code \\}, the short escapes of {@code \b \t
 * \n \f \r}, backslash-u-00XX for the other control characters, and each surrogate (a pair's halves
 * apart, a lone one alike) as backslash-u-XXXX; every other character as its UTF-8 bytes. Numbers
 * are written by jackson-core's {@link NumberOutput}, with the factory's fast double writer
 * setting, and nesting is checked against the factory's {@link StreamWriteConstraints}, with its
 * message.
 *
 * <p>Not thread-safe: one per {@code RecordWriter}.
 */
public final class JsonLinesOutput implements JsonOutput {

  /** The size of the buffer, as jackson-core's generator has it. */
  private static final int BUFFER_SIZE = 8000;

  /** The most bytes one character becomes: a backslash-u-XXXX escape. */
  private static final int MAX_CHAR_BYTES = 6;

  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'
  };

  /**
   * For each ASCII character: 0 when it is written as itself, else the letter of its short escape,
   * or {@code 'u'} for backslash-u-00XX.
   */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\f'] = 'f';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
  }

  /** The most decimals {@link #plainDecimal} writes. */
  private static final int FRACTION_DIGITS = 8;

  private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  private static final long[] LONG_POWERS_OF_TEN = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L
  };

  private final OutputStream out;
  private final JsonFactory factory;
  private final StreamWriteConstraints constraints;
  private final int maxDepth;
  private final boolean fastDoubles;
  private final byte[] buffer = new byte[BUFFER_SIZE];

  /** The characters of the string being written, as many as the buffer takes at the worst. */
  private final char[] chars = new char[BUFFER_SIZE / MAX_CHAR_BYTES];

  private int position;

  /** Whether the next value or name is preceded by a comma: a value came last in its container. */
  private boolean comma;

  private int depth;

  /**
   * An output to {@code out}, configured like {@code factory}'s generators.
   *
   * @param out the stream the buffer goes to, not closed here
   * @param factory the codec's factory: its write constraints and double writer setting
   */
  JsonLinesOutput(OutputStream out, JsonFactory factory) {
    this.out = out;
    this.factory = factory;
    this.constraints = factory.streamWriteConstraints();
    this.maxDepth = constraints.getMaxNestingDepth();
    this.fastDoubles = factory.isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
  }

  /** Ends the line: a {@code '\n'}, after which a new root value begins. */
  public void endLine() throws IOException {
    ensure(1);
    buffer[position++] = '\n';
    comma = false;
  }

  /** Writes the buffer to the stream (without flushing the stream). */
  public void flush() throws IOException {
    if (position > 0) {
      out.write(buffer, 0, position);
      position = 0;
    }
  }

  @Override
  public void writeStartObject() throws IOException {
    open((byte) '{');
  }

  @Override
  public void writeStartArray() throws IOException {
    open((byte) '[');
  }

  private void open(byte bracket) throws IOException {
    if (++depth > maxDepth) {
      constraints.validateNestingDepth(depth);
    }
    ensure(2);
    if (comma) {
      buffer[position++] = ',';
    }
    buffer[position++] = bracket;
    comma = false;
  }

  @Override
  public void writeEndObject() throws IOException {
    close((byte) '}');
  }

  @Override
  public void writeEndArray() throws IOException {
    close((byte) ']');
  }

  private void close(byte bracket) throws IOException {
    ensure(1);
    buffer[position++] = bracket;
    depth--;
    comma = true;
  }

  @Override
  public void writeFieldName(PreEncoded name) throws IOException {
    preEncoded(name.bytes);
    comma = false;
  }

  @Override
  public void writeString(PreEncoded value) throws IOException {
    preEncoded(value.bytes);
    comma = true;
  }

  /** Copies pre-encoded bytes, from their comma when one is due, else from the byte after it. */
  private void preEncoded(byte[] bytes) throws IOException {
    int from = comma ? 0 : 1;
    int length = bytes.length - from;
    if (length > buffer.length - position) {
      flush();
    }
    System.arraycopy(bytes, from, buffer, position, length);
    position += length;
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    quoted(name);
    ensure(1);
    buffer[position++] = ':';
    comma = false;
  }

  @Override
  public void writeString(String value) throws IOException {
    quoted(value);
    comma = true;
  }

  @Override
  public void writeString(char[] text, int offset, int length) throws IOException {
    writeString(new String(text, offset, length));
  }

  @Override
  public void writeStringField(PreEncoded name, String value) throws IOException {
    byte[] nameBytes = name.bytes;
    int from = comma ? 0 : 1;
    int nameLength = nameBytes.length - from;
    int length = value.length();
    if ((long) length * MAX_CHAR_BYTES + nameLength + 2 > buffer.length - position) {
      writeFieldName(name); // near the buffer's end, or a long string: in parts
      writeString(value);
      return;
    }
    byte[] b = buffer;
    int p = position;
    System.arraycopy(nameBytes, from, b, p, nameLength);
    p += nameLength;
    b[p++] = '"';
    value.getChars(0, length, chars, 0);
    p = escape(chars, length, b, p);
    b[p++] = '"';
    position = p;
    comma = true;
  }

  @Override
  public void writeStringField(PreEncoded name, PreEncoded value) throws IOException {
    writeFieldName(name);
    writeString(value);
  }

  /**
   * The comma when one is due, then the string quoted and escaped, in parts that fit the buffer.
   */
  private void quoted(String s) throws IOException {
    ensure(2);
    byte[] b = buffer;
    int p = position;
    if (comma) {
      b[p++] = ',';
    }
    b[p++] = '"';
    int length = s.length();
    int i = 0;
    while (i < length) {
      int room = (b.length - p) / MAX_CHAR_BYTES;
      if (room == 0) {
        position = p;
        flush();
        p = 0;
        continue;
      }
      int end = Math.min(length, i + room);
      s.getChars(i, end, chars, 0);
      p = escape(chars, end - i, b, p);
      i = end;
    }
    position = p;
    ensure(1);
    buffer[position++] = '"';
  }

  /** Writes {@code count} characters escaped and as UTF-8; {@code b} has room for the worst. */
  private static int escape(char[] text, int count, byte[] b, int p) {
    for (int i = 0; i < count; i++) {
      char c = text[i];
      if (c < 0x80 && ESCAPES[c] == 0) {
        b[p++] = (byte) c;
      } else {
        p = encode(c, b, p);
      }
    }
    return p;
  }

  /** Writes a character that is not plain ASCII: escaped, or as its UTF-8 bytes. */
  private static int encode(char c, byte[] b, int p) {
    if (c < 0x80) {
      byte escape = ESCAPES[c];
      b[p++] = '\\';
      b[p++] = escape;
      if (escape == 'u') {
        b[p++] = '0';
        b[p++] = '0';
        b[p++] = HEX[c >> 4];
        b[p++] = HEX[c & 0xF];
      }
    } else if (c < 0x800) {
      b[p++] = (byte) (0xC0 | (c >> 6));
      b[p++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isSurrogate(c)) {
      b[p++] = '\\';
      b[p++] = 'u';
      b[p++] = HEX[c >> 12];
      b[p++] = HEX[(c >> 8) & 0xF];
      b[p++] = HEX[(c >> 4) & 0xF];
      b[p++] = HEX[c & 0xF];
    } else {
      b[p++] = (byte) (0xE0 | (c >> 12));
      b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      b[p++] = (byte) (0x80 | (c & 0x3F));
    }
    return p;
  }

  @Override
  public void writeNumber(int value) throws IOException {
    ensure(12); // a comma, a sign and ten digits
    if (comma) {
      buffer[position++] = ',';
    }
    position = NumberOutput.outputInt(value, buffer, position);
    comma = true;
  }

  @Override
  public void writeNumber(double value) throws IOException {
    if (fastDoubles) {
      ensure(1 + 1 + 7 + 1 + FRACTION_DIGITS); // a comma, a sign, the integer part, the fraction
      int end = plainDecimal(value, buffer, comma ? position + 1 : position);
      if (end > 0) {
        if (comma) {
          buffer[position] = ',';
        }
        position = end;
        comma = true;
        return;
      }
    }
    String text = NumberOutput.toString(value, fastDoubles);
    if (Double.isFinite(value)) {
      literal(text);
    } else {
      writeString(text); // "NaN" and the infinities quoted, as the generator writes them
    }
  }

  /**
   * Writes a double of at most {@link #FRACTION_DIGITS} decimals between 10^-3 and 10^7 (a
   * coordinate, say) as its shortest decimal without the string jackson-core's Schubfach writer
   * makes, and returns where it ends; returns -1 for any other double, which that writer writes.
   * The digits are the writer's: within that range it writes the integer part, a point and the
   * fraction, at least one digit ({@code Double.toString}'s format), of the shortest decimal that
   * rounds to the double. The decimal with the fewest fraction digits {@code k} whose nearest
   * double is the value is that one: it has at most 15 significant digits, so no other decimal of
   * as many digits rounds to the same double, and the product {@code |value| * 10^k} is within a
   * small fraction of that decimal's digits, so rounding it finds them.
   */
  static int plainDecimal(double value, byte[] b, int at) {
    double magnitude = Math.abs(value);
    if (!(magnitude >= 1e-3 && magnitude < 1e7)) { // NaN too
      return -1;
    }
    for (int k = 0; k <= FRACTION_DIGITS; k++) {
      long digits = (long) (magnitude * POWERS_OF_TEN[k] + 0.5);
      if (digits / POWERS_OF_TEN[k] == magnitude) {
        int p = at;
        if (value < 0) {
          b[p++] = '-';
        }
        p = NumberOutput.outputLong(digits / LONG_POWERS_OF_TEN[k], b, p);
        b[p++] = '.';
        if (k == 0) {
          b[p++] = '0';
          return p;
        }
        long fraction = digits % LONG_POWERS_OF_TEN[k];
        for (long unit = LONG_POWERS_OF_TEN[k - 1]; unit > 0; unit /= 10) {
          b[p++] = (byte) ('0' + fraction / unit % 10);
        }
        return p;
      }
    }
    return -1;
  }

  /** Through a generator of the factory: rare (investments), and its checks and text are exact. */
  @Override
  public void writeNumber(BigDecimal value) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(text)) {
      g.writeNumber(value);
    }
    literal(text.toString());
  }

  @Override
  public void writeNumber(String text) throws IOException {
    literal(text);
  }

  @Override
  public void writeBoolean(boolean value) throws IOException {
    literal(value ? "true" : "false");
  }

  @Override
  public void writeNull() throws IOException {
    literal("null");
  }

  /** A value written as its text, unquoted: a number or a literal. */
  private void literal(String text) throws IOException {
    if (comma) {
      ensure(1);
      buffer[position++] = ',';
    }
    ascii(text);
    comma = true;
  }

  /** Text that is ASCII by construction: a number's or a literal's. */
  private void ascii(String text) throws IOException {
    int length = text.length();
    for (int i = 0; i < length; ) {
      if (position == buffer.length) {
        flush();
      }
      int end = Math.min(length, i + buffer.length - position);
      for (; i < end; i++) {
        buffer[position++] = (byte) text.charAt(i);
      }
    }
  }

  private void ensure(int bytes) throws IOException {
    if (position + bytes > buffer.length) {
      flush();
    }
  }
}
