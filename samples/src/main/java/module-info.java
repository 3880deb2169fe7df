/**
 * Sitrep's runnable samples and the founding scenario: the Reuters report of 20 November 2024 on
 * Pakistan's planned offensive in Balochistan, built with the public API.
 *
 * <pre>{@code
 * Dataset scenario = BalochistanScenario.dataset();
 * new Briefing(scenario).printTo(System.out);
 * ValidationReport report = Validator.defaults().validate(scenario);
 * }</pre>
 */
module org.sitrep.samples {
  requires static transitive org.jspecify;
  requires transitive org.sitrep.core;
  requires transitive org.sitrep.validation;
  requires org.sitrep.io;
  requires org.sitrep.tabular;
  requires org.sitrep.stix;

  exports org.sitrep.samples;
  exports org.sitrep.samples.briefing;
  exports org.sitrep.samples.scenario;
}
