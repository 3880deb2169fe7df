package org.sitrep.core;

import java.util.HashMap;
import java.util.Map;

/** The wire-name index of each {@link WireNamed} enumeration, built once per enumeration. */
final class WireNames {

  private WireNames() {}

  static final ClassValue<Map<String, Object>> BY_TYPE =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> byName = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            Object previous = byName.put(((WireNamed) constant).wireName(), constant);
            if (previous != null) {
              throw new IllegalStateException(
                  type.getName()
                      + " has two constants with wire name "
                      + ((WireNamed) constant).wireName());
            }
          }
          return Map.copyOf(byName);
        }
      };
}
