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
import org.sitrep.bench.baseline.PlainCodec;
import org.sitrep.bench.baseline.PlainIncident;
import org.sitrep.core.Incident;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.RecordReader;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;

/**
 * Reads and writes {@value #RECORDS} synthetic incidents as JSON Lines held in memory, with
 * Sitrep's codec and with the baseline, plain Jackson databind on plain Java records ({@link
 * PlainCodec}). Both sides read the same bytes and write the same bytes: the setup checks that the
 * baseline's output equals Sitrep's byte for byte. Scores are per record: records per second, and
 * with {@code -prof gc} bytes allocated per record ({@code gc.alloc.rate.norm}).
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
