package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A record whose {@code type} is not its first property, copied as compact JSON text so that it can
 * be read again once its type is known. This is the decoder's own replacement for databind's {@code
 * TokenBuffer}, on jackson-core alone, so that io needs no jackson-databind to read.
 *
 * <p>The copy keeps every value exactly: numbers as their text, strings as their characters (a lone
 * surrogate included, for the decoder to refuse on reading the copy). The limits were checked by
 * the parser the record came from, so neither the generator nor the parser of the copy has limits
 * of its own: a record a user's {@code ObjectMapper} allows is not refused on reading it again.
 *
 * <p>One per decoder, reused; it holds one record at a time (records do not nest records).
 */
final class RecordCopy {

  /** Without limits (see the class comment), with the number parsing of the codec's factory. */
  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxNameLength(Integer.MAX_VALUE)
                  .maxNumberLength(Integer.MAX_VALUE)
                  .maxNestingDepth(Integer.MAX_VALUE)
                  .build())
          .streamWriteConstraints(
              StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
          .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
          .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private final Text text = new Text();
  private @Nullable JsonGenerator generator;

  /** Starts a copy: the record's {@code START_OBJECT}. */
  void start() throws IOException {
    text.count = 0;
    JsonGenerator started = FACTORY.createGenerator(text);
    generator = started;
    started.writeStartObject();
  }

  /** Copies a property: its name, and the value the parser stands on, whole. */
  void property(String name, JsonParser p) throws IOException {
    JsonGenerator copying = copying();
    copying.writeFieldName(name);
    JsonCodec.copyExactly(p, copying);
  }

  /**
   * Ends the copy and returns a parser of it, before its {@code START_OBJECT}; the copy stays valid
   * until the next {@link #start()}.
   */
  JsonParser end() throws IOException {
    JsonGenerator copying = copying();
    copying.writeEndObject();
    copying.close();
    generator = null;
    return FACTORY.createParser(text.chars, 0, text.count);
  }

  private JsonGenerator copying() {
    return Objects.requireNonNull(generator, "no copy started: call start() first");
  }

  /** The characters of the copy, in a reused array: no synchronization, no copy to read it. */
  private static final class Text extends Writer {

    private char[] chars = new char[1024];
    private int count;

    private void ensure(int more) {
      if (count + more > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, count + more));
      }
    }

    @Override
    public void write(int c) {
      ensure(1);
      chars[count++] = (char) c;
    }

    @Override
    public void write(char[] source, int offset, int length) {
      ensure(length);
      System.arraycopy(source, offset, chars, count, length);
      count += length;
    }

    @Override
    public void write(String source, int offset, int length) {
      ensure(length);
      source.getChars(offset, offset + length, chars, count);
      count += length;
    }

    @Override
    public void flush() {
      // the characters are in the array already
    }

    @Override
    public void close() {
      // nothing to release: the array is reused
    }
  }
}
