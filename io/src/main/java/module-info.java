/**
 * Reads and writes Sitrep data as JSON documents and JSON Lines, with a hand-written streaming
 * codec over jackson-core (no reflection, so no package is opened). jackson-databind is needed only
 * for {@code SitrepModule}, and is optional ({@code requires static}).
 *
 * <pre>{@code
 * requires org.sitrep.io;
 * }</pre>
 */
module org.sitrep.io {
  requires static transitive org.jspecify;
  requires transitive org.sitrep.core;
  requires transitive org.sitrep.validation;
  requires transitive com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;

  exports org.sitrep.io;
  // Not API: how the STIX reader makes a SitrepReadException. Exported to all, not only to
  // org.sitrep.stix, so that it works when one jar sits on the class path and the other on the
  // module path (a test-scoped dependency of a modular project does).
  exports org.sitrep.io.internal.access;
}
