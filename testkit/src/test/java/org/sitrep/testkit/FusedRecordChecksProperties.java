package org.sitrep.testkit;

import static org.sitrep.testkit.SitrepAssertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.core.Dataset;
import org.sitrep.validation.Finding;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.Rule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;
import org.sitrep.validation.internal.BuiltInRules;

/**
 * The built-in record rules, which the validator runs fused into one pass, give on arbitrary
 * datasets (valid ones, and ones with a known inconsistency) the same findings in the same order as
 * the same rules run one by one through {@link RecordRule#check}.
 *
 * <p>A rule run one by one is the built-in rule wrapped in a rule of its own under the code {@code
 * one.<code>}, added to a validator in which the built-in is disabled; its findings are put back in
 * the report's order under their own codes before the comparison.
 */
class FusedRecordChecksProperties {

  private static final String PREFIX = "one.";

  private static final Set<String> RECORD_CODES = new TreeSet<>();
  private static final Validator ONE_BY_ONE = oneByOne();

  private static Validator oneByOne() {
    Validator.Builder builder = Validator.builder();
    for (Rule rule : BuiltInRules.all()) {
      if (rule instanceof RecordRule builtIn) {
        RuleDescriptor descriptor = builtIn.descriptor();
        RECORD_CODES.add(descriptor.code());
        builder.disable(descriptor.code());
        RuleDescriptor renamed =
            new RuleDescriptor(
                PREFIX + descriptor.code(), descriptor.defaultSeverity(), descriptor.description());
        builder.addRule(
            new RecordRule() {
              @Override
              public RuleDescriptor descriptor() {
                return renamed;
              }

              @Override
              public void check(RecordContext context) {
                builtIn.check(context);
              }
            });
      }
    }
    return builder.build();
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return Arbitraries.oneOf(
        SitrepArbitraries.datasets(),
        SitrepArbitraries.inconsistentDatasets().map(Inconsistency::dataset));
  }

  @Property
  void fusedChecksEqualTheRulesOneByOne(@ForAll("datasets") Dataset dataset) {
    ValidationReport fused = Validator.defaults().validate(dataset);
    ValidationReport apart = ONE_BY_ONE.validate(dataset);

    List<String> fusedFindings = new ArrayList<>();
    for (Finding finding : fused.findings()) {
      fusedFindings.add(describe(finding, finding.code()));
    }
    // the report's order with the codes as the fused run has them
    List<Finding> apartFindings = new ArrayList<>(apart.findings());
    apartFindings.sort(
        Comparator.comparingInt(Finding::position)
            .thenComparing(Finding::pointer, FusedRecordChecksProperties::comparePointers)
            .thenComparing(FusedRecordChecksProperties::code)
            .thenComparing(Finding::message));
    List<String> apartDescribed = new ArrayList<>();
    for (Finding finding : apartFindings) {
      apartDescribed.add(describe(finding, code(finding)));
    }
    assertThat(apartDescribed).containsExactlyElementsOf(fusedFindings);
    assertThat(apart.recordCount()).isEqualTo(fused.recordCount());
  }

  @Property(tries = 1)
  void everyBuiltInRecordRuleIsWrapped() {
    assertThat(RECORD_CODES).hasSize(14);
    assertThat(ONE_BY_ONE.activeRules())
        .containsKeys(RECORD_CODES.stream().map(code -> PREFIX + code).toArray(String[]::new));
    assertThat(ONE_BY_ONE.activeRules()).doesNotContainKeys(RECORD_CODES.toArray(String[]::new));
  }

  /** Segment by segment, indexes by number, as the report orders pointers. */
  static int comparePointers(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int by =
          x[i].matches("[1-9][0-9]*|0") && y[i].matches("[1-9][0-9]*|0")
              ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]))
              : x[i].compareTo(y[i]);
      if (by != 0) {
        return by;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static String code(Finding finding) {
    return finding.code().startsWith(PREFIX)
        ? finding.code().substring(PREFIX.length())
        : finding.code();
  }

  private static String describe(Finding finding, String code) {
    return finding.position()
        + " "
        + finding.recordId()
        + finding.pointer()
        + " "
        + code
        + " "
        + finding.severity()
        + " "
        + finding.message()
        + " "
        + finding.related()
        + " "
        + finding.arguments();
  }
}
