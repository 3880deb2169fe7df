package org.sitrep.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonLinesOutput} writes the bytes jackson-core's generator of the same codec writes, for
 * the same calls: random sequences of every call, with strings of every escape class (control
 * characters, quotes, backslashes, {@code \u007f}, two- and three-byte characters, {@code \u2028},
 * surrogate pairs and lone surrogates), any double (infinities and NaN included), strings longer
 * than the buffer, and values that end exactly at the buffer's end.
 */
class JsonLinesOutputTest {

  private static final JsonCodec CODEC =
      new JsonCodec(true, false, false, StreamReadConstraints.defaults(), 1 << 20);

  private static final PreEncoded[] NAMES = {
    PreEncoded.name("type"), PreEncoded.name("x"), PreEncoded.name("ünï\"cödé\u2028\uD83D\uDE00")
  };
  private static final PreEncoded[] VALUES = {
    PreEncoded.value("incident"), PreEncoded.value(""), PreEncoded.value("a\\b\n\u00e9")
  };

  /** Characters of every class the escaping tells apart. */
  private static char character(Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> (char) random.nextInt(0x20); // control characters
      case 1 -> "\"\\/\u007f".charAt(random.nextInt(4));
      case 2 -> (char) (0x80 + random.nextInt(0x780)); // two bytes
      case 3 -> (char) (0x800 + random.nextInt(0xD000)); // three bytes, below the surrogates
      case 4 -> (char) (0xD800 + random.nextInt(0x800)); // a surrogate, paired or not
      case 5 -> (char) (0xE000 + random.nextInt(0x2000)); // three bytes, above the surrogates
      case 6 -> "\u2028\u2029\ufeff\uffff".charAt(random.nextInt(4));
      default -> (char) (0x20 + random.nextInt(0x5F)); // printable ASCII
    };
  }

  private static String string(Random random) {
    int length =
        switch (random.nextInt(40)) {
          case 0 -> 1000 + random.nextInt(20_000); // longer than the buffer
          case 1 -> 0;
          default -> random.nextInt(40);
        };
    StringBuilder text = new StringBuilder(length);
    boolean plain = random.nextInt(3) == 0; // mostly printable ASCII, as most values are
    for (int i = 0; i < length; i++) {
      if (plain && random.nextInt(50) != 0) {
        text.append((char) (0x20 + random.nextInt(0x5F)));
      } else if (random.nextInt(8) == 0) {
        text.append("\uD83D\uDE00"); // a pair
      } else {
        text.append(character(random));
      }
    }
    return text.toString();
  }

  private static double number(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> Double.longBitsToDouble(random.nextLong());
      case 1 ->
          new double[] {
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE,
                Double.MAX_VALUE,
                Double.MIN_NORMAL,
                -0.0,
                0.0,
                1e22,
                1e-7,
                1e7
              }
              [random.nextInt(11)];
      case 2 -> (random.nextDouble() - 0.5) * 360;
      default -> Math.round((random.nextDouble() - 0.5) * 1_800_000) / 10_000.0;
    };
  }

  /** One random call, to both outputs, keeping the JSON well formed. */
  private static void call(Random random, JsonOutput out, int depth, boolean inObject)
      throws IOException {
    if (inObject) {
      switch (random.nextInt(4)) {
        case 0 -> out.writeFieldName(NAMES[random.nextInt(NAMES.length)]);
        case 1 -> out.writeFieldName(string(random));
        case 2 -> {
          out.writeStringField(NAMES[random.nextInt(NAMES.length)], string(random));
          return;
        }
        default -> {
          out.writeStringField(
              NAMES[random.nextInt(NAMES.length)], VALUES[random.nextInt(VALUES.length)]);
          return;
        }
      }
    }
    switch (random.nextInt(depth < 4 ? 13 : 11)) {
      case 0 -> out.writeString(string(random));
      case 1 -> out.writeString(VALUES[random.nextInt(VALUES.length)]);
      case 2 -> {
        char[] text = ("<<" + string(random) + ">>").toCharArray();
        out.writeString(text, 2, text.length - 4);
      }
      case 3 -> out.writeNumber(random.nextInt());
      case 4 -> out.writeNumber(random.nextInt(200) - 100);
      case 5, 6 -> out.writeNumber(number(random));
      case 7 ->
          out.writeNumber(new BigDecimal(new BigInteger(70, random), random.nextInt(40) - 20));
      case 8 -> out.writeNumber(Integer.toString(random.nextInt()) + "e-5");
      case 9 -> out.writeBoolean(random.nextBoolean());
      case 10 -> out.writeNull();
      case 11 -> container(random, out, depth + 1, true);
      default -> container(random, out, depth + 1, false);
    }
  }

  private static void container(Random random, JsonOutput out, int depth, boolean object)
      throws IOException {
    if (object) {
      out.writeStartObject();
    } else {
      out.writeStartArray();
    }
    int members = random.nextInt(8);
    for (int i = 0; i < members; i++) {
      call(random, out, depth, object);
    }
    if (object) {
      out.writeEndObject();
    } else {
      out.writeEndArray();
    }
  }

  /** Writes lines of random objects; {@code seed} makes both outputs get the same calls. */
  private static byte[] lines(long seed, boolean generator) throws IOException {
    Random random = new Random(seed);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int lines = 1 + random.nextInt(30);
    if (generator) {
      try (JsonGenerator g = CODEC.compactGenerator(bytes)) {
        GeneratorOutput out = new GeneratorOutput(g);
        for (int i = 0; i < lines; i++) {
          container(random, out, 1, true);
          g.writeRaw('\n');
        }
      }
    } else {
      JsonLinesOutput out = CODEC.linesOutput(bytes);
      for (int i = 0; i < lines; i++) {
        container(random, out, 1, true);
        out.endLine();
      }
      out.flush();
    }
    return bytes.toByteArray();
  }

  @Test
  void writes_the_bytes_the_generator_writes_for_the_same_calls() throws IOException {
    long total = 0;
    for (long seed = 0; seed < 2_000; seed++) {
      byte[] expected = lines(seed, true);
      byte[] actual = lines(seed, false);
      assertThat(actual).as("seed %d", seed).isEqualTo(expected);
      total += expected.length;
    }
    assertThat(total).as("the buffer was crossed many times").isGreaterThan(2_000_000);
  }

  @Test
  void every_character_is_written_as_the_generator_writes_it() throws IOException {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      all.append((char) c);
    }
    String text = all.toString();
    for (int prefix = 0; prefix < 8; prefix++) { // so that each ends at every buffer offset
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      try (JsonGenerator g = CODEC.compactGenerator(expected)) {
        strings(new GeneratorOutput(g), prefix, text);
      }
      ByteArrayOutputStream actual = new ByteArrayOutputStream();
      JsonLinesOutput out = CODEC.linesOutput(actual);
      strings(out, prefix, text);
      out.flush();
      assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
    }
  }

  /** An array of {@code prefix} x's, the text in pieces, and the text whole. */
  private static void strings(JsonOutput out, int prefix, String text) throws IOException {
    out.writeStartArray();
    out.writeString("x".repeat(prefix));
    for (int from = 0; from < text.length(); from += 997) {
      out.writeString(text.substring(from, Math.min(text.length(), from + 997)));
    }
    out.writeString(text);
    out.writeEndArray();
  }

  @Test
  void a_plain_decimal_is_written_as_jackson_cores_schubfach_writer_writes_it() {
    Random random = new Random(15);
    byte[] b = new byte[32];
    int plain = 0;
    for (int i = 0; i < 3_000_000; i++) {
      double value =
          switch (i % 6) {
            case 0 -> Double.longBitsToDouble(random.nextLong());
            case 1 -> // up to 9 decimals, some beyond what plainDecimal writes
                Math.round((random.nextDouble() - 0.5) * 360 * Math.pow(10, random.nextInt(10)))
                    / Math.pow(10, random.nextInt(10));
            case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(14) - 4);
            case 3 -> random.nextInt(10_000_000) / Math.pow(10, random.nextInt(9));
            case 4 -> Math.nextUp(random.nextInt(100_000) / Math.pow(10, random.nextInt(9)));
            default -> Math.nextDown(-random.nextInt(10_000_000) / Math.pow(10, random.nextInt(9)));
          };
      int end = JsonLinesOutput.plainDecimal(value, b, 0);
      if (end >= 0) {
        plain++;
        assertThat(new String(b, 0, end, StandardCharsets.US_ASCII))
            .as("%s", value)
            .isEqualTo(NumberOutput.toString(value, true));
      }
    }
    for (double edge : new double[] {1e-3, Math.nextDown(1e-3), Math.nextDown(1e7), 9_999_999.0}) {
      int end = JsonLinesOutput.plainDecimal(edge, b, 0);
      if (end >= 0) {
        assertThat(new String(b, 0, end, StandardCharsets.US_ASCII))
            .isEqualTo(NumberOutput.toString(edge, true));
      }
    }
    assertThat(plain).as("doubles written by plainDecimal").isGreaterThan(800_000);
  }

  @Test
  void nesting_deeper_than_the_limit_fails_as_the_generator_fails() throws IOException {
    JsonCodec shallow =
        new JsonCodec(
            true, false, false, StreamReadConstraints.builder().maxNestingDepth(3).build(), 1000);
    Throwable expected;
    try (JsonGenerator g = shallow.compactGenerator(new ByteArrayOutputStream())) {
      expected = catchThrowable(() -> deep(new GeneratorOutput(g)));
    }
    Throwable actual = catchThrowable(() -> deep(shallow.linesOutput(new ByteArrayOutputStream())));

    assertThat(expected).hasMessageContaining("nesting depth (4)");
    assertThat(actual).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
  }

  private static void deep(JsonOutput out) throws IOException {
    out.writeStartObject();
    out.writeFieldName(NAMES[0]);
    out.writeStartArray();
    out.writeStartArray();
    out.writeStartObject();
  }
}
