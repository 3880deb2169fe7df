package org.sitrep.validation.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Incident;
import org.sitrep.core.PropertyNames;
import org.sitrep.core.Source;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.core.time.Timestamp;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code date.after-sources}: an incident whose earliest possible day is after the latest possible
 * {@code published} day of every source that reports it. Only sources with a published date count;
 * with none, the rule is silent. A timestamp counts as every calendar day it is somewhere (see
 * {@link Days}); when the incident and every published date are timestamps, the instants are
 * compared instead.
 */
final class DateAfterSourcesRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "date.after-sources",
          Severity.ERROR,
          "an incident dated after every source that reports it was published");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    if (!(context.record() instanceof Incident)) {
      return;
    }
    Incident incident = (Incident) context.record();
    check(context, incident.date().orElse(null), incident.sources());
  }

  /** The check of an incident's date, or null, against its sources. */
  static void check(RecordContext context, @Nullable TimeSpan date, List<Source> sources) {
    if (date == null || sources.isEmpty()) {
      return;
    }
    long latestPublished = Long.MIN_VALUE;
    Timestamp latestInstant = null;
    boolean allInstants = true;
    for (int i = 0; i < sources.size(); i++) {
      TimeSpan published = sources.get(i).published().orElse(null);
      if (published != null) {
        latestPublished = Math.max(latestPublished, Days.latest(published));
        latestInstant = later(latestInstant, published);
        allInstants &= published instanceof Timestamp;
      }
    }
    check(context, date, latestPublished, allInstants ? latestInstant : null);
  }

  /**
   * The later of a timestamp so far (or null) and a published date, when the published date is a
   * timestamp; the one so far otherwise.
   */
  static @Nullable Timestamp later(@Nullable Timestamp soFar, TimeSpan published) {
    if (!(published instanceof Timestamp stamp)) {
      return soFar;
    }
    return soFar == null || stamp.toInstant().isAfter(soFar.toInstant()) ? stamp : soFar;
  }

  /**
   * The check of an incident's date against the latest possible published day of its sources,
   * {@code Long.MIN_VALUE} when none has a published date.
   */
  static void check(
      RecordContext context,
      TimeSpan date,
      long latestPublished,
      @Nullable Timestamp latestInstant) {
    if (latestPublished == Long.MIN_VALUE || latestPublished == Days.UNBOUNDED_END) {
      return;
    }
    if (date instanceof Timestamp timestamp && latestInstant != null) {
      if (timestamp.toInstant().isAfter(latestInstant.toInstant())) {
        context
            .report(
                Pointer.of(PropertyNames.DATE),
                "The time "
                    + date
                    + " is after every source was published (the latest at "
                    + latestInstant
                    + "): correct the date or the sources' published dates")
            .argument("date", date.toString())
            .argument("latestPublished", latestInstant.toString());
      }
      return;
    }
    long earliest = Days.earliest(date);
    if (earliest != Days.UNBOUNDED_START && earliest > latestPublished) {
      report(context, date, earliest, latestPublished);
    }
  }

  private static void report(
      RecordContext context, TimeSpan date, long earliest, long latestPublished) {
    context
        .report(
            Pointer.of(PropertyNames.DATE),
            "The date "
                + date
                + " is after every source was published (the latest on "
                + Days.text(latestPublished)
                + "): correct the date or the sources' published dates")
        .argument("date", date.toString())
        .argument("earliest", Days.text(earliest))
        .argument("latestPublished", Days.text(latestPublished));
  }
}
