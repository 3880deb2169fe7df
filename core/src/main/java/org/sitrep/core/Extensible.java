package org.sitrep.core;

import java.util.Map;
import org.sitrep.core.internal.ExtensionKeys;

/**
 * A record or value that carries {@code x_}-prefixed extension properties, kept and written back
 * unchanged by the readers and writers of {@code sitrep-io}.
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
  String PREFIX = ExtensionKeys.PREFIX;

  /**
   * {@return the extension properties by name, in the order they were given; every key starts with
   * {@value #PREFIX}}
   */
  Map<String, ExtensionValue> extensions();
}
