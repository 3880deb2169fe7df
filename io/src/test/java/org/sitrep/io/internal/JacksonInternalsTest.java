package org.sitrep.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.PackageVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The upgrade test of {@link JacksonInternals}: the jackson-core version it was written against,
 * and each behaviour beyond Jackson's API it relies on, checked on the jackson-core in use. When
 * one fails after a Jackson upgrade, its message says what to re-check.
 */
class JacksonInternalsTest {

  private static final JsonCodec CODEC = codec(false, StreamReadConstraints.defaults());

  private static JsonCodec codec(boolean detectDuplicates, StreamReadConstraints limits) {
    return new JsonCodec(true, detectDuplicates, true, limits, 1 << 20);
  }

  private static String recheck(int item) {
    return String.format(
        " -- on jackson-core %s (JacksonInternals was written against %s), Jackson no longer"
            + " behaves as item %d of JacksonInternals' Javadoc says: re-check that item and the"
            + " decoder code that calls it",
        PackageVersion.VERSION, JacksonInternals.CHECKED_VERSION, item);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void jacksonCoreIsTheVersionTheseBehavioursWereCheckedWith() {
    assertThat(PackageVersion.VERSION.toString())
        .as(
            "jackson-core is %s, but JacksonInternals was written against and checked with %s."
                + " Run the other tests of JacksonInternalsTest and io's message tests"
                + " (MessagesGoldenTest, ReadExceptionTextTest, LimitsTest, DuplicatePropertyTest);"
                + " re-check each behaviour JacksonInternals' Javadoc lists on the new version,"
                + " then set JacksonInternals.CHECKED_VERSION to it",
            PackageVersion.VERSION, JacksonInternals.CHECKED_VERSION)
        .isEqualTo(JacksonInternals.CHECKED_VERSION);
  }

  @Test
  void item1TheTokenPositionOfParserBaseIsTheLocationOfAnObjectsStart() throws IOException {
    String json =
        "{\n  \"a\": [1, \"\u00e9t\u00e9\", {\"b\": true}],\n\t\"c\" : {\"d\": {}},"
            + " \"e\": [{}, {\"f\": null}] }";
    int correction = CODEC.columnCorrection();
    byte[] bytes = utf8(json);
    List<JsonParser> parsers = new ArrayList<>();
    parsers.add(CODEC.lineParser(bytes, bytes.length)); // bytes
    parsers.add(CODEC.extensionParser(json)); // characters
    parsers.add(CODEC.streamParser(new ByteArrayInputStream(bytes))); // a stream
    for (JsonParser p : parsers) {
      try (p) {
        assertThat(p)
            .as("a parser of the codec's factory is a ParserBase" + recheck(1))
            .isInstanceOf(ParserBase.class);
        int objects = 0;
        JsonToken token = p.nextToken();
        while (token != null) {
          if (token == JsonToken.START_OBJECT) {
            // where the decoder asks: on an object's start, reached as it reads (nextFieldName)
            JsonLocation location = p.currentTokenLocation();
            long position = JacksonInternals.tokenPosition(p, correction);
            assertThat(new int[] {(int) (position >> 32), (int) position})
                .as("line and column of object %d (%s)%s", objects, p.getClass(), recheck(1))
                .containsExactly(location.getLineNr(), location.getColumnNr());
            assertThat(JacksonInternals.tokenLine(p)).isEqualTo(location.getLineNr());
            objects++;
          }
          if (p.getParsingContext().inObject() && token != JsonToken.FIELD_NAME) {
            p.nextFieldName();
            token = p.currentToken();
          } else {
            token = p.nextToken();
          }
        }
        assertThat(objects).isEqualTo(6);
      }
    }
  }

  @Test
  void item2MessagesDescribeTheSourceWithItsLineAndColumn() {
    byte[] unclosed = utf8("\n{\"a\": [1,\n 2");
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class,
            () -> {
              try (JsonParser p = CODEC.lineParser(unclosed, unclosed.length)) {
                while (p.nextToken() != null) {
                  // read to the end
                }
              }
            });
    assertThat(e.getOriginalMessage())
        .as("Jackson describes where the unclosed array started" + recheck(2))
        .contains("[Source: ")
        .contains("; line: 2, column: 7]");
    assertThat(JacksonInternals.message(e, 10))
        .as("the source's text is left out, its line moved by the offset" + recheck(2))
        .doesNotContain("[Source")
        .doesNotContain("\"a\"")
        .contains("line 12, column 7");
  }

  @Test
  void item3ADuplicatePropertyIsNamedInTheMessage() throws IOException {
    JsonCodec codec = codec(true, StreamReadConstraints.defaults());
    byte[] json = utf8("{\"it's\":1,\"it's\":2}");
    try (JsonParser p = codec.lineParser(json, json.length)) {
      JsonProcessingException e =
          catchThrowableOfType(
              JsonProcessingException.class,
              () -> {
                while (p.nextToken() != null) {
                  // read to the duplicate
                }
              });
      assertThat(e)
          .as("duplicate detection fails" + recheck(3))
          .isInstanceOf(StreamReadException.class);
      String message = JacksonInternals.message(e, 0);
      assertThat(message).as(recheck(3)).isEqualTo("Duplicate field 'it's'");
      assertThat(JacksonInternals.duplicateProperty(e, message)).isEqualTo("it's");
    }
  }

  @Test
  void item4ANumberLongerThanTheLongestStringTripsTheStringLimit() throws IOException {
    JsonCodec codec = codec(false, StreamReadConstraints.builder().maxStringLength(20).build());
    byte[] json = utf8("{\"a\":" + "1".repeat(30) + "}");
    try (JsonParser p = codec.lineParser(json, json.length)) {
      p.nextToken();
      p.nextToken();
      StreamConstraintsException number =
          catchThrowableOfType(
              StreamConstraintsException.class,
              () -> {
                p.nextToken();
                p.getText();
              });
      assertThat(number).as("a number past the string limit fails" + recheck(4)).isNotNull();
      String message = JacksonInternals.message(number, 0);
      assertThat(p.currentToken()).as(recheck(4)).isNotEqualTo(JsonToken.VALUE_STRING);
      assertThat(message).as(recheck(4)).startsWith("String value length (");
      assertThat(JacksonInternals.isNumberPastStringLimit(message, false)).isTrue();
    }
    byte[] string = utf8("{\"b\":\"" + "x".repeat(30) + "\"}");
    try (JsonParser p = codec.lineParser(string, string.length)) {
      p.nextToken();
      p.nextToken();
      assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
      StreamConstraintsException tooLong =
          catchThrowableOfType(StreamConstraintsException.class, p::getText);
      String message = JacksonInternals.message(tooLong, 0);
      assertThat(message).as(recheck(4)).startsWith("String value length (");
      assertThat(JacksonInternals.isNumberPastStringLimit(message, true)).isFalse();
    }
  }

  @Test
  void item5ALimitErrorHasNoLocationButTheParserHasOne() throws IOException {
    JsonCodec codec = codec(false, StreamReadConstraints.builder().maxStringLength(20).build());
    byte[] json = utf8("{\n\"b\": \"" + "x".repeat(30) + "\"}");
    try (JsonParser p = codec.lineParser(json, json.length)) {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      StreamConstraintsException e =
          catchThrowableOfType(StreamConstraintsException.class, p::getText);
      assertThat(e.getLocation())
          .as("a limit error has no location of its own (the fallback is then dead)" + recheck(5))
          .isNull();
      JsonLocation location = JacksonInternals.location(e, p);
      assertThat(location.getLineNr()).as(recheck(5)).isEqualTo(2);
    }
  }

  @Test
  void item6AStringIsReadOnlyWhenAskedFor() throws IOException {
    String json = "{\"a\": \"bad \\q escape\"}";
    byte[] bytes = utf8(json);
    for (JsonParser p :
        List.of(CODEC.lineParser(bytes, bytes.length), CODEC.extensionParser(json))) {
      try (p) {
        p.nextToken();
        p.nextToken();
        assertThat(p.nextToken())
            .as("nextToken() reaches the string without reading it" + recheck(6))
            .isEqualTo(JsonToken.VALUE_STRING);
        assertThat(catchThrowableOfType(JsonProcessingException.class, p::getText))
            .as("getText() finds the broken escape" + recheck(6))
            .hasMessageContaining("Unrecognized character escape 'q'");
      }
    }
  }

  @Test
  void item7AStreamParserReadsNoFurtherThanTheRecord() throws IOException {
    OneLine in = new OneLine();
    String record = "{\"type\":\"actor\",\"id\":\"actor:a\",\"x_a\":[{\"b\":\"\u00e9\"}]}";
    in.serve(record + "\n");
    try (JsonParser p = CODEC.streamParser(in)) {
      JsonToken token;
      do {
        token = p.nextToken();
      } while (token != JsonToken.END_OBJECT || !p.getParsingContext().inRoot());
      assertThat(in.askedPast)
          .as("the parser asked for bytes past the line" + recheck(7))
          .isFalse();
      assertThat(p.currentLocation().getByteOffset())
          .as("the byte offset after the record's '}'" + recheck(7))
          .isEqualTo(utf8(record).length);
      in.serve("{\"type\":\"actor\"}\n");
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(JacksonInternals.tokenLine(p)).isEqualTo(2);
    }
  }

  /** Serves one line at a time and fails when asked for more, as {@code LineSource} does. */
  private static final class OneLine extends InputStream {
    private byte[] line = new byte[0];
    private int served;
    boolean askedPast;

    void serve(String text) {
      line = utf8(text);
      served = 0;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (served >= line.length) {
        askedPast = true;
        throw new IOException("asked past the line");
      }
      int count = Math.min(length, line.length - served);
      System.arraycopy(line, served, buffer, offset, count);
      served += count;
      return count;
    }
  }
}
