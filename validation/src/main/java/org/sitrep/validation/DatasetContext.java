package org.sitrep.validation;

import java.time.LocalDate;

/**
 * What a {@link DatasetRule} sees when every record has been seen: the index of all records, the
 * injected {@code asOf} day, and where to report.
 *
 * <pre>{@code
 * OptionalInt first = context.index().position(Id.actor("pakistan"));
 * if (first.isEmpty()) {
 *   context.report(0, Pointer.ROOT, "The dataset has no actor:pakistan");
 * }
 * }</pre>
 */
public interface DatasetContext {

  /** {@return the day the dataset is current as of} */
  LocalDate asOf();

  /** {@return every record's id, type, actor kind and position} */
  RecordIndex index();

  /**
   * Reports a finding on the record at a position; the rule's code and configured severity and the
   * record's id are filled in.
   *
   * @param position the record's position, from 0
   * @param pointer the JSON pointer of the offending field relative to the record
   * @param message what is wrong and what to do, for a person
   * @return the finding's details, to add the other record involved and arguments
   * @throws IndexOutOfBoundsException when no record has that position
   */
  Finding.Details report(int position, String pointer, String message);
}
