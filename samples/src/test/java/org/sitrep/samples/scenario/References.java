package org.sitrep.samples.scenario;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Exercise;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Involvement;
import org.sitrep.core.Link;
import org.sitrep.core.Operation;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Statement;

/** Every reference a record holds, for checking that each resolves. */
final class References {

  private References() {}

  static List<Id<?>> of(SitrepRecord record) {
    List<Id<?>> refs = new ArrayList<>();
    if (record instanceof Actor actor) {
      actor.parent().ifPresent(refs::add);
      for (Affiliation post : actor.affiliations()) {
        refs.add(post.organisation());
      }
    } else if (record instanceof Incident incident) {
      actors(incident.perpetrators(), refs);
      actors(incident.targets(), refs);
      refs.addAll(incident.claimedBy());
    } else if (record instanceof Operation operation) {
      actors(operation.conductedBy(), refs);
      actors(operation.against(), refs);
      actors(operation.jointWith(), refs);
      refs.addAll(operation.approvedBy());
      for (Link<Incident> trigger : operation.triggeredBy()) {
        refs.add(trigger.target());
      }
    } else if (record instanceof Exercise exercise) {
      actors(exercise.participants(), refs);
      exercise.host().ifPresent(refs::add);
      exercise.announcedBy().ifPresent(refs::add);
    } else if (record instanceof Investment investment) {
      refs.addAll(investment.investors());
      investment.host().ifPresent(refs::add);
      investment.partOf().ifPresent(refs::add);
    } else {
      Statement statement = (Statement) record;
      statement.speaker().ifPresent(refs::add);
      statement.onBehalfOf().ifPresent(refs::add);
      refs.addAll(statement.about());
    }
    return refs;
  }

  private static void actors(List<Involvement> involvements, List<Id<?>> refs) {
    for (Involvement involvement : involvements) {
      refs.add(involvement.actor());
    }
  }
}
