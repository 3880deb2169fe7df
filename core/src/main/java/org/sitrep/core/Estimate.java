package org.sitrep.core;

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A count as the sources give it, UCDP style: a low, a best and a high estimate, each of which may
 * be absent. Unknown is absent, never 0.
 *
 * <p>Values are kept as given, negative or out of order included; validation reports {@code
 * casualties.negative} and {@code casualties.order}.
 *
 * <p><b>A lone bound</b> says exactly what a source that gives only a bound says: a lone {@code
 * low} is "at least" ("at least 26 killed": {@link #atLeast(int) atLeast(26)}), a lone {@code high}
 * "at most" ("up to 10 injured": {@link #atMost(int) atMost(10)}); neither claims a best figure.
 * Where a single figure is needed (comparing breakdowns with a total), {@link #central()} takes
 * best, else low, else high.
 *
 * <pre>{@code
 * Estimate two = Estimate.of(2);                 // best 2
 * Estimate range = Estimate.range(10, 15);       // low 10, high 15
 * Estimate full = Estimate.of(10, 12, 15);       // low, best, high
 * Estimate some = Estimate.atLeast(26);          // "at least 26": low 26
 * }</pre>
 */
public final class Estimate {

  private static final int LOW = 1;
  private static final int BEST = 2;
  private static final int HIGH = 4;

  private final int present;
  private final int low;
  private final int best;
  private final int high;

  private Estimate(int present, int low, int best, int high) {
    if (present == 0) {
      throw new IllegalArgumentException("An estimate needs at least one of low, best, high");
    }
    this.present = present;
    this.low = low;
    this.best = best;
    this.high = high;
  }

  /**
   * {@return an estimate with a best figure only}
   *
   * @param best the best figure
   */
  public static Estimate of(int best) {
    return new Estimate(BEST, 0, best, 0);
  }

  /**
   * {@return an estimate with all three figures}
   *
   * @param low the low figure
   * @param best the best figure
   * @param high the high figure
   */
  public static Estimate of(int low, int best, int high) {
    return new Estimate(LOW | BEST | HIGH, low, best, high);
  }

  /**
   * "At least {@code low}": a low figure only, as a source that gives a floor says it.
   *
   * @param low the floor
   * @return the estimate, with no best and no high figure
   */
  public static Estimate atLeast(int low) {
    return new Estimate(LOW, low, 0, 0);
  }

  /**
   * "At most {@code high}" ("up to"): a high figure only.
   *
   * @param high the ceiling
   * @return the estimate, with no low and no best figure
   */
  public static Estimate atMost(int high) {
    return new Estimate(HIGH, 0, 0, high);
  }

  /**
   * {@return an estimate with a low and a high figure and no best}
   *
   * @param low the low figure
   * @param high the high figure
   */
  public static Estimate range(int low, int high) {
    return new Estimate(LOW | HIGH, low, 0, high);
  }

  /**
   * {@return an estimate from optional parts, as a reader finds them}
   *
   * @param low the low figure, if any
   * @param best the best figure, if any
   * @param high the high figure, if any
   * @throws IllegalArgumentException when all three are absent
   */
  public static Estimate of(OptionalInt low, OptionalInt best, OptionalInt high) {
    return new Estimate(
        (low.isPresent() ? LOW : 0) | (best.isPresent() ? BEST : 0) | (high.isPresent() ? HIGH : 0),
        low.orElse(0),
        best.orElse(0),
        high.orElse(0));
  }

  /** {@return the low estimate} */
  public OptionalInt low() {
    return (present & LOW) != 0 ? OptionalInt.of(low) : OptionalInt.empty();
  }

  /** {@return the best estimate} */
  public OptionalInt best() {
    return (present & BEST) != 0 ? OptionalInt.of(best) : OptionalInt.empty();
  }

  /** {@return the high estimate} */
  public OptionalInt high() {
    return (present & HIGH) != 0 ? OptionalInt.of(high) : OptionalInt.empty();
  }

  /**
   * {@return whether the figures given are in the order low &lt;= best &lt;= high} Absent figures
   * take no part: {@code atLeast(5)} is in order, {@code range(10, 3)} is not. Validation reports
   * an estimate out of order as {@code casualties.order}.
   */
  public boolean isInOrder() {
    boolean hasLow = (present & LOW) != 0;
    boolean hasBest = (present & BEST) != 0;
    boolean hasHigh = (present & HIGH) != 0;
    return !(hasLow && hasBest && low > best)
        && !(hasBest && hasHigh && best > high)
        && !(hasLow && hasHigh && low > high);
  }

  /**
   * {@return whether a figure given is below 0, as a source's code for "unknown" such as -9 is}
   * Validation reports each as {@code casualties.negative}.
   */
  public boolean hasNegative() {
    return ((present & LOW) != 0 && low < 0)
        || ((present & BEST) != 0 && best < 0)
        || ((present & HIGH) != 0 && high < 0);
  }

  /**
   * {@return the figure to count with: best, else low, else high} Used where one number is needed,
   * such as checking that breakdowns do not exceed the total.
   */
  public int central() {
    return (present & BEST) != 0 ? best : (present & LOW) != 0 ? low : high;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Estimate that)) {
      return false;
    }
    return present == that.present && low == that.low && best == that.best && high == that.high;
  }

  @Override
  public int hashCode() {
    return ((present * 31 + low) * 31 + best) * 31 + high;
  }

  /** For example {@code Estimate{low=10, best=12, high=15}}; absent parts are left out. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Estimate{");
    String sep = "";
    if ((present & LOW) != 0) {
      out.append("low=").append(low);
      sep = ", ";
    }
    if ((present & BEST) != 0) {
      out.append(sep).append("best=").append(best);
      sep = ", ";
    }
    if ((present & HIGH) != 0) {
      out.append(sep).append("high=").append(high);
    }
    return out.append('}').toString();
  }
}
