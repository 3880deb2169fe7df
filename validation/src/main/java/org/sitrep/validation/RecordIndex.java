package org.sitrep.validation;

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Id;

/**
 * A compact, read-only index of the records validated: per record its id, type, actor kind and
 * position — not the records themselves, so that a stream of millions of records fits in memory.
 * Where an id repeats, lookups answer for its first record, as {@link
 * org.sitrep.core.Dataset#resolve(Id)} does. Lookups are exact: an id is found only if a record has
 * exactly that id, whatever the hashes inside.
 *
 * <pre>{@code
 * boolean speakerIsPerson = index.actorKind(Id.actor("lin-jian"))
 *     .map(kind -> kind == Actor.Kind.PERSON)
 *     .orElse(false);
 * }</pre>
 */
public interface RecordIndex {

  /** {@return how many records are indexed} */
  int size();

  /**
   * {@return whether a record has this id}
   *
   * @param id the id looked for
   */
  boolean contains(Id<?> id);

  /**
   * {@return the position of the first record with this id, or empty when none has it}
   *
   * @param id the id looked for
   */
  OptionalInt position(Id<?> id);

  /**
   * The kind of the first actor with this id.
   *
   * @param id the actor's id
   * @return the kind, or empty when no actor has this id
   */
  Optional<Actor.Kind> actorKind(Id<Actor> id);

  /**
   * {@return the id of the record at a position; null for a record that could not be read ({@link
   * StreamingValidation#skip}) and whose id is not known}
   *
   * <p>In a streaming validation the index keeps the ids' texts in a temporary file, not in the
   * heap, so this may read from disk (through a memory map, with a small cache of the ids read or
   * compared last) and parses a new {@code Id}: it costs about a microsecond, where the lookups by
   * id cost tens of nanoseconds. Call it to report a finding, not once per record or reference. For
   * records validated in memory it reads the id the record holds.
   *
   * @param position the position, from 0
   * @throws IndexOutOfBoundsException when no record has that position
   */
  @Nullable Id<?> id(int position);
}
