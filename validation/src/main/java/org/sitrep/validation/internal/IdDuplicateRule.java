package org.sitrep.validation.internal;

import org.sitrep.core.PropertyNames;
import org.sitrep.core.SitrepRecord;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code id.duplicate}: reported on every record after the first with an id; the first is the one
 * references resolve to. Needs no state of its own: the index of records seen so far knows the
 * first position of every id.
 */
final class IdDuplicateRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("id.duplicate", Severity.ERROR, "two records share an id");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    check(context, context.index().position(context.record().id()).orElseThrow());
  }

  /** The check, given the first position of the record's id. */
  static void check(RecordContext context, int first) {
    if (first != context.position()) {
      SitrepRecord record = context.record();
      context
          .report(
              Pointer.of(PropertyNames.ID),
              "Id "
                  + record.id()
                  + " is already the id of record "
                  + first
                  + ": give each record its own id (references resolve to the first)")
          .argument("id", record.id().toString())
          .argument("firstPosition", Integer.toString(first));
    }
  }
}
