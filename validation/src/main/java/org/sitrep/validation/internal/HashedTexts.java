package org.sitrep.validation.internal;

import java.util.Arrays;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;

/**
 * The hashes of a record's id and of its references' targets, computed ahead of the record's turn
 * in a {@link SpilledIndex} (on the thread that checked the record), and found again by the
 * identity of the texts: the index's lookups of that record then skip hashing. A text not among
 * them, or an equal text that is another string, is hashed as usual; a hash found is the hash of
 * the same string, so the index gives the same answers either way.
 *
 * <pre>{@code
 * HashedTexts ahead = index.hashAhead(record);      // any thread
 * index.hashedAhead(ahead);                         // the index's thread, before add(record)
 * }</pre>
 */
public final class HashedTexts implements References.Visitor {

  private final IdHash hash;
  private String[] texts = new String[4];
  private long[] hashes = new long[4];
  private int count;

  HashedTexts(IdHash hash, SitrepRecord record) {
    this.hash = hash;
    add(record.id().toString());
    References.forEach(record, this);
  }

  @Override
  public void reference(References.Field field, int index, Id<?> target) {
    add(target.toString());
  }

  private void add(String text) {
    if (count == texts.length) {
      texts = Arrays.copyOf(texts, 2 * count);
      hashes = Arrays.copyOf(hashes, 2 * count);
    }
    texts[count] = text;
    hashes[count] = hash.hash(text);
    count++;
  }

  /** The hash of a text: computed ahead when it is one of these strings, else now. */
  @SuppressWarnings({"ReferenceEquality", "StringEquality"}) // the very strings hashed ahead
  long hashOf(String text) {
    for (int i = 0; i < count; i++) {
      if (texts[i] == text) {
        return hashes[i];
      }
    }
    return hash.hash(text);
  }
}
