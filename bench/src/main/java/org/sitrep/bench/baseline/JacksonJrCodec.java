package org.sitrep.bench.baseline;

import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.ValueIterator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * jackson-jr on the same {@link PlainIncident} records: Jackson's light binder over jackson-core, a
 * rung of the ladder Sitrep is measured on. It writes properties in alphabetical order and leaves
 * nulls out.
 *
 * <pre>{@code
 * JacksonJrCodec.readLines(lines, incidents::add);
 * JacksonJrCodec.writeLines(incidents, out);
 * }</pre>
 */
public final class JacksonJrCodec {

  private static final JSON JR = JSON.std;

  private JacksonJrCodec() {}

  /**
   * Reads JSON Lines, one incident per line.
   *
   * @param lines UTF-8 JSON Lines
   * @param sink receives each incident in order
   * @throws IOException when the bytes are not such lines
   */
  public static void readLines(byte[] lines, Consumer<? super PlainIncident> sink)
      throws IOException {
    try (ValueIterator<PlainIncident> values = JR.beanSequenceFrom(PlainIncident.class, lines)) {
      while (values.hasNext()) {
        sink.accept(values.next());
      }
    }
  }

  /**
   * Writes JSON Lines, one incident per line, each line ended by {@code '\n'}.
   *
   * @param incidents what to write
   * @param out where to write it, left open
   * @throws IOException when writing fails
   */
  public static void writeLines(List<PlainIncident> incidents, OutputStream out)
      throws IOException {
    for (PlainIncident incident : incidents) {
      out.write(JR.asBytes(incident));
      out.write('\n');
    }
  }
}
