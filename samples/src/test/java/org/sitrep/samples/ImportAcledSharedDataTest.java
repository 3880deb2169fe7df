package org.sitrep.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The sample on ACLED's own South Asia rows (acledR): the 224 Pakistan events. */
class ImportAcledSharedDataTest {

  @Test
  void briefsThe224PakistanEvents() throws IOException {
    String configured = System.getProperty("sitrep.shared.data", "");
    Path folder =
        configured.isBlank() ? Path.of("..", "..", "shared", "data") : Path.of(configured);
    String file = folder.resolve("acledR/acled_old_deletion_dummy_south_asia.csv").toString();
    Output output = new Output();

    int status = ImportAcled.run(new String[] {file}, output.stream());

    assertThat(status).isZero();
    assertThat(output.text())
        .startsWith(file + ": 978 rows read, 0 rejected; 224 events in PK\n")
        .contains("From 2022-01-04 to 2022-06-30; 45 reported fatalities.\n")
        .contains("  2022-03-30  Armed clash in Dera Ismail Khan: 9 killed (PAK73958)\n")
        .endsWith("Validation: 0 errors, 0 warnings, 0 info\n");
  }
}
