package org.sitrep.spark.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.core.time.Timestamp;
import org.sitrep.io.SitrepModule;
import org.sitrep.spark.SitrepSparkSchema;

/**
 * Records to rows and back, by hand (no bean encoder: the model's Immutables types have none). A
 * record is decoded by sitrep-io's strict codec, encoded back in its canonical form, and that JSON
 * line is streamed into the schema field by field; a row goes back to a JSON line the same way and
 * through the codec again. Not thread-safe: one per partition.
 */
public final class RowCodec {

  private final ObjectMapper sitrep = new ObjectMapper().registerModule(new SitrepModule());
  private final JsonFactory factory = new JsonFactory();

  /**
   * Decodes one JSON line with the strict codec.
   *
   * @throws IOException with the codec's message when the line is not a valid record
   */
  public SitrepRecord decode(String line) throws IOException {
    return sitrep.readValue(line, SitrepRecord.class);
  }

  /** Decodes a line that is known to be valid; an invalid one is a bug. */
  public SitrepRecord decodeUnchecked(String line) {
    try {
      return decode(line);
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage() + ": " + line, e);
    }
  }

  /** The record's canonical JSON line. */
  public String encode(SitrepRecord record) {
    try {
      return sitrep.writeValueAsString(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The record as a catalyst row of {@code schema} (the wide schema, maybe with more columns): its
   * canonical JSON line streamed field by field into the schema; {@code x_} values are kept as the
   * exact text the codec wrote.
   */
  public InternalRow toInternalRow(SitrepRecord record, StructType schema) {
    String json = encode(record);
    GenericInternalRow row;
    try (JsonParser parser = factory.createParser(json)) {
      parser.nextToken();
      row = struct(parser, json, schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String dated : List.of("date", "period", "announced", "approved")) {
      scala.Option<Object> index = schema.getFieldIndex(dated);
      if (index.isEmpty() || row.isNullAt((Integer) index.get())) {
        continue;
      }
      TimeSpan span = span(row.getUTF8String((Integer) index.get()).toString());
      setDay(row, schema, dated + "Earliest", span.earliestDay());
      setDay(row, schema, dated + "Latest", span.latestDay());
    }
    return row;
  }

  /** A row whose columns are a malformed line's: only the corrupt-record column set. */
  public static InternalRow corrupt(StructType schema, String column, String line) {
    GenericInternalRow row = new GenericInternalRow(schema.size());
    row.update(schema.fieldIndex(column), UTF8String.fromString(line));
    return row;
  }

  /** The span an EDTF date, interval or timestamp text stands for. */
  public static TimeSpan span(String text) {
    if (text.indexOf('/') >= 0) {
      return Period.parse(text);
    }
    if (text.indexOf('T') >= 0) {
      return Timestamp.parse(text);
    }
    return FuzzyDate.parse(text);
  }

  private static void setDay(
      GenericInternalRow row, StructType schema, String column, Optional<LocalDate> day) {
    if (day.isPresent() && schema.getFieldIndex(column).isDefined()) {
      row.update(schema.fieldIndex(column), (int) day.get().toEpochDay());
    }
  }

  /** The object the parser is at (its START_OBJECT read) as a row of {@code type}. */
  private static GenericInternalRow struct(JsonParser parser, String json, StructType type)
      throws IOException {
    Object[] values = new Object[type.size()];
    List<Object> extensionNames = null;
    List<Object> extensionValues = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      if (name.startsWith("x_")) {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        if (token.isStructStart()) {
          parser.skipChildren();
        } else {
          parser.getText(); // completes the token, so that the location is after it
        }
        int end = (int) parser.currentLocation().getCharOffset();
        if (extensionNames == null || extensionValues == null) {
          extensionNames = new ArrayList<>();
          extensionValues = new ArrayList<>();
        }
        extensionNames.add(UTF8String.fromString(name));
        extensionValues.add(UTF8String.fromString(json.substring(start, end)));
        continue;
      }
      scala.Option<Object> index = type.getFieldIndex(name);
      if (index.isEmpty()) {
        // the codec knows a property the schema does not: never drop data silently
        throw new IllegalStateException(
            "Property " + name + " has no column in SitrepSparkSchema: add it there");
      }
      int i = (Integer) index.get();
      values[i] =
          token == JsonToken.VALUE_NULL ? null : value(parser, json, type.fields()[i].dataType());
    }
    if (extensionNames != null && extensionValues != null) {
      scala.Option<Object> index = type.getFieldIndex(SitrepSparkSchema.EXTENSIONS);
      if (index.isEmpty()) {
        throw new IllegalStateException(
            "x_ properties where SitrepSparkSchema has no extensions column: " + extensionNames);
      }
      values[(Integer) index.get()] =
          new ArrayBasedMapData(
              new GenericArrayData(extensionNames.toArray()),
              new GenericArrayData(extensionValues.toArray()));
    }
    return new GenericInternalRow(values);
  }

  private static Object value(JsonParser parser, String json, DataType type) throws IOException {
    if (type instanceof StructType structType) {
      return struct(parser, json, structType);
    }
    if (type instanceof ArrayType arrayType) {
      DataType element = arrayType.elementType();
      List<Object> out = new ArrayList<>();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        out.add(token == JsonToken.VALUE_NULL ? null : value(parser, json, element));
      }
      return new GenericArrayData(out.toArray());
    }
    if (type instanceof MapType) {
      List<Object> keys = new ArrayList<>();
      List<Object> values = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        keys.add(UTF8String.fromString(parser.currentName()));
        parser.nextToken();
        values.add(UTF8String.fromString(parser.getText()));
      }
      return new ArrayBasedMapData(
          new GenericArrayData(keys.toArray()), new GenericArrayData(values.toArray()));
    }
    if (type == DataTypes.StringType) {
      return UTF8String.fromString(parser.getText()); // a number keeps its text (amount)
    }
    if (type == DataTypes.IntegerType) {
      return parser.getIntValue();
    }
    if (type == DataTypes.DoubleType) {
      return parser.getDoubleValue();
    }
    if (type == DataTypes.BooleanType) {
      return parser.getBooleanValue();
    }
    throw new IllegalStateException("No mapping for " + type);
  }

  /**
   * Every string value of a JSON line that reads as a record id ({@code <type>:<slug>}): a superset
   * of the line's references, whatever fields hold them.
   */
  public List<String> idStrings(String json) {
    List<String> out = new ArrayList<>();
    try (JsonParser parser = factory.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          String text = parser.getText();
          if (looksLikeId(text) && !out.contains(text)) {
            out.add(text);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile(
          "(actor|incident|operation|exercise|investment|statement):[a-z0-9][a-z0-9._-]{0,127}");

  private static boolean looksLikeId(String text) {
    int colon = text.indexOf(':');
    return colon >= 5 && colon <= 10 && ID.matcher(text).matches();
  }

  /**
   * A row of the wide schema (or any schema whose columns are wire properties, derived and unknown
   * top-level columns being skipped) as a JSON line, not yet checked by the codec.
   */
  public String toJson(Row row) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator generator = factory.createGenerator(out)) {
      writeStruct(generator, row, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A row as a record: {@link #toJson(Row)} decoded by the strict codec. */
  public SitrepRecord toRecord(Row row) {
    String json = toJson(row);
    try {
      return decode(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "The row is not a valid Sitrep record: " + e.getMessage() + ": " + json, e);
    }
  }

  private static void writeStruct(JsonGenerator generator, Row row, boolean top)
      throws IOException {
    generator.writeStartObject();
    StructField[] fields = row.schema().fields();
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i].name();
      if (row.isNullAt(i) || (top && (SitrepSparkSchema.isDerived(name) || name.startsWith("_")))) {
        continue;
      }
      if (name.equals(SitrepSparkSchema.EXTENSIONS)) {
        for (Map.Entry<Object, Object> extension : row.getJavaMap(i).entrySet()) {
          generator.writeFieldName((String) extension.getKey());
          generator.writeRawValue((String) extension.getValue());
        }
        continue;
      }
      generator.writeFieldName(name);
      writeValue(generator, row.get(i), fields[i].dataType(), name);
    }
    generator.writeEndObject();
  }

  private static void writeValue(JsonGenerator generator, Object value, DataType type, String name)
      throws IOException {
    if (type instanceof StructType) {
      writeStruct(generator, (Row) value, false);
    } else if (type instanceof ArrayType arrayType) {
      DataType element = arrayType.elementType();
      generator.writeStartArray();
      for (Object item : asList(value)) {
        if (item == null) {
          generator.writeNull();
        } else {
          writeValue(generator, item, element, name);
        }
      }
      generator.writeEndArray();
    } else if (type instanceof MapType) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : asMap(value).entrySet()) {
        generator.writeFieldName(String.valueOf(entry.getKey()));
        if (entry.getValue() == null) {
          generator.writeNull();
        } else {
          generator.writeString(String.valueOf(entry.getValue()));
        }
      }
      generator.writeEndObject();
    } else if (value instanceof String string) {
      if (name.equals("amount")) {
        generator.writeNumber(string);
      } else {
        generator.writeString(string);
      }
    } else if (value instanceof Integer i) {
      generator.writeNumber(i);
    } else if (value instanceof Long l) {
      generator.writeNumber(l);
    } else if (value instanceof Double d) {
      generator.writeNumber(d);
    } else if (value instanceof Boolean b) {
      generator.writeBoolean(b);
    } else if (value instanceof java.math.BigDecimal bigDecimal) {
      generator.writeNumber(bigDecimal);
    } else {
      generator.writeString(String.valueOf(value));
    }
  }

  private static List<?> asList(Object value) {
    if (value instanceof List) {
      return (List<?>) value;
    }
    if (value instanceof scala.collection.Seq) {
      return scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) value);
    }
    if (value instanceof Object[] array) {
      return java.util.Arrays.asList(array);
    }
    throw new IllegalStateException("Not an array: " + value.getClass());
  }

  private static Map<?, ?> asMap(Object value) {
    if (value instanceof Map) {
      return (Map<?, ?>) value;
    }
    if (value instanceof scala.collection.Map) {
      return scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Map<?, ?>) value);
    }
    throw new IllegalStateException("Not a map: " + value.getClass());
  }
}
