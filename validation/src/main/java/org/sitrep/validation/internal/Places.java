package org.sitrep.validation.internal;

import static org.sitrep.core.PropertyNames.AREA;
import static org.sitrep.core.PropertyNames.ASSETS;
import static org.sitrep.core.PropertyNames.PLACE;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Exercise;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Operation;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.geo.Place;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;

/**
 * Every place of a record: an incident's or exercise's {@code place}, an operation's {@code area},
 * an investment's {@code assets}.
 */
final class Places {

  private Places() {}

  /** Receives a place with where it is. */
  interface Visitor {
    /**
     * One place.
     *
     * @param property {@code place}, {@code area} or {@code assets}
     * @param index the index in a list, or -1 for {@code place}
     */
    void place(RecordContext context, Place place, String property, int index);
  }

  /** The pointer of a field of a place handed to a {@link Visitor}. */
  static String pointer(String property, int index, Object... below) {
    Object[] all = new Object[below.length + (index < 0 ? 1 : 2)];
    all[0] = property;
    if (index >= 0) {
      all[1] = index;
    }
    System.arraycopy(below, 0, all, index < 0 ? 1 : 2, below.length);
    return Pointer.of(all);
  }

  static void forEach(RecordContext context, Visitor visitor) {
    SitrepRecord record = context.record();
    switch (record.type()) {
      case INCIDENT -> single(context, ((Incident) record).place().orElse(null), visitor);
      case EXERCISE -> single(context, ((Exercise) record).place().orElse(null), visitor);
      case OPERATION -> list(context, ((Operation) record).area(), AREA, visitor);
      case INVESTMENT -> list(context, ((Investment) record).assets(), ASSETS, visitor);
      default -> {
        // actors and statements have no place
      }
    }
  }

  private static void single(RecordContext context, @Nullable Place place, Visitor visitor) {
    if (place != null) {
      visitor.place(context, place, PLACE, -1);
    }
  }

  private static void list(
      RecordContext context, List<Place> places, String property, Visitor visitor) {
    for (int i = 0; i < places.size(); i++) {
      visitor.place(context, places.get(i), property, i);
    }
  }
}
