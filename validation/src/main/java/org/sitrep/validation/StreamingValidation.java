package org.sitrep.validation;

import org.jspecify.annotations.Nullable;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;

/**
 * A validation of records fed one at a time, for streams too large to hold (a JSON Lines file of
 * millions of records). Record rules run as each record arrives; whole-dataset rules keep a compact
 * index (ids, types, positions, pending references — not the records) and report at {@link
 * #finish()}. The report equals the one {@link Validator#validate(org.sitrep.core.Dataset)} gives
 * for the same records in the same order. Not thread-safe; use once.
 *
 * <p>Memory: the session keeps per record about 16 bytes of primitives in the heap (a 64-bit hash
 * of the id, a flag byte, a slot of a hash table); the ids' texts, and the references that point
 * forward, go to temporary files in {@code java.io.tmpdir} (about 1 byte plus the id's length per
 * record, and 11 bytes plus the target id's length per forward reference). The files are deleted
 * when the session finishes or a rule fails; on Linux and macOS they are unlinked as soon as they
 * are made, so that nothing is left even when the process dies.
 *
 * <p>This module reads no files; the records usually come from {@code sitrep-io}'s JSON Lines
 * reader, {@code SitrepJson.strict().openRecords(path)}, a {@code RecordReader} read with {@code
 * hasNext()} and {@code next()}:
 *
 * <pre>{@code
 * StreamingValidation session = validator.startStream(LocalDate.of(2024, 11, 20));
 * try (RecordReader reader = SitrepJson.strict().openRecords(path)) {
 *   while (reader.hasNext()) {
 *     session.accept(reader.next());
 *   }
 * }
 * ValidationReport report = session.finish();
 * }</pre>
 *
 * <p><b>Checks on other threads.</b> Most record rules need nothing but the record. {@link
 * #check(SitrepRecord)} runs those of the built-in ones on any thread, several records at once (a
 * reader's decoding threads, through {@code RecordReader.prepareEach(session::check)}), and {@link
 * #accept(CheckedRecord)} does the rest in the records' order: the index, duplicate ids,
 * references, your own record rules and the whole-dataset rules. The report is the same, finding by
 * finding, as {@link #accept(SitrepRecord)} gives; {@code ReadValidation} in {@code sitrep-io}
 * works this way.
 *
 * <pre>{@code
 * Supplier<CheckedRecord> checked = reader.prepareEach(session::check);
 * while (reader.hasNext()) {
 *   reader.next();
 *   session.accept(checked.get());
 * }
 * }</pre>
 */
public interface StreamingValidation {

  /**
   * Validates the next record.
   *
   * @param record the record; its position is the number of records accepted before it
   * @throws IllegalStateException after {@link #finish()}, or when a rule failed (the session is
   *     then over)
   * @throws java.io.UncheckedIOException when a temporary file cannot be made or written (the
   *     session is then over)
   */
  void accept(SitrepRecord record);

  /**
   * Runs the checks of a record that need no other record, and keeps their findings with it for
   * {@link #accept(CheckedRecord)}. Thread-safe: call it on any thread, for several records at
   * once. By default it checks nothing, and {@code accept} checks the record whole.
   *
   * @param record the record
   * @return the record and what its checks found, to be accepted in the records' order
   */
  default CheckedRecord check(SitrepRecord record) {
    return CheckedRecord.unchecked(record);
  }

  /**
   * Validates the next record, checked by {@link #check(SitrepRecord)}: as {@link
   * #accept(SitrepRecord)} does, with the same findings, without running again the checks done.
   *
   * @param checked the record and what its checks found; its position is the number of records
   *     accepted before it
   * @throws IllegalStateException after {@link #finish()}, or when a rule failed (the session is
   *     then over)
   * @throws java.io.UncheckedIOException when a temporary file cannot be made or written (the
   *     session is then over)
   */
  default void accept(CheckedRecord checked) {
    accept(checked.record());
  }

  /**
   * Takes the next position for a record that could not be read, so that the positions of the
   * records after it stay those of the file (a reader reports the record's own problem). The rules
   * do not see it; references to its id do not resolve, and are reported as such.
   *
   * @param id the record's id when the reader got that far, or null
   * @throws IllegalStateException after {@link #finish()}
   */
  void skip(@Nullable Id<?> id);

  /** {@return how many records have been accepted} */
  int count();

  /**
   * Runs the whole-dataset rules and returns the report.
   *
   * @return the report of every record accepted
   * @throws IllegalStateException when called twice
   */
  ValidationReport finish();
}
