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
  void inOrderComparesOnlyTheFiguresGiven() {
    assertThat(Estimate.of(10, 12, 15).isInOrder()).isTrue();
    assertThat(Estimate.of(5, 5, 5).isInOrder()).isTrue();
    assertThat(Estimate.atLeast(5).isInOrder()).isTrue();
    assertThat(Estimate.atMost(-5).isInOrder()).isTrue();
    assertThat(Estimate.range(4, 9).isInOrder()).isTrue();
    assertThat(Estimate.range(10, 3).isInOrder()).isFalse();
    assertThat(Estimate.of(13, 12, 15).isInOrder()).as("low above best").isFalse();
    assertThat(Estimate.of(10, 16, 15).isInOrder()).as("best above high").isFalse();
    assertThat(Estimate.of(OptionalInt.of(3), OptionalInt.of(2), OptionalInt.empty()).isInOrder())
        .as("low above best, no high")
        .isFalse();
    assertThat(Estimate.of(OptionalInt.empty(), OptionalInt.of(9), OptionalInt.of(8)).isInOrder())
        .as("best above high, no low")
        .isFalse();
  }

  @Test
  void negativeLooksAtEachFigureGivenAndNotAtAbsentOnes() {
    assertThat(Estimate.of(0).hasNegative()).isFalse();
    assertThat(Estimate.range(0, 9).hasNegative()).as("the absent best is not a 0").isFalse();
    assertThat(Estimate.of(-9).hasNegative()).isTrue();
    assertThat(Estimate.atLeast(-1).hasNegative()).isTrue();
    assertThat(Estimate.atMost(-1).hasNegative()).isTrue();
    assertThat(Estimate.of(1, 2, -3).hasNegative()).isTrue();
    assertThat(Estimate.of(-1, 2, 3).hasNegative()).isTrue();
    assertThat(Estimate.of(1, -2, 3).hasNegative()).isTrue();
  }

  @Test
  void aGivenZeroIsToldApartFromAnAbsentFigure() {
    assertThat(Estimate.range(4, 9).best()).isEmpty();
    assertThat(Estimate.of(0).best()).hasValue(0);
    assertThat(Estimate.range(4, 9)).isNotEqualTo(Estimate.of(4, 0, 9));
  }
}
