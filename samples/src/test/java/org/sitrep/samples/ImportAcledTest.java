package org.sitrep.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAcledTest {

  /** The hand-written ACLED fixture of sitrep-tabular (current column values, four events). */
  private static final String FIXTURE =
      "../tabular/src/test/resources/org/sitrep/tabular/acled-current.csv";

  private final Output output = new Output();

  @Test
  void briefsThePakistanEventsOfAnExport() throws IOException {
    int status = ImportAcled.run(new String[] {FIXTURE}, output.stream());

    assertThat(status).isZero();
    assertThat(output.text())
        .startsWith(FIXTURE + ": 4 rows read, 0 rejected; 4 events in PK\n")
        .contains("From 2024-10-06 to 2024-11-30; 3 reported fatalities.\n")
        .containsPattern("  Battles +1\\n")
        .contains("  BLA: Baloch Liberation Army")
        .contains(
            "  2024-10-06  Suicide bomb in Karachi - Jinnah International Airport: 3 killed"
                + " (PAK900001)")
        .endsWith("Validation: 0 errors, 0 warnings, 0 info\n");
  }

  @Test
  void anotherCountryHasNoneOfThem() throws IOException {
    int status = ImportAcled.run(new String[] {FIXTURE, "IN"}, output.stream());

    assertThat(status).isZero();
    assertThat(output.text()).startsWith(FIXTURE + ": 4 rows read, 0 rejected; 0 events in IN\n");
  }

  @Test
  void aFileThatIsNotAnAcledExportIsRefused(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("x.csv"), "a,b\n1,2\n");

    int status = ImportAcled.run(new String[] {csv.toString()}, output.stream());

    assertThat(status).isEqualTo(2);
    assertThat(output.text()).startsWith("x.csv: not an ACLED export: the header lacks");
  }
}
