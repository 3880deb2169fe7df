package org.sitrep.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.core.time.Timestamp;

/**
 * What every Sitrep record has: a typed id, a name, sources, confidence, tags, external ids,
 * bookkeeping timestamps and {@code x_} extensions.
 *
 * <p>The six record types are {@link Actor}, {@link Incident}, {@link Operation}, {@link Exercise},
 * {@link Investment} and {@link Statement}. Records are deeply immutable; build them with their
 * {@code builder()} and change a copy with {@code toBuilder()}:
 *
 * <pre>{@code
 * for (SitrepRecord record : dataset.records()) {
 *   System.out.println(record.type().wireName() + " " + record.id() + ": " + record.name());
 * }
 * }</pre>
 *
 * <p>Records check only what makes them well-formed (required fields, non-null values, id syntax,
 * extension keys). Consistency rules belong to {@code sitrep-validation}, so that a messy
 * real-world file can be loaded whole and reported on.
 */
public sealed interface SitrepRecord extends Extensible
    permits Actor, Incident, Operation, Exercise, Investment, Statement {

  /** {@return the record type, a constant of each record class} */
  RecordType type();

  /** {@return the id, {@code <type>:<slug>}} */
  Id<? extends SitrepRecord> id();

  /** {@return a human-readable name; required and not blank} */
  String name();

  /** {@return a longer description} */
  Optional<String> description();

  /** {@return where the facts of this record come from} */
  List<Source> sources();

  /** {@return how confident the author is in the record, on the STIX 2.1 scale 0-100} */
  Optional<Confidence> confidence();

  /** {@return free-form tags} */
  Set<String> tags();

  /**
   * {@return ids of the same thing in other schemes, by scheme: {@code wikidata}, {@code acled},
   * {@code ucdp}, {@code gtd}, {@code stix}, ..}
   */
  Map<String, String> externalIds();

  /** {@return when the record was created (bookkeeping)} */
  Optional<Timestamp> created();

  /** {@return when the record was last modified (bookkeeping)} */
  Optional<Timestamp> modified();

  /**
   * {@return when the thing the record describes happened or runs: an incident's or statement's
   * date, an operation's, exercise's or investment's period; empty for actors and when not known}
   */
  Optional<TimeSpan> when();
}
