package org.sitrep.bench.baseline;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.runtime.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * DSL-JSON 2 on the same {@link PlainIncident} records, with its run-time analysis (no annotation
 * processor): the fastest JVM binder we know, a rung of the ladder Sitrep is measured on. Absent
 * values are left out when writing ({@code skipDefaultValues}), as databind's {@code NON_EMPTY}
 * leaves them out.
 *
 * <pre>{@code
 * DslJsonCodec.readLines(lines, incidents::add);
 * DslJsonCodec.writeLines(incidents, out);
 * }</pre>
 */
public final class DslJsonCodec {

  private static final DslJson<Object> DSL =
      new DslJson<>(Settings.withRuntime().includeServiceLoader().skipDefaultValues(true));

  private static final JsonReader.ReadObject<PlainIncident> READ =
      DSL.tryFindReader(PlainIncident.class);

  private static final JsonWriter.WriteObject<PlainIncident> WRITE =
      DSL.tryFindWriter(PlainIncident.class);

  private DslJsonCodec() {}

  /**
   * Reads JSON Lines, one incident per line.
   *
   * @param lines UTF-8 JSON Lines
   * @param sink receives each incident in order
   * @throws IOException when the bytes are not such lines
   */
  public static void readLines(byte[] lines, Consumer<? super PlainIncident> sink)
      throws IOException {
    JsonReader<Object> reader = DSL.newReader(lines);
    int end = lastNonWhitespace(lines) + 1;
    while (reader.getCurrentIndex() < end) {
      reader.getNextToken();
      sink.accept(READ.read(reader));
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
    JsonWriter writer = DSL.newWriter(64 * 1024);
    writer.reset(out);
    for (PlainIncident incident : incidents) {
      WRITE.write(writer, incident);
      writer.writeByte((byte) '\n');
    }
    writer.flush();
  }

  private static int lastNonWhitespace(byte[] bytes) {
    int at = bytes.length - 1;
    while (at >= 0 && (bytes[at] == '\n' || bytes[at] == '\r' || bytes[at] == ' ')) {
      at--;
    }
    return at;
  }
}
