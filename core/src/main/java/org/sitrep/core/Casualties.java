package org.sitrep.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.core.internal.ExtensionKeys;

/**
 * The human cost of an incident: killed and injured, each an {@link Estimate}, with breakdowns by
 * group and whether the perpetrators are counted. Unknown is absent, never 0.
 *
 * <pre>{@code
 * Casualties karachi = Casualties.builder()
 *     .killed(Estimate.of(2))
 *     .addBreakdown(Casualties.Breakdown.killed("Chinese nationals", 2))
 *     .build();
 * }</pre>
 */
@Value.Immutable
// exports: Immutables' annotations stay in the class file; users never need Immutables.
@SuppressWarnings("exports")
public abstract class Casualties implements Extensible {

  Casualties() {}

  /** {@return people killed} */
  public abstract Optional<Estimate> killed();

  /** {@return people injured} */
  public abstract Optional<Estimate> injured();

  /**
   * Counts of particular groups among the killed and injured ("Chinese nationals": 2).
   *
   * @return the breakdowns, in order; empty when the sources give none
   */
  public abstract List<Breakdown> breakdowns();

  /**
   * {@return whether the perpetrators are counted among the killed and injured, when the sources
   * say}
   */
  public abstract Optional<Boolean> perpetratorsIncluded();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    ExtensionKeys.check(extensions(), () -> "Casualties");
  }

  /**
   * Builds {@link Casualties}; every field is optional.
   *
   * <pre>{@code
   * Casualties casualties = Casualties.builder()
   *     .killed(Estimate.of(2))
   *     .injured(Estimate.atLeast(10))
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableCasualties.Builder {
    Builder() {}
  }

  /**
   * The killed and injured of one group among the casualties.
   *
   * <pre>{@code
   * Casualties.Breakdown engineers = Casualties.Breakdown.killed("Chinese nationals", 2);
   * }</pre>
   */
  @Value.Immutable
  public abstract static class Breakdown {

    Breakdown() {}

    /** {@return the group, e.g. "Chinese nationals", "civilians", "security forces"} */
    public abstract String group();

    /** {@return how many of the group were killed} */
    public abstract Optional<Estimate> killed();

    /** {@return how many of the group were injured} */
    public abstract Optional<Estimate> injured();

    /** {@return a new builder} */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * {@return a breakdown of a group's killed only}
     *
     * @param group the group, e.g. "Chinese nationals"
     * @param best how many of it were killed
     */
    public static Breakdown killed(String group, int best) {
      return builder().group(group).killed(Estimate.of(best)).build();
    }

    /**
     * Builds a {@link Breakdown}; {@code group} is required.
     *
     * <pre>{@code
     * Casualties.Breakdown engineers = Casualties.Breakdown.builder()
     *     .group("Chinese nationals")
     *     .killed(Estimate.of(2))
     *     .build();
     * }</pre>
     */
    public static final class Builder extends ImmutableBreakdown.Builder {
      Builder() {}
    }
  }
}
