package org.sitrep.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.core.geo.Place;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;

/**
 * What a state or an army does about a threat: an offensive, a counter-insurgency campaign,
 * intelligence-based operations — planned, approved, ongoing or over.
 *
 * <p>The article's open questions are facts too: whether the offensive is joint with China is a
 * {@link #jointWith()} involvement of certainty {@link Certainty#UNKNOWN}; whether the air force
 * takes part is {@link #domains()} {@code AIR → UNKNOWN}.
 *
 * <pre>{@code
 * Operation offensive = Operation.builder()
 *     .id(Id.operation("balochistan-comprehensive-operation"))
 *     .name("Comprehensive operation in Balochistan")
 *     .kind(Operation.Kind.MILITARY_OFFENSIVE)
 *     .status(Operation.Status.APPROVED)
 *     .addConductedBy(Involvement.confirmed(Id.actor("pakistan-army")))
 *     .addAgainst(Involvement.confirmed(Id.actor("bla")))
 *     .addArea(Place.of("Balochistan", Place.Kind.ADMIN1))
 *     .putDomain(Operation.Domain.GROUND, Certainty.CONFIRMED)
 *     .putDomain(Operation.Domain.AIR, Certainty.UNKNOWN)
 *     .addJointWith(Involvement.of(Id.actor("china"), Certainty.UNKNOWN))
 *     .build();
 * }</pre>
 */
@Value.Immutable
// immutables:from: from(SitrepRecord) cannot copy the covariant id; from(Self) does.
// exports: Immutables' annotations stay in the class file; users never need Immutables.
@SuppressWarnings({"immutables:from", "exports"})
public abstract non-sealed class Operation implements SitrepRecord {

  Operation() {}

  @Override
  public final RecordType type() {
    return RecordType.OPERATION;
  }

  /** When this operation happened or runs: its {@link #period()}. */
  @Override
  public final Optional<TimeSpan> when() {
    return period().map(TimeSpan.class::cast);
  }

  @Override
  public abstract Id<Operation> id();

  /** {@return what sort of operation} */
  public abstract Kind kind();

  /** {@return where it stands} */
  public abstract Optional<Status> status();

  /** {@return who conducts it} */
  public abstract List<Involvement> conductedBy();

  /** {@return whom it is directed against} */
  public abstract List<Involvement> against();

  /** {@return where it takes place} */
  public abstract List<Place> area();

  /** {@return when it runs} */
  public abstract Optional<Period> period();

  /** {@return when it was announced} */
  public abstract Optional<FuzzyDate> announced();

  /** {@return who approved it (a leader, a committee)} */
  public abstract List<Id<Actor>> approvedBy();

  /**
   * {@return when it was approved, as distinct from when it was {@linkplain #announced() announced}
   * and when it was launched and ended (the ends of its {@linkplain #period() period})}
   */
  public abstract Optional<FuzzyDate> approved();

  /** {@return the domains it involves, each with how sure the sources are} */
  public abstract Map<Domain, Certainty> domains();

  /** {@return partners it may be conducted jointly with; certainty may be unknown} */
  public abstract List<Involvement> jointWith();

  /** {@return the incidents that prompted it, each with how sure the sources are of the link} */
  public abstract List<Link<Incident>> triggeredBy();

  /**
   * {@return what is at stake that the operation is meant to protect or acts on: investments,
   * assets}
   */
  public abstract List<Id<Investment>> affects();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this operation's values, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    RecordChecks.check(this);
  }

  /**
   * Builds an {@link Operation}; {@code id}, {@code name} and {@code kind} are required.
   *
   * <pre>{@code
   * Operation offensive = Operation.builder()
   *     .id(Id.operation("balochistan-comprehensive-operation"))
   *     .name("Comprehensive operation in Balochistan")
   *     .kind(Operation.Kind.MILITARY_OFFENSIVE)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableOperation.Builder
      implements RecordBuilder<Builder> {
    Builder() {}
  }

  /**
   * What sort of operation it is.
   *
   * <pre>{@code
   * Operation.Kind.COUNTER_INSURGENCY.wireName(); // "counter-insurgency"
   * WireNamed.find(Operation.Kind.class, "peacekeeping"); // Optional[PEACEKEEPING]
   * }</pre>
   */
  public enum Kind implements WireNamed {
    /** A military offensive. */
    MILITARY_OFFENSIVE("military-offensive"),
    /** A counter-insurgency campaign. */
    COUNTER_INSURGENCY("counter-insurgency"),
    /** A counter-terrorism operation. */
    COUNTER_TERRORISM("counter-terrorism"),
    /** Intelligence-based operations (IBOs). */
    INTELLIGENCE_BASED("intelligence-based"),
    /** A security operation or deployment. */
    SECURITY_OPERATION("security-operation"),
    /** A peacekeeping mission. */
    PEACEKEEPING("peacekeeping"),
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

  /**
   * Where an operation stands.
   *
   * <pre>{@code
   * Operation.Status.APPROVED.wireName(); // "approved"
   * WireNamed.find(Operation.Status.class, "ongoing"); // Optional[ONGOING]
   * }</pre>
   */
  public enum Status implements WireNamed {
    /** Proposed, not yet approved. */
    PROPOSED("proposed"),
    /** Approved, not yet started. */
    APPROVED("approved"),
    /** Under way. */
    ONGOING("ongoing"),
    /** Paused. */
    SUSPENDED("suspended"),
    /** Over. */
    CONCLUDED("concluded");

    private final String wireName;

    Status(String wireName) {
      this.wireName = wireName;
    }

    @Override
    public String wireName() {
      return wireName;
    }
  }

  /**
   * A domain of military operations.
   *
   * <pre>{@code
   * Operation.Domain.GROUND.wireName(); // "ground"
   * WireNamed.find(Operation.Domain.class, "cyber"); // Optional[CYBER]
   * }</pre>
   */
  public enum Domain implements WireNamed {
    /** Land forces. */
    GROUND("ground"),
    /** Air power. */
    AIR("air"),
    /** Naval forces. */
    NAVAL("naval"),
    /** Cyberspace. */
    CYBER("cyber"),
    /** Intelligence. */
    INTELLIGENCE("intelligence");

    private final String wireName;

    Domain(String wireName) {
      this.wireName = wireName;
    }

    @Override
    public String wireName() {
      return wireName;
    }
  }
}
