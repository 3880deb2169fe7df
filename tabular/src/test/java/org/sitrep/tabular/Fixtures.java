package org.sitrep.tabular;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The hand-written fixtures in src/test/resources/org/sitrep/tabular. */
final class Fixtures {

  private Fixtures() {}

  static Reader open(String name) {
    return new InputStreamReader(
        Objects.requireNonNull(Fixtures.class.getResourceAsStream(name), name),
        StandardCharsets.UTF_8);
  }

  static ImportResult acled(String name) {
    try (TabularReader reader = AcledCsv.open(open(name), name)) {
      return reader.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImportResult ucdp(String name) {
    try (TabularReader reader = UcdpGedCsv.open(open(name), name)) {
      return reader.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
