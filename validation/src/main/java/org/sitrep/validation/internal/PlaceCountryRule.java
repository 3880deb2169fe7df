package org.sitrep.validation.internal;

import java.util.Locale;
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

  /**
   * The codes as bits: bit {@code 26 * (first - 'A') + (second - 'A')} is set for each code the JDK
   * knows, every one of them two upper-case letters; a lookup touches no string but the one looked
   * up.
   */
  private static final long[] CODES = codes();

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
    if (country != null && !isCode(country)) {
      report(context, Pointer.of(PropertyNames.COUNTRY), country);
    }
  }

  /** The check of a place's country, a {@link Places.Visitor}. */
  static void place(RecordContext context, Place place, String property, int index) {
    String country = OptionalFields.country(place);
    if (country != null && !isCode(country)) {
      report(context, Places.pointer(property, index, PropertyNames.COUNTRY), country);
    }
  }

  /** Whether the text is one of {@link Locale#getISOCountries()}. */
  static boolean isCode(String text) {
    if (text.length() != 2) {
      return false;
    }
    int first = text.charAt(0) - 'A';
    int second = text.charAt(1) - 'A';
    if (first < 0 || first >= 26 || second < 0 || second >= 26) {
      return false;
    }
    int bit = 26 * first + second;
    return (CODES[bit >>> 6] & (1L << bit)) != 0;
  }

  private static long[] codes() {
    long[] bits = new long[(26 * 26 + 63) / 64];
    for (String code : Locale.getISOCountries()) {
      int first = code.charAt(0) - 'A';
      int second = code.length() == 2 ? code.charAt(1) - 'A' : -1;
      if (first < 0 || first >= 26 || second < 0 || second >= 26) {
        throw new IllegalStateException("Not a code of two upper-case letters: " + code);
      }
      int bit = 26 * first + second;
      bits[bit >>> 6] |= 1L << bit;
    }
    return bits;
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
