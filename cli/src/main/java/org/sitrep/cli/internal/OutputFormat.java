package org.sitrep.cli.internal;

/** How a command prints its result: {@code --format text|json}. */
enum OutputFormat {
  /** For people: a table or a report in lines. */
  TEXT,
  /** For machines: one JSON document. */
  JSON
}
