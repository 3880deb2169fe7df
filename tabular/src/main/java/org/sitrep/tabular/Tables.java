package org.sitrep.tabular;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.sitrep.tabular.internal.CsvCursor;
import org.sitrep.tabular.internal.RowMapper;

/** Opens a table of a given format: reads and checks its header. */
final class Tables {

  private Tables() {}

  static TabularReader open(Reader in, String source, TabularFormat format, RowMapper mapper)
      throws IOException {
    CsvCursor cursor;
    try {
      cursor = CsvCursor.open(in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
    if (cursor == null) {
      throw new TabularFormatException(source + ": empty, not " + article(format) + format.title());
    }
    List<String> header = cursor.header();
    if (!format.matches(header)) {
      cursor.close();
      List<String> missing =
          format.requiredColumns().stream().filter(column -> !header.contains(column)).toList();
      String other =
          TabularFormat.detect(header)
              .map(found -> " (it looks like " + article(found) + found.title() + ")")
              .orElse("");
      throw new TabularFormatException(
          source
              + ": not "
              + article(format)
              + format.title()
              + other
              + ": the header lacks "
              + String.join(", ", missing)
              + "; it has "
              + abbreviate(header));
    }
    return new TabularReader(cursor, mapper, format, source);
  }

  /** "an ACLED export", "a UCDP GED export". */
  private static String article(TabularFormat format) {
    return format == TabularFormat.ACLED ? "an " : "a ";
  }

  private static String abbreviate(List<String> header) {
    String joined = String.join(", ", header.subList(0, Math.min(8, header.size())));
    return header.size() > 8 ? joined + ", ... (" + header.size() + " columns)" : joined;
  }
}
