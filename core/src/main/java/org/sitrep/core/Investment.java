package org.sitrep.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.core.geo.Place;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;

/**
 * What is at stake: a programme, a project, a loan. Investments nest through {@link #partOf()}:
 * CPEC is part of the Belt and Road Initiative.
 *
 * <pre>{@code
 * Investment cpec = Investment.builder()
 *     .id(Id.investment("cpec"))
 *     .name("China-Pakistan Economic Corridor")
 *     .kind(Investment.Kind.PROGRAMME)
 *     .addInvestor(Id.actor("china"))
 *     .host(Id.actor("pakistan"))
 *     .value(Money.approximately(new BigDecimal("65000000000"), "USD"))
 *     .partOf(Id.investment("belt-and-road"))
 *     .addAsset(Place.of("Gwadar Port", Place.Kind.SITE))
 *     .build();
 * }</pre>
 */
@Value.Immutable
// immutables:from: from(SitrepRecord) cannot copy the covariant id; from(Self) does.
// exports: Immutables' annotations stay in the class file; users never need Immutables.
@SuppressWarnings({"immutables:from", "exports"})
public abstract non-sealed class Investment implements SitrepRecord {

  Investment() {}

  @Override
  public final RecordType type() {
    return RecordType.INVESTMENT;
  }

  /** When this investment happened or runs: its {@link #period()}. */
  @Override
  public final Optional<TimeSpan> when() {
    return period().map(TimeSpan.class::cast);
  }

  @Override
  public abstract Id<Investment> id();

  /** {@return what sort of investment} */
  public abstract Kind kind();

  /** {@return who invests} */
  public abstract List<Id<Actor>> investors();

  /** {@return the state it is made in} */
  public abstract Optional<Id<Actor>> host();

  /** {@return how much it is worth} */
  public abstract Optional<Money> value();

  /** {@return when it runs} */
  public abstract Optional<Period> period();

  /** {@return the larger investment it belongs to} */
  public abstract Optional<Id<Investment>> partOf();

  /** {@return the places it built or holds: ports, roads, plants} */
  public abstract List<Place> assets();

  /** {@return economic sectors, in words ("ports", "energy")} */
  public abstract List<String> sectors();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this investment's values, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    RecordChecks.check(this);
  }

  /**
   * Builds an {@link Investment}; {@code id}, {@code name} and {@code kind} are required.
   *
   * <pre>{@code
   * Investment port = Investment.builder()
   *     .id(Id.investment("gwadar-port"))
   *     .name("Gwadar Port")
   *     .kind(Investment.Kind.PROJECT)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableInvestment.Builder
      implements RecordBuilder<Builder> {
    Builder() {}
  }

  /**
   * What sort of investment it is.
   *
   * <pre>{@code
   * Investment.Kind.PROGRAMME.wireName(); // "programme"
   * WireNamed.find(Investment.Kind.class, "loan"); // Optional[LOAN]
   * }</pre>
   */
  public enum Kind implements WireNamed {
    /** A programme of many projects (CPEC, the Belt and Road Initiative). */
    PROGRAMME("programme"),
    /** A single project (a port, a power plant). */
    PROJECT("project"),
    /** A loan. */
    LOAN("loan"),
    /** A grant. */
    GRANT("grant"),
    /** An equity stake. */
    EQUITY("equity"),
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
