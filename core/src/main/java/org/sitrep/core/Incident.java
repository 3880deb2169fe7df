package org.sitrep.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.TimeSpan;

/**
 * Something that happened at a place and time: a battle, an explosion, violence against civilians,
 * a protest, a riot or a strategic development, classified by a taxonomy that maps one-to-one onto
 * ACLED's event types and sub-event types.
 *
 * <pre>{@code
 * Incident karachi = Incident.builder()
 *     .id(Id.incident("2024-10-06-karachi-airport"))
 *     .name("Suicide bombing outside Jinnah International Airport, Karachi")
 *     .category(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE)
 *     .subCategory(IncidentSubCategory.SUICIDE_BOMB)
 *     .date(FuzzyDate.parse("2024-10-06"))
 *     .place(Place.of("Jinnah International Airport", Place.Kind.SITE))
 *     .addPerpetrator(Involvement.of(Id.actor("bla"), Certainty.CLAIMED))
 *     .casualties(Casualties.builder().killed(Estimate.of(2)).build())
 *     .suicide(true)
 *     .claimStatus(Incident.ClaimStatus.CLAIMED)
 *     .addClaimedBy(Id.actor("bla"))
 *     .addAffects(Id.investment("cpec"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
// immutables:from: from(SitrepRecord) cannot copy the covariant id; from(Self) does.
// exports: Immutables' annotations stay in the class file; users never need Immutables.
@SuppressWarnings({"immutables:from", "exports"})
public abstract non-sealed class Incident implements SitrepRecord {

  Incident() {}

  @Override
  public final RecordType type() {
    return RecordType.INCIDENT;
  }

  /** When this incident happened or runs: its {@link #date()}. */
  @Override
  public final Optional<TimeSpan> when() {
    return date();
  }

  @Override
  public abstract Id<Incident> id();

  /** {@return the ACLED event type} */
  public abstract IncidentCategory category();

  /** {@return the ACLED sub-event type; it must belong to {@link #category()}} */
  public abstract Optional<IncidentSubCategory> subCategory();

  /** {@return when it happened: a fuzzy date, a period, or an exact timestamp} */
  public abstract Optional<TimeSpan> date();

  /** {@return where it happened} */
  public abstract Optional<Place> place();

  /** {@return who did it, and how sure the sources are} */
  public abstract List<Involvement> perpetrators();

  /** {@return who or what it was aimed at} */
  public abstract List<Involvement> targets();

  /** {@return the killed and injured} */
  public abstract Optional<Casualties> casualties();

  /** {@return weapons used, in words ("vehicle-borne IED", "small arms")} */
  public abstract List<String> weapons();

  /** {@return whether it was a suicide attack, when the sources say} */
  public abstract Optional<Boolean> suicide();

  /**
   * {@return whether anyone claimed the incident, as the sources say: {@code claimed}, {@code
   * unclaimed} (the sources say no one did), {@code denied}, {@code disputed} (several claim it, or
   * a claim is contested) or {@code unknown}; empty when not recorded} {@code sitrep-validation}
   * checks it against {@link #claimedBy()} and the perpetrators of certainty {@code claimed}
   * ({@code claim.inconsistent}).
   */
  public abstract Optional<ClaimStatus> claimStatus();

  /** {@return the actors that claimed responsibility} */
  public abstract List<Id<Actor>> claimedBy();

  /**
   * {@return what is at stake that this incident hit: the investments (projects, assets) it damaged
   * or targeted, e.g. the attack on the Gwadar Port Authority and the Gwadar Port investment}
   */
  public abstract List<Id<Investment>> affects();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this incident's values, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    RecordChecks.check(this);
    subCategory()
        .filter(sub -> sub.category() != category())
        .ifPresent(
            sub -> {
              throw new IllegalArgumentException(
                  "Incident.subCategory "
                      + sub.wireName()
                      + " belongs to "
                      + sub.category().wireName()
                      + ", not to "
                      + category().wireName()
                      + " (id "
                      + id()
                      + ")");
            });
  }

  /**
   * Builds an {@link Incident}; {@code id}, {@code name} and {@code category} are required.
   *
   * <pre>{@code
   * Incident attack = Incident.builder()
   *     .id(Id.incident("2024-10-06-karachi-airport"))
   *     .name("Suicide bombing outside Jinnah International Airport, Karachi")
   *     .category(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableIncident.Builder
      implements RecordBuilder<Builder> {
    Builder() {}
  }

  /**
   * Whether an incident was claimed, GTD style, so that "no claim" can be told from "not known".
   *
   * <pre>{@code
   * WireNamed.find(Incident.ClaimStatus.class, "unclaimed"); // Optional[UNCLAIMED]
   * }</pre>
   */
  public enum ClaimStatus implements WireNamed {
    /** One actor (or more, in agreement) claimed it: name them in {@code claimedBy}. */
    CLAIMED("claimed"),
    /** The sources say that no one claimed it. */
    UNCLAIMED("unclaimed"),
    /** An actor it was attributed to denied it. */
    DENIED("denied"),
    /** Several actors claim it, or a claim is contested. */
    DISPUTED("disputed"),
    /** The sources do not say whether anyone claimed it. */
    UNKNOWN("unknown");

    private final String wireName;

    ClaimStatus(String wireName) {
      this.wireName = wireName;
    }

    @Override
    public String wireName() {
      return wireName;
    }
  }
}
