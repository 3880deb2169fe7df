package org.sitrep.validation.internal;

import org.sitrep.core.PropertyNames;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code place.coordinates}: a place's latitude outside -90..90 or longitude outside -180..180, one
 * finding per value. A swapped pair is the usual cause.
 */
final class PlaceCoordinatesRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("place.coordinates", Severity.ERROR, "latitude or longitude out of range");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    Places.forEach(context, PlaceCoordinatesRule::place);
  }

  /** The check of one place, a {@link Places.Visitor}. */
  static void place(RecordContext context, Place place, String property, int index) {
    Coordinates coordinates = OptionalFields.coordinates(place);
    if (coordinates == null) {
      return;
    }
    double latitude = coordinates.latitude();
    double longitude = coordinates.longitude();
    if (latitude < -90 || latitude > 90) {
      report(context, property, index, PropertyNames.LATITUDE, latitude, "-90 to 90");
    }
    if (longitude < -180 || longitude > 180) {
      report(context, property, index, PropertyNames.LONGITUDE, longitude, "-180 to 180");
    }
  }

  private static void report(
      RecordContext context, String property, int index, String part, double value, String range) {
    context
        .report(
            Places.pointer(property, index, PropertyNames.COORDINATES, part),
            "The "
                + part
                + " "
                + value
                + " is outside "
                + range
                + " degrees: check for swapped or mistyped coordinates")
        .argument(part, Double.toString(value));
  }
}
