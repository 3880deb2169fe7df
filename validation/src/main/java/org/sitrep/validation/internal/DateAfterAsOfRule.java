package org.sitrep.validation.internal;

import org.sitrep.core.Incident;
import org.sitrep.core.PropertyNames;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Statement;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code date.after-as-of}: an incident or statement whose earliest possible day is after the
 * dataset's {@code asOf} day. {@code 2024-11} is fine as of 2024-11-20; {@code 2024-12} is not.
 * Operations, exercises and investments may be planned ahead and are not checked.
 */
final class DateAfterAsOfRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "date.after-as-of",
          Severity.ERROR,
          "an incident or statement dated certainly after the dataset's asOf day: it cannot have happened yet");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    SitrepRecord record = context.record();
    TimeSpan date;
    if (record instanceof Incident incident) {
      date = incident.date().orElse(null);
    } else if (record instanceof Statement statement) {
      date = statement.date().orElse(null);
    } else {
      return;
    }
    if (date != null) {
      check(context, date);
    }
  }

  /** The check of an incident's or statement's date. */
  static void check(RecordContext context, TimeSpan date) {
    check(context, date, context.asOf().toEpochDay());
  }

  /** The check of an incident's or statement's date, given the epoch day of the asOf day. */
  static void check(RecordContext context, TimeSpan date, long asOfDay) {
    long earliest = Days.earliest(date);
    if (earliest != Days.UNBOUNDED_START && earliest > asOfDay) {
      report(context, date, earliest);
    }
  }

  private static void report(RecordContext context, TimeSpan date, long earliest) {
    context
        .report(
            Pointer.of(PropertyNames.DATE),
            "The date "
                + date
                + " is after the dataset's asOf day "
                + context.asOf()
                + ": it cannot have happened yet; correct the date or the asOf day")
        .argument("date", date.toString())
        .argument("earliest", Days.text(earliest))
        .argument("asOf", context.asOf().toString());
  }
}
