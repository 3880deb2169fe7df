/**
 * The {@code sitrep} command-line tool: validate, convert and summarise Sitrep JSON documents and
 * JSON Lines. An application, not a library: its one exported type is {@link
 * org.sitrep.cli.SitrepCli}, to run the tool in-process. picocli binds the command classes by
 * reflection, so their packages are opened to it.
 *
 * <pre>{@code
 * java -jar sitrep.jar validate data.json
 * }</pre>
 */
module org.sitrep.cli {
  requires static transitive org.jspecify;
  requires org.sitrep.core;
  requires org.sitrep.validation;
  requires org.sitrep.io;
  requires org.sitrep.tabular;
  requires org.sitrep.stix;
  requires com.fasterxml.jackson.core;
  requires info.picocli;

  exports org.sitrep.cli;

  opens org.sitrep.cli to
      info.picocli;
  opens org.sitrep.cli.internal to
      info.picocli;
}
