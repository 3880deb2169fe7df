package org.sitrep.validation.internal;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.PropertyNames;
import org.sitrep.core.geo.Place;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code place.country}: an actor's or a place's {@code country} that is not an ISO 3166-1 alpha-2
 * code as the JDK knows them ({@link Locale#getISOCountries()}), upper case: {@code PK}, not {@code
 * pk} or {@code PAK}.
 */
final class PlaceCountryRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("place.country", Severity.ERROR, "not an ISO 3166-1 code");

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    if (context.record() instanceof Actor) {
      actor(context, ((Actor) context.record()).country().orElse(null));
    } else {
      Places.forEach(context, PlaceCountryRule::place);
    }
  }

  /** The check of an actor's country, or null. */
  static void actor(RecordContext context, @Nullable String country) {
    if (country != null && !CODES.contains(country)) {
      report(context, Pointer.of(PropertyNames.COUNTRY), country);
    }
  }

  /** The check of a place's country, a {@link Places.Visitor}. */
  static void place(RecordContext context, Place place, String property, int index) {
    String country = place.country().orElse(null);
    if (country != null && !CODES.contains(country)) {
      report(context, Places.pointer(property, index, PropertyNames.COUNTRY), country);
    }
  }

  private static void report(RecordContext context, String pointer, String code) {
    context
        .report(
            pointer,
            "'"
                + code
                + "' is not an ISO 3166-1 alpha-2 country code: use two upper-case letters such"
                + " as PK or CN")
        .argument("country", code);
  }
}
