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
  requires transitive org.sitrep.core;
  requires transitive org.sitrep.validation;
  requires transitive com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;

  exports org.sitrep.io;
}
