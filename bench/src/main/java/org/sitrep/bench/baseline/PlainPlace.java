package org.sitrep.bench.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * A place as a plain Java record for Jackson databind.
 *
 * <pre>{@code
 * PlainPlace quetta = new PlainPlace("Quetta", "city", "PK", null, null, null, null, null, null);
 * }</pre>
 *
 * @param name the name
 * @param kind the place kind's wire name
 * @param country the ISO 3166-1 alpha-2 code
 * @param admin1 the first-level administrative unit
 * @param admin2 the second-level administrative unit
 * @param locality the town or city
 * @param coordinates the WGS84 position
 * @param geoPrecision the geo-precision's wire name
 * @param gazetteerIds ids in gazetteers
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "name",
  "kind",
  "country",
  "admin1",
  "admin2",
  "locality",
  "coordinates",
  "geoPrecision",
  "gazetteerIds"
})
public record PlainPlace(
    String name,
    String kind,
    String country,
    String admin1,
    String admin2,
    String locality,
    PlainCoordinates coordinates,
    String geoPrecision,
    Map<String, String> gazetteerIds) {}
