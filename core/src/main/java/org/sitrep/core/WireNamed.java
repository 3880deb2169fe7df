package org.sitrep.core;

import java.util.Objects;
import java.util.Optional;

/**
 * An enumeration constant with a stable lower-kebab-case name on the wire, such as {@code
 * armed-group} for {@link Actor.Kind#ARMED_GROUP}.
 *
 * <pre>{@code
 * Actor.Kind kind = WireNamed.find(Actor.Kind.class, "armed-group").orElseThrow();
 * }</pre>
 */
public interface WireNamed {

  /** {@return the name used on the wire} */
  String wireName();

  /**
   * The constant of an enumeration with this wire name: a hash lookup in an index built once per
   * enumeration.
   *
   * @param type the enumeration
   * @param wireName the name to look up
   * @param <E> the enumeration type
   * @return the constant, or empty when none has that name
   */
  static <E extends Enum<E> & WireNamed> Optional<E> find(Class<E> type, String wireName) {
    Objects.requireNonNull(wireName, "wireName");
    return Optional.ofNullable(type.cast(WireNames.BY_TYPE.get(type).get(wireName)));
  }
}
