package org.sitrep.core;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.core.internal.ExtensionKeys;
import org.sitrep.core.time.Period;

/**
 * A person's post in an organisation: Shehbaz Sharif is Prime Minister in the Prime Minister's
 * Office; Lin Jian is Spokesperson of the Ministry of Foreign Affairs.
 *
 * <pre>{@code
 * Affiliation pm = Affiliation.builder()
 *     .organisation(Id.actor("pakistan-pmo"))
 *     .role("Prime Minister")
 *     .period(Period.parse("2024-03-04/.."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
// exports: Immutables' annotations stay in the class file; users never need Immutables.
@SuppressWarnings("exports")
public abstract class Affiliation implements Extensible {

  Affiliation() {}

  /** {@return the organisation the post is in} */
  public abstract Id<Actor> organisation();

  /** {@return the post, e.g. "Prime Minister" or "Spokesperson"} */
  public abstract String role();

  /** {@return when the person held the post, when known} */
  public abstract Optional<Period> period();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return an affiliation with no period}
   *
   * @param organisation the organisation the post is in
   * @param role the post
   */
  public static Affiliation of(Id<Actor> organisation, String role) {
    return builder().organisation(organisation).role(role).build();
  }

  @Value.Check
  void check() {
    ExtensionKeys.check(extensions(), () -> "Affiliation");
  }

  /**
   * Builds an {@link Affiliation}; {@code organisation} and {@code role} are required.
   *
   * <pre>{@code
   * Affiliation spokesperson = Affiliation.builder()
   *     .organisation(Id.actor("china-mfa"))
   *     .role("Spokesperson")
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableAffiliation.Builder {
    Builder() {}
  }
}
