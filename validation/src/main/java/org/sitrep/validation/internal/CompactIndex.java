package org.sitrep.validation.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import org.sitrep.core.Actor;
import org.sitrep.core.Id;
import org.sitrep.core.RecordType;
import org.sitrep.core.SitrepRecord;
import org.sitrep.validation.RecordIndex;

/**
 * The {@link RecordIndex} of a validation, kept compact for streams of millions of records: per
 * record its id's text (the {@code String} the id already holds, not a copy), one byte for its
 * type and actor kind, and two slots (position and hash) of an open-addressing hash table from id
 * to first position, at most half full. About 25 bytes per record beside the id string itself.
 */
public final class CompactIndex implements RecordIndex {

  private static final Actor.Kind[] KINDS = Actor.Kind.values();

  private String[] ids;
  /** Per position: the actor kind's ordinal + 1, or 0 for a record that is not an actor. */
  private byte[] kinds;
  private int size;
  /** Position + 1 of the first record with an id, or 0 for an empty slot; linear probing. */
  private int[] table;
  /** The spread hash of the id in each slot, to skip most string comparisons. */
  private int[] hashes;
  private int distinct;

  /**
   * An empty index.
   *
   * @param expectedSize how many records are expected, or 0 when not known
   */
  public CompactIndex(int expectedSize) {
    int capacity = Math.max(256, expectedSize);
    ids = new String[capacity];
    kinds = new byte[capacity];
    int slots = Integer.highestOneBit(Math.max(512, capacity * 2 - 1)) << 1;
    table = new int[slots];
    hashes = new int[slots];
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
        record instanceof Actor ? (byte) (((Actor) record).kind().ordinal() + 1) : (byte) 0;
    size = position + 1;
    int mask = table.length - 1;
    int hash = spread(text.hashCode());
    int slot = hash & mask;
    while (table[slot] != 0) {
      if (hashes[slot] == hash && ids[table[slot] - 1].equals(text)) {
        return position;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = position + 1;
    hashes[slot] = hash;
    if (++distinct * 2 > table.length) {
      grow();
    }
    return position;
  }

  private void grow() {
    int[] bigger = new int[table.length * 2];
    int[] biggerHashes = new int[bigger.length];
    int mask = bigger.length - 1;
    for (int old = 0; old < table.length; old++) {
      if (table[old] != 0) {
        int slot = hashes[old] & mask;
        while (bigger[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        bigger[slot] = table[old];
        biggerHashes[slot] = hashes[old];
      }
    }
    table = bigger;
    hashes = biggerHashes;
  }

  private static int spread(int hash) {
    return (hash ^ (hash >>> 16)) * 0x9E3779B9;
  }

  /** The position of the first record with this id text, or -1. */
  private int find(String text) {
    int mask = table.length - 1;
    int hash = spread(text.hashCode());
    int slot = hash & mask;
    int entry;
    while ((entry = table[slot]) != 0) {
      if (hashes[slot] == hash && ids[entry - 1].equals(text)) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
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
  public Id<?> id(int position) {
    if (position < 0 || position >= size) {
      throw new IndexOutOfBoundsException(
          "No record at position " + position + " of " + size + " records");
    }
    return Id.parse(ids[position]);
  }
}
