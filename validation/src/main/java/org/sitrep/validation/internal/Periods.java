package org.sitrep.validation.internal;

import static org.sitrep.core.PropertyNames.ACCESSED;
import static org.sitrep.core.PropertyNames.AFFILIATIONS;
import static org.sitrep.core.PropertyNames.DATE;
import static org.sitrep.core.PropertyNames.PERIOD;
import static org.sitrep.core.PropertyNames.PUBLISHED;
import static org.sitrep.core.PropertyNames.SOURCES;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Exercise;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Operation;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.Statement;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;

/**
 * Every period of a record: an operation's, exercise's or investment's {@code period}, an
 * incident's or statement's {@code date} when it is an interval, an affiliation's {@code period}, a
 * source's {@code published} or {@code accessed} when it is an interval.
 */
final class Periods {

  private Periods() {}

  /** Receives the periods of a record with where they are. */
  interface Visitor {
    /**
     * One period.
     *
     * @param list the list property holding it, or null for a property of the record
     * @param index the index in the list
     * @param property the property naming the period
     */
    void period(
        RecordContext context, Period period, @Nullable String list, int index, String property);
  }

  /** The pointer of a period handed to a {@link Visitor}. */
  static String pointer(@Nullable String list, int index, String property) {
    return list == null ? Pointer.of(property) : Pointer.of(list, index, property);
  }

  static void forEach(RecordContext context, Visitor visitor) {
    SitrepRecord record = context.record();
    // Optionals are unwrapped where they are made, so that the JIT can drop them.
    TimeSpan own =
        switch (record.type()) {
          case ACTOR -> {
            List<Affiliation> affiliations = ((Actor) record).affiliations();
            for (int i = 0; i < affiliations.size(); i++) {
              Period period = affiliations.get(i).period().orElse(null);
              if (period != null) {
                visitor.period(context, period, AFFILIATIONS, i, PERIOD);
              }
            }
            yield null;
          }
          case INCIDENT -> ((Incident) record).date().orElse(null);
          case OPERATION -> ((Operation) record).period().orElse(null);
          case EXERCISE -> ((Exercise) record).period().orElse(null);
          case INVESTMENT -> ((Investment) record).period().orElse(null);
          case STATEMENT -> ((Statement) record).date().orElse(null);
        };
    if (own instanceof Period period) {
      String property = record instanceof Incident || record instanceof Statement ? DATE : PERIOD;
      visitor.period(context, period, null, 0, property);
    }
    List<Source> sources = record.sources();
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      span(context, source.published().orElse(null), SOURCES, i, PUBLISHED, visitor);
      span(context, source.accessed().orElse(null), SOURCES, i, ACCESSED, visitor);
    }
  }

  private static void span(
      RecordContext context,
      @Nullable TimeSpan span,
      String list,
      int index,
      String property,
      Visitor visitor) {
    if (span instanceof Period period) {
      visitor.period(context, period, list, index, property);
    }
  }
}
