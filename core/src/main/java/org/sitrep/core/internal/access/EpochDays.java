package org.sitrep.core.internal.access;

import org.jspecify.annotations.Nullable;
import org.sitrep.core.time.FuzzyDate;

/**
 * The bounds of a {@link FuzzyDate} as epoch days, computed without creating a {@code LocalDate},
 * for the validator, which compares millions of dates. Not public API: users take {@link
 * FuzzyDate#earliest()} and {@link FuzzyDate#latest()}. {@code FuzzyDate} hands its computation
 * over when its class is initialised (the JDK's "shared secrets" pattern).
 *
 * <pre>{@code
 * EpochDays.earliest(FuzzyDate.parse("1970-01")); // 0
 * EpochDays.latest(FuzzyDate.parse("1970-01"));   // 30
 * }</pre>
 */
public final class EpochDays {

  /** The computation {@link FuzzyDate} hands over. */
  public interface Source {

    /** The epoch day of {@code date.earliest()}. */
    long earliest(FuzzyDate date);

    /** The epoch day of {@code date.latest()}. */
    long latest(FuzzyDate date);
  }

  /** Null until {@link FuzzyDate}'s static initialiser installs it. */
  private static volatile @Nullable Source source;

  private EpochDays() {}

  /**
   * Called once, by {@link FuzzyDate}'s static initialiser: a date exists only after it ran.
   *
   * @throws IllegalStateException when called a second time
   */
  public static synchronized void install(Source given) {
    if (source != null) {
      throw new IllegalStateException("the epoch-day source is installed already");
    }
    source = given;
  }

  /** The epoch day of the date's {@linkplain FuzzyDate#earliest() earliest} day. */
  public static long earliest(FuzzyDate date) {
    return installed().earliest(date);
  }

  /** The epoch day of the date's {@linkplain FuzzyDate#latest() latest} day. */
  public static long latest(FuzzyDate date) {
    return installed().latest(date);
  }

  /** The source; a {@code FuzzyDate} exists only after its class installed it. */
  private static Source installed() {
    Source installed = source;
    if (installed == null) {
      throw new IllegalStateException(
          "no epoch-day source: FuzzyDate installs it when initialised");
    }
    return installed;
  }
}
