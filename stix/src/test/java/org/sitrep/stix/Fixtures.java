package org.sitrep.stix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.core.Dataset;
import org.sitrep.io.SitrepJson;

/**
 * The founding scenario (the samples module's JSON file, in this repository) and test resources.
 */
final class Fixtures {

  /** The founding scenario's JSON document, written by the samples module and kept in git. */
  static final Path SCENARIO = Path.of("..", "samples", "data", "balochistan-2024.json");

  private Fixtures() {}

  static Dataset scenario() {
    try {
      return SitrepJson.strict().readDataset(SCENARIO);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path sharedData() {
    return Path.of(System.getProperty("sitrep.shared.data", "../../shared/data"));
  }

  static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
