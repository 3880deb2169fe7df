package org.sitrep.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Id;
import org.sitrep.validation.DatasetContext;
import org.sitrep.validation.DatasetRule;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RecordIndex;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code ref.unresolved}: every reference field of every record type must name a record of the
 * dataset. A reference to a record already seen is settled at once; only forward references are
 * kept until the end (position, field and index, and the target id's text).
 */
final class RefUnresolvedRule implements DatasetRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "ref.unresolved", Severity.ERROR, "a reference names no record in the dataset");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Run start() {
    return new Pending();
  }

  /** The forward references of one validation, in parallel arrays. */
  private static final class Pending implements Run, References.Visitor {
    private int[] positions = new int[64];
    private long[] fields = new long[64];

    /** The target ids' text, the string the id already holds: no copy, and no {@code Id}. */
    private final List<String> targets = new ArrayList<>();

    /** The index of the records so far; null until the first record. */
    private @Nullable RecordIndex index;

    private int position;

    @Override
    public void accept(RecordContext context) {
      index = context.index();
      position = context.position();
      References.forEach(context.record(), this);
    }

    @Override
    public void reference(References.Field field, int listIndex, Id<?> target) {
      if (Objects.requireNonNull(index, "a reference outside a record").contains(target)) {
        return;
      }
      int n = targets.size();
      if (n == positions.length) {
        positions = Arrays.copyOf(positions, n * 2);
        fields = Arrays.copyOf(fields, n * 2);
      }
      positions[n] = position;
      fields[n] = ((long) field.ordinal() << 32) | listIndex;
      targets.add(target.toString());
    }

    @Override
    public void finish(DatasetContext context) {
      References.Field[] all = References.Field.values();
      for (int i = 0; i < targets.size(); i++) {
        Id<?> target = Id.parse(targets.get(i));
        if (!context.index().contains(target)) {
          References.Field field = all[(int) (fields[i] >>> 32)];
          context
              .report(
                  positions[i],
                  field.pointer((int) fields[i]),
                  "No record has the id "
                      + target
                      + " named in "
                      + field.label()
                      + ": add the record or correct the id")
              .related(target)
              .argument("referenced", target.toString());
        }
      }
    }
  }
}
