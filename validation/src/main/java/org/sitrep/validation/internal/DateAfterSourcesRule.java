package org.sitrep.validation.internal;

import java.util.List;
import java.util.Optional;
import org.sitrep.core.Incident;
import org.sitrep.core.PropertyNames;
import org.sitrep.core.Source;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code date.after-sources}: an incident whose earliest possible day is after the latest possible
 * {@code published} day of every source that reports it. Only sources with a published date count;
 * with none, the rule is silent.
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
    Optional<TimeSpan> date = incident.date();
    List<Source> sources = incident.sources();
    if (date.isEmpty() || sources.isEmpty()) {
      return;
    }
    long latestPublished = Long.MIN_VALUE;
    for (Source source : sources) {
      Optional<TimeSpan> published = source.published();
      if (published.isPresent()) {
        latestPublished = Math.max(latestPublished, Days.latest(published.get()));
      }
    }
    if (latestPublished == Long.MIN_VALUE || latestPublished == Days.UNBOUNDED_END) {
      return;
    }
    long earliest = Days.earliest(date.get());
    if (earliest != Days.UNBOUNDED_START && earliest > latestPublished) {
      context
          .report(
              Pointer.of(PropertyNames.DATE),
              "The date "
                  + date.get()
                  + " is after every source was published (the latest on "
                  + Days.text(latestPublished)
                  + "): correct the date or the sources' published dates")
          .argument("date", date.get().toString())
          .argument("earliest", Days.text(earliest))
          .argument("latestPublished", Days.text(latestPublished));
    }
  }
}
