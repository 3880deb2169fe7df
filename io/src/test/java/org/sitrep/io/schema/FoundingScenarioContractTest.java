package org.sitrep.io.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.io.ReadResult;
import org.sitrep.io.SitrepJson;

/**
 * The founding scenario as a contract file. The samples module produces it from code and checks it
 * in under {@code samples/data/}; it is read here in place (not copied), so the contract and the
 * sample cannot drift apart. The broken copy is structurally sound: it breaks consistency rules
 * only, so the reader and the schema accept it.
 */
class FoundingScenarioContractTest {

  private static final Path SAMPLES_DATA = Path.of("..", "samples", "data");

  @ParameterizedTest
  @ValueSource(strings = {"balochistan-2024.json", "balochistan-2024-broken.json"})
  void readsWritesBackByteIdenticalAndValidatesAgainstTheSchema(String name) throws IOException {
    Path file = SAMPLES_DATA.resolve(name);
    assertThat(file).as("the samples module's checked-in scenario file").exists();
    String golden = Files.readString(file);
    SitrepJson json = SitrepJson.strict();

    ReadResult result = json.read(golden);

    assertThat(result.warnings()).isEmpty();
    assertThat(result.dataset().size()).isGreaterThan(30);
    assertThat(json.writeString(result.dataset())).isEqualTo(golden);
    assertThat(SchemaValidation.validateDocument(golden)).as("schema errors").isEmpty();
  }
}
