package org.sitrep.io.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The known-bad documents of {@code src/test/resources/bad}: the schema refuses every one that
 * {@code bad/README.md} does not mark "reader only", at the place the reader names; the reader-only
 * ones are not JSON, so no schema sees them.
 */
class BadFilesSchemaTest {

  private static final Path BAD = Path.of("src", "test", "resources", "bad");

  /** Files the schema refuses (every non-reader-only row of the README), as the cases below. */
  private static final Set<String> EXPECTED =
      Set.of(
          "unknown-property.json",
          "unknown-type.json",
          "wrong-json-type.json",
          "malformed-id.json",
          "malformed-edtf-date.json",
          "wrong-kind-reference.json",
          "missing-name.json",
          "number-for-string.json",
          "x-without-underscore.json");

  /** A row of the README's table. */
  record Row(String file, boolean readerOnly, String pointer) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(BAD.resolve("README.md"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      rows.add(new Row(unquote(cells[1]), cells[2].contains("reader only"), unquote(cells[4])));
    }
    return rows;
  }

  static Stream<Row> schemaRows() throws IOException {
    return rows().stream().filter(row -> !row.readerOnly());
  }

  static Stream<Row> readerOnlyRows() throws IOException {
    return rows().stream().filter(Row::readerOnly);
  }

  @Test
  void theReadmeListsEveryBadFileAndTheCasesBelowEveryOneTheSchemaCatches() throws IOException {
    Set<String> files;
    try (Stream<Path> listing = Files.list(BAD)) {
      files =
          listing
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".json"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(rows()).extracting(Row::file).containsExactlyInAnyOrderElementsOf(files);
    assertThat(schemaRows().map(Row::file)).containsExactlyInAnyOrderElementsOf(EXPECTED);
  }

  /** The schema refuses the file at the JSON Pointer where the reader reports the problem. */
  @ParameterizedTest
  @MethodSource("schemaRows")
  void isRefusedWhereTheReaderReportsIt(Row row) throws IOException {
    List<Error> errors = validate(row.file());
    String parent = row.pointer().substring(0, Math.max(0, row.pointer().lastIndexOf('/')));
    String property = row.pointer().substring(row.pointer().lastIndexOf('/') + 1);
    assertThat(errors)
        .as("%s:%n%s", row.file(), SchemaValidation.describe(errors))
        .anySatisfy(
            error -> {
              String at = error.getInstanceLocation().toString();
              boolean here = at.equals(row.pointer());
              boolean unknownHere =
                  at.equals(parent)
                      && error.getKeyword().equals("additionalProperties")
                      && error.getMessage().contains("'" + property + "'");
              assertThat(here || unknownHere).as(error.toString()).isTrue();
            });
  }

  /** What the validator says, for each file the schema refuses. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown-property.json     | /records/0                      | additionalProperties | property 'colour' is not defined",
        "unknown-type.json         | /records/0/type                 | enum                 | does not have a value in the enumeration",
        "wrong-json-type.json      | /records/0/tags                 | type                 | string found, [array, null] expected",
        "malformed-id.json         | /records/1/perpetrators/1/actor | pattern              | ^actor:[a-z0-9][a-z0-9._-]{0,127}$",
        "malformed-edtf-date.json  | /records/0/date                 | pattern              | does not match the regex pattern",
        "wrong-kind-reference.json | /records/0/parent               | pattern              | ^actor:[a-z0-9][a-z0-9._-]{0,127}$",
        "missing-name.json         | /records/0                      | required             | required property 'name' not found",
        "number-for-string.json    | /records/0/name                 | type                 | integer found, string expected",
        "x-without-underscore.json | /records/0                      | additionalProperties | property 'x-review' is not defined"
      })
  void isRefusedWithThisMessage(String file, String pointer, String keyword, String message)
      throws IOException {
    List<Error> errors = validate(file);
    assertThat(errors)
        .as("%s:%n%s", file, SchemaValidation.describe(errors))
        .anySatisfy(
            error -> {
              assertThat(error.getInstanceLocation()).hasToString(pointer);
              assertThat(error.getKeyword()).isEqualTo(keyword);
              assertThat(error.getMessage()).contains(message);
            });
    assertThat(errors)
        .as("%s: every error is about that place", file)
        .allSatisfy(
            error -> assertThat(error.getInstanceLocation().toString()).startsWith(pointer));
  }

  /** The reader-only files are not JSON: the validator cannot even parse them. */
  @ParameterizedTest
  @MethodSource("readerOnlyRows")
  void isNotJson(Row row) {
    assertThatThrownBy(() -> validate(row.file())).isInstanceOf(RuntimeException.class);
  }

  private static List<Error> validate(String file) throws IOException {
    return SchemaValidation.validateDocument(
        Files.readString(BAD.resolve(file), StandardCharsets.UTF_8));
  }

  private static String unquote(String cell) {
    return cell.trim().replace("`", "");
  }
}
