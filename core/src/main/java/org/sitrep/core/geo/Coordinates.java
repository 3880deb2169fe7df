package org.sitrep.core.geo;

/**
 * A WGS84 position in decimal degrees.
 *
 * <p>Values are kept as given; validation reports {@code place.coordinates} when latitude is
 * outside -90..90 or longitude outside -180..180.
 *
 * <pre>{@code
 * Coordinates jinnah = Coordinates.of(24.9065, 67.1608);
 * }</pre>
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record Coordinates(double latitude, double longitude) {

  /**
   * Refuses values that are not numbers.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @throws IllegalArgumentException when either value is NaN or infinite
   */
  public Coordinates {
    if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
      throw new IllegalArgumentException(
          "Coordinates must be finite numbers, were " + latitude + ", " + longitude);
    }
  }

  /**
   * {@return the position at this latitude and longitude}
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   */
  public static Coordinates of(double latitude, double longitude) {
    return new Coordinates(latitude, longitude);
  }

  /** {@return whether both values are in range} */
  public boolean inRange() {
    return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
  }
}
