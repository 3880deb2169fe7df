package org.sitrep.validation.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Id;
import org.sitrep.core.RecordType;
import org.sitrep.core.SitrepRecord;
import org.sitrep.validation.RecordIndex;

/**
 * The {@link RecordIndex} of a validation, kept compact for streams of millions of records: per
 * record its id's text (the {@code String} the id already holds, not a copy), one byte for its type
 * and actor kind, and two slots (position and hash, side by side) of an open-addressing hash table
 * from id to first position, at most half full. About 25 bytes per record beside the id string
 * itself.
 */
public final class CompactIndex implements RecordIndex {

  private static final Actor.Kind[] KINDS = Actor.Kind.values();

  private String[] ids;

  /** Per position: the actor kind's ordinal + 1, or 0 for a record that is not an actor. */
  private byte[] kinds;

  private int size;

  /**
   * The open-addressing hash table, linear probing, two ints per slot side by side so that a probe
   * touches one cache line: at {@code 2 * slot} the position + 1 of the first record with an id (0
   * for an empty slot), at {@code 2 * slot + 1} the spread hash of that id, which skips most string
   * comparisons.
   */
  private int[] table;

  /** The number of slots minus one; the number of slots is a power of two. */
  private int mask;

  private int distinct;

  /** The first position of the id of the record added last. */
  private int firstOfLast;

  /**
   * An empty index.
   *
   * @param expectedSize how many records are expected, or 0 when not known; a dataset's size sizes
   *     the table once, with no rehashing
   */
  public CompactIndex(int expectedSize) {
    int capacity = Math.max(256, expectedSize);
    ids = new String[capacity];
    kinds = new byte[capacity];
    int slots = Integer.highestOneBit(Math.max(512, capacity * 2 - 1)) << 1;
    table = new int[slots * 2];
    mask = slots - 1;
  }

  /**
   * Adds the next record.
   *
   * @return its position
   */
  public int add(SitrepRecord record) {
    int position = size;
    if (position == ids.length) {
      int capacity = position + (position >> 1);
      ids = Arrays.copyOf(ids, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
    }
    String text = record.id().toString();
    ids[position] = text;
    kinds[position] =
        record instanceof Actor actor ? (byte) (actor.kind().ordinal() + 1) : (byte) 0;
    size = position + 1;
    int[] slots = table;
    int hash = spread(text.hashCode());
    int at = (hash & mask) << 1;
    int entry;
    while ((entry = slots[at]) != 0) {
      if (slots[at + 1] == hash && ids[entry - 1].equals(text)) {
        firstOfLast = entry - 1;
        return position;
      }
      at = (at + 2) & (slots.length - 1);
    }
    firstOfLast = position;
    slots[at] = position + 1;
    slots[at + 1] = hash;
    if (++distinct * 2 > mask + 1) {
      grow();
    }
    return position;
  }

  /**
   * Takes the next position for a record that could not be read: its id (or null) is kept for
   * {@link #id(int)}, but not indexed, so references to it do not resolve.
   */
  public int addUnreadable(@Nullable Id<?> id) {
    int position = size;
    if (position == ids.length) {
      int capacity = position + (position >> 1);
      ids = Arrays.copyOf(ids, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
    }
    ids[position] = id == null ? null : id.toString();
    kinds[position] = 0;
    size = position + 1;
    return position;
  }

  /**
   * The first position of the id of the record {@link #add added} last: its own position, or that
   * of an earlier record with the same id.
   */
  public int firstOfLast() {
    return firstOfLast;
  }

  private void grow() {
    int[] bigger = new int[table.length * 2];
    int biggerMask = (mask << 1) | 1;
    for (int old = 0; old < table.length; old += 2) {
      if (table[old] != 0) {
        int at = (table[old + 1] & biggerMask) << 1;
        while (bigger[at] != 0) {
          at = (at + 2) & (bigger.length - 1);
        }
        bigger[at] = table[old];
        bigger[at + 1] = table[old + 1];
      }
    }
    table = bigger;
    mask = biggerMask;
  }

  private static int spread(int hash) {
    return (hash ^ (hash >>> 16)) * 0x9E3779B9;
  }

  /** The position of the first record with this id text, or -1. */
  private int find(String text) {
    int[] slots = table;
    int hash = spread(text.hashCode());
    int at = (hash & mask) << 1;
    int entry;
    while ((entry = slots[at]) != 0) {
      if (slots[at + 1] == hash && ids[entry - 1].equals(text)) {
        return entry - 1;
      }
      at = (at + 2) & (slots.length - 1);
    }
    return -1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean contains(Id<?> id) {
    return find(id.toString()) >= 0;
  }

  @Override
  public OptionalInt position(Id<?> id) {
    int position = find(id.toString());
    return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  @Override
  public Optional<Actor.Kind> actorKind(Id<Actor> id) {
    int position = id.type() == RecordType.ACTOR ? find(id.toString()) : -1;
    return position < 0 || kinds[position] == 0
        ? Optional.empty()
        : Optional.of(KINDS[kinds[position] - 1]);
  }

  @Override
  public @Nullable Id<?> id(int position) {
    if (position < 0 || position >= size) {
      throw new IndexOutOfBoundsException(
          "No record at position " + position + " of " + size + " records");
    }
    return ids[position] == null ? null : Id.parse(ids[position]);
  }
}
