package org.sitrep.validation;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A rule that checks one record at a time, with no memory of other records: the record, its
 * position, the dataset's {@code asOf} day and the records seen so far are in the {@link
 * RecordContext}. A record rule runs the moment a record is validated, in memory or in a stream.
 *
 * <p>Implementations must be thread-safe (one {@link Validator} may validate several datasets at
 * once); keep no state in fields.
 *
 * <pre>{@code
 * RecordRule unnamedPlace = RecordRule.of(
 *     new RuleDescriptor("acme.place-name", Severity.INFO, "an incident place named 'unknown'"),
 *     context -> {
 *       if (context.record() instanceof Incident) {
 *         ((Incident) context.record()).place()
 *             .filter(place -> place.name().equalsIgnoreCase("unknown"))
 *             .ifPresent(place -> context.report(
 *                 Pointer.of(PropertyNames.PLACE, PropertyNames.NAME), "Name the place"));
 *       }
 *     });
 * }</pre>
 */
public non-sealed interface RecordRule extends Rule {

  /**
   * Checks one record and reports what is wrong through {@link RecordContext#report(String,
   * String)}. Must not throw for bad data.
   *
   * @param context the record and what the rule may know besides
   */
  void check(RecordContext context);

  /**
   * A record rule from a descriptor and a check.
   *
   * @param descriptor the rule's code, default severity and description
   * @param check what to do with each record
   * @return the rule
   */
  static RecordRule of(RuleDescriptor descriptor, Consumer<RecordContext> check) {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(check, "check");
    return new RecordRule() {
      @Override
      public RuleDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public void check(RecordContext context) {
        check.accept(context);
      }

      @Override
      public String toString() {
        return "RecordRule[" + descriptor.code() + "]";
      }
    };
  }
}
