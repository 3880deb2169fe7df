package org.sitrep.core.geo;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.core.Extensible;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.WireNamed;
import org.sitrep.core.internal.ExtensionKeys;

/**
 * A named place, from a country down to a site, with its administrative units, optional WGS84
 * coordinates, how precisely those locate the event (ACLED's geo-precision), and gazetteer ids.
 *
 * <pre>{@code
 * Place airport = Place.builder()
 *     .name("Jinnah International Airport")
 *     .kind(Place.Kind.SITE)
 *     .country("PK")
 *     .admin1("Sindh")
 *     .locality("Karachi")
 *     .coordinates(Coordinates.of(24.9065, 67.1608))
 *     .geoPrecision(Place.GeoPrecision.NEAR)
 *     .putGazetteerId("wikidata", "Q1277089")
 *     .build();
 * }</pre>
 */
@Value.Immutable
// exports: Immutables' annotations stay in the class file; users never need Immutables.
@SuppressWarnings("exports")
public abstract class Place implements Extensible {

  Place() {}

  /** {@return the name, e.g. "Balochistan"} */
  public abstract String name();

  /** {@return what sort of place it is} */
  public abstract Optional<Kind> kind();

  /**
   * {@return the ISO 3166-1 alpha-2 country code, as written; validation reports {@code
   * place.country} for codes that are not ISO 3166-1}
   */
  public abstract Optional<String> country();

  /** {@return the first-level administrative unit (province, state), e.g. "Balochistan"} */
  public abstract Optional<String> admin1();

  /** {@return the second-level administrative unit (district)} */
  public abstract Optional<String> admin2();

  /** {@return the town or city, e.g. "Karachi"} */
  public abstract Optional<String> locality();

  /** {@return a WGS84 position} */
  public abstract Optional<Coordinates> coordinates();

  /** {@return how precisely the position locates what happened} */
  public abstract Optional<GeoPrecision> geoPrecision();

  /** {@return ids in gazetteers, by gazetteer: {@code geonames}, {@code wikidata}} */
  public abstract Map<String, String> gazetteerIds();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a place with a name and a kind only}
   *
   * @param name the name, e.g. "Karachi"
   * @param kind the kind of place
   */
  public static Place of(String name, Kind kind) {
    return builder().name(name).kind(kind).build();
  }

  /** {@return a builder holding this place's values, to build a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("Place.name must not be blank");
    }
    ExtensionKeys.check(extensions(), () -> "Place");
  }

  /**
   * Builds a {@link Place}; {@code name} is required.
   *
   * <pre>{@code
   * Place gwadar = Place.builder()
   *     .name("Gwadar")
   *     .kind(Place.Kind.CITY)
   *     .country("PK")
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }

  /**
   * What sort of place it is.
   *
   * <pre>{@code
   * Place.Kind.ADMIN1.wireName(); // "admin1"
   * WireNamed.find(Place.Kind.class, "site"); // Optional[SITE]
   * }</pre>
   */
  public enum Kind implements WireNamed {
    /** A country. */
    COUNTRY("country"),
    /** A first-level administrative unit: province, state, region. */
    ADMIN1("admin1"),
    /** A second-level administrative unit: district, county. */
    ADMIN2("admin2"),
    /** A city, town or village. */
    CITY("city"),
    /** A site: an airport, a port, a base, a building. */
    SITE("site");

    private final String wireName;

    Kind(String wireName) {
      this.wireName = wireName;
    }

    @Override
    public String wireName() {
      return wireName;
    }
  }

  /**
   * How precisely the coordinates locate what happened; ACLED's geo_precision 1, 2 and 3.
   *
   * <pre>{@code
   * Place.GeoPrecision.findByAcledCode(2); // Optional[NEAR]
   * Place.GeoPrecision.NEAR.wireName(); // "near"
   * }</pre>
   */
  public enum GeoPrecision implements WireNamed {
    /** At the place itself (ACLED 1). */
    EXACT("exact", 1),
    /** Near the place, or in a part of it (ACLED 2). */
    NEAR("near", 2),
    /** Only the region is known; the coordinates are those of its centre (ACLED 3). */
    REGION("region", 3);

    private final String wireName;
    private final int acledCode;

    GeoPrecision(String wireName, int acledCode) {
      this.wireName = wireName;
      this.acledCode = acledCode;
    }

    @Override
    public String wireName() {
      return wireName;
    }

    /** {@return ACLED's geo_precision code, 1 to 3} */
    public int acledCode() {
      return acledCode;
    }

    /**
     * {@return the precision with ACLED's code 1, 2 or 3, or empty for any other code}
     *
     * @param code ACLED's {@code geo_precision} code
     */
    public static Optional<GeoPrecision> findByAcledCode(int code) {
      for (GeoPrecision precision : values()) {
        if (precision.acledCode == code) {
          return Optional.of(precision);
        }
      }
      return Optional.empty();
    }
  }
}
