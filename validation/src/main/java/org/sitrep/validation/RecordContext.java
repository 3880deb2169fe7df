package org.sitrep.validation;

import java.time.LocalDate;
import org.sitrep.core.SitrepRecord;

/**
 * What a rule sees of one record: the record, its position, the injected {@code asOf} day (rules
 * never read the clock), the records seen so far, and where to report. Valid only during the call
 * it is passed to.
 *
 * <pre>{@code
 * if (context.record().name().length() > 200) {
 *   context.report(Pointer.of(PropertyNames.NAME), "Shorten the name to 200 characters")
 *       .argument("length", String.valueOf(context.record().name().length()));
 * }
 * }</pre>
 */
public interface RecordContext {

  /** {@return the record being checked} */
  SitrepRecord record();

  /** {@return the record's position in the dataset or stream, from 0} */
  int position();

  /** {@return the day the dataset is current as of; rules compare with it, never with the clock} */
  LocalDate asOf();

  /**
   * {@return the records seen so far, this one included: their ids, types, actor kinds and
   * positions} A reference to a record further on is not in it yet; check such references in a
   * {@link DatasetRule}'s {@link DatasetRule.Run#finish finish}.
   */
  RecordIndex index();

  /**
   * Reports a finding on this record; the rule's code and configured severity are filled in. Build
   * the pointer only when reporting, so that a clean record costs nothing.
   *
   * @param pointer the JSON pointer of the offending field relative to the record, e.g. {@code
   *     /period} (see {@link Pointer})
   * @param message what is wrong and what to do, for a person
   * @return the finding's details, to add the other record involved and machine-readable arguments
   *     before the rule returns
   */
  Finding.Details report(String pointer, String message);
}
