package org.sitrep.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.internal.access.IdTable;
import org.sitrep.core.time.TimeSpan;

/**
 * A collection of records in the order given, with a title and the day it is current as of.
 *
 * <p>A dataset holds a messy file whole: a repeated id is kept, not refused, so that validation can
 * report it ({@code id.duplicate}); {@link #duplicateIds()} says which ids repeat, and {@link
 * #resolve(Id)} returns the first record with an id.
 *
 * <pre>{@code
 * Dataset scenario = Dataset.builder()
 *     .title("Balochistan, autumn 2024")
 *     .asOf(LocalDate.of(2024, 11, 20))
 *     .add(bla)
 *     .add(karachiAirportBombing)
 *     .build();
 * Optional<Actor> found = scenario.resolve(Id.actor("bla"));
 * List<Incident> blaIncidents = scenario.incidentsInvolving(Id.actor("bla"));
 * List<SitrepRecord> autumn = scenario.overlapping(Period.parse("2024-10/2024-11"));
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Dataset {

  private final String title;
  private final LocalDate asOf;
  private final List<SitrepRecord> records;

  static {
    // the validator validates a dataset with its table of ids, not public API (see IdTable)
    IdTable.install(dataset -> dataset.ids);
  }

  /** The first position of each id; the validator's index of the dataset too. */
  private final IdTable ids;

  /** Each id held by more than one record → those records, in order; empty when none repeats. */
  private final Map<Id<?>, List<SitrepRecord>> repeats;

  private final Set<Id<?>> duplicateIds;

  private Dataset(String title, LocalDate asOf, List<SitrepRecord> records) {
    this.title = Objects.requireNonNull(title, "Dataset.title must not be null");
    this.asOf = Objects.requireNonNull(asOf, "Dataset.asOf must not be null");
    this.records = Collections.unmodifiableList(records);
    SitrepRecord[] all = records.toArray(new SitrepRecord[0]);
    this.ids = IdTable.of(all, all.length, null);
    Map<Id<?>, List<SitrepRecord>> byId = new HashMap<>();
    Set<Id<?>> repeated = new LinkedHashSet<>();
    if (ids.hasRepeats()) {
      for (int position = 0; position < all.length; position++) {
        int first = ids.firstOf(position);
        if (first != position) {
          Id<?> id = all[position].id();
          byId.computeIfAbsent(id, key -> new ArrayList<>(List.of(all[first]))).add(all[position]);
          repeated.add(id);
        }
      }
    }
    this.repeats = byId;
    this.duplicateIds = Collections.unmodifiableSet(repeated);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a dataset of the given records, in their order}
   *
   * @param title the title
   * @param asOf the day the dataset is current as of
   * @param records the records, in order
   * @throws NullPointerException naming the position of a null record
   */
  public static Dataset of(
      String title, LocalDate asOf, Collection<? extends SitrepRecord> records) {
    return builder().title(title).asOf(asOf).addAll(records).build();
  }

  /** {@return the title} */
  public String title() {
    return title;
  }

  /**
   * {@return the day the dataset is current as of} Validation compares dates with it ({@code
   * date.after-as-of}) and never with the wall clock.
   */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return every record, in the order given; repeated ids included} */
  public List<SitrepRecord> records() {
    return records;
  }

  /** {@return the number of records} */
  public int size() {
    return records.size();
  }

  /**
   * {@return the records of one type, in order: {@code dataset.recordsOf(Incident.class)}}
   *
   * @param <T> the record type
   * @param type the record type's class, e.g. {@code Incident.class}
   */
  public <T extends SitrepRecord> List<T> recordsOf(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (SitrepRecord record : records) {
      if (type.isInstance(record)) {
        out.add(type.cast(record));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** {@return the actors, in order} */
  public List<Actor> actors() {
    return recordsOf(Actor.class);
  }

  /** {@return the incidents, in order} */
  public List<Incident> incidents() {
    return recordsOf(Incident.class);
  }

  /** {@return the operations, in order} */
  public List<Operation> operations() {
    return recordsOf(Operation.class);
  }

  /** {@return the exercises, in order} */
  public List<Exercise> exercises() {
    return recordsOf(Exercise.class);
  }

  /** {@return the investments, in order} */
  public List<Investment> investments() {
    return recordsOf(Investment.class);
  }

  /** {@return the statements, in order} */
  public List<Statement> statements() {
    return recordsOf(Statement.class);
  }

  /**
   * The record an id names; the first one when the id repeats.
   *
   * @param id a typed id or reference
   * @param <T> the record type
   * @return the record, or empty when no record has that id
   */
  public <T extends SitrepRecord> Optional<T> resolve(Id<T> id) {
    int first = ids.first(id.toString());
    if (first < 0) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked") // an id's kind is its record's type, checked when built
    T typed = (T) ids.record(first);
    return Optional.of(typed);
  }

  /**
   * {@return whether a record has this id}
   *
   * @param id the id looked for
   */
  public boolean contains(Id<?> id) {
    return ids.first(id.toString()) >= 0;
  }

  /**
   * {@return every record with this id, in order: one, none, or several when the id repeats}
   *
   * @param id the id looked for
   */
  public List<SitrepRecord> recordsWithId(Id<?> id) {
    int first = ids.first(id.toString());
    if (first < 0) {
      return List.of();
    }
    List<SitrepRecord> all = repeats.get(id);
    return all == null ? List.of(ids.record(first)) : List.copyOf(all);
  }

  /** {@return the ids held by more than one record, in order of first appearance} */
  public Set<Id<?>> duplicateIds() {
    return duplicateIds;
  }

  /**
   * {@return the incidents in which an actor is a perpetrator or a target, or which it claimed, in
   * order}
   *
   * @param actor the actor's id
   */
  public List<Incident> incidentsInvolving(Id<Actor> actor) {
    List<Incident> out = new ArrayList<>();
    for (SitrepRecord record : records) {
      if (record instanceof Incident incident) {
        if (involves(incident.perpetrators(), actor)
            || involves(incident.targets(), actor)
            || incident.claimedBy().contains(actor)) {
          out.add(incident);
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static boolean involves(List<Involvement> involvements, Id<Actor> actor) {
    for (Involvement involvement : involvements) {
      if (involvement.actor().equals(actor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the records whose time ({@link SitrepRecord#when()}) may overlap a span, in order}
   * Fuzzy dates count by their possible days: {@code 2024-11} overlaps {@code
   * 2024-11-30/2024-12-15}. Records without a time are left out.
   *
   * @param span the span, such as a {@link org.sitrep.core.time.Period}
   */
  public List<SitrepRecord> overlapping(TimeSpan span) {
    List<SitrepRecord> out = new ArrayList<>();
    for (SitrepRecord record : records) {
      Optional<TimeSpan> when = record.when();
      if (when.isPresent() && when.get().mayOverlap(span)) {
        out.add(record);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Merges another dataset into this one. Records of the other dataset follow this one's; a record
   * equal to one already present under the same id collapses into it; a different record under an
   * id already present is kept, and its id is reported in {@link Merge#conflicts()} — nothing is
   * silently dropped. The result keeps this title and the later {@code asOf}.
   *
   * <pre>{@code
   * Dataset.Merge merge = reuters.merge(acledImport);
   * merge.conflicts().forEach(id -> System.err.println("two versions of " + id));
   * Dataset combined = merge.dataset();
   * }</pre>
   *
   * @param other the dataset whose records follow this one's
   * @return the merged dataset and the ids that conflict
   */
  public Merge merge(Dataset other) {
    List<SitrepRecord> merged = new ArrayList<>(records.size() + other.records.size());
    merged.addAll(records);
    Set<Id<?>> conflicts = new LinkedHashSet<>();
    for (SitrepRecord record : other.records) {
      List<SitrepRecord> present = recordsWithId(record.id());
      if (present.contains(record)) {
        continue;
      }
      if (!present.isEmpty()) {
        conflicts.add(record.id());
      }
      merged.add(record);
    }
    LocalDate later = asOf.isAfter(other.asOf) ? asOf : other.asOf;
    return new Merge(new Dataset(title, later, merged), List.copyOf(conflicts));
  }

  /**
   * The outcome of {@link Dataset#merge(Dataset)}.
   *
   * @param dataset the merged dataset
   * @param conflicts the ids under which the two datasets hold different records; both versions are
   *     in {@code dataset}, and validation reports them as {@code id.duplicate}
   */
  public record Merge(Dataset dataset, List<Id<?>> conflicts) {

    /**
     * Keeps a copy of the conflicts, so that the list given can change afterwards without changing
     * this outcome.
     *
     * @param dataset the merged dataset
     * @param conflicts the ids under which the two datasets hold different records
     * @throws NullPointerException when the dataset, the list or an id in it is null
     */
    public Merge {
      Objects.requireNonNull(dataset, "dataset");
      conflicts = List.copyOf(conflicts);
    }
  }

  /** Two datasets are equal when title, {@code asOf} and records (in order) are. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Dataset that)) {
      return false;
    }
    return title.equals(that.title) && asOf.equals(that.asOf) && records.equals(that.records);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, asOf, records);
  }

  /** For example {@code Dataset{title=Balochistan, asOf=2024-11-20, records=42}}. */
  @Override
  public String toString() {
    return "Dataset{title=" + title + ", asOf=" + asOf + ", records=" + records.size() + "}";
  }

  /**
   * Builds a {@link Dataset}; {@code title} and {@code asOf} are required. Not thread-safe.
   *
   * <pre>{@code
   * Dataset.builder().title("Import").asOf(LocalDate.of(2024, 11, 20)).addAll(records).build();
   * }</pre>
   */
  public static final class Builder {
    private @Nullable String title;
    private @Nullable LocalDate asOf;
    private final List<SitrepRecord> records = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "Dataset.title must not be null");
      return this;
    }

    /**
     * Sets the day the dataset is current as of.
     *
     * @param asOf the day
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "Dataset.asOf must not be null");
      return this;
    }

    /**
     * Adds a record after those already added.
     *
     * @param record the record
     * @return this builder
     */
    public Builder add(SitrepRecord record) {
      records.add(
          Objects.requireNonNull(
              record, () -> "Dataset.records[" + records.size() + "] must not be null"));
      return this;
    }

    /**
     * Adds records in order after those already added.
     *
     * @param records the records, in order
     * @return this builder
     */
    public Builder addAll(Iterable<? extends SitrepRecord> records) {
      for (SitrepRecord record : records) {
        add(record);
      }
      return this;
    }

    /**
     * Builds the dataset.
     *
     * @return the dataset, holding the records in the order added
     * @throws IllegalStateException naming the missing field when title or asOf is not set
     */
    public Dataset build() {
      if (title == null || asOf == null) {
        throw new IllegalStateException(
            "Cannot build Dataset, required " + (title == null ? "title" : "asOf") + " not set");
      }
      return new Dataset(title, asOf, new ArrayList<>(records));
    }
  }
}
