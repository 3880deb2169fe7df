package org.sitrep.bench.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The baseline: plain Jackson databind reading and writing JSON Lines of {@link PlainIncident}s,
 * configured as a user would, with nothing hand-written.
 *
 * <pre>{@code
 * List<PlainIncident> incidents = new ArrayList<>();
 * PlainCodec.readLines(bytes, incidents::add);
 * PlainCodec.writeLines(incidents, out);
 * }</pre>
 */
public final class PlainCodec {

  /** The mapper, shared: configured once, thread-safe. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private static final ObjectReader READER = MAPPER.readerFor(PlainIncident.class);
  private static final ObjectWriter WRITER =
      MAPPER.writerFor(PlainIncident.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private PlainCodec() {}

  /**
   * Reads JSON Lines, one incident per line.
   *
   * @param lines UTF-8 JSON Lines
   * @param sink receives each incident in order
   * @throws IOException when the bytes are not such lines
   */
  public static void readLines(byte[] lines, Consumer<? super PlainIncident> sink)
      throws IOException {
    try (MappingIterator<PlainIncident> it = READER.readValues(lines)) {
      while (it.hasNextValue()) {
        sink.accept(it.nextValue());
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
    try (JsonGenerator generator = MAPPER.createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.setRootValueSeparator(new SerializedString("\n"));
      for (PlainIncident incident : incidents) {
        WRITER.writeValue(generator, incident);
      }
      if (!incidents.isEmpty()) {
        generator.writeRaw('\n');
      }
    }
  }
}
