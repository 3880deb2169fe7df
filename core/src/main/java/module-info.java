/**
 * Sitrep's model: records, values, typed ids and the dataset. Runs on the JDK alone.
 *
 * <pre>{@code
 * requires org.sitrep.core;
 * }</pre>
 */
// Immutables ships no module descriptor: its jar is the automatic module org.immutables.value.
@SuppressWarnings("requires-automatic")
module org.sitrep.core {
  requires static transitive org.jspecify;
  requires static org.immutables.value;

  exports org.sitrep.core;
  exports org.sitrep.core.geo;
  exports org.sitrep.core.time;
  exports org.sitrep.core.taxonomy;
  // Not API: the validator's allocation-free date bounds, the model's fields behind optional
  // properties for the encoder and the validator. Exported to all, not only to Sitrep's modules,
  // so that it works when one jar sits on the class path and the other on the module path (a
  // test-scoped dependency of a modular project does).
  exports org.sitrep.core.internal.access;
}
