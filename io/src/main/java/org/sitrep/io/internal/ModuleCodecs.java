package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import org.sitrep.core.Dataset;
import org.sitrep.core.RecordType;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.SitrepReadException;

/**
 * The databind serializers and deserializers of {@code SitrepModule}, thin wrappers over the same
 * {@link Decoder} and {@link Encoder} the facade uses.
 */
public final class ModuleCodecs {

  private ModuleCodecs() {}

  /**
   * Reads records of one type (or any type, for {@code SitrepRecord}).
   *
   * @param <T> the record type
   */
  public static final class RecordDeserializer<T extends SitrepRecord> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient JsonCodec codec;
    private final Class<T> type;

    /** A deserializer of records of {@code type}. */
    public RecordDeserializer(JsonCodec codec, Class<T> type) {
      super(type);
      this.codec = codec;
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      SitrepRecord record;
      try {
        record = codec.readRecord(p, new ArrayList<>());
      } catch (SitrepReadException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
      if (!type.isInstance(record)) {
        throw JsonMappingException.from(
            p,
            "expected "
                + RecordType.of(type).wireName()
                + " record, found "
                + record.type().wireName()
                + " "
                + record.id());
      }
      return type.cast(record);
    }
  }

  /** Writes records of any type. */
  public static final class RecordSerializer extends StdSerializer<SitrepRecord> {
    private static final long serialVersionUID = 1L;
    private final transient JsonCodec codec;

    /** A serializer of records. */
    public RecordSerializer(JsonCodec codec) {
      super(SitrepRecord.class);
      this.codec = codec;
    }

    @Override
    public void serialize(SitrepRecord value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      codec.encoder().writeRecord(g, value);
    }
  }

  /** Reads whole documents. */
  public static final class DatasetDeserializer extends StdDeserializer<Dataset> {
    private static final long serialVersionUID = 1L;
    private final transient JsonCodec codec;

    /** A deserializer of documents. */
    public DatasetDeserializer(JsonCodec codec) {
      super(Dataset.class);
      this.codec = codec;
    }

    @Override
    public Dataset deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return codec.readDocument(p, new ArrayList<>());
      } catch (SitrepReadException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }

  /** Writes whole documents. */
  public static final class DatasetSerializer extends StdSerializer<Dataset> {
    private static final long serialVersionUID = 1L;
    private final transient JsonCodec codec;

    /** A serializer of documents. */
    public DatasetSerializer(JsonCodec codec) {
      super(Dataset.class);
      this.codec = codec;
    }

    @Override
    public void serialize(Dataset value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      codec.encoder().writeDocument(g, value);
    }
  }
}
