package org.sitrep.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The reference data folder: the system property {@code sitrep.shared.data}, or {@code
 * ../shared/data} beside the repository root. Tests using it are {@code *SharedDataTest} classes,
 * run only where the folder exists.
 */
final class SharedData {

  private SharedData() {}

  static Path file(String relative) {
    String configured = System.getProperty("sitrep.shared.data", "");
    Path folder =
        configured.isBlank() ? Path.of("..", "..", "shared", "data") : Path.of(configured);
    Path file = folder.resolve(relative);
    assertThat(file).as("shared data (set -Dsitrep.shared.data)").isRegularFile();
    return file;
  }

  /** The rows of a CSV file, by column name, read independently of the code under test. */
  static List<NamedCsvRecord> rows(Path file) {
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
      return reader.stream().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
