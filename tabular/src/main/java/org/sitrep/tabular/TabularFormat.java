package org.sitrep.tabular;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The table layouts Sitrep imports, recognised by their header.
 *
 * <pre>{@code
 * TabularFormat.detect(List.of("event_id_cnty", "event_date", "event_type", "actor1")); // ACLED
 * }</pre>
 */
public enum TabularFormat {
  /**
   * An ACLED export: {@code event_id_cnty}, {@code event_date}, {@code event_type}, {@code actor1},
   * ... Both the older column values (numeric {@code inter1}/{@code inter2}/{@code interaction})
   * and the current ones (text labels such as {@code "Rebel group"}) are read.
   */
  ACLED("acled", "ACLED export", List.of("event_id_cnty", "event_date", "event_type", "actor1")),
  /**
   * A UCDP Georeferenced Event Dataset (GED) export: {@code id}, {@code type_of_violence}, {@code
   * side_a}, {@code side_b}, {@code best}, {@code date_start}, ...
   */
  UCDP_GED(
      "ucdp",
      "UCDP GED export",
      List.of("id", "type_of_violence", "side_a", "side_b", "best", "date_start", "date_end"));

  private final String cliName;
  private final String title;

  // List.of: unmodifiable, though its type does not say so
  @SuppressWarnings("ImmutableEnumChecker")
  private final List<String> requiredColumns;

  TabularFormat(String cliName, String title, List<String> requiredColumns) {
    this.cliName = cliName;
    this.title = title;
    this.requiredColumns = requiredColumns;
  }

  /** {@return the short name used on the command line: {@code acled} or {@code ucdp}} */
  public String cliName() {
    return cliName;
  }

  /** {@return what a file of this format is, in words: {@code "ACLED export"}} */
  public String title() {
    return title;
  }

  /** {@return the columns a header must have to be taken for this format} */
  public List<String> requiredColumns() {
    return requiredColumns;
  }

  /**
   * {@return whether the header has every {@linkplain #requiredColumns() required column}}
   *
   * @param header the column names
   */
  public boolean matches(Collection<String> header) {
    return header.containsAll(requiredColumns);
  }

  /**
   * {@return the format whose required columns the header has, if any}
   *
   * @param header the column names
   */
  public static Optional<TabularFormat> detect(Collection<String> header) {
    for (TabularFormat format : values()) {
      if (format.matches(header)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
