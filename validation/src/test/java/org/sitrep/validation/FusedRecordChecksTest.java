package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.SitrepRecord;
import org.sitrep.validation.internal.BuiltInRules;
import org.sitrep.validation.internal.RecordChecks;

/**
 * The built-in record rules run as one fused pass ({@link RecordChecks}) give exactly the findings,
 * in exactly the order, that running each rule through {@link RecordRule#check} gives.
 */
class FusedRecordChecksTest {

  /** Every firing case's records after the clean ones: every rule fires, most more than once. */
  private static List<SitrepRecord> everyFiring() {
    List<SitrepRecord> records = new ArrayList<>(Fixtures.clean());
    RuleCases.firing().forEach(firing -> records.addAll(firing.extra()));
    return records;
  }

  /** The rule wrapped so that the run cannot tell it is built in, and calls its check. */
  static Rule oneByOne(Rule rule) {
    if (!(rule instanceof RecordRule builtIn)) {
      return rule;
    }
    return new RecordRule() {
      @Override
      public RuleDescriptor descriptor() {
        return builtIn.descriptor();
      }

      @Override
      public void check(RecordContext context) {
        builtIn.check(context);
      }
    };
  }

  static ValidationReport run(
      List<SitrepRecord> records, List<Rule> rules, List<Severity> severities) {
    ValidationRun run =
        new ValidationRun(
            Fixtures.AS_OF, rules.toArray(new Rule[0]), severities.toArray(new Severity[0]), 0);
    records.forEach(run::accept);
    return run.finish();
  }

  private static void assertSameFindings(
      List<SitrepRecord> records, int keepEvery, Severity regrade) {
    List<Rule> fused = new ArrayList<>();
    List<Rule> wrapped = new ArrayList<>();
    List<Severity> severities = new ArrayList<>();
    List<Rule> all = BuiltInRules.all();
    for (int i = 0; i < all.size(); i++) {
      if (i % keepEvery == 0) {
        fused.add(all.get(i));
        wrapped.add(oneByOne(all.get(i)));
        severities.add(
            regrade != null && i % 2 == 0 ? regrade : all.get(i).descriptor().defaultSeverity());
      }
    }

    ValidationReport together = run(records, fused, severities);
    ValidationReport apart = run(records, wrapped, severities);

    assertThat(together.findings()).isNotEmpty();
    assertThat(together.findings()).containsExactlyElementsOf(apart.findings());
    assertThat(together.toString()).isEqualTo(apart.toString());
  }

  @Test
  void everyRuleFiringGivesTheSameFindingsInTheSameOrder() {
    assertSameFindings(everyFiring(), 1, null);
  }

  @Test
  void someRulesOffAndRegradedGiveTheSameFindingsInTheSameOrder() {
    assertSameFindings(everyFiring(), 2, Severity.INFO);
    assertSameFindings(everyFiring(), 3, Severity.ERROR);
  }

  @Test
  void everyRecordAloneGivesTheSameFindings() {
    for (SitrepRecord record : everyFiring()) {
      List<SitrepRecord> records = new ArrayList<>(Fixtures.clean());
      records.add(record);
      List<Rule> all = BuiltInRules.all();
      List<Rule> wrapped = new ArrayList<>();
      List<Severity> severities = new ArrayList<>();
      for (Rule rule : all) {
        wrapped.add(oneByOne(rule));
        severities.add(rule.descriptor().defaultSeverity());
      }
      assertThat(run(records, all, severities).findings())
          .as("findings for %s", record.id())
          .containsExactlyElementsOf(run(records, wrapped, severities).findings());
    }
  }

  @Test
  void onlyBuiltInRecordRulesAreFused() {
    assertThat(
            BuiltInRules.all().stream()
                .filter(
                    rule ->
                        rule instanceof RecordRule recordRule && RecordChecks.covers(recordRule))
                .count())
        .isEqualTo(13);
    assertThat(RecordChecks.covers((RecordRule) oneByOne(BuiltInRules.all().get(0)))).isFalse();
  }

  @Test
  void everyCoveredRuleRunsFusedWhereverItStandsInTheCatalogue() {
    List<Rule> all = BuiltInRules.all();
    long apart =
        all.stream()
            .filter(
                rule -> rule instanceof RecordRule recordRule && !RecordChecks.covers(recordRule))
            .count();
    ValidationRun run =
        new ValidationRun(
            Fixtures.AS_OF,
            all.toArray(new Rule[0]),
            all.stream().map(rule -> rule.descriptor().defaultSeverity()).toArray(Severity[]::new),
            0);
    assertThat(apart).isEqualTo(1); // claim.inconsistent, in the middle of the catalogue
    assertThat(run.recordRulesApart()).isEqualTo(1);
  }
}
