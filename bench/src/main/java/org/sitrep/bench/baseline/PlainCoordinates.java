package org.sitrep.bench.baseline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A WGS84 position as a plain Java record for Jackson databind.
 *
 * <pre>{@code
 * PlainCoordinates quetta = new PlainCoordinates(30.1798, 66.975);
 * }</pre>
 *
 * @param latitude degrees north
 * @param longitude degrees east
 */
@JsonPropertyOrder({"latitude", "longitude"})
public record PlainCoordinates(double latitude, double longitude) {}
