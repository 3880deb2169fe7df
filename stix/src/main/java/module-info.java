/**
 * STIX 2.1 bundles from and to Sitrep datasets: {@link org.sitrep.stix.SitrepStix} exports a
 * dataset as a deterministic bundle and imports a bundle, reporting per object what it could not
 * map.
 *
 * <pre>{@code
 * requires org.sitrep.stix;
 * }</pre>
 */
module org.sitrep.stix {
  requires static transitive org.jspecify;
  requires transitive org.sitrep.core;
  requires transitive org.sitrep.io;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports org.sitrep.stix;
}
