package org.sitrep.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.core.geo.Place;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;

/**
 * A military or security exercise. A joint exercise has at least two participants; validation
 * reports {@code exercise.participants} when it has fewer.
 *
 * <pre>{@code
 * Exercise warriors = Exercise.builder()
 *     .id(Id.exercise("china-pakistan-ct-2024"))
 *     .name("China-Pakistan joint counter-terrorism exercise")
 *     .kind(Exercise.Kind.COUNTER_TERRORISM)
 *     .joint(true)
 *     .addParticipant(Involvement.confirmed(Id.actor("pla")))
 *     .addParticipant(Involvement.confirmed(Id.actor("pakistan-army")))
 *     .host(Id.actor("pakistan"))
 *     .period(Period.parse("2024-11-21~/2024-12-15~"))
 *     .announced(FuzzyDate.parse("2024-11-19"))
 *     .announcedBy(Id.actor("china-mnd"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
// immutables:from: from(SitrepRecord) cannot copy the covariant id; from(Self) does.
// exports: Immutables' annotations stay in the class file; users never need Immutables.
@SuppressWarnings({"immutables:from", "exports"})
public abstract non-sealed class Exercise implements SitrepRecord {

  Exercise() {}

  @Override
  public final RecordType type() {
    return RecordType.EXERCISE;
  }

  /** When this exercise happened or runs: its {@link #period()}. */
  @Override
  public final Optional<TimeSpan> when() {
    return period().map(TimeSpan.class::cast);
  }

  @Override
  public abstract Id<Exercise> id();

  /** {@return what sort of exercise} */
  public abstract Kind kind();

  /** {@return whether it is a joint exercise of several parties} */
  @Value.Default
  public boolean joint() {
    return false;
  }

  /** {@return who takes part} */
  public abstract List<Involvement> participants();

  /** {@return the state that hosts it} */
  public abstract Optional<Id<Actor>> host();

  /** {@return where it takes place} */
  public abstract Optional<Place> place();

  /** {@return when it runs} */
  public abstract Optional<Period> period();

  /** {@return when it was announced} */
  public abstract Optional<FuzzyDate> announced();

  /** {@return who announced it} */
  public abstract Optional<Id<Actor>> announcedBy();

  /** {@return the name of the series it belongs to ("Warrior")} */
  public abstract Optional<String> series();

  /** {@return the edition within the series, as named ("VIII", "2024")} */
  public abstract Optional<String> edition();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this exercise's values, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    RecordChecks.check(this);
  }

  /**
   * Builds an {@link Exercise}; {@code id}, {@code name} and {@code kind} are required.
   *
   * <pre>{@code
   * Exercise drill = Exercise.builder()
   *     .id(Id.exercise("warrior-viii"))
   *     .name("Warrior-VIII")
   *     .kind(Exercise.Kind.COUNTER_TERRORISM)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableExercise.Builder
      implements RecordBuilder<Builder> {
    Builder() {}
  }

  /**
   * What sort of exercise it is.
   *
   * <pre>{@code
   * Exercise.Kind.COUNTER_TERRORISM.wireName(); // "counter-terrorism"
   * WireNamed.find(Exercise.Kind.class, "naval"); // Optional[NAVAL]
   * }</pre>
   */
  public enum Kind implements WireNamed {
    /** Counter-terrorism. */
    COUNTER_TERRORISM("counter-terrorism"),
    /** Field training of ground forces. */
    FIELD_TRAINING("field-training"),
    /** A naval exercise. */
    NAVAL("naval"),
    /** An air exercise. */
    AIR("air"),
    /** A command-post or staff exercise. */
    COMMAND_POST("command-post"),
    /** Anything else. */
    OTHER("other");

    private final String wireName;

    Kind(String wireName) {
      this.wireName = wireName;
    }

    @Override
    public String wireName() {
      return wireName;
    }
  }
}
