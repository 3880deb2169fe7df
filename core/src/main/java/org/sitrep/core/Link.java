package org.sitrep.core;

import java.util.Objects;

/**
 * A typed reference with how sure the sources are that it holds: "whether it was prompted by
 * China's disquiet at the attacks" is a link to those attacks of certainty {@link
 * Certainty#UNKNOWN}.
 *
 * <pre>{@code
 * Link<Incident> prompt = Link.of(Id.incident("2024-10-06-karachi-airport"), Certainty.UNKNOWN);
 * }</pre>
 *
 * @param target the record linked to
 * @param certainty how sure the sources are
 * @param <T> the type of the record linked to
 */
public record Link<T extends SitrepRecord>(Id<T> target, Certainty certainty) {

  /**
   * Refuses nulls.
   *
   * @param target the linked record's id
   * @param certainty how certain the link is
   */
  public Link {
    Objects.requireNonNull(target, "Link.target");
    Objects.requireNonNull(certainty, "Link.certainty");
  }

  /**
   * {@return a link with the given certainty}
   *
   * @param <T> the linked record's type
   * @param target the linked record's id
   * @param certainty how certain the link is
   */
  public static <T extends SitrepRecord> Link<T> of(Id<T> target, Certainty certainty) {
    return new Link<>(target, certainty);
  }
}
