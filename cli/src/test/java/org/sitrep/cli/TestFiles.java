package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The hand-written test files under {@code src/test/resources/data}. */
final class TestFiles {

  private static final Path DATA = Path.of("src", "test", "resources", "data");

  private TestFiles() {}

  /** The path of a test file, relative to the module, as a user would type it. */
  static String data(String name) {
    Path path = DATA.resolve(name);
    if (!Files.isRegularFile(path)) {
      throw new AssertionError("test file missing: " + path.toAbsolutePath());
    }
    return path.toString();
  }
}
