package org.sitrep.validation.internal;

import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;

/**
 * The {@link CompactIndex} of a stream: only primitives per record in the heap, the id texts in an
 * {@link IdSpill}.
 *
 * <p>Per record: the 64-bit hash of its id (8 bytes), a flag byte (actor kind, and whether it is
 * the first record of its id), and its share of an open-addressing table of {@code int} positions
 * keyed by the hash, linear probing, at most three quarters full (5.3 to 10.7 bytes), with a
 * fingerprint byte per slot (1.3 to 2.7 bytes: eight more bits of the hash, never 0, which marks an
 * empty slot). A probe walks the fingerprints, 64 slots a cache line, and reads a slot's position,
 * then that record's hash from its page, only where the fingerprint matches: each costs a cache
 * miss, and an insert, or a lookup of an id not yet seen (a forward reference), passes several
 * occupied slots. The spill's marks add half a byte. Hashes and flags sit in pages of 32,768
 * entries, so that growing never copies them; the table is rebuilt from the hashes when it grows,
 * the old one dropped first, so that the two never coexist. Whenever a probe meets an equal hash,
 * the id's text is read back from the spill and compared: equal hashes send an insert to check for
 * a duplicate, a lookup to check that it found the id; a collision only costs that read.
 *
 * <p>In front of the table, for {@link #find}, a small cache of the ids looked up lately, {@value
 * #FRONT} entries keyed by the whole hash, four to a set (a megabyte, whose entries in use stay in
 * the core's cache where the table, megabytes wide, does not; four ways, so that ids whose hashes
 * share a set do not evict each other at every lookup: with one way and 32,768 entries, the 10,000
 * actors of the benchmark's file sent one lookup in eight to the table, with four ways and 65,536
 * one in 250): a stream's references name the same few thousand actors over and over, forward and
 * backward. An entry holds either an id found, with its text and first position (a lookup answers
 * from it after comparing the text), or a hash that no indexed id has (a lookup of any text with
 * that hash answers "not found" at once, exactly: the entry is only made when the probe met no
 * equal hash, and {@link #add} fills it with the new id when an id with that hash is indexed). No
 * two entries of a set hold the same hash.
 *
 * <p>With the {@linkplain #hashedAhead hashes computed ahead}, the index adds a record and settles
 * its references ({@link #findTarget}) from them alone: the record, made on another core, is not
 * walked again.
 */
final class SpilledIndex extends CompactIndex {

  private static final int PAGE_SHIFT = 15;
  private static final int PAGE = 1 << PAGE_SHIFT;
  private static final int IN_PAGE = PAGE - 1;

  /** In a flag byte: the record is the first with its id, so it is in the table. */
  private static final int INDEXED = 0x40;

  private static final int KIND = 0x0F;

  private static final int FRONT_SET_BITS = 14;

  /** The entries of a front set. */
  private static final int WAYS = 4;

  /** The entries of the front cache. */
  static final int FRONT = WAYS << FRONT_SET_BITS;

  /** Per front entry: the hash of its id, or of the ids it says are not indexed. */
  private final long[] frontHashes = new long[FRONT];

  /**
   * Per front entry: the first position + 1 of its id; {@link #ABSENT} when no indexed id has its
   * hash; 0 when empty.
   */
  private final int[] frontPositions = new int[FRONT];

  /** Per front entry: the text of its id, for an entry that holds one. */
  private final @Nullable String[] frontTexts = new String[FRONT];

  private static final int ABSENT = -1;

  /** Whether the last {@link #probe} met a record whose id has the hash looked up. */
  private boolean probeMetHash;

  private final Path directory;
  private final IdHash hash;
  private final IdSpill texts;
  private long[][] hashes = new long[16][];
  private byte[][] flags = new byte[16][];
  private int size;

  /** Position + 1 of the first record of each id, 0 for an empty slot; a power of two long. */
  private int[] table = new int[1 << 12];

  /**
   * Per slot of {@link #table}: the {@linkplain #print fingerprint} of its record's hash, never 0;
   * 0 for an empty slot. A probe walks these alone (64 slots a cache line) and reads the table only
   * where a fingerprint matches: an insert, and a lookup of an id not indexed yet, pass occupied
   * slots without touching the table's line.
   */
  private byte[] prints = new byte[1 << 12];

  private int distinct;

  /** The hashes of the current record's texts, computed ahead; null for none. */
  private @Nullable HashedTexts ahead;

  SpilledIndex(Path directory, IdHash hash, int segmentShift) {
    this.directory = directory;
    this.hash = hash;
    this.texts = new IdSpill(directory, segmentShift);
  }

  /** Takes the next position, with its hash and flags. */
  private int next(long idHash, int flag) {
    int position = size;
    int page = position >>> PAGE_SHIFT;
    if ((position & IN_PAGE) == 0) {
      if (page == hashes.length) {
        hashes = Arrays.copyOf(hashes, page * 2);
        flags = Arrays.copyOf(flags, page * 2);
      }
      hashes[page] = new long[PAGE];
      flags[page] = new byte[PAGE];
    }
    hashes[page][position & IN_PAGE] = idHash;
    flags[page][position & IN_PAGE] = (byte) flag;
    size = position + 1;
    return position;
  }

  /**
   * Eight bits of the hash that the slot, taken from its low bits, does not use; 1 for 0, which
   * marks an empty slot.
   */
  private static byte print(long idHash) {
    byte print = (byte) (idHash >>> 56);
    return print == 0 ? 1 : print;
  }

  private long hashAt(int position) {
    return hashes[position >>> PAGE_SHIFT][position & IN_PAGE];
  }

  private int flagsAt(int position) {
    return flags[position >>> PAGE_SHIFT][position & IN_PAGE];
  }

  @Override
  public int add(SitrepRecord record) {
    HashedTexts known = ahead;
    String text;
    long idHash;
    int kind;
    if (known != null) {
      text = known.idText();
      idHash = known.idHash();
      kind = known.kind();
    } else {
      text = record.id().toString();
      idHash = hash.hash(text);
      kind = record instanceof Actor actor ? actor.kind().ordinal() + 1 : 0;
    }
    texts.append(text);
    int found = probe(text, idHash);
    if (found >= 0) {
      firstOfLast = found;
      return next(idHash, kind);
    }
    int at = -found - 1;
    int position = next(idHash, kind | INDEXED);
    firstOfLast = position;
    table[at] = position + 1;
    prints[at] = print(idHash);
    int front = frontEntry(idHash);
    if (front >= 0 && frontPositions[front] == ABSENT) {
      // looked up before it came (a forward reference): it will likely be looked up again
      frontPositions[front] = position + 1;
      frontTexts[front] = text;
    }
    if (++distinct > (table.length >>> 2) * 3) {
      rebuild(table.length * 2);
    }
    return position;
  }

  /**
   * Looks an id up in the table: the position of the first record with it, or {@code -(slot + 1)}
   * of the empty slot where it would go. Equal fingerprints and hashes are checked against the
   * spilled text, so a collision never passes for the id.
   */
  private int probe(String text, long idHash) {
    int[] slots = table;
    byte[] slotPrints = prints;
    byte print = print(idHash);
    int mask = slots.length - 1;
    int at = (int) idHash & mask;
    byte slotPrint;
    boolean metHash = false;
    while ((slotPrint = slotPrints[at]) != 0) {
      if (slotPrint == print) {
        int first = slots[at] - 1;
        if (hashAt(first) == idHash) {
          if (texts.matches(first, text)) {
            return first;
          }
          metHash = true;
        }
      }
      at = (at + 1) & mask;
    }
    probeMetHash = metHash;
    return -(at + 1);
  }

  /** The first entry of a hash's front set, from its high bits (the table's slot takes the low). */
  private static int frontSet(long idHash) {
    return (int) (idHash >>> (Long.SIZE - FRONT_SET_BITS)) * WAYS;
  }

  /** The front entry holding a hash, or -1. */
  private int frontEntry(long idHash) {
    int set = frontSet(idHash);
    for (int at = set; at < set + WAYS; at++) {
      if (frontHashes[at] == idHash && frontPositions[at] != 0) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The front entry to fill for a hash: the one holding it, else the set's first, its entries
   * moving one down (the set's oldest leaves).
   */
  private int frontFill(long idHash, int holding) {
    if (holding >= 0) {
      return holding;
    }
    int set = frontSet(idHash);
    for (int at = set + WAYS - 1; at > set; at--) {
      frontHashes[at] = frontHashes[at - 1];
      frontPositions[at] = frontPositions[at - 1];
      frontTexts[at] = frontTexts[at - 1];
    }
    return set;
  }

  /** A table of the given size, from the hashes of the records first of their id. */
  private void rebuild(int length) {
    table = new int[0];
    prints = new byte[0];
    int[] slots = new int[length];
    byte[] slotPrints = new byte[length];
    int mask = length - 1;
    for (int position = 0; position < size; position++) {
      if ((flagsAt(position) & INDEXED) != 0) {
        long idHash = hashAt(position);
        int at = (int) idHash & mask;
        while (slotPrints[at] != 0) {
          at = (at + 1) & mask;
        }
        slots[at] = position + 1;
        slotPrints[at] = print(idHash);
      }
    }
    table = slots;
    prints = slotPrints;
  }

  @Override
  public int addUnreadable(@Nullable Id<?> id) {
    ahead = null;
    texts.append(id == null ? null : id.toString());
    return next(0, 0);
  }

  @Override
  public int find(String text) {
    return find(text, hashOf(text));
  }

  @Override
  int findTarget(HashedTexts texts, int reference) {
    return find(texts.target(reference), texts.targetHash(reference));
  }

  private int find(String text, long idHash) {
    int front = frontEntry(idHash);
    if (front >= 0) {
      int known = frontPositions[front];
      if (known == ABSENT) {
        return -1;
      }
      if (text.equals(frontTexts[front])) {
        return known - 1;
      }
    }
    int found = probe(text, idHash);
    if (found >= 0) {
      front = frontFill(idHash, front);
      frontHashes[front] = idHash;
      frontPositions[front] = found + 1;
      frontTexts[front] = text;
      return found;
    }
    if (!probeMetHash) {
      front = frontFill(idHash, front);
      frontHashes[front] = idHash;
      frontPositions[front] = ABSENT;
      frontTexts[front] = null;
    }
    return -1;
  }

  private long hashOf(String text) {
    HashedTexts known = ahead;
    return known != null ? known.hashOf(text) : hash.hash(text);
  }

  @Override
  public HashedTexts hashAhead(SitrepRecord record) {
    return new HashedTexts(hash, record);
  }

  @Override
  public void hashedAhead(@Nullable HashedTexts texts) {
    ahead = texts;
  }

  @Override
  @Nullable HashedTexts aheadOfLast() {
    return ahead;
  }

  @Override
  int kind(int position) {
    return flagsAt(position) & KIND;
  }

  @Override
  PendingReferences newPending() {
    return PendingReferences.spilling(directory);
  }

  @Override
  public int size() {
    return size;
  }

  /** Reads the id from the spill (a recently read or verified id comes from a small cache). */
  @Override
  @Nullable String idText(int position) {
    return texts.text(position);
  }

  @Override
  public void close() {
    if (!isClosed()) {
      super.close();
      texts.close();
    }
  }
}
