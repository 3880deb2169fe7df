package org.sitrep.core.taxonomy;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Name indexes and error messages shared by the taxonomy enums. */
final class Lookups {

  private Lookups() {}

  /**
   * Indexes {@code values} by {@code name}; fails if two values share a name.
   *
   * @throws IllegalStateException if two values have the same name
   */
  static <E> Map<String, E> index(E[] values, Function<E, String> name) {
    return Arrays.stream(values).collect(Collectors.toUnmodifiableMap(name, Function.identity()));
  }

  /** The exception for a name that none of {@code values} has. */
  static <E> IllegalArgumentException unknown(
      String what, String given, E[] values, Function<E, String> name) {
    String valid =
        Arrays.stream(values).map(v -> '"' + name.apply(v) + '"').collect(Collectors.joining(", "));
    return new IllegalArgumentException(
        "Unknown " + what + " \"" + given + "\"; expected one of: " + valid);
  }
}
