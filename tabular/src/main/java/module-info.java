/**
 * Imports the conflict-event tables analysts already hold (ACLED and UCDP GED CSV exports) as
 * Sitrep records, and exports incidents as ACLED-shaped CSV. Runs on sitrep-core and FastCSV.
 *
 * <pre>{@code
 * requires org.sitrep.tabular;
 * }</pre>
 */
module org.sitrep.tabular {
  requires static transitive org.jspecify;
  requires transitive org.sitrep.core;
  requires de.siegmar.fastcsv;

  exports org.sitrep.tabular;
}
