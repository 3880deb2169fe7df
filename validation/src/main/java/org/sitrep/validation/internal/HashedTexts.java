package org.sitrep.validation.internal;

import java.util.Arrays;
import org.sitrep.core.Actor;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;

/**
 * What a {@link SpilledIndex} needs of a record, computed ahead of the record's turn on the thread
 * that checked it, while the record is in that core's cache: the 64-bit hashes of its id and of its
 * references' targets, each reference's field and index in its list, and the record's actor kind.
 * In its turn the index adds the record and settles its references from these alone, without
 * walking the record again; other lookups find a hash computed ahead by the identity of the text. A
 * text not among them, or an equal text that is another string, is hashed as usual; a hash found is
 * the hash of the same string, so the index gives the same answers either way.
 *
 * <pre>{@code
 * HashedTexts ahead = index.hashAhead(record);      // any thread
 * index.hashedAhead(ahead);                         // the index's thread, before add(record)
 * }</pre>
 */
public final class HashedTexts implements References.Visitor {

  private final IdHash hash;

  /** The actor kind's ordinal + 1 of the record, or 0 for a record not an actor. */
  private final int kind;

  /** The id's text, then each reference's target, in {@link References#forEach} order. */
  private String[] texts = new String[4];

  /**
   * Per text, two entries: its hash, then (for a reference) its field's ordinal in the high half
   * and its index in the field's list in the low half; one array, which the index reads in order.
   */
  private long[] entries = new long[8];

  private int count;

  HashedTexts(IdHash hash, SitrepRecord record) {
    this.hash = hash;
    this.kind = record instanceof Actor actor ? actor.kind().ordinal() + 1 : 0;
    add(record.id().toString(), 0, 0);
    References.forEach(record, this);
  }

  @Override
  public void reference(References.Field field, int index, Id<?> target) {
    add(target.toString(), field.ordinal(), index);
  }

  private void add(String text, int field, int listIndex) {
    if (count == texts.length) {
      texts = Arrays.copyOf(texts, 2 * count);
      entries = Arrays.copyOf(entries, 4 * count);
    }
    texts[count] = text;
    entries[2 * count] = hash.hash(text);
    entries[2 * count + 1] = (long) field << 32 | (listIndex & 0xFFFF_FFFFL);
    count++;
  }

  /** The hash of a text: computed ahead when it is one of these strings, else now. */
  @SuppressWarnings({"ReferenceEquality", "StringEquality"}) // the very strings hashed ahead
  long hashOf(String text) {
    for (int i = 0; i < count; i++) {
      if (texts[i] == text) {
        return entries[2 * i];
      }
    }
    return hash.hash(text);
  }

  /** The record's actor kind's ordinal + 1, or 0 for a record not an actor. */
  int kind() {
    return kind;
  }

  /** The record's id's text. */
  String idText() {
    return texts[0];
  }

  /** The hash of the record's id. */
  long idHash() {
    return entries[0];
  }

  /** How many references the record has. */
  int references() {
    return count - 1;
  }

  /** The target's text of a reference, from 0 to {@link #references()} (excluded). */
  String target(int reference) {
    return texts[reference + 1];
  }

  /** The hash of a reference's target. */
  long targetHash(int reference) {
    return entries[2 * reference + 2];
  }

  /** The field of a reference. */
  int field(int reference) {
    return (int) (entries[2 * reference + 3] >>> 32);
  }

  /** A reference's index in its field's list (0 for a single-valued field). */
  int listIndex(int reference) {
    return (int) entries[2 * reference + 3];
  }
}
