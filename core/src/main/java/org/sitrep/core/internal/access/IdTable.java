package org.sitrep.core.internal.access;

import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;

/**
 * The ids of records in a fixed order, indexed once: the first position of each id, and for each
 * position the first position of its id. A {@link Dataset} keeps one for its lookups ({@code
 * resolve}, {@code contains}, {@code duplicateIds}), and the validator validates a dataset with the
 * dataset's own table ({@link #of(Dataset)}) instead of indexing its records again. Not public API.
 *
 * <p>An open-addressing hash table, linear probing, at most half full, two ints per slot side by
 * side so that a probe touches one cache line: the position + 1 of the first record with an id (0
 * for an empty slot) and the spread hash of that id, which skips most text comparisons. It is
 * filled in passes that each run through memory in order (the hashes; the positions sorted by
 * region of the table; the table filled region by region, each region small enough for the cache),
 * where inserting record by record would miss the cache on every slot. A lookup answers a position
 * only after comparing the id's text.
 *
 * <pre>{@code
 * IdTable ids = IdTable.of(records, records.length, null);
 * int first = ids.first("actor:bla"); // -1 when no record has the id
 * }</pre>
 */
public final class IdTable {

  /** Slots per region of the table filled at a time, as a power of two. */
  private static final int REGION_SHIFT = 13;

  /** The table of each dataset: {@link Dataset}'s static initialiser installs it. */
  private static volatile @Nullable Function<Dataset, IdTable> ofDataset;

  private final @Nullable SitrepRecord[] records;
  private final int size;

  /** The hash of an id's text, or null for the string's own (cached) hash. */
  private final @Nullable ToIntFunction<String> hash;

  /** Two ints a slot: the first position + 1 of an id (0 for none), and the id's spread hash. */
  private final int[] slots;

  /** The number of slots minus one; the number of slots is a power of two. */
  private final int mask;

  /** Per position the first position of its id; null when no id repeats. */
  private final int @Nullable [] firstOf;

  private IdTable(
      @Nullable SitrepRecord[] records, int size, @Nullable ToIntFunction<String> hash) {
    this.records = records;
    this.size = size;
    this.hash = hash;
    int count = Math.max(1, size);
    int slotCount = Integer.highestOneBit(count * 2 - 1) << 1;
    this.slots = new int[slotCount * 2];
    this.mask = slotCount - 1;
    this.firstOf = fill();
  }

  /**
   * Indexes the ids of records.
   *
   * @param records the records; the table keeps the array, so do not change it
   * @param size how many of them, from the first, to index: none of these may be null
   * @param hash the hash of an id's text (for tests: a degenerate one forces collisions), or null
   *     for {@link String#hashCode()}
   * @return the table
   */
  public static IdTable of(
      @Nullable SitrepRecord[] records, int size, @Nullable ToIntFunction<String> hash) {
    if (size < 0 || size > records.length) {
      throw new IllegalArgumentException(size + " records of " + records.length);
    }
    return new IdTable(records, size, hash);
  }

  /**
   * {@return the table a dataset keeps of its records' ids}
   *
   * @param dataset the dataset
   */
  public static IdTable of(Dataset dataset) {
    Function<Dataset, IdTable> installed = ofDataset;
    if (installed == null) {
      throw new IllegalStateException("no dataset tables: Dataset installs them when initialised");
    }
    return installed.apply(dataset);
  }

  /**
   * Called once, by {@link Dataset}'s static initialiser: a dataset exists only after it ran.
   *
   * @param access gives a dataset's table
   * @throws IllegalStateException when called a second time
   */
  public static synchronized void install(Function<Dataset, IdTable> access) {
    if (ofDataset != null) {
      throw new IllegalStateException("the dataset tables are installed already");
    }
    ofDataset = access;
  }

  /** {@return how many records the table indexes} */
  public int size() {
    return size;
  }

  /**
   * {@return the record at a position}
   *
   * @param position 0 to {@link #size()} - 1
   */
  public SitrepRecord record(int position) {
    if (position >= size) {
      throw new IndexOutOfBoundsException(position + " of " + size + " records");
    }
    SitrepRecord record = records[position];
    if (record == null) {
      throw new IllegalStateException("no record at " + position); // checked when filled
    }
    return record;
  }

  /** {@return whether some id is held by more than one record} */
  public boolean hasRepeats() {
    return firstOf != null;
  }

  /**
   * {@return the first position of the id of the record at a position: its own, or that of an
   * earlier record with the same id}
   *
   * @param position 0 to {@link #size()} - 1
   */
  public int firstOf(int position) {
    int[] firsts = firstOf;
    return firsts == null ? position : firsts[position];
  }

  private int spread(String text) {
    int h = hash == null ? text.hashCode() : hash.applyAsInt(text);
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }

  /**
   * The first position of an id, given its text.
   *
   * @param text the id's text, {@code <kind>:<slug>}
   * @return the position, or -1 when no record has the id
   */
  public int first(String text) {
    int[] table = slots;
    int spread = spread(text);
    int at = (spread & mask) << 1;
    int entry;
    while ((entry = table[at]) != 0) {
      if (table[at + 1] == spread && text.equals(record(entry - 1).id().toString())) {
        return entry - 1;
      }
      at = (at + 2) & (table.length - 1);
    }
    return -1;
  }

  /**
   * Fills the table in passes that each run through memory in order: the hashes; a count of them
   * per region of the table; the positions sorted by region, in order within each; the table filled
   * region by region. Records of one id share a hash, so its first position is the first one
   * inserted.
   *
   * @return per position, the first position of its id; null when no id repeats
   */
  private int @Nullable [] fill() {
    int[] spreads = new int[size];
    for (int position = 0; position < size; position++) {
      spreads[position] = spread(record(position).id().toString());
    }
    int shift = Math.max(0, Integer.numberOfTrailingZeros(mask + 1) - REGION_SHIFT);
    int[] starts = new int[(mask >>> shift) + 2];
    for (int position = 0; position < size; position++) {
      starts[((spreads[position] & mask) >>> shift) + 1]++;
    }
    for (int region = 1; region < starts.length; region++) {
      starts[region] += starts[region - 1];
    }
    long[] byRegion = new long[size];
    for (int position = 0; position < size; position++) {
      int spread = spreads[position];
      byRegion[starts[(spread & mask) >>> shift]++] = (long) spread << 32 | position;
    }
    int[] firsts = null;
    int[] table = slots;
    for (long entry : byRegion) {
      int spread = (int) (entry >>> 32);
      int position = (int) entry;
      int at = (spread & mask) << 1;
      int other;
      while ((other = table[at]) != 0) {
        if (table[at + 1] == spread
            && record(position).id().toString().equals(record(other - 1).id().toString())) {
          if (firsts == null) {
            firsts = spreads; // the hashes are no longer needed
            for (int i = 0; i < size; i++) {
              firsts[i] = i;
            }
          }
          firsts[position] = other - 1;
          break;
        }
        at = (at + 2) & (table.length - 1);
      }
      if (other == 0) {
        table[at] = position + 1;
        table[at + 1] = spread;
      }
    }
    return firsts;
  }
}
