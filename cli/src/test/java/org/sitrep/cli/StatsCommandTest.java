package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.cli.TestFiles.data;

import org.junit.jupiter.api.Test;

class StatsCommandTest {

  @Test
  void countsRecordsCategoriesDatesAndActors() {
    Run run = Run.of("stats", data("valid.json"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("valid.json: 8 records")
        .containsPattern("actor +4")
        .containsPattern("incident +2")
        .containsPattern("investment +0")
        .containsPattern("explosions-remote-violence +2")
        .contains("Date span: 2024-10-06 to 2024-12-31")
        .containsPattern("3  actor:bla  Baloch Liberation Army\\R +3  actor:pakistan-army")
        .containsPattern("1  actor:pla");
  }

  @Test
  void printsStatisticsForMachines() {
    Run run = Run.of("stats", "--format", "json", data("valid.jsonl"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"records\" : 6")
        .contains("\"incident\" : 3")
        .contains("\"violence-against-civilians\" : 1")
        .contains("\"earliest\" : \"2024-08-26\"")
        .contains("\"latest\" : \"2024-12-31\"")
        .contains(
            "\"actor\" : \"actor:bla\",\n    \"name\" : \"Baloch Liberation Army\",\n"
                + "    \"involvements\" : 4");
  }

  @Test
  void anUnreadableFileExits2() {
    Run run = Run.of("stats", data("broken-line.jsonl"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("broken-line.jsonl:3:");
  }
}
