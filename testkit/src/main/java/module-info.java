/**
 * The Sitrep test kit, for test scope: AssertJ assertions for records, datasets, validation reports
 * and JSON ({@link org.sitrep.testkit.SitrepAssertions}), a valid record of each type ({@link
 * org.sitrep.testkit.SitrepFixtures}), jqwik arbitraries of valid and of inconsistent datasets
 * ({@link org.sitrep.testkit.SitrepArbitraries}) and a contract-test helper ({@link
 * org.sitrep.testkit.SitrepContract}).
 *
 * <pre>{@code
 * requires org.sitrep.testkit;
 * }</pre>
 */
module org.sitrep.testkit {
  requires static transitive org.jspecify;
  requires transitive org.sitrep.core;
  requires transitive org.sitrep.validation;
  requires transitive org.sitrep.io;
  requires transitive org.assertj.core;
  requires transitive net.jqwik.api;
  requires com.networknt.schema;

  exports org.sitrep.testkit;
}
