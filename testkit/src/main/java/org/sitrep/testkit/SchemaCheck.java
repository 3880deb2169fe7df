package org.sitrep.testkit;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.io.SitrepSchema;

/**
 * The schema the io jar ships ({@link SitrepSchema}), loaded once into networknt's JSON Schema
 * validator. Problems are given one per entry as {@code <instance pointer> <keyword>: <message>}.
 */
final class SchemaCheck {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemas(Map.of(SitrepSchema.ID, SitrepSchema.text()))
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder()
                          .pathType(PathType.JSON_POINTER)
                          .locale(Locale.ENGLISH)
                          .build()));

  private static final Schema DOCUMENT = REGISTRY.getSchema(SchemaLocation.of(SitrepSchema.ID));
  private static final Schema RECORD =
      REGISTRY.getSchema(SchemaLocation.of(SitrepSchema.ID + "#/$defs/record"));
  private static final Schema HEADER =
      REGISTRY.getSchema(SchemaLocation.of(SitrepSchema.ID + "#/$defs/jsonLinesHeader"));

  private SchemaCheck() {}

  /** The schema's complaints about a whole document; empty when it conforms. */
  static List<String> document(String json) {
    return describe(DOCUMENT.validate(json, InputFormat.JSON));
  }

  /** The schema's complaints about one record, as on a JSON Lines line. */
  static List<String> record(String json) {
    return describe(RECORD.validate(json, InputFormat.JSON));
  }

  /** The schema's complaints about a JSON Lines header line. */
  static List<String> header(String json) {
    return describe(HEADER.validate(json, InputFormat.JSON));
  }

  /** Whether a JSON Lines line is a header: an object whose first property is {@code sitrep}. */
  static boolean isHeader(String line) {
    String trimmed = line.stripLeading();
    if (!trimmed.startsWith("{")) {
      return false;
    }
    return trimmed.substring(1).stripLeading().startsWith("\"sitrep\"");
  }

  private static List<String> describe(List<Error> errors) {
    return errors.stream()
        .map(e -> e.getInstanceLocation() + " " + e.getKeyword() + ": " + e.getMessage())
        .collect(Collectors.toList());
  }
}
