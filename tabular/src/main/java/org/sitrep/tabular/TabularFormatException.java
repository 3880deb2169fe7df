package org.sitrep.tabular;

import java.io.IOException;

/**
 * A file that is not a table of the expected format as a whole: empty, not CSV, or with a header
 * that lacks the format's columns. Problems of single rows are never thrown; they are {@link
 * RowProblem}s.
 *
 * <pre>{@code
 * try (TabularReader reader = AcledCsv.open(path)) { ... }
 * catch (TabularFormatException e) {
 *   // "events.csv: not an ACLED export: the header lacks event_id_cnty, event_date; it has ..."
 *   System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public final class TabularFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  TabularFormatException(String message) {
    super(message);
  }
}
