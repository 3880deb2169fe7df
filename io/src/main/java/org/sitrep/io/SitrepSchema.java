package org.sitrep.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the Sitrep wire format, as shipped in this jar. Validate
 * documents against its root and each JSON Lines line against {@code #/$defs/record}.
 *
 * <p>Non-Java readers find the same file in the repository at {@code
 * io/src/main/resources/org/sitrep/io/schema/sitrep-1.0.schema.json}; Java code on the module path
 * reads it through this class, since the resource's package is not opened.
 *
 * <pre>{@code
 * String schema = SitrepSchema.text();
 * // hand it to a JSON Schema validator, e.g. networknt's SchemaRegistry
 * }</pre>
 */
public final class SitrepSchema {

  /** The schema's {@code $id}. */
  public static final String ID = "https://sitrep.org/schema/sitrep-1.0.schema.json";

  /** Where the schema sits in the io jar, as a class-path resource name. */
  public static final String RESOURCE = "org/sitrep/io/schema/sitrep-1.0.schema.json";

  private SitrepSchema() {}

  /**
   * Opens the schema file; the caller closes the stream.
   *
   * @return the schema's UTF-8 bytes
   */
  public static InputStream open() {
    InputStream in = SitrepSchema.class.getResourceAsStream("/" + RESOURCE);
    if (in == null) {
      throw new IllegalStateException("The io jar lacks its schema resource " + RESOURCE);
    }
    return in;
  }

  /** {@return the schema as text} */
  public static String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the schema resource " + RESOURCE, e);
    }
  }
}
