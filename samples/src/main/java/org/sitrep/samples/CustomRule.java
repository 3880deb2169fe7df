package org.sitrep.samples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.PropertyNames;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.samples.scenario.BalochistanScenario;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * Shows how to write a validation rule of your own and run it beside the built-in catalogue: {@link
 * #INCIDENT_NO_PLACE}, a warning for an incident that says nothing of where it happened. The
 * program validates the founding scenario (every incident has a place: no finding), then the
 * scenario with one incident added that has neither a place nor a source, so that the custom rule
 * and the built-in {@code source.missing} both report it.
 *
 * <pre>{@code
 * Validator validator = Validator.builder().addRule(CustomRule.INCIDENT_NO_PLACE).build();
 * ValidationReport report = validator.validate(dataset);
 * }</pre>
 */
public final class CustomRule {

  /** An incident without a place is a warning: code {@code incident.no-place}. */
  public static final RecordRule INCIDENT_NO_PLACE =
      RecordRule.of(
          new RuleDescriptor("incident.no-place", Severity.WARNING, "an incident with no place"),
          context -> {
            if (context.record() instanceof Incident incident && incident.place().isEmpty()) {
              context.report(
                  Pointer.of(PropertyNames.PLACE),
                  "This incident has no place: add where it happened, the country at least");
            }
          });

  /** The incident without a place or source that the program adds to the scenario. */
  public static final Id<Incident> UNPLACED = Id.incident("2024-11-example-unplaced");

  private CustomRule() {}

  /**
   * Runs the program.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(args, System.out);
  }

  /**
   * Validates the scenario, and the scenario with an unplaced incident, with the custom rule added;
   * prints both reports.
   *
   * @param args none
   * @param out where to print
   * @return the report of the scenario with the unplaced incident
   */
  public static ValidationReport run(String[] args, PrintStream out) {
    Validator validator = Validator.builder().addRule(INCIDENT_NO_PLACE).build();
    Dataset scenario = BalochistanScenario.dataset();

    out.println("The scenario, with incident.no-place added to the catalogue:");
    out.print(validator.validate(scenario).toText());

    List<SitrepRecord> records = new ArrayList<>(scenario.records());
    records.add(
        Incident.builder()
            .id(UNPLACED)
            .name("An attack reported with no place (an example, not from the article)")
            .category(IncidentCategory.BATTLES)
            .date(FuzzyDate.parse("2024-11"))
            .build());
    Dataset withUnplaced = Dataset.of(scenario.title(), scenario.asOf(), records);
    ValidationReport report = validator.validate(withUnplaced);

    out.println();
    out.println("The scenario and " + UNPLACED + ":");
    out.print(report.toText());
    return report;
  }
}
