package org.sitrep.validation.internal;

import static org.sitrep.core.PropertyNames.ACCESSED;
import static org.sitrep.core.PropertyNames.AFFILIATIONS;
import static org.sitrep.core.PropertyNames.AREA;
import static org.sitrep.core.PropertyNames.ASSETS;
import static org.sitrep.core.PropertyNames.DATE;
import static org.sitrep.core.PropertyNames.INJURED;
import static org.sitrep.core.PropertyNames.KILLED;
import static org.sitrep.core.PropertyNames.PERIOD;
import static org.sitrep.core.PropertyNames.PLACE;
import static org.sitrep.core.PropertyNames.PUBLISHED;
import static org.sitrep.core.PropertyNames.SOURCES;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Casualties;
import org.sitrep.core.Estimate;
import org.sitrep.core.Exercise;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Operation;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.Statement;
import org.sitrep.core.geo.Place;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.core.time.Timestamp;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * The built-in record rules run as one pass per record: one {@code switch} on the record's type,
 * each field unwrapped once, and direct calls into the rules' own checks, so that the JIT compiles
 * the pass as one unit. The optional fields on an incident's path are read with {@link
 * OptionalFields}, without the {@code Optional} each accessor makes (C2 in JDK 17 does not drop
 * it). Running the rules one by one through {@link RecordRule#check} gives the same findings in the
 * same order (a test compares the two): rule by rule in catalogue order, each rule's findings in
 * its own order.
 *
 * <pre>{@code
 * RecordChecks checks = new RecordChecks(builtInRecordRules, theirSeverities);
 * checks.check(context, firstPositionOfItsId, context); // the context is its own Grader
 * }</pre>
 */
public final class RecordChecks {

  /** Receives, before the checks of a rule, the code and severity its findings get. */
  public interface Grader {
    /**
     * The rule whose checks come next.
     *
     * @param code the rule's code
     * @param severity the severity its findings get
     */
    void grade(String code, Severity severity);
  }

  private static final int ID_DUPLICATE = 0;
  private static final int PERIOD_INVERTED = 1;
  private static final int PERIOD_POSSIBLY_INVERTED = 2;
  private static final int DATE_AFTER_AS_OF = 3;
  private static final int DATE_AFTER_SOURCES = 4;
  private static final int EXERCISE_PARTICIPANTS = 5;
  private static final int CASUALTIES_NEGATIVE = 6;
  private static final int CASUALTIES_ORDER = 7;
  private static final int CASUALTIES_BREAKDOWN = 8;
  private static final int MONEY_CURRENCY = 9;
  private static final int PLACE_COUNTRY = 10;
  private static final int PLACE_COORDINATES = 11;
  private static final int SOURCE_MISSING = 12;

  /** The built-in record rules by slot, in catalogue order. */
  private static final RuleDescriptor[] DESCRIPTORS = {
    IdDuplicateRule.DESCRIPTOR,
    PeriodInvertedRule.DESCRIPTOR,
    PeriodPossiblyInvertedRule.DESCRIPTOR,
    DateAfterAsOfRule.DESCRIPTOR,
    DateAfterSourcesRule.DESCRIPTOR,
    ExerciseParticipantsRule.DESCRIPTOR,
    CasualtiesNegativeRule.DESCRIPTOR,
    CasualtiesOrderRule.DESCRIPTOR,
    CasualtiesBreakdownRule.DESCRIPTOR,
    MoneyCurrencyRule.DESCRIPTOR,
    PlaceCountryRule.DESCRIPTOR,
    PlaceCoordinatesRule.DESCRIPTOR,
    SourceMissingRule.DESCRIPTOR
  };

  /** By slot: the severity of an enabled rule's findings, or null for a rule not run. */
  private final Severity[] severities = new Severity[DESCRIPTORS.length];

  /**
   * The published and accessed spans of the current record's sources, at {@code 2 * i} and {@code 2
   * * i + 1}, reused from record to record: an instance serves one validation, one thread.
   */
  private @Nullable TimeSpan[] spans = new TimeSpan[8];

  /** The asOf day {@link #asOfDay} was computed for, or null before the first record. */
  private @Nullable LocalDate asOf;

  /** The epoch day of {@link #asOf}. */
  private long asOfDay;

  /**
   * The checks of some built-in record rules.
   *
   * @param rules built-in record rules ({@link #covers}), in catalogue order
   * @param severities the severity of each one's findings
   * @throws IllegalArgumentException when a rule is not a built-in record rule, or out of order
   */
  public RecordChecks(List<RecordRule> rules, List<Severity> severities) {
    int last = -1;
    for (int i = 0; i < rules.size(); i++) {
      int slot = slot(rules.get(i));
      if (slot <= last) {
        throw new IllegalArgumentException(
            "Not a built-in record rule in catalogue order: " + rules.get(i).descriptor());
      }
      this.severities[slot] = severities.get(i);
      last = slot;
    }
  }

  /** Whether the rule is a built-in record rule, one these checks can run. */
  public static boolean covers(RecordRule rule) {
    return slot(rule) >= 0;
  }

  private static int slot(RecordRule rule) {
    for (int slot = 0; slot < DESCRIPTORS.length; slot++) {
      // by code, not the record's equals: its first call spins dozens of method-handle classes
      // at start-up (ObjectMethods); the built-in rule itself is then looked for
      if (rule.descriptor().code().equals(DESCRIPTORS[slot].code())
          && BuiltInRules.all().contains(rule)) {
        return slot;
      }
    }
    return -1;
  }

  /** The epoch day of the context's asOf day, computed once per validation, not per record. */
  private long asOfDay(RecordContext context) {
    LocalDate day = context.asOf();
    if (!day.equals(asOf)) {
      asOfDay = day.toEpochDay();
      asOf = day;
    }
    return asOfDay;
  }

  /** Whether the rule in this slot runs; if so, tells the grader it comes next. */
  private boolean enter(int slot, Grader grader) {
    Severity severity = severities[slot];
    if (severity == null) {
      return false;
    }
    grader.grade(DESCRIPTORS[slot].code(), severity);
    return true;
  }

  /**
   * Runs the checks on the context's record.
   *
   * @param context the record, its position and the index
   * @param first the first position of the record's id, the record's own when it is the first
   * @param grader told before each rule's checks which rule's findings come next
   */
  public void check(RecordContext context, int first, Grader grader) {
    checkId(context, first, grader);
    checkContent(context, grader);
  }

  /**
   * Runs the check that needs the index, {@code id.duplicate}: the first part of {@link #check}.
   *
   * @param context the record and its position
   * @param first the first position of the record's id, the record's own when it is the first
   * @param grader told before the rule's checks that its findings come next
   */
  public void checkId(RecordContext context, int first, Grader grader) {
    if (enter(ID_DUPLICATE, grader)) {
      IdDuplicateRule.check(context, first);
    }
  }

  /**
   * Runs the checks that need the record alone (neither its position nor the index): the rest of
   * {@link #check}, which may run ahead, on another thread, with an instance of that thread.
   *
   * @param context the record
   * @param grader told before each rule's checks which rule's findings come next
   */
  public void checkContent(RecordContext context, Grader grader) {
    SitrepRecord record = context.record();
    switch (record.type()) {
      case ACTOR -> actor(context, (Actor) record, grader);
      case INCIDENT -> incident(context, (Incident) record, grader);
      case OPERATION -> operation(context, (Operation) record, grader);
      case EXERCISE -> exercise(context, (Exercise) record, grader);
      case INVESTMENT -> investment(context, (Investment) record, grader);
      case STATEMENT -> statement(context, (Statement) record, grader);
    }
  }

  private void actor(RecordContext context, Actor actor, Grader grader) {
    List<Affiliation> affiliations = actor.affiliations();
    List<Source> sources = actor.sources();
    readSpans(sources);
    for (int slot = PERIOD_INVERTED; slot <= PERIOD_POSSIBLY_INVERTED; slot++) {
      if (enter(slot, grader)) {
        for (int i = 0; i < affiliations.size(); i++) {
          Period period = affiliations.get(i).period().orElse(null);
          if (period != null) {
            period(context, slot, period, AFFILIATIONS, i, PERIOD);
          }
        }
        sourcePeriods(context, slot, sources.size());
      }
    }
    if (enter(PLACE_COUNTRY, grader)) {
      PlaceCountryRule.actor(context, actor.country().orElse(null));
    }
  }

  private void incident(RecordContext context, Incident incident, Grader grader) {
    TimeSpan date = OptionalFields.date(incident);
    List<Source> sources = incident.sources();
    periods(context, date, DATE, sources, grader);
    if (date != null && enter(DATE_AFTER_AS_OF, grader)) {
      DateAfterAsOfRule.check(context, date, asOfDay(context));
    }
    if (date != null && !sources.isEmpty() && enter(DATE_AFTER_SOURCES, grader)) {
      DateAfterSourcesRule.check(
          context, date, latestPublished(sources.size()), latestPublishedInstant(sources.size()));
    }
    Casualties casualties = OptionalFields.casualties(incident);
    if (casualties != null) {
      casualties(context, casualties, grader);
    }
    Place place = OptionalFields.place(incident);
    if (place != null) {
      place(context, place, grader);
    }
    if (enter(SOURCE_MISSING, grader)) {
      SourceMissingRule.check(context, incident);
    }
  }

  private void operation(RecordContext context, Operation operation, Grader grader) {
    periods(context, operation.period().orElse(null), PERIOD, operation.sources(), grader);
    places(context, operation.area(), AREA, grader);
    if (enter(SOURCE_MISSING, grader)) {
      SourceMissingRule.check(context, operation);
    }
  }

  private void exercise(RecordContext context, Exercise exercise, Grader grader) {
    periods(context, exercise.period().orElse(null), PERIOD, exercise.sources(), grader);
    if (enter(EXERCISE_PARTICIPANTS, grader)) {
      ExerciseParticipantsRule.check(context, exercise);
    }
    Place place = exercise.place().orElse(null);
    if (place != null) {
      place(context, place, grader);
    }
  }

  private void investment(RecordContext context, Investment investment, Grader grader) {
    periods(context, investment.period().orElse(null), PERIOD, investment.sources(), grader);
    if (enter(MONEY_CURRENCY, grader)) {
      MoneyCurrencyRule.check(context, investment);
    }
    places(context, investment.assets(), ASSETS, grader);
  }

  private void statement(RecordContext context, Statement statement, Grader grader) {
    TimeSpan date = statement.date().orElse(null);
    periods(context, date, DATE, statement.sources(), grader);
    if (date != null && enter(DATE_AFTER_AS_OF, grader)) {
      DateAfterAsOfRule.check(context, date, asOfDay(context));
    }
    if (enter(SOURCE_MISSING, grader)) {
      SourceMissingRule.check(context, statement);
    }
  }

  /** The period rules on a record's own time span (checked when a period) and its sources'. */
  private void periods(
      RecordContext context,
      @Nullable TimeSpan own,
      String property,
      List<Source> sources,
      Grader grader) {
    readSpans(sources);
    for (int slot = PERIOD_INVERTED; slot <= PERIOD_POSSIBLY_INVERTED; slot++) {
      if (enter(slot, grader)) {
        if (own instanceof Period period) {
          period(context, slot, period, null, 0, property);
        }
        sourcePeriods(context, slot, sources.size());
      }
    }
  }

  /** Each source's published and accessed span, or null, into {@link #spans}: read once. */
  private void readSpans(List<Source> sources) {
    int n = sources.size();
    if (spans.length < 2 * n) {
      spans = new TimeSpan[2 * n];
    }
    for (int i = 0; i < n; i++) {
      Source source = sources.get(i);
      spans[2 * i] = OptionalFields.published(source);
      spans[2 * i + 1] = OptionalFields.accessed(source);
    }
  }

  /** The period rule in this slot on the sources' spans read by {@link #readSpans}. */
  private void sourcePeriods(RecordContext context, int slot, int sourceCount) {
    for (int i = 0; i < sourceCount; i++) {
      if (spans[2 * i] instanceof Period) {
        period(context, slot, (Period) spans[2 * i], SOURCES, i, PUBLISHED);
      }
      if (spans[2 * i + 1] instanceof Period) {
        period(context, slot, (Period) spans[2 * i + 1], SOURCES, i, ACCESSED);
      }
    }
  }

  /** The latest possible published day of the sources read by {@link #readSpans}. */
  private long latestPublished(int sourceCount) {
    long latest = Long.MIN_VALUE;
    for (int i = 0; i < sourceCount; i++) {
      if (spans[2 * i] != null) {
        latest = Math.max(latest, Days.latest(spans[2 * i]));
      }
    }
    return latest;
  }

  /**
   * The latest published timestamp of the sources read by {@link #readSpans}, or null unless every
   * published date is a timestamp.
   */
  private @Nullable Timestamp latestPublishedInstant(int sourceCount) {
    Timestamp latest = null;
    for (int i = 0; i < sourceCount; i++) {
      TimeSpan published = spans[2 * i];
      if (published != null) {
        if (!(published instanceof Timestamp)) {
          return null;
        }
        latest = DateAfterSourcesRule.later(latest, published);
      }
    }
    return latest;
  }

  private static void period(
      RecordContext context,
      int slot,
      Period period,
      @Nullable String list,
      int index,
      String property) {
    if (slot == PERIOD_INVERTED) {
      PeriodInvertedRule.period(context, period, list, index, property);
    } else {
      PeriodPossiblyInvertedRule.period(context, period, list, index, property);
    }
  }

  private void casualties(RecordContext context, Casualties casualties, Grader grader) {
    Estimate killed = OptionalFields.killed(casualties);
    Estimate injured = OptionalFields.injured(casualties);
    List<Casualties.Breakdown> breakdowns = casualties.breakdowns();
    if (enter(CASUALTIES_NEGATIVE, grader)) {
      if (killed != null) {
        CasualtiesNegativeRule.estimate(context, killed, -1, KILLED);
      }
      if (injured != null) {
        CasualtiesNegativeRule.estimate(context, injured, -1, INJURED);
      }
      if (!breakdowns.isEmpty()) {
        Estimates.breakdowns(context, breakdowns, CasualtiesNegativeRule::estimate);
      }
    }
    if (enter(CASUALTIES_ORDER, grader)) {
      if (killed != null) {
        CasualtiesOrderRule.estimate(context, killed, -1, KILLED);
      }
      if (injured != null) {
        CasualtiesOrderRule.estimate(context, injured, -1, INJURED);
      }
      if (!breakdowns.isEmpty()) {
        Estimates.breakdowns(context, breakdowns, CasualtiesOrderRule::estimate);
      }
    }
    if (enter(CASUALTIES_BREAKDOWN, grader)) {
      CasualtiesBreakdownRule.check(
          context, killed, injured, breakdowns, casualties.perpetratorsIncluded().orElse(null));
    }
  }

  /** The place rules on an incident's or exercise's single place. */
  private void place(RecordContext context, Place place, Grader grader) {
    if (enter(PLACE_COUNTRY, grader)) {
      PlaceCountryRule.place(context, place, PLACE, -1);
    }
    if (enter(PLACE_COORDINATES, grader)) {
      PlaceCoordinatesRule.place(context, place, PLACE, -1);
    }
  }

  /** The place rules on a list of places, each rule over the whole list in turn. */
  private void places(RecordContext context, List<Place> places, String property, Grader grader) {
    if (places.isEmpty()) {
      return;
    }
    if (enter(PLACE_COUNTRY, grader)) {
      for (int i = 0; i < places.size(); i++) {
        PlaceCountryRule.place(context, places.get(i), property, i);
      }
    }
    if (enter(PLACE_COORDINATES, grader)) {
      for (int i = 0; i < places.size(); i++) {
        PlaceCoordinatesRule.place(context, places.get(i), property, i);
      }
    }
  }
}
