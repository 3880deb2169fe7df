package org.sitrep.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.core.time.TimeSpan;

/**
 * Who acts: a state, a government body, an army, an armed group, a person, a company.
 *
 * <p>Actors form an organisational hierarchy through {@link #parent()} (Pakistan Army → Pakistan),
 * and a person holds posts through {@link #affiliations()}.
 *
 * <pre>{@code
 * Actor sharif = Actor.builder()
 *     .id(Id.actor("shehbaz-sharif"))
 *     .name("Shehbaz Sharif")
 *     .kind(Actor.Kind.PERSON)
 *     .country("PK")
 *     .addAffiliation(Affiliation.of(Id.actor("pakistan-pmo"), "Prime Minister"))
 *     .build();
 * Actor renamed = sharif.toBuilder().addAlias("Mian Muhammad Shehbaz Sharif").build();
 * }</pre>
 */
@Value.Immutable
// immutables:from: from(SitrepRecord) cannot copy the covariant id; from(Self) does.
// exports: Immutables' annotations stay in the class file; users never need Immutables.
@SuppressWarnings({"immutables:from", "exports"})
public abstract non-sealed class Actor implements SitrepRecord {

  Actor() {}

  @Override
  public final RecordType type() {
    return RecordType.ACTOR;
  }

  /** Actors have no time of their own: always empty. */
  @Override
  public final Optional<TimeSpan> when() {
    return Optional.empty();
  }

  @Override
  public abstract Id<Actor> id();

  /** {@return what sort of actor this is} */
  public abstract Kind kind();

  /** {@return other names, e.g. "BLA" for the Baloch Liberation Army} */
  public abstract List<String> aliases();

  /**
   * {@return the ISO 3166-1 alpha-2 code of the actor's country, as written; validation reports
   * {@code place.country} for codes that are not ISO 3166-1}
   */
  public abstract Optional<String> country();

  /** {@return the organisation this one is part of: the Pakistan Army's parent is Pakistan} */
  public abstract Optional<Id<Actor>> parent();

  /** {@return a person's posts: organisation, role, period} */
  public abstract List<Affiliation> affiliations();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this actor's values, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    RecordChecks.check(this);
  }

  /**
   * Builds an {@link Actor}; {@code id}, {@code name} and {@code kind} are required.
   *
   * <pre>{@code
   * Actor bla = Actor.builder()
   *     .id(Id.actor("bla"))
   *     .name("Baloch Liberation Army")
   *     .kind(Actor.Kind.ARMED_GROUP)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableActor.Builder
      implements RecordBuilder<Builder> {
    Builder() {}
  }

  /**
   * What sort of actor it is.
   *
   * <pre>{@code
   * Actor.Kind.ARMED_GROUP.wireName(); // "armed-group"
   * WireNamed.find(Actor.Kind.class, "state"); // Optional[STATE]
   * }</pre>
   */
  public enum Kind implements WireNamed {
    /** A sovereign state: Pakistan, China. */
    STATE("state"),
    /** A ministry, office or agency: the Prime Minister's Office, a defence ministry. */
    GOVERNMENT_BODY("government-body"),
    /** Armed forces and their branches: the Pakistan Army, the PLA. */
    MILITARY("military"),
    /** Police, paramilitary and security forces: the Airport Security Force. */
    SECURITY_FORCE("security-force"),
    /** A non-state armed group: the Baloch Liberation Army. */
    ARMED_GROUP("armed-group"),
    /** A political party. */
    POLITICAL_PARTY("political-party"),
    /** A named person. */
    PERSON("person"),
    /** A company. */
    COMPANY("company"),
    /** An international organisation: the UN, the SCO. */
    INTERNATIONAL_ORGANIZATION("international-organization"),
    /** A news organisation. */
    MEDIA("media"),
    /** A civilian group: "Chinese nationals", "protesters". */
    CIVILIAN_GROUP("civilian-group"),
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
