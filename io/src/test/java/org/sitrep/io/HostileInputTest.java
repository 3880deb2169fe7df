package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Input a careless or hostile writer produces gets one clear error that names the limit or rule.
 */
class HostileInputTest {

  private static final String ACTOR_NAMED =
      "{\"type\":\"actor\",\"id\":\"actor:a\",\"kind\":\"other\",\"name\":";

  @Test
  void aLoneSurrogateIsRefusedByStrictReadersAndLeavesTheRecordOutOfLenientOnes() {
    String line = ACTOR_NAMED + "\"A\\ud800B\"}";
    assertThatThrownBy(() -> SitrepJson.strict().openRecords(line).next())
        .isInstanceOf(SitrepReadException.class)
        .hasFieldOrPropertyWithValue("problem.code", "malformed-value")
        .hasFieldOrPropertyWithValue("problem.pointer", "/name")
        .hasMessageContaining("a lone surrogate \\ud800 at index 1 of the string");
    assertThatThrownBy(() -> SitrepJson.strict().openRecords(ACTOR_NAMED + "\"\\udc00\"}").next())
        .hasMessageContaining("a lone surrogate \\udc00 at index 0");

    try (RecordReader lenient = SitrepJson.lenient().openRecords(line + "\n")) {
      assertThat(lenient.hasNext()).isFalse();
      assertThat(lenient.warnings())
          .singleElement()
          .satisfies(w -> assertThat(w.code()).isEqualTo("malformed-value"));
    }
    assertThat(SitrepJson.strict().openRecords(ACTOR_NAMED + "\"\\ud83d\\ude00\"}").next().name())
        .isEqualTo("\ud83d\ude00");
  }

  @Test
  void aHugeNumberNamesTheNumberLimit() {
    String line =
        "{\"type\":\"incident\",\"id\":\"incident:a\",\"name\":\"A\",\"category\":\"battles\","
            + "\"confidence\":"
            + "9".repeat(2_000_000)
            + "}";
    assertThatThrownBy(() -> SitrepJson.strict().openRecords(line).next())
        .isInstanceOf(SitrepReadException.class)
        .hasFieldOrPropertyWithValue("problem.code", "limit-exceeded")
        .hasMessageContaining(
            "read limit exceeded: a number longer than the maximum of 100 characters");
  }

  @Test
  void aHugeStringStillNamesTheStringLimit() {
    String line = ACTOR_NAMED + "\"" + "x".repeat(2_000_000) + "\"}";
    assertThatThrownBy(() -> SitrepJson.strict().openRecords(line).next())
        .hasMessageContaining("String value length")
        .hasMessageNotContaining("number");
  }

  @Test
  void anAmountThatCouldNotBeWrittenBackIsRefused() {
    String investment =
        "{\"type\":\"investment\",\"id\":\"investment:i\",\"name\":\"I\",\"kind\":\"project\","
            + "\"value\":{\"amount\":%s,\"currency\":\"USD\"}}";
    for (String amount : new String[] {"1e200", "1e999999999", "1e-200", "6e5000000000"}) {
      assertThatThrownBy(
              () -> SitrepJson.strict().openRecords(String.format(investment, amount)).next())
          .as(amount)
          .isInstanceOf(SitrepReadException.class)
          .hasFieldOrPropertyWithValue("problem.code", "malformed-value")
          .hasMessageContaining("digits written out, more than the maximum of 100");
    }
    assertThat(SitrepJson.strict().openRecords(String.format(investment, "6.5E10")).next())
        .isNotNull();
  }
}
