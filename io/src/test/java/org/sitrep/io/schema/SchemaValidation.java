package org.sitrep.io.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Sitrep JSON Schema as the io jar ships it, loaded into the networknt validator: documents
 * validate against the root, JSON Lines records against {@code #/$defs/record}. Error locations are
 * JSON pointers and messages are in English, so tests can assert on both.
 */
final class SchemaValidation {

  /** Where the schema sits in the io jar. */
  static final String RESOURCE = "/org/sitrep/io/schema/sitrep-1.0.schema.json";

  /** The schema's {@code $id}. */
  static final String ID = "https://sitrep.org/schema/sitrep-1.0.schema.json";

  /** The 2020-12 meta-schema, bundled in the validator's jar. */
  static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

  private static final String TEXT = readResource();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemas(Map.of(ID, TEXT))
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder()
                          .pathType(PathType.JSON_POINTER)
                          .locale(Locale.ENGLISH)
                          .build()));

  private static final Schema DOCUMENT = REGISTRY.getSchema(SchemaLocation.of(ID));
  private static final Schema RECORD = REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/record"));
  private static final Schema HEADER =
      REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/jsonLinesHeader"));

  private SchemaValidation() {}

  /** The schema file's text. */
  static String text() {
    return TEXT;
  }

  /** The schema as a Jackson tree. */
  static JsonNode tree() {
    try {
      return new ObjectMapper().readTree(TEXT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The errors of a whole document. */
  static List<Error> validateDocument(String json) {
    return DOCUMENT.validate(json, InputFormat.JSON);
  }

  /** The errors of one record, as on a JSON Lines line. */
  static List<Error> validateRecord(String json) {
    return RECORD.validate(json, InputFormat.JSON);
  }

  /** The errors of a JSON Lines header line. */
  static List<Error> validateHeader(String json) {
    return HEADER.validate(json, InputFormat.JSON);
  }

  /** The errors of the schema itself against the 2020-12 meta-schema. */
  static List<Error> validateAgainstMetaSchema() {
    return REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA)).validate(TEXT, InputFormat.JSON);
  }

  /** Errors one per line, {@code <instance pointer> <keyword>: <message>}, for failure messages. */
  static String describe(List<Error> errors) {
    return errors.stream()
        .map(e -> e.getInstanceLocation() + " " + e.getKeyword() + ": " + e.getMessage())
        .collect(Collectors.joining("\n"));
  }

  private static String readResource() {
    try (InputStream in = SchemaValidation.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The io jar holds no " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
