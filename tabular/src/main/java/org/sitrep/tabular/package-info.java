/**
 * ACLED and UCDP GED CSV exports as Sitrep records, and back to ACLED-shaped CSV.
 *
 * <p>{@link org.sitrep.tabular.AcledCsv} and {@link org.sitrep.tabular.UcdpGedCsv} open a file as a
 * {@link org.sitrep.tabular.TabularReader}: a stream of records read row by row in constant memory,
 * where a row that cannot be mapped is kept out and reported as a {@link
 * org.sitrep.tabular.RowProblem} (file, line, column, value, reason) while the rest of the file
 * imports. {@code read(path)} collects the same into an {@link org.sitrep.tabular.ImportResult}.
 *
 * <pre>{@code
 * ImportResult result = AcledCsv.read(Path.of("acled.csv"));
 * result.dataset().incidents().size();   // the rows imported
 * result.problems().forEach(System.err::println);
 * AcledCsv.write(result.dataset(), Path.of("copy.csv"));
 * }</pre>
 *
 * <p>The column-by-column mapping, and what each format loses, is in the module's README.
 */
@NullMarked
package org.sitrep.tabular;

import org.jspecify.annotations.NullMarked;
