package org.sitrep.core.internal;

import java.util.Map;
import java.util.function.Supplier;

/** The check every extensible model type runs when it is built: keys start with {@code x_}. */
public final class ExtensionKeys {

  /** The prefix every extension property name starts with. */
  public static final String PREFIX = "x_";

  private ExtensionKeys() {}

  /**
   * Checks that every key starts with {@value #PREFIX} and names a property.
   *
   * @param extensions the map to check
   * @param owner describes the type or record that holds the map; called only on failure, so the
   *     check of a well-formed value allocates nothing
   * @throws IllegalArgumentException naming the owner and the first bad key
   */
  public static void check(Map<String, ?> extensions, Supplier<String> owner) {
    if (extensions.isEmpty()) {
      return;
    }
    for (String key : extensions.keySet()) {
      if (!key.startsWith(PREFIX) || key.length() == PREFIX.length()) {
        throw new IllegalArgumentException(
            owner.get()
                + ".extensions: key '"
                + key
                + "' must start with '"
                + PREFIX
                + "' and name a property");
      }
    }
  }
}
