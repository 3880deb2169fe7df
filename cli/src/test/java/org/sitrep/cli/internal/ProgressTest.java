package org.sitrep.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  /** A clock that moves one second each time it is read. */
  private static final class Clock {
    long now;

    long tick() {
      now += 1_000_000_000L;
      return now;
    }
  }

  private static String run(OptionalLong size, boolean terminal, int records) {
    return run(size, ProgressMode.AUTO, terminal, records);
  }

  private static String run(OptionalLong size, ProgressMode mode, boolean terminal, int records) {
    StringWriter err = new StringWriter();
    Clock clock = new Clock();
    Progress progress =
        new Progress(new PrintWriter(err), "big.jsonl", size, mode, terminal, clock::tick);
    for (int i = 0; i < records; i++) {
      progress.tick();
    }
    String shown = err.toString();
    progress.done();
    return shown + "|" + err.toString().substring(shown.length());
  }

  @Test
  void aLargeFileOnATerminalShowsRecordsReadAndRate() {
    String output = run(OptionalLong.of(Progress.LARGE_FILE + 1), true, 2048);

    assertThat(output)
        .startsWith("\rbig.jsonl: 1,024 records read, 1,024 records/s")
        .contains("\rbig.jsonl: 2,048 records read, 1,024 records/s")
        .endsWith(
            "|\r" + " ".repeat("big.jsonl: 2,048 records read, 1,024 records/s".length()) + "\r");
  }

  @Test
  void aSmallInputShowsProgressOnlyAfterManyRecords() {
    assertThat(run(OptionalLong.of(1000), true, 4096)).isEqualTo("|");
    assertThat(run(OptionalLong.empty(), true, Progress.LARGE_COUNT + 1024))
        .contains("records read")
        .doesNotContain("\n");
  }

  @Test
  void withoutATerminalNothingIsShown() {
    assertThat(run(OptionalLong.of(Progress.LARGE_FILE + 1), false, 4096)).isEqualTo("|");
  }

  @Test
  void alwaysShowsAnyInputWithoutATerminalAndKeepsTheFinalCount() {
    String output = run(OptionalLong.of(100), ProgressMode.ALWAYS, false, 1030);

    assertThat(output)
        .startsWith("\rbig.jsonl: 1,024 records read, 1,024 records/s")
        .contains("|\rbig.jsonl: 1,030 records read, 515 records/s")
        .endsWith(System.lineSeparator());
  }

  @Test
  void neverShowsNothingEvenOnATerminal() {
    assertThat(run(OptionalLong.of(Progress.LARGE_FILE + 1), ProgressMode.NEVER, true, 4096))
        .isEqualTo("|");
  }
}
