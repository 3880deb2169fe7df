package org.sitrep.validation.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;

/**
 * The {@link CompactIndex} of records held in memory and indexed as they are added: per record its
 * id's text (the {@code String} the id already holds, not a copy), one byte for its actor kind, and
 * two slots (position and hash, side by side) of an open-addressing hash table from id to first
 * position, at most half full; about 25 bytes per record beside the id string itself, which the
 * record holds anyway. Records known in advance are indexed by {@link KnownIndex}.
 */
final class HeldIndex extends CompactIndex {

  private final @Nullable IdHash hash;

  private @Nullable String[] ids;

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

  /**
   * An empty index.
   *
   * @param hash the hash of an id's text, or null for the string's own (cached) hash
   */
  HeldIndex(int expectedSize, @Nullable IdHash hash) {
    this.hash = hash;
    int capacity = Math.max(256, expectedSize);
    ids = new String[capacity];
    kinds = new byte[capacity];
    int slots = Integer.highestOneBit(Math.max(512, capacity * 2 - 1)) << 1;
    table = new int[slots * 2];
    mask = slots - 1;
  }

  private int hashOf(String text) {
    if (hash == null) {
      return spread(text.hashCode());
    }
    return spread(KnownIndex.fold(hash.hash(text)));
  }

  private static int spread(int hash) {
    return (hash ^ (hash >>> 16)) * 0x9E3779B9;
  }

  private void makeRoom(int position) {
    if (position == ids.length) {
      int capacity = position + (position >> 1);
      ids = Arrays.copyOf(ids, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
    }
  }

  @Override
  public int add(SitrepRecord record) {
    int position = size;
    makeRoom(position);
    firstOfLast = index(record, position);
    size = position + 1;
    return position;
  }

  /** The actor kind's ordinal + 1 of a record, or 0 for a record that is not an actor. */
  static byte kindOf(SitrepRecord record) {
    return record instanceof Actor actor ? (byte) (actor.kind().ordinal() + 1) : (byte) 0;
  }

  /**
   * Keeps a record's id and kind at its position and puts its id in the table unless an earlier
   * record has it.
   *
   * @return the first position of the record's id: its own, or that of an earlier record
   */
  private int index(SitrepRecord record, int position) {
    // the probe is written out here, in find and in IdTable: one shared probe method made
    // validate(Dataset) a fifth slower (2.17 M against 2.71 M records/s, JMH, load 1.6 to 1.9)
    String text = record.id().toString();
    ids[position] = text;
    kinds[position] = kindOf(record);
    int[] slots = table;
    int spread = hashOf(text);
    int at = (spread & mask) << 1;
    int entry;
    while ((entry = slots[at]) != 0) {
      if (slots[at + 1] == spread && text.equals(ids[entry - 1])) {
        return entry - 1;
      }
      at = (at + 2) & (slots.length - 1);
    }
    slots[at] = position + 1;
    slots[at + 1] = spread;
    if (++distinct * 2 > mask + 1) {
      grow();
    }
    return position;
  }

  @Override
  public int addUnreadable(@Nullable Id<?> id) {
    int position = size;
    makeRoom(position);
    ids[position] = id == null ? null : id.toString();
    kinds[position] = 0;
    size = position + 1;
    return position;
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

  @Override
  public int find(String text) {
    int[] slots = table;
    int spread = hashOf(text);
    int at = (spread & mask) << 1;
    int entry;
    while ((entry = slots[at]) != 0) {
      if (slots[at + 1] == spread && text.equals(ids[entry - 1])) {
        return entry - 1;
      }
      at = (at + 2) & (slots.length - 1);
    }
    return -1;
  }

  @Override
  int kind(int position) {
    return kinds[position];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  @Nullable String idText(int position) {
    return ids[position];
  }
}
