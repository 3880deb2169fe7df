package org.sitrep.io.internal;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Where the {@link Encoder} writes JSON: a jackson-core generator ({@link GeneratorOutput}:
 * documents, pretty or compact, and a user's {@code ObjectMapper}) or bytes straight into a buffer
 * ({@link JsonLinesOutput}: JSON Lines). The methods are named after {@code JsonGenerator}'s, and
 * both implementations write the same bytes for the same calls (a property test compares them).
 */
interface JsonOutput {

  void writeStartObject() throws IOException;

  void writeEndObject() throws IOException;

  void writeStartArray() throws IOException;

  void writeEndArray() throws IOException;

  void writeFieldName(PreEncoded name) throws IOException;

  void writeFieldName(String name) throws IOException;

  void writeString(PreEncoded value) throws IOException;

  void writeString(String value) throws IOException;

  void writeString(char[] text, int offset, int length) throws IOException;

  /** {@link #writeFieldName(PreEncoded)} and {@link #writeString(String)} in one call. */
  void writeStringField(PreEncoded name, String value) throws IOException;

  /** {@link #writeFieldName(PreEncoded)} and {@link #writeString(PreEncoded)} in one call. */
  void writeStringField(PreEncoded name, PreEncoded value) throws IOException;

  void writeNumber(int value) throws IOException;

  void writeNumber(double value) throws IOException;

  void writeNumber(BigDecimal value) throws IOException;

  /** A number as its text, unchanged (the text of an {@code x_} value's number). */
  void writeNumber(String text) throws IOException;

  void writeBoolean(boolean value) throws IOException;

  void writeNull() throws IOException;
}
