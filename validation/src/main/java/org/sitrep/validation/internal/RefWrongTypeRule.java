package org.sitrep.validation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Exercise;
import org.sitrep.core.Id;
import org.sitrep.core.Investment;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Statement;
import org.sitrep.validation.DatasetContext;
import org.sitrep.validation.DatasetRule;
import org.sitrep.validation.Finding;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code ref.wrong-type}: the compiler already keeps an {@code Id<Actor>} from naming an incident,
 * and an id's kind is its record's type, so this rule checks what types cannot: that an actor
 * reference names an actor of a kind that fits the field. A statement's speaker is a person; an
 * affiliation's organisation and a statement's {@code onBehalfOf} are not persons; the host of an
 * exercise or an investment is a state. A reference that resolves to nothing is left to {@code
 * ref.unresolved}. A reference to an actor not yet seen is kept until the end, in the heap for
 * records in memory, in a temporary file for a stream.
 */
final class RefWrongTypeRule implements DatasetRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "ref.wrong-type", Severity.ERROR, "a reference resolves to a record of the wrong type");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Run start() {
    return new Checks();
  }

  /** What an actor reference in a field must name. */
  private enum Expected {
    PERSON("a person"),
    NOT_PERSON("an organisation, not a person"),
    STATE("a state");

    private final String words;

    Expected(String words) {
      this.words = words;
    }

    boolean accepts(Actor.Kind kind) {
      return switch (this) {
        case PERSON -> kind == Actor.Kind.PERSON;
        case NOT_PERSON -> kind != Actor.Kind.PERSON;
        case STATE -> kind == Actor.Kind.STATE;
      };
    }
  }

  private static final class Checks implements Run {
    private static final References.Field[] FIELDS = References.Field.values();
    private static final Expected[] EXPECTED = Expected.values();

    /**
     * The references whose target was not yet seen (the expected kind's ordinal as the extra byte);
     * made with the index at the first such reference.
     */
    private @Nullable PendingReferences forward;

    @Override
    public void accept(RecordContext context) {
      SitrepRecord record = context.record();
      switch (record.type()) {
        case ACTOR -> {
          List<Affiliation> affiliations = ((Actor) record).affiliations();
          for (int i = 0; i < affiliations.size(); i++) {
            check(
                context,
                References.Field.AFFILIATION_ORGANISATION,
                i,
                affiliations.get(i).organisation(),
                Expected.NOT_PERSON);
          }
        }
        case EXERCISE ->
            check(
                context,
                References.Field.EXERCISE_HOST,
                ((Exercise) record).host(),
                Expected.STATE);
        case INVESTMENT ->
            check(
                context,
                References.Field.INVESTMENT_HOST,
                ((Investment) record).host(),
                Expected.STATE);
        case STATEMENT -> {
          Statement statement = (Statement) record;
          check(context, References.Field.SPEAKER_FIELD, statement.speaker(), Expected.PERSON);
          check(
              context,
              References.Field.ON_BEHALF_OF_FIELD,
              statement.onBehalfOf(),
              Expected.NOT_PERSON);
        }
        default -> {}
      }
    }

    private void check(
        RecordContext context,
        References.Field field,
        Optional<Id<Actor>> target,
        Expected expected) {
      if (target.isPresent()) {
        check(context, field, 0, target.get(), expected);
      }
    }

    private void check(
        RecordContext context,
        References.Field field,
        int listIndex,
        Id<Actor> target,
        Expected expected) {
      Optional<Actor.Kind> kind = context.index().actorKind(target);
      if (kind.isEmpty()) {
        if (forward == null) {
          forward = CompactIndex.of(context.index()).pending();
        }
        forward.add(
            context.position(), field.ordinal(), listIndex, expected.ordinal(), target.toString());
      } else if (!expected.accepts(kind.get())) {
        report(
            context.report(field.pointer(listIndex), message(field, target, kind.get(), expected)),
            target,
            kind.get(),
            expected);
      }
    }

    @Override
    public void finish(DatasetContext context) {
      if (forward == null) {
        return;
      }
      CompactIndex all = CompactIndex.of(context.index());
      try {
        forward.forEach(
            (position, field, listIndex, extra, text) -> {
              Optional<Actor.Kind> kind = all.actorKind(text);
              Expected expected = EXPECTED[extra];
              if (kind.isPresent() && !expected.accepts(kind.get())) {
                Id<Actor> target = Id.parse(text, Actor.class);
                References.Field at = FIELDS[field];
                report(
                    context.report(
                        position, at.pointer(listIndex), message(at, target, kind.get(), expected)),
                    target,
                    kind.get(),
                    expected);
              }
            });
      } finally {
        forward.close();
      }
    }

    private static String message(
        References.Field field, Id<Actor> target, Actor.Kind kind, Expected expected) {
      return "The "
          + field.label()
          + " "
          + target
          + " is a "
          + kind.wireName()
          + " actor, where "
          + expected.words
          + " is expected: correct the reference or the actor's kind";
    }

    private static void report(
        Finding.Details details, Id<Actor> target, Actor.Kind kind, Expected expected) {
      details
          .related(target)
          .argument("referenced", target.toString())
          .argument("kind", kind.wireName())
          .argument("expected", expected.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }
}
