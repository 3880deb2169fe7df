package org.sitrep.validation.internal;

import org.jspecify.annotations.Nullable;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.internal.access.IdTable;

/**
 * The {@link CompactIndex} of records held in memory and known in advance, to be added in a known
 * order: core's {@link IdTable} of them (a dataset's own, or one built in one pass over the records
 * alone) answers the lookups, each {@link #add} only takes the next position, and a record's text
 * and kind are read from the record when a lookup finds it. Lookups answer for the records added so
 * far, as {@link HeldIndex}'s do when each record is indexed as it is added.
 */
final class KnownIndex extends CompactIndex {

  /** The records indexed in advance, in the order they will be added. */
  private final IdTable records;

  private int size;

  /**
   * An index of records whose ids a table holds already.
   *
   * @param records the records' table, in the order they will be added
   */
  KnownIndex(IdTable records) {
    this.records = records;
  }

  /**
   * An index of records, indexed here in one pass over the records alone. Indexing stops at the
   * first null record (which the run refuses).
   *
   * @param records the records, in the order they will be added
   * @param hash the hash of an id's text, or null for the string's own (cached) hash
   */
  KnownIndex(@Nullable SitrepRecord[] records, @Nullable IdHash hash) {
    this(
        IdTable.of(records, nonNull(records), hash == null ? null : text -> fold(hash.hash(text))));
  }

  /** How many records come before the first null. */
  private static int nonNull(@Nullable SitrepRecord[] records) {
    int count = 0;
    while (count < records.length && records[count] != null) {
      count++;
    }
    return count;
  }

  /** A 64-bit hash folded to the 32 bits the in-memory tables keep. */
  static int fold(long wide) {
    return (int) (wide ^ (wide >>> 32));
  }

  @Override
  public int add(SitrepRecord record) {
    int position = size;
    if (position >= records.size() || records.record(position) != record) {
      throw new IllegalStateException(
          "Record " + position + " is not the record indexed in advance at that position");
    }
    size = position + 1;
    firstOfLast = records.firstOf(position);
    return position;
  }

  @Override
  public int addUnreadable(@Nullable Id<?> id) {
    throw new IllegalStateException("Records indexed in advance are all readable");
  }

  @Override
  public int find(String text) {
    // a record not added yet is not found; the first position of an id is its least
    int first = records.first(text);
    return first < size ? first : -1;
  }

  @Override
  int kind(int position) {
    return HeldIndex.kindOf(records.record(position));
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  @Nullable String idText(int position) {
    return records.record(position).id().toString();
  }
}
