package org.sitrep.core;

/**
 * An enumeration constant with a stable lower-kebab-case name on the wire, such as {@code
 * armed-group} for {@link Actor.Kind#ARMED_GROUP}.
 *
 * <pre>{@code
 * Actor.Kind kind = WireNamed.find(Actor.Kind.class, "armed-group").orElseThrow();
 * }</pre>
 */
public interface WireNamed {

  /** The name used on the wire. */
  String wireName();

  /**
   * The constant of an enumeration with this wire name.
   *
   * @param type the enumeration
   * @param wireName the name to look up
   * @param <E> the enumeration type
   * @return the constant, or empty when none has that name
   */
  static <E extends Enum<E> & WireNamed> java.util.Optional<E> find(Class<E> type, String wireName) {
    for (E constant : type.getEnumConstants()) {
      if (constant.wireName().equals(wireName)) {
        return java.util.Optional.of(constant);
      }
    }
    return java.util.Optional.empty();
  }
}
