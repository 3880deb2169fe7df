package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;

/** The {@link Encoder}'s output to a jackson-core generator: each call passed on as it is. */
final class GeneratorOutput implements JsonOutput {

  private final JsonGenerator g;

  GeneratorOutput(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void writeStartObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public void writeEndObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void writeStartArray() throws IOException {
    g.writeStartArray();
  }

  @Override
  public void writeEndArray() throws IOException {
    g.writeEndArray();
  }

  @Override
  public void writeFieldName(PreEncoded name) throws IOException {
    g.writeFieldName(name.text);
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public void writeString(PreEncoded value) throws IOException {
    g.writeString(value.text);
  }

  @Override
  public void writeString(String value) throws IOException {
    g.writeString(value);
  }

  @Override
  public void writeString(char[] text, int offset, int length) throws IOException {
    g.writeString(text, offset, length);
  }

  @Override
  public void writeStringField(PreEncoded name, String value) throws IOException {
    g.writeFieldName(name.text);
    g.writeString(value);
  }

  @Override
  public void writeStringField(PreEncoded name, PreEncoded value) throws IOException {
    g.writeFieldName(name.text);
    g.writeString(value.text);
  }

  @Override
  public void writeNumber(int value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void writeNumber(double value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void writeNumber(BigDecimal value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void writeNumber(String text) throws IOException {
    g.writeNumber(text);
  }

  @Override
  public void writeBoolean(boolean value) throws IOException {
    g.writeBoolean(value);
  }

  @Override
  public void writeNull() throws IOException {
    g.writeNull();
  }
}
