package org.sitrep.validation.internal;

import static org.sitrep.core.PropertyNames.ABOUT;
import static org.sitrep.core.PropertyNames.ACTOR;
import static org.sitrep.core.PropertyNames.AFFECTS;
import static org.sitrep.core.PropertyNames.AFFILIATIONS;
import static org.sitrep.core.PropertyNames.AGAINST;
import static org.sitrep.core.PropertyNames.ANNOUNCED_BY;
import static org.sitrep.core.PropertyNames.APPROVED_BY;
import static org.sitrep.core.PropertyNames.ATTRIBUTED_BY;
import static org.sitrep.core.PropertyNames.CLAIMED_BY;
import static org.sitrep.core.PropertyNames.CONDUCTED_BY;
import static org.sitrep.core.PropertyNames.HOST;
import static org.sitrep.core.PropertyNames.INVESTORS;
import static org.sitrep.core.PropertyNames.JOINT_WITH;
import static org.sitrep.core.PropertyNames.ON_BEHALF_OF;
import static org.sitrep.core.PropertyNames.ORGANISATION;
import static org.sitrep.core.PropertyNames.PARENT;
import static org.sitrep.core.PropertyNames.PARTICIPANTS;
import static org.sitrep.core.PropertyNames.PART_OF;
import static org.sitrep.core.PropertyNames.PERPETRATORS;
import static org.sitrep.core.PropertyNames.SPEAKER;
import static org.sitrep.core.PropertyNames.TARGET;
import static org.sitrep.core.PropertyNames.TARGETS;
import static org.sitrep.core.PropertyNames.TRIGGERED_BY;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Exercise;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Involvement;
import org.sitrep.core.Link;
import org.sitrep.core.Operation;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Statement;
import org.sitrep.validation.Pointer;

/** Every reference field of every record type, and a walk over a record's references. */
final class References {

  private References() {}

  /** A reference field; its pointer is built only when a finding needs it. */
  enum Field {
    PARENT_FIELD(null, PARENT),
    AFFILIATION_ORGANISATION(AFFILIATIONS, ORGANISATION),
    PERPETRATOR(PERPETRATORS, ACTOR),
    PERPETRATOR_ATTRIBUTION(PERPETRATORS, ATTRIBUTED_BY),
    TARGET_ACTOR(TARGETS, ACTOR),
    TARGET_ATTRIBUTION(TARGETS, ATTRIBUTED_BY),
    CLAIMED(CLAIMED_BY, null),
    CONDUCTOR(CONDUCTED_BY, ACTOR),
    CONDUCTOR_ATTRIBUTION(CONDUCTED_BY, ATTRIBUTED_BY),
    ADVERSARY(AGAINST, ACTOR),
    ADVERSARY_ATTRIBUTION(AGAINST, ATTRIBUTED_BY),
    PARTNER(JOINT_WITH, ACTOR),
    PARTNER_ATTRIBUTION(JOINT_WITH, ATTRIBUTED_BY),
    APPROVER(APPROVED_BY, null),
    TRIGGER(TRIGGERED_BY, TARGET),
    PARTICIPANT(PARTICIPANTS, ACTOR),
    PARTICIPANT_ATTRIBUTION(PARTICIPANTS, ATTRIBUTED_BY),
    EXERCISE_HOST(null, HOST),
    ANNOUNCER(null, ANNOUNCED_BY),
    INVESTOR(INVESTORS, null),
    INVESTMENT_HOST(null, HOST),
    PARENT_INVESTMENT(null, PART_OF),
    SPEAKER_FIELD(null, SPEAKER),
    ON_BEHALF_OF_FIELD(null, ON_BEHALF_OF),
    SUBJECT(ABOUT, null),
    AFFECTED(AFFECTS, null);

    /** The list the reference sits in, or null for a single-valued field. */
    private final @Nullable String list;

    /** The property in a list's element, or null when the element is the id itself. */
    private final @Nullable String leaf;

    /** The list, or the single-valued field when there is no list. */
    private final String label;

    Field(@Nullable String list, @Nullable String leaf) {
      this.list = list;
      this.leaf = leaf;
      this.label = list != null ? list : Objects.requireNonNull(leaf, "a field without a list");
    }

    /** The pointer of the reference, {@code index} ignored for a single-valued field. */
    String pointer(int index) {
      if (list == null) {
        return Pointer.of(label);
      }
      return leaf == null ? Pointer.of(list, index) : Pointer.of(list, index, leaf);
    }

    /** The field's name for messages: {@code perpetrators}, {@code host}. */
    String label() {
      return label;
    }
  }

  /** Receives the references of a record. */
  interface Visitor {
    void reference(Field field, int index, Id<?> target);
  }

  /**
   * Calls the visitor for every reference of the record, in field order. The switch has a case for
   * every record type (a test walks each); optionals are unwrapped where they are made, so that the
   * JIT can drop them.
   */
  static void forEach(SitrepRecord record, Visitor visitor) {
    switch (record.type()) {
      case ACTOR -> {
        Actor actor = (Actor) record;
        single(actor.parent().orElse(null), Field.PARENT_FIELD, visitor);
        List<org.sitrep.core.Affiliation> affiliations = actor.affiliations();
        for (int i = 0; i < affiliations.size(); i++) {
          visitor.reference(Field.AFFILIATION_ORGANISATION, i, affiliations.get(i).organisation());
        }
      }
      case INCIDENT -> {
        Incident incident = (Incident) record;
        involvements(
            incident.perpetrators(), Field.PERPETRATOR, Field.PERPETRATOR_ATTRIBUTION, visitor);
        involvements(incident.targets(), Field.TARGET_ACTOR, Field.TARGET_ATTRIBUTION, visitor);
        ids(incident.claimedBy(), Field.CLAIMED, visitor);
        ids(incident.affects(), Field.AFFECTED, visitor);
      }
      case OPERATION -> {
        Operation operation = (Operation) record;
        involvements(
            operation.conductedBy(), Field.CONDUCTOR, Field.CONDUCTOR_ATTRIBUTION, visitor);
        involvements(operation.against(), Field.ADVERSARY, Field.ADVERSARY_ATTRIBUTION, visitor);
        involvements(operation.jointWith(), Field.PARTNER, Field.PARTNER_ATTRIBUTION, visitor);
        ids(operation.approvedBy(), Field.APPROVER, visitor);
        List<Link<Incident>> triggers = operation.triggeredBy();
        for (int i = 0; i < triggers.size(); i++) {
          visitor.reference(Field.TRIGGER, i, triggers.get(i).target());
        }
        ids(operation.affects(), Field.AFFECTED, visitor);
      }
      case EXERCISE -> {
        Exercise exercise = (Exercise) record;
        involvements(
            exercise.participants(), Field.PARTICIPANT, Field.PARTICIPANT_ATTRIBUTION, visitor);
        single(exercise.host().orElse(null), Field.EXERCISE_HOST, visitor);
        single(exercise.announcedBy().orElse(null), Field.ANNOUNCER, visitor);
      }
      case INVESTMENT -> {
        Investment investment = (Investment) record;
        ids(investment.investors(), Field.INVESTOR, visitor);
        single(investment.host().orElse(null), Field.INVESTMENT_HOST, visitor);
        single(investment.partOf().orElse(null), Field.PARENT_INVESTMENT, visitor);
      }
      case STATEMENT -> {
        Statement statement = (Statement) record;
        single(statement.speaker().orElse(null), Field.SPEAKER_FIELD, visitor);
        single(statement.onBehalfOf().orElse(null), Field.ON_BEHALF_OF_FIELD, visitor);
        ids(statement.about(), Field.SUBJECT, visitor);
      }
    }
  }

  private static void single(@Nullable Id<?> id, Field field, Visitor visitor) {
    if (id != null) {
      visitor.reference(field, 0, id);
    }
  }

  private static void ids(List<? extends Id<?>> ids, Field field, Visitor visitor) {
    for (int i = 0; i < ids.size(); i++) {
      visitor.reference(field, i, ids.get(i));
    }
  }

  /** The actor of each involvement, then who attributed it where someone did. */
  private static void involvements(
      List<Involvement> involvements, Field field, Field attribution, Visitor visitor) {
    for (int i = 0; i < involvements.size(); i++) {
      Involvement involvement = involvements.get(i);
      visitor.reference(field, i, involvement.actor());
      Id<Actor> attributedBy = involvement.attributedBy().orElse(null);
      if (attributedBy != null) {
        visitor.reference(attribution, i, attributedBy);
      }
    }
  }
}
