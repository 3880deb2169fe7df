/**
 * Sitrep validation: the rule catalogue, the {@link org.sitrep.validation.Validator} and its {@link
 * org.sitrep.validation.ValidationReport}. Needs only {@code org.sitrep.core}; knows no wire format
 * beyond the JSON pointer strings it reports.
 *
 * <pre>{@code
 * requires org.sitrep.validation;
 * }</pre>
 */
module org.sitrep.validation {
  requires static transitive org.jspecify;
  requires transitive org.sitrep.core;

  exports org.sitrep.validation;
}
