package org.sitrep.core;

import java.util.Map;

/**
 * A record or value that carries {@code x_}-prefixed extension properties, kept and written
 * back unchanged by the readers and writers of {@code sitrep-io}.
 *
 * <pre>{@code
 * Place place = Place.builder()
 *     .name("Gwadar Port")
 *     .putExtension("x_berths", ExtensionValue.ofJson("3"))
 *     .build();
 * }</pre>
 */
public interface Extensible {

  /** The prefix every extension property name starts with. */
  String PREFIX = "x_";

  /**
   * The extension properties by name, in the order they were given; every key starts with
   * {@value #PREFIX}.
   */
  Map<String, ExtensionValue> extensions();

  /**
   * Checks that every key of an extension map starts with {@value #PREFIX}.
   *
   * @param owner the type that holds the map, for the message
   * @param extensions the map to check
   * @throws IllegalArgumentException naming the first bad key
   */
  static void checkKeys(String owner, Map<String, ExtensionValue> extensions) {
    for (String key : extensions.keySet()) {
      if (!key.startsWith(PREFIX) || key.length() == PREFIX.length()) {
        throw new IllegalArgumentException(
            owner + ".extensions: key '" + key + "' must start with '" + PREFIX
                + "' and name a property");
      }
    }
  }
}
