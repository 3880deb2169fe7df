package org.sitrep.validation.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Id;
import org.sitrep.validation.DatasetContext;
import org.sitrep.validation.DatasetRule;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code ref.unresolved}: every reference field of every record type must name a record of the
 * dataset. A reference to a record already seen is settled at once; only forward references are
 * kept until the end (position, field and index, and the target id's text), in the heap for records
 * in memory, in a temporary file for a stream.
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

  /**
   * The forward references of one validation, in a {@link PendingReferences} store (in the heap for
   * records in memory, spilled to a temporary file for a stream).
   */
  private static final class Pending implements Run, References.Visitor {
    private static final References.Field[] FIELDS = References.Field.values();

    /** The index of the records so far; null until the first record. */
    private @Nullable CompactIndex index;

    /** The forward references; made with the index. */
    private @Nullable PendingReferences forward;

    private int position;

    @Override
    public void accept(RecordContext context) {
      CompactIndex compact = index;
      PendingReferences pending = forward;
      if (compact == null || pending == null) {
        compact = CompactIndex.of(context.index());
        pending = compact.pending();
        index = compact;
        forward = pending;
      }
      position = context.position();
      HashedTexts ahead = compact.aheadOfLast();
      if (ahead == null) {
        References.forEach(context.record(), this);
        return;
      }
      // the references as the thread that checked the record found them: it is not walked again
      for (int i = 0; i < ahead.references(); i++) {
        if (compact.findTarget(ahead, i) < 0) {
          pending.add(position, ahead.field(i), ahead.listIndex(i), 0, ahead.target(i));
        }
      }
    }

    @Override
    public void reference(References.Field field, int listIndex, Id<?> target) {
      String text = target.toString();
      if (Objects.requireNonNull(index, "a reference outside a record").find(text) < 0) {
        Objects.requireNonNull(forward, "a reference outside a record")
            .add(position, field.ordinal(), listIndex, 0, text);
      }
    }

    @Override
    public void finish(DatasetContext context) {
      if (forward == null) {
        return;
      }
      CompactIndex all = CompactIndex.of(context.index());
      try {
        forward.forEachUnresolved(
            text -> all.find(text) >= 0,
            (at, field, listIndex, extra, text) ->
                report(context, at, FIELDS[field], listIndex, Id.parse(text)));
      } finally {
        forward.close();
      }
    }

    private static void report(
        DatasetContext context, int at, References.Field field, int listIndex, Id<?> target) {
      context
          .report(
              at,
              field.pointer(listIndex),
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
