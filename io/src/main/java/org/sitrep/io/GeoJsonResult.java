package org.sitrep.io;

import java.util.List;
import java.util.Objects;
import org.sitrep.core.Id;

/**
 * What a GeoJSON export wrote and what it could not place on a map. Nothing is dropped silently: a
 * record with places but no coordinates is listed in {@link #withoutCoordinates()}, each place
 * without coordinates (also in records that have other, located places) in {@link
 * #placesWithoutCoordinates()}, and records with no place at all (actors, statements) are counted
 * in {@link #withoutPlace()}.
 *
 * <pre>{@code
 * GeoJsonResult result = GeoJson.featureCollection().write(dataset, Path.of("scenario.geojson"));
 * System.out.println(result.summary());
 * // 32 records: 6 features from 6 records, 1 without coordinates, 25 without a place
 * }</pre>
 *
 * @param recordsRead how many records were read
 * @param features how many features were written, one per place with coordinates
 * @param located how many records gave at least one feature
 * @param withoutCoordinates records that have a place but none with (valid) coordinates
 * @param placesWithoutCoordinates each place left out, as {@code <record id><JSON pointer>}, e.g.
 *     {@code operation:balochistan-security-presence/area/1}
 * @param withoutPlace how many records have no place at all
 */
public record GeoJsonResult(
    long recordsRead,
    long features,
    long located,
    List<Id<?>> withoutCoordinates,
    List<String> placesWithoutCoordinates,
    long withoutPlace) {

  /**
   * Copies the lists.
   *
   * @param recordsRead how many records were read
   * @param features how many features were written, one per place with coordinates
   * @param located how many records gave at least one feature
   * @param withoutCoordinates records that have a place but none with (valid) coordinates
   * @param placesWithoutCoordinates each place left out, as {@code <record id><JSON pointer>}, e.g.
   *     {@code operation:balochistan-security-presence/area/1}
   * @param withoutPlace how many records have no place at all
   */
  public GeoJsonResult {
    withoutCoordinates = List.copyOf(Objects.requireNonNull(withoutCoordinates));
    placesWithoutCoordinates = List.copyOf(Objects.requireNonNull(placesWithoutCoordinates));
  }

  /**
   * {@return one line, e.g. {@code 32 records: 6 features from 6 records, 1 without coordinates, 25
   * without a place}}
   */
  public String summary() {
    return recordsRead
        + " records: "
        + features
        + " features from "
        + located
        + " records, "
        + withoutCoordinates.size()
        + " without coordinates, "
        + withoutPlace
        + " without a place";
  }
}
