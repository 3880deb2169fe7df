package org.sitrep.tabular;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.tabular.internal.UcdpRowMapper;

/**
 * UCDP Georeferenced Event Dataset (GED) CSV exports in.
 *
 * <p>Each row becomes an {@link org.sitrep.core.Incident} ({@code incident:ucdp-<id>}) with its
 * fatality estimate exactly as UCDP gives it ({@code low}/{@code best}/{@code high}, never a figure
 * UCDP left out) and the deaths of each side as breakdowns, preceded by the sides it names for the
 * first time as {@link org.sitrep.core.Actor}s ({@code actor:ucdp-<side id>}). UCDP's event,
 * conflict, dyad and actor ids are kept as external ids; every other cell a field cannot hold whole
 * is kept as an {@code x_ucdp_*} extension.
 *
 * <pre>{@code
 * ImportResult result = UcdpGedCsv.read(Path.of("GEDEvent_v25_1.csv"));
 * Validator.defaults().validate(result.dataset());   // warns where low > best or best > high
 * }</pre>
 */
public final class UcdpGedCsv {

  private UcdpGedCsv() {}

  /**
   * Opens a UCDP GED CSV file (UTF-8) for reading record by record.
   *
   * @param file the file
   * @return the reader, to be closed
   * @throws TabularFormatException when the file is empty or its header is not a GED header
   * @throws IOException when the file cannot be read
   */
  public static TabularReader open(Path file) throws IOException {
    return open(
        Files.newBufferedReader(file, StandardCharsets.UTF_8), file.getFileName().toString());
  }

  /**
   * Opens UCDP GED CSV text for reading record by record; {@code source} names it in problems.
   *
   * @param in the text
   * @param source the name problems give, e.g. a file name
   * @return the reader, to be closed
   * @throws TabularFormatException when the text is empty or its header is not a GED header
   */
  public static TabularReader open(Reader in, String source) throws IOException {
    return Tables.open(in, source, TabularFormat.UCDP_GED, new UcdpRowMapper());
  }

  /**
   * Reads a whole UCDP GED CSV file: {@code open(file).readAll()}.
   *
   * @param file the file
   * @return the records and the rows kept out
   * @throws IOException when the file cannot be read
   */
  public static ImportResult read(Path file) throws IOException {
    try (TabularReader reader = open(file)) {
      return reader.readAll();
    }
  }
}
