package org.sitrep.validation.internal;

import static org.sitrep.core.PropertyNames.BREAKDOWNS;
import static org.sitrep.core.PropertyNames.CASUALTIES;
import static org.sitrep.core.PropertyNames.INJURED;
import static org.sitrep.core.PropertyNames.KILLED;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Casualties;
import org.sitrep.core.Estimate;
import org.sitrep.core.Incident;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;

/**
 * Every casualty estimate of an incident: {@code killed} and {@code injured}, then those of each
 * breakdown.
 */
final class Estimates {

  private Estimates() {}

  /** Receives an estimate with where it is. */
  interface Visitor {
    /**
     * One estimate.
     *
     * @param breakdown the index of its breakdown, or -1 for the totals
     * @param property {@code killed} or {@code injured}
     */
    void estimate(RecordContext context, Estimate estimate, int breakdown, String property);
  }

  /** The pointer of an estimate handed to a {@link Visitor}. */
  static String pointer(int breakdown, String property, Object... below) {
    Object[] head =
        breakdown < 0
            ? new Object[] {CASUALTIES, property}
            : new Object[] {CASUALTIES, BREAKDOWNS, breakdown, property};
    Object[] all = new Object[head.length + below.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(below, 0, all, head.length, below.length);
    return Pointer.of(all);
  }

  static void forEach(RecordContext context, Visitor visitor) {
    if (!(context.record() instanceof Incident)) {
      return;
    }
    // Optionals unwrapped where they are made, so that the JIT can drop them
    Casualties casualties = ((Incident) context.record()).casualties().orElse(null);
    if (casualties == null) {
      return;
    }
    estimate(context, casualties.killed().orElse(null), -1, KILLED, visitor);
    estimate(context, casualties.injured().orElse(null), -1, INJURED, visitor);
    breakdowns(context, casualties.breakdowns(), visitor);
  }

  /** Every estimate of the breakdowns, in order. */
  static void breakdowns(
      RecordContext context, List<Casualties.Breakdown> breakdowns, Visitor visitor) {
    for (int i = 0; i < breakdowns.size(); i++) {
      estimate(context, breakdowns.get(i).killed().orElse(null), i, KILLED, visitor);
      estimate(context, breakdowns.get(i).injured().orElse(null), i, INJURED, visitor);
    }
  }

  private static void estimate(
      RecordContext context,
      @Nullable Estimate estimate,
      int breakdown,
      String property,
      Visitor visitor) {
    if (estimate != null) {
      visitor.estimate(context, estimate, breakdown, property);
    }
  }
}
