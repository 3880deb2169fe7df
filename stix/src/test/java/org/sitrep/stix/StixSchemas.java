package org.sitrep.stix;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The official STIX 2.1 JSON schemas of {@code ../shared/data/stix2.1-json-schemas}, loaded into
 * the networknt validator with their {@code $id}s mapped to the local files (no network).
 */
final class StixSchemas {

  static final String ID_PREFIX =
      "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

  private final Path root;
  private final SchemaRegistry registry;

  StixSchemas(Path schemasFolder) {
    this.root = schemasFolder;
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemas(
                        iri ->
                            iri.startsWith(ID_PREFIX)
                                ? Fixtures.read(root.resolve(iri.substring(ID_PREFIX.length())))
                                : null)
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder()
                            .pathType(PathType.JSON_POINTER)
                            .locale(Locale.ENGLISH)
                            .build()));
  }

  /** The schema file of a STIX type, among the SDOs, SROs and common objects. */
  Optional<String> schemaPathOf(String stixType) {
    for (String folder : List.of("sdos", "sros", "common")) {
      Path candidate = root.resolve(folder).resolve(stixType + ".json");
      if (Files.isRegularFile(candidate)) {
        return Optional.of(folder + "/" + stixType + ".json");
      }
    }
    return Optional.empty();
  }

  /** The errors of one object against the schema at a path relative to the schemas folder. */
  List<Error> validate(String schemaPath, String json) {
    Schema schema = registry.getSchema(SchemaLocation.of(ID_PREFIX + schemaPath));
    return schema.validate(json, InputFormat.JSON);
  }

  static String describe(List<Error> errors) {
    return errors.stream()
        .map(e -> e.getInstanceLocation() + " " + e.getKeyword() + ": " + e.getMessage())
        .collect(Collectors.joining("\n"));
  }
}
