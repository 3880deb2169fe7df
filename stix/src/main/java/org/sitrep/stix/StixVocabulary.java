package org.sitrep.stix;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.sitrep.core.Actor;
import org.sitrep.core.Certainty;
import org.sitrep.core.RecordType;

/** The fixed choices of the mapping, in one place; {@code stix/README.md} lists them. */
final class StixVocabulary {

  static final String SPEC_VERSION = "2.1";

  /** The extension's properties (STIX property names: lower case and underscores). */
  static final String EXTENSION_TYPE = "extension_type";

  static final String PROPERTY_EXTENSION = "property-extension";
  static final String RECORD = "sitrep_record";
  static final String PROPERTY = "sitrep_property";
  static final String CERTAINTY = "certainty";
  static final String ROLE = "role";
  static final String VERSION = "sitrep_version";
  static final String TITLE = "title";
  static final String AS_OF = "as_of";

  /** The STIX types an actor can be: a {@code stix} external id of one of them is kept. */
  static final java.util.Set<String> ACTOR_TYPES =
      java.util.Set.of("identity", "threat-actor", "intrusion-set");

  /** When the extension definition and the producer identity were created: fixed. */
  static final String DEFINITION_TIME = "2026-11-25T00:00:00.000Z";

  static final String SCHEMA_URL = "https://github.com/sitrep/sitrep/blob/main/stix/README.md";

  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private StixVocabulary() {}

  /** A STIX timestamp: UTC, exactly three fraction digits (sub-millisecond digits are cut). */
  static String timestamp(Instant instant) {
    return MILLIS.format(instant);
  }

  /** Midnight UTC of a day, as a STIX timestamp. */
  static String timestamp(LocalDate day) {
    return timestamp(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The STIX type an actor is exported as. */
  static String stixType(Actor.Kind kind) {
    return kind == Actor.Kind.ARMED_GROUP ? "threat-actor" : "identity";
  }

  /** The {@code identity_class} (identity-class-ov) of an actor exported as an identity. */
  static String identityClass(Actor.Kind kind) {
    return switch (kind) {
      case PERSON -> "individual";
      case CIVILIAN_GROUP -> "group";
      default -> "organization";
    };
  }

  /** The {@code sectors} (industry-sector-ov) of an actor kind, when one fits. */
  static Optional<String> sector(Actor.Kind kind) {
    return switch (kind) {
      case STATE, GOVERNMENT_BODY -> Optional.of("government-national");
      case MILITARY, SECURITY_FORCE -> Optional.of("defense");
      default -> Optional.empty();
    };
  }

  /** The STIX type a record of this type (and, for actors, unknown kind) is exported as. */
  static String stixType(RecordType type) {
    return switch (type) {
      case ACTOR -> "identity";
      case INCIDENT -> "incident";
      case OPERATION -> "campaign";
      case EXERCISE, INVESTMENT -> "grouping";
      case STATEMENT -> "note";
      default -> throw new IllegalArgumentException("unknown record type " + type);
    };
  }

  /**
   * The STIX {@code confidence} of a relationship made from an involvement: confirmed 90, claimed
   * 70, attributed 50, suspected 30; unknown has none (the extension keeps {@code unknown}).
   */
  static Optional<Integer> confidence(Certainty certainty) {
    return switch (certainty) {
      case CONFIRMED -> Optional.of(90);
      case CLAIMED -> Optional.of(70);
      case ATTRIBUTED -> Optional.of(50);
      case SUSPECTED -> Optional.of(30);
      default -> Optional.empty();
    };
  }
}
