package org.sitrep.cli.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.io.SitrepJson;

/**
 * The formats {@code --from} and {@code --to} take by name: the two Sitrep JSON formats, and (issue
 * 10) STIX 2.1 bundles both ways and GeoJSON out.
 */
enum DataFormat {
  /** A document: {@code {"sitrep":"1.0","title":...,"asOf":...,"records":[...]}}. */
  JSON("document"),
  /** JSON Lines: one record object per line. */
  JSONL("JSON Lines"),
  ACLED("ACLED CSV"),
  UCDP("UCDP GED CSV"),
  /** A STIX 2.1 bundle (in and out); files named {@code *.stix.json}. */
  STIX("STIX bundle"),
  /** GeoJSON, one FeatureCollection (out only); files named {@code *.geojson}. */
  GEOJSON("GeoJSON"),
  /** GeoJSON text sequences, RFC 8142 (out only); files named {@code *.geojsons}. */
  GEOJSONSEQ("GeoJSON text sequence");

  private final String label;

  DataFormat(String label) {
    this.label = label;
  }

  /** For messages: {@code document} or {@code JSON Lines}. */
  String label() {
    return label;
  }

  /** Whether this is STIX or GeoJSON, which {@link InteropConversion} converts. */
  boolean isInterop() {
    return this == STIX || isGeoJson();
  }

  /** Whether this is one of the GeoJSON layouts. */
  boolean isGeoJson() {
    return this == GEOJSON || this == GEOJSONSEQ;
  }

  /** The CLI's name for one of io's two Sitrep JSON formats. */
  static DataFormat of(SitrepJson.Format format) {
    return format == SitrepJson.Format.DOCUMENT ? JSON : JSONL;
  }

  /**
   * The format a file name suggests: {@code .json}, {@code .jsonl} or {@code .ndjson}; {@code
   * .stix.json}, {@code .geojson}, {@code .geojsons}.
   */
  static Optional<DataFormat> ofExtension(Path path) {
    Path name = path.getFileName();
    String file = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (file.endsWith(".stix.json")) {
      return Optional.of(STIX);
    }
    if (file.endsWith(".geojson")) {
      return Optional.of(GEOJSON);
    }
    if (file.endsWith(".geojsons") || file.endsWith(".geojsonseq")) {
      return Optional.of(GEOJSONSEQ);
    }
    if (file.endsWith(".jsonl") || file.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    if (file.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (file.endsWith(".csv")) {
      return Optional.of(ACLED);
    }
    return Optional.empty();
  }
}
