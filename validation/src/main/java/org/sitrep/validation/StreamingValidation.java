package org.sitrep.validation;

import org.sitrep.core.SitrepRecord;

/**
 * A validation of records fed one at a time, for streams too large to hold (a JSON Lines file of
 * millions of records). Record rules run as each record arrives; whole-dataset rules keep a
 * compact index (ids, types, positions, pending references — not the records) and report at
 * {@link #finish()}. The report equals the one {@link Validator#validate(org.sitrep.core.Dataset)}
 * gives for the same records in the same order. Not thread-safe; use once.
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
 */
public interface StreamingValidation {

  /**
   * Validates the next record.
   *
   * @param record the record; its position is the number of records accepted before it
   * @throws IllegalStateException after {@link #finish()}
   */
  void accept(SitrepRecord record);

  /** How many records have been accepted. */
  int count();

  /**
   * Runs the whole-dataset rules and returns the report.
   *
   * @return the report of every record accepted
   * @throws IllegalStateException when called twice
   */
  ValidationReport finish();
}
