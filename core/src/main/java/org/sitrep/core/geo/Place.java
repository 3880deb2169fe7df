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

  /** The name, e.g. "Balochistan". */
  public abstract String name();

  /** What sort of place it is. */
  public abstract Optional<Kind> kind();

  /**
   * The ISO 3166-1 alpha-2 country code, as written; validation reports {@code place.country} for
   * codes that are not ISO 3166-1.
   */
  public abstract Optional<String> country();

  /** The first-level administrative unit (province, state), e.g. "Balochistan". */
  public abstract Optional<String> admin1();

  /** The second-level administrative unit (district). */
  public abstract Optional<String> admin2();

  /** The town or city, e.g. "Karachi". */
  public abstract Optional<String> locality();

  /** A WGS84 position. */
  public abstract Optional<Coordinates> coordinates();

  /** How precisely the position locates what happened. */
  public abstract Optional<GeoPrecision> geoPrecision();

  /** Ids in gazetteers, by gazetteer: {@code geonames}, {@code wikidata}. */
  public abstract Map<String, String> gazetteerIds();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A place with a name and a kind only. */
  public static Place of(String name, Kind kind) {
    return builder().name(name).kind(kind).build();
  }

  /** A builder holding this place's values, to build a changed copy. */
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

  /** Builds a {@link Place}; {@code name} is required. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }

  /** What sort of place it is. */
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

  /** How precisely the coordinates locate what happened; ACLED's geo_precision 1, 2 and 3. */
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

    /** ACLED's geo_precision code, 1 to 3. */
    public int acledCode() {
      return acledCode;
    }

    /** The precision with ACLED's code 1, 2 or 3, or empty for any other code. */
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
