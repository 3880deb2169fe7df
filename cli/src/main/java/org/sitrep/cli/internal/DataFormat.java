package org.sitrep.cli.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two Sitrep JSON formats: {@code --from} and {@code --to} take their names. */
enum DataFormat {
  /** A document: {@code {"sitrep":"1.0","title":...,"asOf":...,"records":[...]}}. */
  JSON("document"),
  /** JSON Lines: one record object per line. */
  JSONL("JSON Lines"),
  ACLED("ACLED CSV"),
  UCDP("UCDP GED CSV");

  private final String label;

  DataFormat(String label) {
    this.label = label;
  }

  /** For messages: {@code document} or {@code JSON Lines}. */
  String label() {
    return label;
  }

  /** The format a file name suggests: {@code .json}, {@code .jsonl} or {@code .ndjson}. */
  static Optional<DataFormat> ofExtension(Path path) {
    Path name = path.getFileName();
    String file = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
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
