package org.sitrep.core;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.core.internal.ExtensionKeys;

/**
 * An actor's part in an incident, operation, exercise or investment: who, in what role, and how
 * sure we are.
 *
 * <pre>{@code
 * Involvement bla = Involvement.of(Id.actor("bla"), Certainty.CLAIMED);
 * Involvement militants = Involvement.builder()
 *     .actor(Id.actor("baloch-militants"))
 *     .certainty(Certainty.ATTRIBUTED)
 *     .attributedBy(Id.actor("pakistan"))
 *     .build();
 * Involvement china = Involvement.builder()
 *     .actor(Id.actor("china"))
 *     .certainty(Certainty.UNKNOWN)
 *     .role("possible partner")
 *     .build();
 * }</pre>
 */
@Value.Immutable
// exports: Immutables' annotations stay in the class file; users never need Immutables.
@SuppressWarnings("exports")
public abstract class Involvement implements Extensible {

  Involvement() {}

  /** {@return the actor involved} */
  public abstract Id<Actor> actor();

  /** {@return the actor's role, in words (e.g. "perpetrator", "host", "lead")} */
  public abstract Optional<String> role();

  /** {@return how sure the sources are of this involvement} */
  public abstract Certainty certainty();

  /**
   * {@return who made the attribution, when the involvement rests on one ({@link
   * Certainty#ATTRIBUTED}): "attributed by Pakistan to militants" names Pakistan's government here}
   */
  public abstract Optional<Id<Actor>> attributedBy();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return an involvement with the given certainty and no role}
   *
   * @param actor the actor's id
   * @param certainty how certain its involvement is
   */
  public static Involvement of(Id<Actor> actor, Certainty certainty) {
    return builder().actor(actor).certainty(certainty).build();
  }

  /**
   * {@return a confirmed involvement with no role}
   *
   * @param actor the actor's id
   */
  public static Involvement confirmed(Id<Actor> actor) {
    return of(actor, Certainty.CONFIRMED);
  }

  /** {@return a builder holding this involvement's values, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    ExtensionKeys.check(extensions(), () -> "Involvement");
  }

  /**
   * Builds an {@link Involvement}; {@code actor} and {@code certainty} are required.
   *
   * <pre>{@code
   * Involvement army = Involvement.builder()
   *     .actor(Id.actor("pakistan-army"))
   *     .certainty(Certainty.CONFIRMED)
   *     .role("lead")
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableInvolvement.Builder {
    Builder() {}
  }
}
