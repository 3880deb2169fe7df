/**
 * Sitrep's model: records, values, typed ids and the dataset. Runs on the JDK alone.
 *
 * <pre>{@code
 * requires org.sitrep.core;
 * }</pre>
 */
module org.sitrep.core {
  requires static org.immutables.value;

  exports org.sitrep.core;
  exports org.sitrep.core.geo;
  exports org.sitrep.core.time;
  exports org.sitrep.core.taxonomy;
}
