package org.sitrep.validation.internal;

import java.util.List;
import org.sitrep.core.Exercise;
import org.sitrep.core.Involvement;
import org.sitrep.core.PropertyNames;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code exercise.participants}: an exercise marked {@code joint} with fewer than two distinct
 * participant actors (the same actor listed twice counts once).
 */
final class ExerciseParticipantsRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "exercise.participants",
          Severity.ERROR,
          "a joint exercise with fewer than two distinct participants");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    if (!(context.record() instanceof Exercise)) {
      return;
    }
    check(context, (Exercise) context.record());
  }

  /** The check of an exercise. */
  static void check(RecordContext context, Exercise exercise) {
    if (!exercise.joint()) {
      return;
    }
    List<Involvement> participants = exercise.participants();
    int distinct = 0;
    for (int i = 0; i < participants.size() && distinct < 2; i++) {
      boolean repeated = false;
      for (int j = 0; j < i && !repeated; j++) {
        repeated = participants.get(j).actor().equals(participants.get(i).actor());
      }
      if (!repeated) {
        distinct++;
      }
    }
    if (distinct < 2) {
      context
          .report(
              Pointer.of(PropertyNames.PARTICIPANTS),
              "A joint exercise needs at least two distinct participants, this one has "
                  + distinct
                  + ": add the partners or set joint to false")
          .argument("distinct", Integer.toString(distinct));
    }
  }
}
