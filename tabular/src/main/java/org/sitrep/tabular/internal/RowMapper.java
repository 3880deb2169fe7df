package org.sitrep.tabular.internal;

import java.util.function.Consumer;
import org.sitrep.core.SitrepRecord;

/** Maps one row of a table to the records it holds: new actors first, then the incident. */
public interface RowMapper {

  /**
   * Maps the current row. Nothing is given to {@code out} when the row is rejected.
   *
   * @throws RowRejected naming the column, value and reason when the row cannot be mapped
   */
  void map(Row row, Consumer<SitrepRecord> out) throws RowRejected;
}
