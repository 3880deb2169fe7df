package org.sitrep.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sitrep.validation.Rule;
import org.sitrep.validation.RuleDescriptor;

/**
 * The built-in rule catalogue, in its documented order. Codes are stable: a rule that is retired
 * keeps its code out of use forever.
 *
 * <pre>{@code
 * List<RuleDescriptor> catalogue = BuiltInRules.catalogue();
 * }</pre>
 */
public final class BuiltInRules {

  private static final List<Rule> ALL =
      List.of(
          new IdDuplicateRule(),
          new RefUnresolvedRule(),
          new RefWrongTypeRule(),
          new PeriodInvertedRule(),
          new PeriodPossiblyInvertedRule(),
          new DateAfterAsOfRule(),
          new DateAfterSourcesRule(),
          new ExerciseParticipantsRule(),
          new CasualtiesNegativeRule(),
          new CasualtiesOrderRule(),
          new CasualtiesBreakdownRule(),
          new ClaimInconsistentRule(),
          new ActorParentCycleRule(),
          new AffiliationOutsidePeriodRule(),
          new MoneyCurrencyRule(),
          new PlaceCountryRule(),
          new PlaceCoordinatesRule(),
          new SourceMissingRule());

  private static final List<RuleDescriptor> CATALOGUE = descriptors();

  private BuiltInRules() {}

  private static List<RuleDescriptor> descriptors() {
    List<RuleDescriptor> out = new ArrayList<>();
    ALL.forEach(rule -> out.add(rule.descriptor()));
    return Collections.unmodifiableList(out);
  }

  /** Every built-in rule; each is stateless and thread-safe. */
  public static List<Rule> all() {
    return ALL;
  }

  /** The descriptors of the built-in rules. */
  public static List<RuleDescriptor> catalogue() {
    return CATALOGUE;
  }
}
