package org.sitrep.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.core.time.TimeSpan;

/**
 * Who said what, on whose behalf: a statement, a claim of responsibility, a denial, an announcement
 * — or a refusal to comment, which is a fact too.
 *
 * <pre>{@code
 * Statement lin = Statement.builder()
 *     .id(Id.statement("mfa-lin-jian-2024-11-20"))
 *     .name("Lin Jian on Pakistan's planned offensive")
 *     .kind(Statement.Kind.STATEMENT)
 *     .speaker(Id.actor("lin-jian"))
 *     .onBehalfOf(Id.actor("china-mfa"))
 *     .date(FuzzyDate.parse("2024-11-20"))
 *     .text("China firmly supports the anti-terrorism efforts of the Pakistan side")
 *     .quoted(true)
 *     .addAbout(Id.operation("balochistan-comprehensive-operation"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
// immutables:from: from(SitrepRecord) cannot copy the covariant id; from(Self) does.
// exports: Immutables' annotations stay in the class file; users never need Immutables.
@SuppressWarnings({"immutables:from", "exports"})
public abstract non-sealed class Statement implements SitrepRecord {

  Statement() {}

  @Override
  public final RecordType type() {
    return RecordType.STATEMENT;
  }

  /** When this statement happened or runs: its {@link #date()}. */
  @Override
  public final Optional<TimeSpan> when() {
    return date();
  }

  @Override
  public abstract Id<Statement> id();

  /** {@return what sort of statement} */
  public abstract Kind kind();

  /** {@return the person who spoke} */
  public abstract Optional<Id<Actor>> speaker();

  /** {@return the organisation spoken for} */
  public abstract Optional<Id<Actor>> onBehalfOf();

  /** {@return when it was said} */
  public abstract Optional<TimeSpan> date();

  /** {@return what was said: a quote or a summary (see {@link #quoted()})} */
  public abstract Optional<String> text();

  /** {@return whether {@link #text()} is a verbatim quote rather than a summary} */
  @Value.Default
  public boolean quoted() {
    return false;
  }

  /** {@return the records it is about} */
  public abstract List<Id<?>> about();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this statement's values, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    RecordChecks.check(this);
  }

  /**
   * Builds a {@link Statement}; {@code id}, {@code name} and {@code kind} are required.
   *
   * <pre>{@code
   * Statement claim = Statement.builder()
   *     .id(Id.statement("bla-claim-2024-10-07"))
   *     .name("BLA claims the Karachi airport bombing")
   *     .kind(Statement.Kind.CLAIM_OF_RESPONSIBILITY)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableStatement.Builder
      implements RecordBuilder<Builder> {
    Builder() {}
  }

  /**
   * What sort of statement it is.
   *
   * <pre>{@code
   * Statement.Kind.CLAIM_OF_RESPONSIBILITY.wireName(); // "claim-of-responsibility"
   * WireNamed.find(Statement.Kind.class, "denial"); // Optional[DENIAL]
   * }</pre>
   */
  public enum Kind implements WireNamed {
    /** A statement. */
    STATEMENT("statement"),
    /** A claim of responsibility for an incident. */
    CLAIM_OF_RESPONSIBILITY("claim-of-responsibility"),
    /** A denial. */
    DENIAL("denial"),
    /** An announcement. */
    ANNOUNCEMENT("announcement"),
    /** A refusal or failure to comment, e.g. "did not respond to a request". */
    NO_COMMENT("no-comment");

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
