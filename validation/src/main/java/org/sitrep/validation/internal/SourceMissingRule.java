package org.sitrep.validation.internal;

import org.sitrep.core.PropertyNames;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Statement;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code source.missing}: an incident, an operation, or a statement of kind {@code
 * claim-of-responsibility}, with no source. The pointer names the absent {@code sources}.
 */
final class SourceMissingRule implements RecordRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "source.missing", Severity.WARNING, "an incident, operation or claim with no source");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RecordContext context) {
    check(context, context.record());
  }

  /** The check of a record. */
  static void check(RecordContext context, SitrepRecord record) {
    if (!record.sources().isEmpty()) {
      return;
    }
    String what;
    switch (record.type()) {
      case INCIDENT -> what = "incident";
      case OPERATION -> what = "operation";
      case STATEMENT -> {
        if (((Statement) record).kind() != Statement.Kind.CLAIM_OF_RESPONSIBILITY) {
          return;
        }
        what = "claim of responsibility";
      }
      default -> {
        return;
      }
    }
    context.report(
        Pointer.of(PropertyNames.SOURCES),
        "This " + what + " cites no source: add where its facts come from");
  }
}
