package org.sitrep.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Id;
import org.sitrep.core.PropertyNames;
import org.sitrep.core.Statement;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.validation.DatasetContext;
import org.sitrep.validation.DatasetRule;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code affiliation.outside-period}: a statement whose speaker holds posts in the organisation it
 * speaks for ({@code onBehalfOf}), and whose date certainly lies outside the period of every such
 * post. Silent when the speaker has no post there (nothing to compare), when a post has no period,
 * or when the statement has no date. Fuzzy dates count by their possible days: {@code 2024-03} may
 * lie in {@code 2024-03-04/..}.
 *
 * <p>Keeps the posts of actors (organisation id and period) and, per dated statement with a speaker
 * and an organisation, its position, both ids and its date.
 */
final class AffiliationOutsidePeriodRule implements DatasetRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "affiliation.outside-period",
          Severity.WARNING,
          "a statement made by a person outside the period of the post it is made in");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Run start() {
    return new Posts();
  }

  /** A dated statement by a speaker on behalf of an organisation. */
  private static final class Said {
    final int position;
    final Id<Actor> speaker;
    final Id<Actor> organisation;
    final TimeSpan date;

    Said(int position, Id<Actor> speaker, Id<Actor> organisation, TimeSpan date) {
      this.position = position;
      this.speaker = speaker;
      this.organisation = organisation;
      this.date = date;
    }
  }

  private static final class Posts implements Run {
    /** By actor id text: the posts of its first record. */
    private final Map<String, List<Affiliation>> posts = new HashMap<>();

    private final List<Said> statements = new ArrayList<>();

    @Override
    public void accept(RecordContext context) {
      if (context.record() instanceof Actor) {
        Actor actor = (Actor) context.record();
        if (!actor.affiliations().isEmpty()
            && context.index().position(actor.id()).orElseThrow() == context.position()) {
          posts.putIfAbsent(actor.id().toString(), actor.affiliations());
        }
      } else if (context.record() instanceof Statement) {
        Statement statement = (Statement) context.record();
        Optional<Id<Actor>> speaker = statement.speaker();
        Optional<Id<Actor>> organisation = statement.onBehalfOf();
        Optional<TimeSpan> date = statement.date();
        if (speaker.isPresent() && organisation.isPresent() && date.isPresent()) {
          statements.add(
              new Said(context.position(), speaker.get(), organisation.get(), date.get()));
        }
      }
    }

    @Override
    public void finish(DatasetContext context) {
      for (Said said : statements) {
        List<Affiliation> held = posts.get(said.speaker.toString());
        if (held == null) {
          continue;
        }
        StringJoiner periods = new StringJoiner(", ");
        StringJoiner roles = new StringJoiner(", ");
        boolean outsideAll = true;
        int matching = 0;
        for (Affiliation post : held) {
          if (post.organisation().equals(said.organisation)) {
            matching++;
            Optional<Period> period = post.period();
            outsideAll &= period.isPresent() && !period.get().mayOverlap(said.date);
            period.ifPresent(p -> periods.add(p.toString()));
            roles.add(post.role());
          }
        }
        if (matching > 0 && outsideAll) {
          context
              .report(
                  said.position,
                  Pointer.of(PropertyNames.DATE),
                  "On "
                      + said.date
                      + " "
                      + said.speaker
                      + " did not hold the post ("
                      + roles
                      + ", "
                      + periods
                      + ") in "
                      + said.organisation
                      + " the statement is made for: check the date or the post's period")
              .related(said.speaker)
              .argument("speaker", said.speaker.toString())
              .argument("organisation", said.organisation.toString())
              .argument("date", said.date.toString())
              .argument("periods", periods.toString());
        }
      }
    }
  }
}
