package org.sitrep.validation.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Id;
import org.sitrep.core.PropertyNames;
import org.sitrep.validation.DatasetContext;
import org.sitrep.validation.DatasetRule;
import org.sitrep.validation.Pointer;
import org.sitrep.validation.RecordContext;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;

/**
 * {@code actor.parent-cycle}: following {@code parent} from actor to actor comes back to an actor
 * already on the way. Reported once per cycle, on the member that comes first in the dataset, with
 * the whole cycle as an argument; an actor that is its own parent is a cycle of one. Actors whose
 * chain merely leads into a cycle are not reported. Where an actor id repeats, its first record's
 * parent counts, as references resolve to the first record.
 *
 * <p>Keeps per actor with a parent its position (an {@code int}) and its parent's id (in the
 * index's pending store: in the heap for records in memory, in a temporary file for a stream).
 */
final class ActorParentCycleRule implements DatasetRule {

  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("actor.parent-cycle", Severity.ERROR, "the parent chain loops");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Run start() {
    return new Parents();
  }

  private static final class Parents implements Run {
    private int[] positions = new int[16];
    private int count;

    /** The parents' ids, in the order of {@link #positions}; made at the first parent. */
    private @Nullable PendingReferences parents;

    @Override
    public void accept(RecordContext context) {
      if (!(context.record() instanceof Actor)) {
        return;
      }
      Optional<Id<Actor>> parent = ((Actor) context.record()).parent();
      if (parent.isPresent()
          && context.index().position(context.record().id()).orElseThrow() == context.position()) {
        int n = count++;
        if (n == positions.length) {
          positions = Arrays.copyOf(positions, n * 2);
        }
        positions[n] = context.position();
        if (parents == null) {
          parents = CompactIndex.of(context.index()).pending();
        }
        parents.add(n, 0, 0, 0, parent.get().toString());
      }
    }

    @Override
    public void finish(DatasetContext context) {
      if (parents == null) {
        return;
      }
      int n = count;
      // next[i]: the entry of actor i's parent, or -1 when the parent has no parent or is absent
      int[] next = new int[n];
      CompactIndex index = CompactIndex.of(context.index());
      try {
        parents.forEach(
            (i, field, listIndex, extra, parent) -> {
              int parentPosition = index.find(parent);
              next[i] =
                  parentPosition < 0 ? -1 : Arrays.binarySearch(positions, 0, n, parentPosition);
              if (next[i] < 0) {
                next[i] = -1;
              }
            });
      } finally {
        parents.close();
      }
      byte[] state = new byte[n]; // 0 unvisited, 1 on the current walk, 2 done
      for (int start = 0; start < n; start++) {
        int node = start;
        while (node >= 0 && state[node] == 0) {
          state[node] = 1;
          node = next[node];
        }
        if (node >= 0 && state[node] == 1) {
          report(context, next, node);
        }
        for (node = start; node >= 0 && state[node] == 1; node = next[node]) {
          state[node] = 2;
        }
      }
    }

    private void report(DatasetContext context, int[] next, int onCycle) {
      int first = onCycle;
      for (int node = next[onCycle]; node != onCycle; node = next[node]) {
        first = Math.min(first, node);
      }
      StringJoiner cycle = new StringJoiner(" -> ");
      int length = 0;
      int node = first;
      do {
        cycle.add(String.valueOf(context.index().id(positions[node])));
        length++;
        node = next[node];
      } while (node != first);
      cycle.add(String.valueOf(context.index().id(positions[first])));
      // the parent of the first member is the next member: the first record with its id
      Id<?> parent = Objects.requireNonNull(context.index().id(positions[next[first]]));
      context
          .report(
              positions[first],
              Pointer.of(PropertyNames.PARENT),
              "The parent chain loops: "
                  + cycle
                  + "; an organisation cannot be part of itself, correct one of these parents")
          .related(parent)
          .argument("cycle", cycle.toString())
          .argument("length", Integer.toString(length));
    }
  }
}
