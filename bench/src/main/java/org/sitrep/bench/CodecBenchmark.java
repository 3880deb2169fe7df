package org.sitrep.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.bench.baseline.CeilingCodec;
import org.sitrep.bench.baseline.DslJsonCodec;
import org.sitrep.bench.baseline.JacksonJrCodec;
import org.sitrep.bench.baseline.PlainCodec;
import org.sitrep.bench.baseline.PlainIncident;
import org.sitrep.core.Incident;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.RecordReader;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;

/**
 * The codec ladder: reads and writes {@value #RECORDS} synthetic incidents as JSON Lines held in
 * memory, with Sitrep's codec and with the rungs it is measured against, all on the same bytes:
 *
 * <ul>
 *   <li>the Jackson ceiling, binding nothing: {@code readTokenScan} walks the tokens, {@code
 *       readTokenValues} also makes a {@code String} of every value ({@link CeilingCodec}); {@code
 *       writeHandWritten} is a hand-written jackson-core generator;
 *   <li>DSL-JSON 2 ({@link DslJsonCodec}) and jackson-jr ({@link JacksonJrCodec}) binding plain
 *       Java records;
 *   <li>the baseline, plain Jackson databind on the same records ({@link PlainCodec}: {@code
 *       readBaseline}, {@code writeBaseline}), the 1.00 of the ladder;
 *   <li>Sitrep ({@code readSitrep}, {@code writeSitrep}).
 * </ul>
 *
 * <p>The setup checks that they agree: databind writes Sitrep's bytes exactly, every binder reads
 * the incidents databind reads, the token scans see every record, and what each writer writes reads
 * back as those incidents. Scores are per record: records per second, and with {@code -prof gc}
 * bytes allocated per record ({@code gc.alloc.rate.norm}).
 *
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 3 -r 3s -prof gc CodecBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(CodecBenchmark.RECORDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
public class CodecBenchmark {

  /** How many incidents each invocation reads or writes. */
  public static final int RECORDS = 100_000;

  private final SitrepJson json = SitrepJson.strict();
  private byte[] lines;
  private List<Incident> incidents;
  private List<PlainIncident> plainIncidents;
  private ByteArrayOutputStream out;

  /**
   * Builds the incidents, writes them with Sitrep, reads the bytes back with both codecs, and
   * checks that both write the bytes they read.
   *
   * @throws IOException never: everything is in memory
   * @throws IllegalStateException when the two codecs disagree
   */
  @Setup
  public void setUp() throws IOException {
    incidents = SyntheticData.incidents(RECORDS);
    ByteArrayOutputStream sitrepOut = new ByteArrayOutputStream(RECORDS * 700);
    try (RecordWriter writer = json.newRecordWriter(sitrepOut)) {
      for (Incident incident : incidents) {
        writer.write(incident);
      }
    }
    lines = sitrepOut.toByteArray();

    plainIncidents = new ArrayList<>(RECORDS);
    PlainCodec.readLines(lines, plainIncidents::add);
    ByteArrayOutputStream plainOut = new ByteArrayOutputStream(lines.length);
    PlainCodec.writeLines(plainIncidents, plainOut);
    byte[] plainLines = plainOut.toByteArray();
    if (!Arrays.equals(lines, plainLines)) {
      int at = Arrays.mismatch(lines, plainLines);
      throw new IllegalStateException(
          "The baseline writes other bytes than Sitrep, first at byte "
              + at
              + ": Sitrep '"
              + excerpt(lines, at)
              + "', baseline '"
              + excerpt(plainLines, at)
              + "'");
    }

    checkTheLadderAgrees();

    List<SitrepRecord> readBack = new ArrayList<>(RECORDS);
    try (RecordReader reader = json.openRecords(new ByteArrayInputStream(lines))) {
      while (reader.hasNext()) {
        readBack.add(reader.next());
      }
    }
    if (!readBack.equals(incidents)) {
      throw new IllegalStateException("Sitrep does not read back the incidents it wrote");
    }
    out = new ByteArrayOutputStream(lines.length + 1024);
    System.out.printf(
        "%n%,d incidents, %,d bytes of JSON Lines, %.1f bytes per record%n",
        RECORDS, lines.length, (double) lines.length / RECORDS);
  }

  /** Every rung reads the incidents databind reads, and every writer's output reads back so. */
  private void checkTheLadderAgrees() throws IOException {
    int records = CeilingCodec.scanTokens(lines, token -> {});
    if (records != RECORDS) {
      throw new IllegalStateException("The token scan sees " + records + " records");
    }
    if (CeilingCodec.scanValues(lines, value -> {}) < RECORDS) {
      throw new IllegalStateException("The value scan sees fewer values than records");
    }
    List<PlainIncident> dsl = new ArrayList<>(RECORDS);
    DslJsonCodec.readLines(lines, dsl::add);
    agree("DSL-JSON reads", dsl);
    List<PlainIncident> jr = new ArrayList<>(RECORDS);
    JacksonJrCodec.readLines(lines, jr::add);
    agree("jackson-jr reads", jr);

    ByteArrayOutputStream written = new ByteArrayOutputStream(lines.length);
    CeilingCodec.writeLines(plainIncidents, written);
    if (!Arrays.equals(lines, written.toByteArray())) {
      int at = Arrays.mismatch(lines, written.toByteArray());
      throw new IllegalStateException(
          "The hand-written generator writes other bytes than Sitrep, first at byte "
              + at
              + ": Sitrep '"
              + excerpt(lines, at)
              + "', hand-written '"
              + excerpt(written.toByteArray(), at)
              + "'");
    }
    written.reset();
    DslJsonCodec.writeLines(plainIncidents, written);
    agree("DSL-JSON writes", readBaseline(written.toByteArray()));
    written.reset();
    JacksonJrCodec.writeLines(plainIncidents, written);
    agree("jackson-jr writes", readBaseline(written.toByteArray()));
  }

  private void agree(String what, List<PlainIncident> incidents) {
    if (!incidents.equals(plainIncidents)) {
      int at = 0;
      while (at < Math.min(incidents.size(), plainIncidents.size())
          && incidents.get(at).equals(plainIncidents.get(at))) {
        at++;
      }
      throw new IllegalStateException(
          what
              + " other incidents than databind, first at record "
              + at
              + ": "
              + (at < incidents.size() ? incidents.get(at) : "none")
              + " instead of "
              + (at < plainIncidents.size() ? plainIncidents.get(at) : "none"));
    }
  }

  private static List<PlainIncident> readBaseline(byte[] bytes) throws IOException {
    List<PlainIncident> incidents = new ArrayList<>(RECORDS);
    PlainCodec.readLines(bytes, incidents::add);
    return incidents;
  }

  /** The ceiling: jackson-core walks every token, binding nothing. */
  @Benchmark
  public int readTokenScan(Blackhole sink) throws IOException {
    return CeilingCodec.scanTokens(lines, sink::consume);
  }

  /** The ceiling with a {@code String} made of every value. */
  @Benchmark
  public int readTokenValues(Blackhole sink) throws IOException {
    return CeilingCodec.scanValues(lines, sink::consume);
  }

  /** DSL-JSON reads every line into a {@link PlainIncident}. */
  @Benchmark
  public void readDslJson(Blackhole sink) throws IOException {
    DslJsonCodec.readLines(lines, sink::consume);
  }

  /** jackson-jr reads every line into a {@link PlainIncident}. */
  @Benchmark
  public void readJacksonJr(Blackhole sink) throws IOException {
    JacksonJrCodec.readLines(lines, sink::consume);
  }

  /** A hand-written jackson-core generator writes every plain incident as a line. */
  @Benchmark
  public int writeHandWritten() throws IOException {
    out.reset();
    CeilingCodec.writeLines(plainIncidents, out);
    return out.size();
  }

  /** DSL-JSON writes every plain incident as a line. */
  @Benchmark
  public int writeDslJson() throws IOException {
    out.reset();
    DslJsonCodec.writeLines(plainIncidents, out);
    return out.size();
  }

  /** jackson-jr writes every plain incident as a line. */
  @Benchmark
  public int writeJacksonJr() throws IOException {
    out.reset();
    JacksonJrCodec.writeLines(plainIncidents, out);
    return out.size();
  }

  /** Sitrep's codec reads every line into an {@link Incident}. */
  @Benchmark
  public void readSitrep(Blackhole sink) throws IOException {
    try (RecordReader reader = json.openRecords(new ByteArrayInputStream(lines))) {
      while (reader.hasNext()) {
        sink.consume(reader.next());
      }
    }
  }

  /** Jackson databind reads every line into a {@link PlainIncident}. */
  @Benchmark
  public void readBaseline(Blackhole sink) throws IOException {
    PlainCodec.readLines(lines, sink::consume);
  }

  /** Sitrep's codec writes every incident as a line. */
  @Benchmark
  public int writeSitrep() throws IOException {
    out.reset();
    try (RecordWriter writer = json.newRecordWriter(out)) {
      for (Incident incident : incidents) {
        writer.write(incident);
      }
    }
    return out.size();
  }

  /** Jackson databind writes every plain incident as a line. */
  @Benchmark
  public int writeBaseline() throws IOException {
    out.reset();
    PlainCodec.writeLines(plainIncidents, out);
    return out.size();
  }

  private static String excerpt(byte[] bytes, int at) {
    int from = Math.max(0, at - 40);
    int to = Math.min(bytes.length, at + 40);
    return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
  }
}
