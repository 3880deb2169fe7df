package org.sitrep.samples;

import java.io.PrintStream;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.Operation;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.time.Period;
import org.sitrep.samples.scenario.BalochistanScenario;

/**
 * Shows how to query a {@link Dataset}: the incidents an actor is involved in (as perpetrator,
 * target or claimant), the records whose time may overlap a period, and how to follow a typed
 * reference to the record it names. A record whose time has an unknown or open end ({@code ../..},
 * "for decades") may overlap any period, so it is among the answers.
 *
 * <pre>{@code
 * dataset.incidentsInvolving(Id.actor("bla"));
 * dataset.overlapping(Period.parse("2024-11/2024-12"));
 * dataset.resolve(offensive.jointWith().get(0).actor()).map(Actor::name);
 * }</pre>
 */
public final class QueryDataset {

  /** The period the program asks about: November and December 2024. */
  public static final Period NOV_DEC_2024 = Period.parse("2024-11/2024-12");

  private QueryDataset() {}

  /**
   * Runs the program.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(args, System.out);
  }

  /**
   * Queries the founding scenario and prints the answers.
   *
   * @param args none
   * @param out where to print
   */
  public static void run(String[] args, PrintStream out) {
    Dataset scenario = BalochistanScenario.dataset();

    out.println("Incidents involving the BLA:");
    for (Incident incident : scenario.incidentsInvolving(BalochistanScenario.BLA)) {
      out.println("  " + incident.id() + "  " + incident.name());
    }

    out.println("Records that may overlap " + NOV_DEC_2024 + ":");
    for (SitrepRecord record : scenario.overlapping(NOV_DEC_2024)) {
      out.println("  " + record.id() + "  " + record.when().orElseThrow());
    }

    out.println("Who might join the offensive:");
    Operation offensive = scenario.resolve(BalochistanScenario.OFFENSIVE).orElseThrow();
    for (Involvement partner : offensive.jointWith()) {
      String name = scenario.resolve(partner.actor()).map(Actor::name).orElse("(no such record)");
      out.println(
          "  " + partner.actor() + " -> " + name + ", certainty " + partner.certainty().wireName());
    }
  }
}
