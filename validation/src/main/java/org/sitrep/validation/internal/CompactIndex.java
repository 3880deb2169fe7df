package org.sitrep.validation.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.RecordType;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.internal.access.IdTable;
import org.sitrep.validation.RecordIndex;

/**
 * The {@link RecordIndex} of a validation, exact and compact. Two forms share the lookups:
 *
 * <ul>
 *   <li>{@link #inMemory}, for records already in memory ({@code Validator.validate}): the id texts
 *       are the strings the records' ids hold (one reference per record, no copy), compared in the
 *       heap.
 *   <li>{@link #spilling}, for a stream ({@code Validator.startStream}): per record only primitives
 *       in the heap — a 64-bit hash of the id, a flag byte and a slot of an {@code int} table — and
 *       the id's text in a temporary file, read back to compare whenever hashes match.
 * </ul>
 *
 * <p>Either way a lookup answers "found" only after comparing the id's text: a hash collision costs
 * a comparison, never a wrong answer. Close the index when done with it: that deletes its temporary
 * files and those of the pending-reference stores made from it.
 *
 * <pre>{@code
 * try (CompactIndex index = CompactIndex.spilling(Path.of(System.getProperty("java.io.tmpdir")))) {
 *   index.add(record);
 *   boolean seen = index.find("actor:pakistan") >= 0;
 * }
 * }</pre>
 */
public abstract class CompactIndex implements RecordIndex, AutoCloseable {

  static final Actor.Kind[] KINDS = Actor.Kind.values();

  /** The first position of the id of the record added last. */
  int firstOfLast;

  private final List<PendingReferences> pendings = new ArrayList<>();

  private boolean closed;

  CompactIndex() {}

  /**
   * An index of records held in memory: the id texts stay in the heap.
   *
   * @param expectedSize how many records are expected, or 0 when not known; a dataset's size sizes
   *     the table once, with no rehashing
   * @return the index
   */
  public static CompactIndex inMemory(int expectedSize) {
    return new HeldIndex(expectedSize, null);
  }

  /**
   * An index of records held in memory and known in advance, to be {@link #add added} in this
   * order: their ids are indexed at once, in one pass over the records alone (where indexing each
   * record as it is added misses the cache on the table in between the rules' work), and each add
   * only takes the next position. Lookups answer for the records added so far, exactly as {@link
   * #inMemory(int)}'s do.
   *
   * @param records the records, in the order they will be added; the index keeps the array, so do
   *     not change it
   * @return the index
   */
  public static CompactIndex inMemory(@Nullable SitrepRecord[] records) {
    return new KnownIndex(records, null);
  }

  /**
   * An index of a dataset's records, to be {@link #add added} in the dataset's order: its lookups
   * use the table of ids the dataset keeps for its own ({@link Dataset#resolve}), so that nothing
   * is indexed again, and each add only takes the next position. Lookups answer for the records
   * added so far, exactly as {@link #inMemory(int)}'s do.
   *
   * @param dataset the dataset
   * @return the index
   */
  public static CompactIndex inMemory(Dataset dataset) {
    return new KnownIndex(IdTable.of(dataset));
  }

  /**
   * An index of records known in advance, with a hash of your own (for tests).
   *
   * @param records the records, in the order they will be added
   * @param hash the hash of an id's text
   * @return the index
   */
  public static CompactIndex inMemory(@Nullable SitrepRecord[] records, IdHash hash) {
    return new KnownIndex(records, hash);
  }

  /**
   * An index of records held in memory, with a hash of your own (for tests: a degenerate hash
   * forces collisions).
   *
   * @param expectedSize how many records are expected, or 0
   * @param hash the hash of an id's text
   * @return the index
   */
  public static CompactIndex inMemory(int expectedSize, IdHash hash) {
    return new HeldIndex(expectedSize, hash);
  }

  /**
   * An index of a stream that spills the id texts, and the pending references of the rules, to
   * temporary files in a directory.
   *
   * @param directory where the temporary files go
   * @return the index
   * @throws java.io.UncheckedIOException when no file can be made there
   */
  public static CompactIndex spilling(Path directory) {
    return new SpilledIndex(directory, IdHash.CHARACTERS, IdSpill.SEGMENT_SHIFT);
  }

  /**
   * A spilling index with a hash of your own and small segments of the id file, for tests: a
   * degenerate hash forces collisions, and small segments send even a few records to disk.
   *
   * @param directory where the temporary files go
   * @param hash the hash of an id's text
   * @param segmentShift the id file's segment size as a power of two, 8 to 30 (20 by default)
   * @return the index
   */
  public static CompactIndex spilling(Path directory, IdHash hash, int segmentShift) {
    return new SpilledIndex(directory, hash, segmentShift);
  }

  /**
   * Adds the next record.
   *
   * @param record the record
   * @return its position
   */
  public abstract int add(SitrepRecord record);

  /**
   * The hashes of a record's id and references, computed on any thread ahead of the record's turn,
   * for {@link #hashedAhead}: thread-safe. Null when this index has no use for them.
   *
   * @param record the record
   * @return its texts' hashes, or null
   */
  public @Nullable HashedTexts hashAhead(SitrepRecord record) {
    return null;
  }

  /**
   * Hands over the hashes computed ahead for the record added next, whose lookups use them; null
   * for none.
   *
   * @param texts what {@link #hashAhead} gave for it, or null
   */
  public void hashedAhead(@Nullable HashedTexts texts) {}

  /**
   * What {@link #hashedAhead} handed over for the record added last, when it has the record's
   * references for {@link #findTarget}; null otherwise.
   */
  @Nullable HashedTexts aheadOfLast() {
    return null;
  }

  /**
   * The first position of a reference's target, as {@link #find(String)} gives it.
   *
   * @param texts what {@link #aheadOfLast()} gave
   * @param reference the reference's number among the record's, from 0
   * @return the position, or -1 when no record has the id
   */
  int findTarget(HashedTexts texts, int reference) {
    return find(texts.target(reference));
  }

  /**
   * Takes the next position for a record that could not be read: its id (or null) is kept for
   * {@link #id(int)}, but not indexed, so references to it do not resolve.
   *
   * @param id the record's id, or null
   * @return its position
   */
  public abstract int addUnreadable(@Nullable Id<?> id);

  /**
   * {@return the first position of the id of the record {@link #add added} last: its own position,
   * or that of an earlier record with the same id}
   */
  public final int firstOfLast() {
    return firstOfLast;
  }

  /**
   * The first position of an id, given its text.
   *
   * @param text the id's text, {@code <kind>:<slug>}
   * @return the position, or -1 when no record has the id
   */
  public abstract int find(String text);

  /** The actor kind's ordinal + 1 of the record at a position, or 0 for a record not an actor. */
  abstract int kind(int position);

  /**
   * The kind of the first actor with an id, given its text.
   *
   * @param text the id's text
   * @return the kind, or empty when no actor has the id
   */
  public final Optional<Actor.Kind> actorKind(String text) {
    int position = find(text);
    int kind = position < 0 ? 0 : kind(position);
    return kind == 0 ? Optional.empty() : Optional.of(KINDS[kind - 1]);
  }

  /**
   * A store for references a rule settles at the end, fitting this index: in the heap for records
   * in memory, in a temporary file for a stream. Closed with this index.
   *
   * @return a new, empty store
   */
  final PendingReferences pending() {
    PendingReferences store = newPending();
    pendings.add(store);
    return store;
  }

  /** A new store for {@link #pending()}: in the heap, unless the index spills. */
  PendingReferences newPending() {
    return PendingReferences.inMemory();
  }

  /**
   * The compact index behind a rule's context.
   *
   * @param index the index a context gives
   * @return the same index
   * @throws IllegalStateException when the index is not one this module made
   */
  public static CompactIndex of(RecordIndex index) {
    if (index instanceof CompactIndex compact) {
      return compact;
    }
    throw new IllegalStateException("Not a validation's index: " + index.getClass().getName());
  }

  @Override
  public final boolean contains(Id<?> id) {
    return find(id.toString()) >= 0;
  }

  @Override
  public final OptionalInt position(Id<?> id) {
    int position = find(id.toString());
    return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  @Override
  public final Optional<Actor.Kind> actorKind(Id<Actor> id) {
    return id.type() == RecordType.ACTOR ? actorKind(id.toString()) : Optional.empty();
  }

  @Override
  public final @Nullable Id<?> id(int position) {
    checkPosition(position);
    String text = idText(position);
    return text == null ? null : Id.parse(text);
  }

  /** The text of the id of the record at a position, or null when its id is not known. */
  abstract @Nullable String idText(int position);

  /** Checks that a position has a record. */
  private void checkPosition(int position) {
    if (position < 0 || position >= size()) {
      throw new IndexOutOfBoundsException(
          "No record at position " + position + " of " + size() + " records");
    }
  }

  /**
   * Deletes the temporary files of this index and of its pending stores; the index must not be used
   * afterwards. Closing twice does nothing more.
   */
  @Override
  public void close() {
    closed = true;
    for (PendingReferences store : pendings) {
      store.close();
    }
    pendings.clear();
  }

  /** {@return whether this index is closed, its temporary files deleted} */
  public final boolean isClosed() {
    return closed;
  }
}
