package org.sitrep.samples.briefing;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Certainty;
import org.sitrep.core.Dataset;
import org.sitrep.core.Exercise;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Involvement;
import org.sitrep.core.Link;
import org.sitrep.core.Money;
import org.sitrep.core.Operation;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Statement;
import org.sitrep.core.geo.Place;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;

/**
 * A readable briefing of a dataset: a timeline in chronological order, the actors and how they are
 * involved, what is at stake (the investments, their value and places, and what hit them), and the
 * open questions the sources leave — every involvement or link of certainty {@link
 * Certainty#UNKNOWN}, every part that rests on a claim, every refusal to comment, and every period
 * whose days are only approximate.
 *
 * <pre>{@code
 * new Briefing(BalochistanScenario.dataset()).printTo(System.out);
 * }</pre>
 *
 * <p>Fuzzy dates are written in words: {@code 2024-11-21~/2024-12-15~} is "about 21 Nov – about 15
 * Dec 2024" in the timeline and "from about 21 November to about 15 December 2024" in a sentence.
 * References that name no record are printed as their id.
 */
public final class Briefing {

  private final Dataset dataset;

  /**
   * A briefing of the given dataset.
   *
   * @param dataset the records to brief on
   */
  public Briefing(Dataset dataset) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
  }

  /**
   * Prints the whole briefing: title, timeline, actors, what is at stake and open questions.
   *
   * @param out where to print
   */
  public void printTo(PrintStream out) {
    out.println(dataset.title());
    out.println("as of " + DateWords.day(dataset.asOf()) + ", " + dataset.size() + " records");
    out.println();
    printTimeline(out);
    out.println();
    printActors(out);
    out.println();
    printAtStake(out);
    out.println();
    printOpenQuestions(out);
  }

  /**
   * Prints what is at stake: every investment, with its kind, value, what it is part of and its
   * places, then the incidents and operations that name it in {@code affects}.
   *
   * @param out where to print
   */
  public void printAtStake(PrintStream out) {
    out.println("AT STAKE");
    for (Investment investment : dataset.investments()) {
      StringBuilder line =
          new StringBuilder("  ")
              .append(investment.name())
              .append(" (")
              .append(investment.kind().wireName());
      investment.value().ifPresent(value -> line.append(", ").append(money(value)));
      investment.partOf().ifPresent(whole -> line.append(", part of ").append(name(whole)));
      out.println(line.append(')'));
      for (Place asset : investment.assets()) {
        out.println(
            "      at "
                + asset.name()
                + asset
                    .locality()
                    .filter(locality -> !asset.name().contains(locality))
                    .map(locality -> ", " + locality)
                    .orElse(""));
      }
      for (Incident incident : dataset.incidents()) {
        if (incident.affects().contains(investment.id())) {
          out.println(
              "      hit by "
                  + incident.name()
                  + incident.date().map(date -> " (" + DateWords.brief(date) + ")").orElse(""));
        }
      }
      for (Operation operation : dataset.operations()) {
        if (operation.affects().contains(investment.id())) {
          out.println("      acted on by " + operation.name());
        }
      }
    }
  }

  /** An amount in words: {@code about 65 billion USD}. */
  static String money(Money money) {
    BigDecimal amount = money.amount();
    String words;
    if (amount.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
      words = amount.movePointLeft(9).stripTrailingZeros().toPlainString() + " billion";
    } else if (amount.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
      words = amount.movePointLeft(6).stripTrailingZeros().toPlainString() + " million";
    } else {
      words = amount.stripTrailingZeros().toPlainString();
    }
    return (money.approximate() ? "about " : "") + words + " " + money.currencyCode();
  }

  /**
   * Prints the timeline: every dated record, and every announcement of an operation or exercise, by
   * earliest possible day; then the records whose time has no known start.
   *
   * @param out where to print
   */
  public void printTimeline(PrintStream out) {
    List<Entry> dated = new ArrayList<>();
    List<Entry> unbounded = new ArrayList<>();
    for (SitrepRecord record : dataset.records()) {
      record.when().ifPresent(when -> add(when, label(record, ""), dated, unbounded));
      announced(record)
          .ifPresent(when -> add(when, label(record, "announced: "), dated, unbounded));
    }
    dated.sort(
        Comparator.comparing((Entry entry) -> entry.when.earliestDay().orElseThrow())
            .thenComparing(entry -> entry.when.latestDay().orElse(LocalDate.MAX))
            .thenComparing(entry -> entry.what));
    int width = 0;
    for (Entry entry : dated) {
      width = Math.max(width, entry.words.length());
    }
    for (Entry entry : unbounded) {
      width = Math.max(width, entry.words.length());
    }
    out.println("TIMELINE");
    for (Entry entry : dated) {
      out.println("  " + pad(entry.words, width) + "  " + entry.what);
    }
    if (!unbounded.isEmpty()) {
      out.println("  with no known start:");
      for (Entry entry : unbounded) {
        out.println("  " + pad(entry.words, width) + "  " + entry.what);
      }
    }
  }

  /**
   * Prints every actor, with its kind, country, parent and posts, and what it does in the other
   * records, with how sure the sources are.
   *
   * @param out where to print
   */
  public void printActors(PrintStream out) {
    out.println("ACTORS");
    for (Actor actor : dataset.actors()) {
      out.println("  " + actor.name() + " (" + describe(actor) + ")");
      for (String part : parts(actor.id())) {
        out.println("      " + part);
      }
    }
  }

  /**
   * Prints the questions the sources leave open, one sentence each.
   *
   * @param out where to print
   */
  public void printOpenQuestions(PrintStream out) {
    out.println("OPEN QUESTIONS");
    List<String> questions = openQuestions();
    if (questions.isEmpty()) {
      out.println("  none");
    }
    for (String question : questions) {
      out.println("  - " + question);
    }
  }

  /**
   * The questions the sources leave open, one sentence each, in record order: "China's part in the
   * offensive is unknown (Comprehensive operation in Balochistan)."
   *
   * @return the sentences
   */
  public List<String> openQuestions() {
    List<String> questions = new ArrayList<>();
    for (SitrepRecord record : dataset.records()) {
      if (record instanceof Operation operation) {
        operationQuestions(operation, questions);
      } else if (record instanceof Exercise exercise) {
        partQuestions(exercise.participants(), "the exercise", exercise.name(), questions);
        exercise
            .period()
            .ifPresent(
                period -> approximateDays(period, "the exercise", exercise.name(), questions));
      } else if (record instanceof Incident incident) {
        partQuestions(incident.perpetrators(), "the incident", incident.name(), questions);
        partQuestions(incident.targets(), "the incident", incident.name(), questions);
      } else if (record instanceof Statement statement) {
        if (statement.kind() == Statement.Kind.NO_COMMENT) {
          questions.add(
              statement.onBehalfOf().or(statement::speaker).map(this::name).orElse("Someone")
                  + " gave no comment: "
                  + statement.name()
                  + ".");
        }
      }
    }
    return questions;
  }

  private void operationQuestions(Operation operation, List<String> questions) {
    String noun =
        operation.kind() == Operation.Kind.MILITARY_OFFENSIVE ? "the offensive" : "the operation";
    String name = operation.name();
    partQuestions(operation.jointWith(), noun, name, questions);
    partQuestions(operation.conductedBy(), noun, name, questions);
    partQuestions(operation.against(), noun, name, questions);
    for (Map.Entry<Operation.Domain, Certainty> domain : operation.domains().entrySet()) {
      if (domain.getValue() == Certainty.UNKNOWN) {
        questions.add(
            "Whether "
                + noun
                + " involves "
                + domain.getKey().wireName()
                + " operations is unknown ("
                + name
                + ").");
      }
    }
    for (Link<Incident> trigger : operation.triggeredBy()) {
      if (trigger.certainty() == Certainty.UNKNOWN) {
        questions.add(
            "Whether "
                + noun
                + " was prompted by "
                + name(trigger.target())
                + " is unknown ("
                + name
                + ").");
      }
    }
    operation.period().ifPresent(period -> approximateDays(period, noun, name, questions));
  }

  private void partQuestions(
      List<Involvement> involvements, String noun, String name, List<String> questions) {
    for (Involvement involvement : involvements) {
      String who = possessive(name(involvement.actor()));
      if (involvement.certainty() == Certainty.UNKNOWN) {
        questions.add(who + " part in " + noun + " is unknown (" + name + ").");
      } else if (involvement.certainty() == Certainty.CLAIMED) {
        questions.add(who + " part in " + noun + " rests on its own claim (" + name + ").");
      }
    }
  }

  private static void approximateDays(
      Period period, String noun, String name, List<String> questions) {
    boolean fuzzy =
        period.start().map(DateWords::isVague).orElse(false)
            || period.end().map(DateWords::isVague).orElse(false);
    if (fuzzy) {
      questions.add(
          "The exact days are not given: "
              + noun
              + " runs "
              + DateWords.prose(period)
              + " ("
              + name
              + ").");
    }
  }

  private List<String> parts(Id<Actor> actor) {
    List<String> parts = new ArrayList<>();
    for (SitrepRecord record : dataset.records()) {
      String name = record.name();
      if (record instanceof Incident incident) {
        involved(incident.perpetrators(), actor, "perpetrator of " + name, parts);
        involved(incident.targets(), actor, "target of " + name, parts);
        if (incident.claimedBy().contains(actor)) {
          parts.add("claimed " + name);
        }
      } else if (record instanceof Operation operation) {
        involved(operation.conductedBy(), actor, "conducts " + name, parts);
        involved(operation.against(), actor, "opposed by " + name, parts);
        involved(operation.jointWith(), actor, "joint partner in " + name, parts);
        if (operation.approvedBy().contains(actor)) {
          parts.add("approved " + name);
        }
      } else if (record instanceof Exercise exercise) {
        involved(exercise.participants(), actor, "takes part in " + name, parts);
        if (exercise.host().equals(Optional.of(actor))) {
          parts.add("hosts " + name);
        }
        if (exercise.announcedBy().equals(Optional.of(actor))) {
          parts.add("announced " + name);
        }
      } else if (record instanceof Investment investment) {
        if (investment.investors().contains(actor)) {
          parts.add("invests in " + name);
        }
        if (investment.host().equals(Optional.of(actor))) {
          parts.add("hosts " + name);
        }
      } else if (record instanceof Statement statement) {
        if (statement.speaker().equals(Optional.of(actor))
            || statement.onBehalfOf().equals(Optional.of(actor))) {
          parts.add(statement.kind().wireName() + ": " + name);
        }
      }
    }
    return parts;
  }

  private static void involved(
      List<Involvement> involvements, Id<Actor> actor, String what, List<String> parts) {
    for (Involvement involvement : involvements) {
      if (involvement.actor().equals(actor)) {
        parts.add(what + " (" + certaintyWords(involvement.certainty()) + ")");
      }
    }
  }

  private static String certaintyWords(Certainty certainty) {
    return switch (certainty) {
      case CONFIRMED -> "confirmed";
      case CLAIMED -> "claimed by itself";
      case ATTRIBUTED -> "attributed by others";
      case SUSPECTED -> "suspected";
      default -> "unknown";
    };
  }

  private String describe(Actor actor) {
    StringBuilder out = new StringBuilder(actor.kind().wireName());
    actor.country().ifPresent(country -> out.append(", ").append(country));
    actor.parent().ifPresent(parent -> out.append("; part of ").append(name(parent)));
    for (Affiliation post : actor.affiliations()) {
      out.append("; ").append(post.role()).append(", ").append(name(post.organisation()));
      post.period().ifPresent(period -> out.append(", ").append(DateWords.brief(period)));
    }
    return out.toString();
  }

  private String name(Id<?> id) {
    return dataset.resolve(id).map(SitrepRecord::name).orElse(id.toString());
  }

  private static String possessive(String name) {
    return name + (name.endsWith("s") ? "'" : "'s");
  }

  private static String label(SitrepRecord record, String prefix) {
    return pad(record.type().wireName(), 10) + " " + prefix + record.name();
  }

  private static Optional<FuzzyDate> announced(SitrepRecord record) {
    if (record instanceof Operation operation) {
      return operation.announced();
    }
    if (record instanceof Exercise exercise) {
      return exercise.announced();
    }
    return Optional.empty();
  }

  private static void add(TimeSpan when, String what, List<Entry> dated, List<Entry> unbounded) {
    Entry entry = new Entry(when, DateWords.brief(when), what);
    (when.earliestDay().isPresent() ? dated : unbounded).add(entry);
  }

  private static String pad(String text, int width) {
    StringBuilder out = new StringBuilder(text);
    while (out.length() < width) {
      out.append(' ');
    }
    return out.toString();
  }

  /** One line of the timeline. */
  private static final class Entry {
    final TimeSpan when;
    final String words;
    final String what;

    Entry(TimeSpan when, String words, String what) {
      this.when = when;
      this.words = words;
      this.what = what;
    }
  }
}
