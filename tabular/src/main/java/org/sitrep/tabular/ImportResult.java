package org.sitrep.tabular;

import java.util.List;
import java.util.Objects;
import org.sitrep.core.Dataset;

/**
 * A whole table read into memory: the dataset of what could be mapped, and an account of every row
 * that could not, so that nothing is dropped silently.
 *
 * <pre>{@code
 * ImportResult result = UcdpGedCsv.read(Path.of("ged.csv"));
 * System.out.println(result.summary()); // "1000 rows read: 998 imported, 2 rejected"
 * Dataset events = result.dataset();
 * }</pre>
 *
 * @param dataset the records of the imported rows: each actor once, then incidents in file order
 * @param format the table's format
 * @param rowsRead the rows read, the header not counted
 * @param rowsRejected the rows kept out
 * @param problems why rows were kept out, in file order (the first {@value
 *     TabularReader#MAX_PROBLEMS_KEPT})
 */
public record ImportResult(
    Dataset dataset,
    TabularFormat format,
    long rowsRead,
    long rowsRejected,
    List<RowProblem> problems) {

  /**
   * Checks the components and copies the problem list.
   *
   * @param dataset the records of the imported rows: each actor once, then incidents in file order
   * @param format the table's format
   * @param rowsRead the rows read, the header not counted
   * @param rowsRejected the rows kept out
   * @param problems why rows were kept out, in file order (the first {@value
   *     TabularReader#MAX_PROBLEMS_KEPT})
   */
  public ImportResult {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(format, "format");
    problems = List.copyOf(problems);
    if (rowsRejected < 0 || rowsRejected > rowsRead) {
      throw new IllegalArgumentException(
          "rowsRejected must be between 0 and rowsRead (" + rowsRead + "), was " + rowsRejected);
    }
  }

  /** {@return the rows imported: read and not rejected} */
  public long rowsImported() {
    return rowsRead - rowsRejected;
  }

  /** {@return {@code "<read> rows read: <imported> imported, <rejected> rejected"}} */
  public String summary() {
    return rowsRead + " rows read: " + rowsImported() + " imported, " + rowsRejected + " rejected";
  }
}
