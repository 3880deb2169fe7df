package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EstimateTest {

  @Test
  void aLoneBoundIsAtLeastOrAtMost() {
    Estimate atLeast = Estimate.atLeast(26);
    Estimate atMost = Estimate.atMost(10);

    assertThat(atLeast.low()).hasValue(26);
    assertThat(atLeast.best()).isEmpty();
    assertThat(atLeast.high()).isEmpty();
    assertThat(atLeast.central()).isEqualTo(26);
    assertThat(atLeast)
        .isEqualTo(
            Estimate.of(
                java.util.OptionalInt.of(26),
                java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty()));
    assertThat(atMost.high()).hasValue(10);
    assertThat(atMost.low()).isEmpty();
    assertThat(atMost.best()).isEmpty();
    assertThat(atMost.central()).isEqualTo(10);
  }

  @Test
  void primitiveAccessorsAgreeWithTheOptionalOnes() {
    Estimate[] estimates = {
      Estimate.of(-3),
      Estimate.of(10, 12, 15),
      Estimate.range(4, 9),
      Estimate.of(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(7)),
      Estimate.of(OptionalInt.of(0), OptionalInt.empty(), OptionalInt.empty())
    };
    for (Estimate estimate : estimates) {
      assertThat(estimate.hasLow()).isEqualTo(estimate.low().isPresent());
      assertThat(estimate.hasBest()).isEqualTo(estimate.best().isPresent());
      assertThat(estimate.hasHigh()).isEqualTo(estimate.high().isPresent());
      assertThat(estimate.lowOrZero()).isEqualTo(estimate.low().orElse(0));
      assertThat(estimate.bestOrZero()).isEqualTo(estimate.best().orElse(0));
      assertThat(estimate.highOrZero()).isEqualTo(estimate.high().orElse(0));
    }
  }

  @Test
  void anAbsentFigureReadsAsZeroAndIsToldApartFromAGivenZero() {
    Estimate range = Estimate.range(4, 9);
    Estimate zero = Estimate.of(0);

    assertThat(range.hasBest()).isFalse();
    assertThat(range.bestOrZero()).isZero();
    assertThat(zero.hasBest()).isTrue();
    assertThat(zero.bestOrZero()).isZero();
  }
}
