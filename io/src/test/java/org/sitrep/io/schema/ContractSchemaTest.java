package org.sitrep.io.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden file of the wire-format contract ({@code src/test/resources/contract}) is valid
 * against the schema: {@code .json} files as documents, each line of a {@code .jsonl} file as a
 * record.
 */
class ContractSchemaTest {

  private static final Path CONTRACT = Path.of("src", "test", "resources", "contract");

  static Stream<Path> documents() throws IOException {
    return filesEndingWith(".json").stream();
  }

  static Stream<Path> jsonLines() throws IOException {
    return filesEndingWith(".jsonl").stream();
  }

  @Test
  void theContractHasDocumentsAndJsonLines() throws IOException {
    assertThat(filesEndingWith(".json")).isNotEmpty();
    assertThat(filesEndingWith(".jsonl")).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void documentIsValid(Path file) throws IOException {
    List<Error> errors =
        SchemaValidation.validateDocument(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(errors).as("%s:%n%s", file, SchemaValidation.describe(errors)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("jsonLines")
  void everyLineIsAValidRecord(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int records = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<Error> errors = SchemaValidation.validateRecord(lines.get(i));
      assertThat(errors)
          .as("%s line %d:%n%s", file, i + 1, SchemaValidation.describe(errors))
          .isEmpty();
      records++;
    }
    assertThat(records).as("records in %s", file).isPositive();
  }

  private static List<Path> filesEndingWith(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(CONTRACT)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(suffix))
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
