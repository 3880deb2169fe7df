package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.SitrepRecord;
import org.sitrep.validation.Finding;
import org.sitrep.validation.RecordRule;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Severity;
import org.sitrep.validation.StreamingValidation;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * JSON Lines read by several threads give exactly what one thread gives: the same records, the same
 * warnings at the same calls, the same exceptions (problem, line, column, pointer, message) at the
 * same places, the same header, and the same validation report; on generated files of good and bad
 * lines, with chunks so small that their ends fall everywhere, and lines longer than a chunk.
 */
class ParallelReadingTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([a-z]+):([^\"]+)\"");
  private static final String HEADER =
      "{\"sitrep\":\"1.0\",\"title\":\"Generated\",\"asOf\":\"2024-12-31\"}";
  private static final int[] CHUNK_SIZES = {1, 2, 7, 64, 333, 1000, 4096, 1 << 20};

  private static final List<String> GOOD =
      Resources.text("contract/records.jsonl").lines().filter(line -> !line.isBlank()).toList();

  // ---------------------------------------------------------------- generated files

  /** A line of a good record, with an id of its own. */
  private static String good(Random random, int n) {
    String line = GOOD.get(random.nextInt(GOOD.size()));
    Matcher id = ID.matcher(line);
    return id.find()
        ? line.substring(0, id.start())
            + "\"id\":\""
            + id.group(1)
            + ":"
            + id.group(2)
            + "-"
            + n
            + "\""
            + line.substring(id.end())
        : line;
  }

  /** Lines of every kind, good and bad, with CRLF, blank lines, a header and a BOM now and then. */
  private static byte[] generate(Random random, int lines) {
    return generate(random, lines, true);
  }

  /**
   * Lines as {@link #generate(Random, int)} makes them, with headers where they are refused (after
   * the first line, or of an unknown version) only when {@code badHeaders}.
   */
  private static byte[] generate(Random random, int lines, boolean badHeaders) {
    StringBuilder out = new StringBuilder();
    if (random.nextInt(8) == 0) {
      out.append('\uFEFF');
    }
    for (int blanks = random.nextInt(6) == 0 ? random.nextInt(4) : 0; blanks > 0; blanks--) {
      out.append(random.nextBoolean() ? "" : " \t").append('\n');
    }
    if (random.nextInt(3) == 0) {
      out.append(
          badHeaders && random.nextInt(6) == 0 ? "{\"sitrep\":\"2.0\",\"title\":\"Bad\"}" : HEADER);
      out.append('\n');
    }
    for (int n = 0; n < lines; n++) {
      String good = good(random, n);
      int kind = random.nextInt(100);
      String line;
      if (kind < 50) {
        line = good;
      } else if (kind < 56) {
        line =
            random.nextBoolean()
                ? "{\"colour\":\"red\"," + good.substring(1)
                : good.substring(0, good.length() - 1) + ",\"zz\":[1,{\"a\":2}]}";
      } else if (kind < 61) {
        line = good.substring(0, 1 + random.nextInt(good.length() - 1));
      } else if (kind < 64) {
        line =
            List.of("[1,2]", "\"text\"", "42", "null", "[{\"sitrep\":\"1.0\"}]")
                .get(random.nextInt(5));
      } else if (kind < 67) {
        line = good + (random.nextBoolean() ? " " : "") + good(random, n + 1_000_000);
      } else if (kind < 74) {
        line = List.of("", " ", "\t\r", "   ").get(random.nextInt(4));
      } else if (kind < 76 && badHeaders) {
        line = random.nextBoolean() ? HEADER : "{ \"sitrep\" : \"1.0\" }";
      } else if (kind < 79) {
        line = good.replaceFirst("\"id\":\"[a-z]+:", "\"id\":\"actr:");
      } else if (kind < 82) {
        line = good.replace("\"name\":", "\"nome\":");
      } else if (kind < 85) {
        line = "{\"name\":\"twice\"," + good.substring(1);
      } else if (kind < 90) {
        line =
            good.substring(0, good.length() - 1)
                + ",\"x_pad\":\"Ünïcødé ✓ "
                + "p".repeat(200 + random.nextInt(2500))
                + "\"}";
      } else if (kind < 93) {
        line = "not json at all, line " + n;
      } else if (kind < 96) {
        line =
            List.of("{}", "{\"type\":\"actor\"}", "{\"type\":\"ufo\",\"id\":\"ufo:x\"}")
                .get(random.nextInt(3));
      } else {
        line = good.replace("\"name\":\"", "\"name\":\"Ünïcødé ✓ ");
      }
      out.append(line).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
    }
    if (random.nextInt(4) == 0 && out.length() > 0) {
      out.setLength(out.length() - 1);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static SitrepJson.Builder configuration(Random random) {
    SitrepJson.Builder builder =
        random.nextBoolean() ? SitrepJson.builder().lenient() : SitrepJson.builder();
    if (random.nextBoolean()) {
      builder.detectDuplicates();
    }
    if (random.nextBoolean()) {
      builder.maxLineLength(600 + random.nextInt(1500));
    }
    return builder;
  }

  // ---------------------------------------------------------------- what a reader gives

  /**
   * Everything a reader gives, call by call: records, the warnings each call added, exceptions
   * (problem, message, cause), the header when asked for now and then, and the end.
   */
  private static List<Object> transcript(RecordReader reader, long seed) {
    List<Object> log = new ArrayList<>();
    Random random = new Random(seed);
    int seen = 0;
    try (reader) {
      for (int step = 0; step < 100_000; step++) {
        try {
          if (random.nextInt(8) == 0) {
            log.add("header " + reader.documentTitle() + " " + reader.documentAsOf());
          }
          boolean more = reader.hasNext();
          seen = newWarnings(reader, seen, log);
          if (!more) {
            log.add("end");
            break;
          }
          log.add(reader.next());
        } catch (SitrepReadException e) {
          seen = newWarnings(reader, seen, log);
          log.add(thrown(e));
        } catch (UncheckedIOException e) {
          seen = newWarnings(reader, seen, log);
          log.add("input failed: " + e.getCause().getMessage());
          break;
        }
      }
      log.add(List.copyOf(reader.warnings()));
    }
    return log;
  }

  private static int newWarnings(RecordReader reader, int seen, List<Object> log) {
    List<ReadProblem> warnings = reader.warnings();
    log.add("warnings " + List.copyOf(warnings.subList(seen, warnings.size())));
    return warnings.size();
  }

  private static List<Object> thrown(SitrepReadException e) {
    // Jackson describes the source of its exception when asked for its message, from the buffer
    // that the reader has reused since: only its own message is compared
    Throwable cause = e.getCause();
    String causeMessage =
        cause instanceof JsonProcessingException jackson
            ? jackson.getOriginalMessage()
            : cause == null ? "no cause" : cause.getMessage();
    return List.of(
        e.problem(),
        String.valueOf(e.getMessage()),
        (cause == null ? "" : cause.getClass().getName() + ": ") + causeMessage);
  }

  /** Fails at the first difference, showing it and what came before. */
  private static void assertSame(List<Object> actual, List<Object> expected, String what) {
    for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
      Object got = i < actual.size() ? actual.get(i) : "nothing";
      Object wanted = i < expected.size() ? expected.get(i) : "nothing";
      assertThat(got)
          .as("%s: item %d, after %s", what, i, expected.subList(Math.max(0, i - 3), i))
          .isEqualTo(wanted);
    }
  }

  private static RecordReader open(SitrepJson json, byte[] bytes) {
    return json.openRecords(new ByteArrayInputStream(bytes));
  }

  /**
   * A reader of {@code threads} threads in chunks of {@code chunk} bytes, chunked even with one
   * thread (the caller then decodes every chunk itself, as it does whenever its next chunk is not
   * decoded yet); the builder is left reading with one thread without chunks.
   */
  private static SitrepJson chunked(SitrepJson.Builder builder, int threads, int chunk) {
    SitrepJson json = builder.readThreads(threads).readChunkSize(chunk).chunked(true).build();
    builder.readThreads(1).chunked(false);
    return json;
  }

  // ---------------------------------------------------------------- tests

  @Test
  void generatedFilesReadTheSameWithThreadsAsWithOne() {
    Random random = new Random(15);
    int compared = 0;
    for (int file = 0; file < 300; file++) {
      byte[] bytes = generate(random, random.nextInt(80));
      SitrepJson.Builder builder = configuration(random);
      SitrepJson one = builder.readThreads(1).build();
      SitrepJson many =
          builder
              .readThreads(2 + random.nextInt(3))
              .readChunkSize(CHUNK_SIZES[random.nextInt(CHUNK_SIZES.length)])
              .build();
      long seed = random.nextLong();
      List<Object> expected = transcript(open(one, bytes), seed);
      List<Object> actual = transcript(open(many, bytes), seed);
      assertThat(actual)
          .as(
              "file %d (%s threads, strict %s):%n%s",
              file, many.readThreads(), many.isStrict(), new String(bytes, StandardCharsets.UTF_8))
          .isEqualTo(expected);
      compared += expected.size();
    }
    assertThat(compared).isGreaterThan(10_000);
  }

  @Test
  void everyChunkSizeReadsTheSame() {
    Random random = new Random(1515);
    byte[] bytes = generate(random, 200);
    for (boolean strict : new boolean[] {true, false}) {
      SitrepJson.Builder builder =
          (strict ? SitrepJson.builder() : SitrepJson.builder().lenient()).maxLineLength(1200);
      List<Object> expected = transcript(open(builder.build(), bytes), 7);
      for (int chunk = 1; chunk <= 700; chunk += 1 + chunk / 8) {
        for (int threads = 1; threads <= 2; threads++) {
          SitrepJson many = chunked(builder, threads, chunk);
          assertSame(
              transcript(open(many, bytes), 7), expected, threads + " threads, chunks of " + chunk);
        }
      }
    }
  }

  @Test
  void theEdgesReadTheSame() {
    List<String> inputs =
        List.of(
            "",
            "\n",
            "\n\n  \n",
            "\uFEFF",
            "\uFEFF" + HEADER + "\n",
            "\uFEFF" + HEADER,
            HEADER,
            "\n \n" + HEADER + "\n" + GOOD.get(0),
            GOOD.get(0) + "\n" + HEADER + "\n",
            "x".repeat(5000) + "\n" + HEADER + "\n" + GOOD.get(1),
            "\n".repeat(50) + HEADER + "\r\n" + GOOD.get(2) + "\r\n",
            GOOD.get(0) + "\r\n" + GOOD.get(1) + "\r",
            "{\"sitrep\":\"1.0\",\"records\":[]}\n" + GOOD.get(0),
            "{\"sitrep\":\"1.0\",\"title\":\"T\",\"oops\":1}\n" + GOOD.get(0),
            GOOD.get(0) + "\n" + "y".repeat(3000),
            GOOD.get(0) + "\n" + "y".repeat(3000) + "\n" + GOOD.get(1));
    for (String input : inputs) {
      byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
      for (SitrepJson.Builder builder :
          List.of(
              SitrepJson.builder().maxLineLength(1000),
              SitrepJson.builder().lenient().maxLineLength(1000),
              SitrepJson.builder().lenient())) {
        for (long seed = 0; seed < 4; seed++) {
          List<Object> expected = transcript(open(builder.readThreads(1).build(), bytes), seed);
          for (int chunk : new int[] {1, 3, 16, 999, 1001, 4096}) {
            for (int threads = 1; threads <= 2; threads++) {
              SitrepJson many = chunked(builder, threads, chunk);
              assertSame(
                  transcript(open(many, bytes), seed),
                  expected,
                  input + " in chunks of " + chunk + ", " + threads + " threads");
            }
          }
        }
      }
    }
  }

  @Test
  void validationReportsAreTheSame() {
    Random random = new Random(2024);
    int reports = 0;
    for (int file = 0; file < 60; file++) {
      byte[] bytes = generate(random, 20 + random.nextInt(150), file % 10 == 0);
      SitrepJson.Builder builder = SitrepJson.builder().lenient();
      if (random.nextBoolean()) {
        builder.detectDuplicates();
      }
      List<Object> expected = validate(builder.readThreads(1).build(), bytes);
      int chunk = 1 + random.nextInt(3000);
      for (int threads = 1; threads <= 2; threads++) {
        List<Object> actual = validate(chunked(builder, threads, chunk), bytes);
        assertThat(actual).as("%d threads", threads).isEqualTo(expected);
      }
      reports += expected.get(0) instanceof ValidationReport ? 1 : 0;
    }
    assertThat(reports).isGreaterThan(30);
  }

  /** The report and its text, or what refused the file (a bad header). */
  private static List<Object> validate(SitrepJson json, byte[] bytes) {
    try (RecordReader reader = open(json, bytes)) {
      ValidationReport report =
          ReadValidation.validate(
              reader, Validator.defaults().startStream(LocalDate.of(2024, 12, 31)));
      return List.of(report, report.toText());
    } catch (SitrepReadException e) {
      return thrown(e);
    }
  }

  /**
   * The result of {@code prepareEach}'s work travels with its record, whatever thread decoded it:
   * asked for before the first record, after the header was read ahead, or after some records; what
   * the work throws on a record is thrown by the result of that record only.
   */
  @Test
  void preparedResultsTravelWithTheirRecords() {
    Random random = new Random(77);
    int checked = 0;
    for (int file = 0; file < 60; file++) {
      byte[] bytes = generate(random, random.nextInt(200), false);
      SitrepJson.Builder builder = SitrepJson.builder().lenient();
      SitrepJson json =
          builder
              .readThreads(1 + random.nextInt(3))
              .readChunkSize(CHUNK_SIZES[random.nextInt(CHUNK_SIZES.length)])
              .build();
      int askAfter = random.nextInt(3) == 0 ? random.nextInt(10) : 0;
      try (RecordReader reader = open(json, bytes)) {
        if (random.nextBoolean()) {
          reader.documentAsOf(); // reads a record ahead, before the work is asked for
        }
        java.util.function.Supplier<String> prepared = null;
        for (int n = 0; reader.hasNext(); n++) {
          if (n == askAfter) {
            prepared =
                reader.prepareEach(
                    record -> {
                      if (record.id().toString().endsWith("7")) {
                        throw new IllegalArgumentException("sevens " + record.id());
                      }
                      return record.id() + " " + record.name();
                    });
          }
          SitrepRecord record = reader.next();
          if (prepared != null) {
            java.util.function.Supplier<String> result = prepared;
            if (record.id().toString().endsWith("7")) {
              assertThatThrownBy(result::get).hasMessage("sevens " + record.id());
            } else {
              assertThat(result.get()).isEqualTo(record.id() + " " + record.name());
            }
            checked++;
          }
        }
        if (prepared == null) {
          java.util.function.Supplier<Object> nothing = reader.prepareEach(record -> null);
          if (reader.hasNext()) {
            reader.next();
            assertThatThrownBy(nothing::get)
                .isInstanceOf(NullPointerException.class)
                .hasMessage("the work returned null");
          }
        }
        assertThatThrownBy(() -> reader.prepareEach(record -> 2))
            .isInstanceOf(IllegalStateException.class);
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  /**
   * A file whose records break record rules (inverted periods, negative casualties, days after the
   * asOf day, unknown currencies and countries, claims without a claimant), share ids, point to
   * records before and after them and to none, among lines that cannot be read and lines with an
   * unknown property.
   */
  private static byte[] findingsGalore(Random random, int lines) {
    StringBuilder out = new StringBuilder();
    for (int n = 0; n < lines; n++) {
      String actor = "actor:a-" + random.nextInt(lines / 3 + 1);
      String line =
          switch (random.nextInt(12)) {
            case 0, 1 ->
                "{\"type\":\"actor\",\"id\":\""
                    + actor
                    + "\",\"name\":\"A\",\"kind\":\"armed-group\""
                    + (random.nextBoolean() ? ",\"country\":\"XX\"" : "")
                    + "}";
            case 2, 3, 4 ->
                "{\"type\":\"incident\",\"id\":\"incident:i-"
                    + random.nextInt(lines)
                    + "\",\"name\":\"I\",\"category\":\"battles\",\"date\":\""
                    + List.of(
                            "2024-10-06",
                            "2025-06-01",
                            "2024-05-01/2024-01-01",
                            "2024-05~/2024-04~")
                        .get(random.nextInt(4))
                    + "\",\"perpetrators\":[{\"actor\":\""
                    + actor
                    + "\",\"certainty\":\"confirmed\"}],\"casualties\":{\"killed\":{\"best\":"
                    + (random.nextInt(5) - 2)
                    + "}}"
                    + (random.nextBoolean() ? ",\"claimStatus\":\"claimed\"" : "")
                    + (random.nextBoolean() ? ",\"sources\":[{\"publisher\":\"Dawn\"}]" : "")
                    + "}";
            case 5 ->
                "{\"type\":\"investment\",\"id\":\"investment:v-"
                    + n
                    + "\",\"name\":\"V\",\"kind\":\"programme\",\"value\":{\"amount\":5,"
                    + "\"currency\":\""
                    + (random.nextBoolean() ? "USD" : "XYZ")
                    + "\"}}";
            case 6 ->
                "{\"type\":\"exercise\",\"id\":\"exercise:e-"
                    + n
                    + "\",\"name\":\"E\",\"kind\":\"counter-terrorism\",\"period\":\"2024-12-15/2024-11-21\"}";
            case 7 ->
                "{\"type\":\"statement\",\"id\":\"statement:s-"
                    + n
                    + "\",\"name\":\"S\",\"kind\":\"statement\",\"speaker\":\""
                    + actor
                    + "\",\"date\":\"2026-01-01\",\"colour\":\"red\"}";
            case 8 -> "{\"type\":\"incident\",\"id\":\"incident:broken-" + n;
            case 9 -> "{\"type\":\"actor\",\"id\":\"" + actor + "\",\"kind\":\"armed-group\"}";
            case 10 -> "";
            default -> GOOD.get(random.nextInt(GOOD.size()));
          };
      out.append(line).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The checks that need a record alone run on the decoding threads ({@code
   * StreamingValidation.check} through {@code RecordReader.prepareEach}); the rest, in order. The
   * report is the one a session that checks each record whole on the consumer's thread gives,
   * finding by finding, for every thread count and chunk size, your own record rules (which see the
   * index) included.
   */
  @Test
  void checksOnTheDecodingThreadsGiveTheSameFindings() {
    RecordRule ownRule =
        RecordRule.of(
            new RuleDescriptor("acme.seen-before", Severity.INFO, "an actor's id seen before"),
            context -> {
              if (context.record() instanceof org.sitrep.core.Actor
                  && context.index().position(context.record().id()).orElseThrow()
                      != context.position()) {
                context.report("", "seen before");
              }
            });
    Validator validator = Validator.builder().addRule(ownRule).build();
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    Random random = new Random(315);
    for (int file = 0; file < 12; file++) {
      byte[] bytes = findingsGalore(random, 50 + random.nextInt(400));
      SitrepJson.Builder builder = SitrepJson.builder().lenient();
      ValidationReport whole;
      try (RecordReader reader = open(builder.readThreads(1).build(), bytes)) {
        whole = ReadValidation.validate(reader, wholeRecords(validator.startStream(asOf)));
      }
      assertThat(whole.findings())
          .extracting(Finding::code)
          .contains(
              "read.unknown-property",
              "read.syntax",
              "read.missing-property",
              "id.duplicate",
              "ref.unresolved",
              "period.inverted",
              "date.after-as-of",
              "casualties.negative",
              "claim.inconsistent",
              "money.currency",
              "place.country",
              "acme.seen-before");
      for (int threads = 1; threads <= 3; threads++) {
        for (int chunk : new int[] {1, 7, 64, 333, 4096}) {
          try (RecordReader reader =
              open(builder.readThreads(threads).readChunkSize(chunk).build(), bytes)) {
            ValidationReport split = ReadValidation.validate(reader, validator.startStream(asOf));
            assertThat(split.findings())
                .as("file %d, %d threads, chunks of %d", file, threads, chunk)
                .containsExactlyElementsOf(whole.findings());
            assertThat(split.toText()).isEqualTo(whole.toText());
          }
        }
      }
    }
  }

  /** A session that checks every record whole in {@code accept}: nothing is checked ahead. */
  private static StreamingValidation wholeRecords(StreamingValidation session) {
    return new StreamingValidation() {
      @Override
      public void accept(SitrepRecord record) {
        session.accept(record);
      }

      @Override
      public void skip(org.sitrep.core.@Nullable Id<?> id) {
        session.skip(id);
      }

      @Override
      public int count() {
        return session.count();
      }

      @Override
      public ValidationReport finish() {
        return session.finish();
      }
    };
  }

  @Test
  void filesReadTheSameThroughEveryEntryPoint(@TempDir Path dir) throws IOException {
    Random random = new Random(99);
    Path file = dir.resolve("generated.jsonl");
    Files.write(file, generate(random, 3000));
    SitrepJson.Builder builder = SitrepJson.builder().lenient();
    List<Object> expected = transcript(builder.build().openRecords(file), 3);
    SitrepJson many = builder.readThreads(2).readChunkSize(10_000).build();
    assertThat(transcript(many.openRecords(file), 3)).isEqualTo(expected);
    try (RecordReader reader = many.open(file)) {
      assertThat(reader.format()).isEqualTo(SitrepJson.Format.JSON_LINES);
      assertThat(transcript(reader, 3)).isEqualTo(expected);
    }
    assertThat(transcript(many.open(Files.newInputStream(file)), 3)).isEqualTo(expected);
    assertThat(transcript(many.openRecords(Files.readString(file)), 3)).isEqualTo(expected);
  }

  @Test
  void aFailingInputFailsAfterTheRecordsBeforeIt() {
    Random random = new Random(7);
    byte[] bytes = generate(random, 400);
    for (int failAt : new int[] {0, 1, 100, 5000, bytes.length / 2, bytes.length - 1}) {
      for (SitrepJson.Builder builder :
          List.of(SitrepJson.builder().lenient(), SitrepJson.builder())) {
        List<Object> expected =
            transcript(builder.readThreads(1).build().openRecords(failing(bytes, failAt)), 1);
        assertThat(expected.toString()).contains("input failed: broken at " + failAt);
        for (int chunk : new int[] {1, 50, 4096}) {
          for (int threads : new int[] {1, 3}) {
            SitrepJson many = chunked(builder, threads, chunk);
            assertSame(
                transcript(many.openRecords(failing(bytes, failAt)), 1),
                expected,
                "failing at " + failAt + ", chunks of " + chunk + ", " + threads + " threads");
          }
        }
      }
    }
  }

  /** The bytes up to {@code failAt}, then an IOException at every read. */
  private static InputStream failing(byte[] bytes, int failAt) {
    return new InputStream() {
      private int position;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (position >= failAt) {
          throw new IOException("broken at " + failAt);
        }
        int count = Math.min(Math.min(length, failAt - position), 777);
        System.arraycopy(bytes, position, buffer, offset, count);
        position += count;
        return count;
      }
    };
  }

  @Test
  void closingEarlyStopsTheThreads() {
    StringBuilder lines = new StringBuilder();
    Random random = new Random(5);
    for (int n = 0; n < 5000; n++) {
      lines.append(good(random, n)).append('\n');
    }
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    SitrepJson json = SitrepJson.builder().readThreads(3).readChunkSize(512).build();

    // closed after a few records, while the threads are ahead of the consumer
    RecordReader reader = open(json, bytes);
    for (int n = 0; n < 5; n++) {
      reader.next();
    }
    List<Thread> running = readerThreads();
    // the consumer is the third
    assertThat(running).hasSize(2);
    reader.close();
    assertThat(running).noneMatch(Thread::isAlive);

    // closed after a strict reader's exception
    byte[] bad = (lines.substring(0, 3000) + "\n{oops\n" + lines).getBytes(StandardCharsets.UTF_8);
    RecordReader failed = open(json, bad);
    assertThatThrownBy(() -> failed.forEachRemaining(record -> {}))
        .isInstanceOf(SitrepReadException.class);
    running = readerThreads();
    failed.close();
    assertThat(running).noneMatch(Thread::isAlive);

    // closed before reading: no thread was started
    open(json, bytes).close();
    assertThat(readerThreads()).isEmpty();

    // read to the end: the threads end by themselves, and closing waits for them
    RecordReader whole = open(json, bytes);
    List<SitrepRecord> all = new ArrayList<>();
    whole.forEachRemaining(all::add);
    assertThat(all).hasSize(5000);
    whole.close();
    assertThat(readerThreads()).isEmpty();
  }

  private static List<Thread> readerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("sitrep-read-") && thread.isAlive())
        .toList();
  }

  @Test
  void aClosedReaderReadsNoMore() {
    RecordReader reader =
        open(
            SitrepJson.builder().readThreads(2).build(),
            (GOOD.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
    reader.close();
    assertThatThrownBy(reader::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void theThreadsAreConfigured() {
    assertThat(SitrepJson.strict().readThreads()).isEqualTo(1);
    assertThat(SitrepJson.builder().readThreads(4).build().readThreads()).isEqualTo(4);
    assertThatThrownBy(() -> SitrepJson.builder().readThreads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("readThreads must be positive, was 0");
  }
}
