package org.sitrep.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Dataset;
import org.sitrep.core.Incident;
import org.sitrep.core.SitrepRecord;

/** Import reads row by row, and export never leaves half a file. */
class StreamingTest {

  /** An ACLED export that never ends: only a reader that streams can give its first records. */
  private static final class EndlessAcled extends Reader {
    private static final String HEADER = String.join(",", AcledCsv.columns()) + "\n";
    private String buffer = HEADER;
    private int position;
    private long rows;

    @Override
    public int read(char[] target, int offset, int length) {
      if (position == buffer.length()) {
        rows++;
        buffer =
            "E"
                + rows
                + ",2024-10-06,2024,1,Political violence,Battles,Armed clash,Group "
                + (rows % 50)
                + ",,Rebel group,,,,Rebel group only,,586,South Asia,Pakistan,Sindh,"
                + "Karachi,,Karachi,24.86,67.01,1,Dawn,National,notes,1,,1728518400\n";
        position = 0;
      }
      int count = Math.min(length, buffer.length() - position);
      buffer.getChars(position, position + count, target, offset);
      position += count;
      return count;
    }

    @Override
    public void close() {}
  }

  @Test
  void recordsComeRowByRowFromAnEndlessFile() throws IOException {
    EndlessAcled endless = new EndlessAcled();
    try (TabularReader reader = AcledCsv.open(endless, "endless.csv")) {
      int incidents = 0;
      int actors = 0;
      while (incidents < 20_000) {
        SitrepRecord record = reader.next();
        if (record instanceof Incident) {
          incidents++;
        } else {
          actors++;
        }
      }
      assertThat(actors).isEqualTo(50);
      assertThat(reader.rowsImported()).isEqualTo(20_000);
      assertThat(endless.rows).isLessThan(21_000);
    }
  }

  @Test
  void aFailedExportKeepsTheOldFileAndLeavesNoTemporaryFile(@TempDir Path folder)
      throws IOException {
    Path target = Files.writeString(folder.resolve("out.csv"), "old content\n");
    Dataset dataset = Fixtures.acled("acled-current.csv").dataset();
    Iterator<SitrepRecord> failing =
        new Iterator<>() {
          private final Iterator<SitrepRecord> records = dataset.records().iterator();

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public SitrepRecord next() {
            if (!records.hasNext()) {
              throw new IllegalStateException("the source failed");
            }
            return records.next();
          }
        };
    assertThatThrownBy(() -> AcledCsv.write(failing, target, AcledCsv.Codes.LABELS))
        .hasMessage("the source failed");
    assertThat(target).hasContent("old content");
    try (var files = Files.list(folder)) {
      assertThat(files.toList()).containsExactly(target);
    }

    AcledCsv.write(dataset, target);
    assertThat(AcledCsv.read(target).dataset().records()).isEqualTo(dataset.records());
    assertThat(Files.getPosixFilePermissions(target))
        .containsExactlyInAnyOrderElementsOf(
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(List.of(folder.toFile().list())).containsExactly("out.csv");
  }
}
