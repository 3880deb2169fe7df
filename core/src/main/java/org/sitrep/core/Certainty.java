package org.sitrep.core;

/**
 * How sure we are that an actor took part, or that a link holds.
 *
 * <pre>{@code
 * Involvement china = Involvement.of(Id.actor("china"), Certainty.UNKNOWN);
 * }</pre>
 */
public enum Certainty implements WireNamed {
  /** Confirmed by the sources. */
  CONFIRMED("confirmed"),
  /** Claimed by the actor itself (a claim of responsibility). */
  CLAIMED("claimed"),
  /** Attributed by others (officials, analysts). */
  ATTRIBUTED("attributed"),
  /** Suspected, not established. */
  SUSPECTED("suspected"),
  /** The sources raise the question and leave it open. */
  UNKNOWN("unknown");

  private final String wireName;

  Certainty(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
