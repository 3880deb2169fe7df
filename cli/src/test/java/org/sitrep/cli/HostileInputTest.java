package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.RecordReader;
import org.sitrep.io.SitrepJson;
import org.sitrep.io.SitrepReadException;

/**
 * The project's hostile-input suite for the reader and the command-line tool: truncated, deeply
 * nested, huge strings, numbers and lines, invalid UTF-8 and lone surrogates, duplicate keys, wrong
 * JSON types, values out of range, binary, empty and white-space files, a document where JSON Lines
 * are expected and the reverse.
 *
 * <p>Each case is read by io's strict reader (duplicate detection on) and validated by {@code
 * sitrep validate}: the reader throws one {@link SitrepReadException} with a one-line message, the
 * tool exits 2 with a short error on stderr and no stack trace, and both finish within a few
 * seconds. This class runs in a JVM of its own with {@code -Xmx256m} (see the cli pom), so a case
 * that buffers a huge value fails with an OutOfMemoryError.
 */
class HostileInputTest {

  /** Per case and per reader or tool run. */
  private static final long SECONDS = 5;

  private static final String HEAD =
      "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":[";
  private static final String ACTOR =
      "{\"type\":\"actor\",\"id\":\"actor:a\",\"name\":\"A\",\"kind\":\"state\"";

  /** A hostile file: its name (the extension says what the tool expects) and its bytes. */
  record Case(String name, String file, Content content, String code, String from, boolean tool) {
    Case(String name, String file, Content content, String code) {
      this(name, file, content, code, null, true);
    }

    /** For the reader only: the tool does not ask for duplicate detection (see below). */
    Case readerOnly() {
      return new Case(name, file, content, code, from, false);
    }

    /** The tool is told the format with {@code --from}, as the reader is by the method called. */
    Case from(String format) {
      return new Case(name, file, content, code, format, tool);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  static Content text(String text) {
    return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  static Content bytes(byte[] bytes) {
    return out -> out.write(bytes);
  }

  static byte[] concat(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(middle);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** {@code count} times {@code unit}, streamed: nothing that size is held in memory. */
  static Content repeated(String before, String unit, long count, String after) {
    return out -> {
      out.write(before.getBytes(StandardCharsets.UTF_8));
      byte[] chunk =
          unit.repeat(Math.max(1, 65_536 / unit.length())).getBytes(StandardCharsets.UTF_8);
      long perChunk = Math.max(1, 65_536 / unit.length());
      long left = count;
      while (left >= perChunk) {
        out.write(chunk);
        left -= perChunk;
      }
      out.write(unit.repeat((int) left).getBytes(StandardCharsets.UTF_8));
      out.write(after.getBytes(StandardCharsets.UTF_8));
    };
  }

  static Stream<Case> cases() {
    String valid = HEAD + ACTOR + "}]}\n";
    return Stream.of(
        new Case("empty document", "empty.json", text(""), null),
        new Case("white space only", "blank.json", text(" \n\t\r\n  "), null),
        new Case(
            "truncated document",
            "truncated.json",
            text(valid.substring(0, valid.length() / 2)),
            null),
        new Case(
            "truncated in a string",
            "truncated-string.json",
            text(HEAD + ACTOR.substring(0, 40)),
            null),
        new Case(
            "truncated last line",
            "truncated.jsonl",
            text(ACTOR + "}\n" + ACTOR.substring(0, 30)),
            null),
        new Case(
            "deeply nested extension",
            "deep.json",
            repeated(HEAD + ACTOR + ",\"x_deep\":", "[", 100_000, ""),
            ReadProblem.LIMIT_EXCEEDED),
        new Case(
            "deeply nested top level", "deep-top.json", repeated("", "[", 1_000_000, ""), null),
        new Case("deeply nested line", "deep.jsonl", repeated("", "{\"x\":", 200_000, "1"), null),
        new Case(
            "huge string",
            "huge-string.json",
            repeated(
                HEAD + "{\"type\":\"actor\",\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"",
                "a",
                64L << 20,
                "\"}]}"),
            ReadProblem.LIMIT_EXCEEDED),
        new Case(
            "huge property name",
            "huge-name.json",
            repeated(HEAD + ACTOR + ",\"x_", "n", 16L << 20, "\":1}]}"),
            ReadProblem.LIMIT_EXCEEDED),
        new Case(
            "huge number",
            "huge-number.json",
            repeated(HEAD + ACTOR + ",\"confidence\":", "9", 10_000_000, "}]}"),
            ReadProblem.LIMIT_EXCEEDED),
        new Case(
            "huge line",
            "huge-line.jsonl",
            repeated(ACTOR + ",\"description\":\"", "b", 40L << 20, "\"}\n"),
            ReadProblem.LIMIT_EXCEEDED),
        new Case(
            "huge line of white space",
            "huge-blank.jsonl",
            repeated("", " ", 40L << 20, "\n"),
            ReadProblem.LIMIT_EXCEEDED),
        new Case(
            "invalid UTF-8",
            "invalid-utf8.json",
            bytes(
                concat(
                    HEAD + "{\"type\":\"actor\",\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"",
                    new byte[] {(byte) 0xC3, (byte) 0x28},
                    "\"}]}")),
            null),
        new Case(
            "invalid UTF-8 in JSON Lines",
            "invalid-utf8.jsonl",
            bytes(
                concat(
                    "{\"type\":\"actor\",\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"",
                    new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41},
                    "\"}\n")),
            null),
        new Case(
            "UTF-8-encoded surrogate",
            "cesu.json",
            bytes(
                concat(
                    HEAD + "{\"type\":\"actor\",\"id\":\"actor:a\",\"kind\":\"state\",\"name\":\"",
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    "\"}]}")),
            null),
        new Case(
                "duplicate key",
                "duplicate.json",
                text(HEAD + ACTOR + ",\"name\":\"B\"}]}"),
                ReadProblem.DUPLICATE_PROPERTY)
            .readerOnly(),
        new Case(
                "duplicate document key",
                "duplicate-title.json",
                text(
                    "{\"sitrep\":\"1.0\",\"title\":\"t\",\"title\":\"u\",\"asOf\":\"2024-11-20\",\"records\":[]}"),
                ReadProblem.DUPLICATE_PROPERTY)
            .readerOnly(),
        new Case(
            "records not an array",
            "records-object.json",
            text("{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":{}}"),
            ReadProblem.WRONG_JSON_TYPE),
        new Case(
            "confidence a string",
            "confidence-string.json",
            text(HEAD + ACTOR + ",\"confidence\":\"high\"}]}"),
            ReadProblem.WRONG_JSON_TYPE),
        new Case(
            "asOf a number",
            "as-of-number.json",
            text("{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":20241120,\"records\":[]}"),
            ReadProblem.WRONG_JSON_TYPE),
        new Case(
            "a line that is an array",
            "array.jsonl",
            text("[1,2,3]\n"),
            ReadProblem.WRONG_JSON_TYPE),
        new Case(
            "a top-level string", "string.json", text("\"sitrep\""), ReadProblem.WRONG_JSON_TYPE),
        new Case(
            "confidence out of range",
            "confidence-101.json",
            text(HEAD + ACTOR + ",\"confidence\":101}]}"),
            ReadProblem.MALFORMED_VALUE),
        new Case(
            "confidence beyond int",
            "confidence-long.json",
            text(HEAD + ACTOR + ",\"confidence\":2147483648}]}"),
            null),
        new Case(
            "estimate beyond int",
            "estimate-long.json",
            text(
                HEAD
                    + "{\"type\":\"incident\",\"id\":\"incident:i\",\"name\":\"I\",\"category\":\"battles\","
                    + "\"casualties\":{\"killed\":{\"best\":99999999999}}}]}"),
            null),
        new Case(
            "fraction where an integer goes",
            "confidence-fraction.json",
            text(HEAD + ACTOR + ",\"confidence\":50.5}]}"),
            null),
        new Case(
            "month 13",
            "month-13.json",
            text(
                HEAD
                    + "{\"type\":\"incident\",\"id\":\"incident:i\",\"name\":\"I\",\"category\":\"battles\","
                    + "\"date\":\"2024-13-01\"}]}"),
            ReadProblem.MALFORMED_VALUE),
        new Case("binary", "binary.json", bytes(binary()), null),
        new Case("binary JSON Lines", "binary.jsonl", bytes(binary()), null),
        new Case("NUL bytes", "nul.json", bytes(new byte[4096]), null),
        new Case(
                "JSON Lines where a document is expected",
                "lines.json",
                text(ACTOR + "}\n" + ACTOR.replace("actor:a", "actor:b") + "}\n"),
                null)
            .from("json"),
        new Case(
                "a document where JSON Lines are expected",
                "document.jsonl",
                text(
                    HEAD + "\n" + ACTOR + "},\n" + ACTOR.replace("actor:a", "actor:b") + "}\n]}\n"),
                null)
            .from("jsonl"),
        new Case("trailing garbage after a document", "trailing.json", text(valid + "{}"), null));
  }

  private static byte[] binary() {
    byte[] bytes = new byte[8192];
    new java.util.Random(14).nextBytes(bytes);
    bytes[0] = (byte) 0x89; // a PNG's first bytes
    bytes[1] = 'P';
    bytes[2] = 'N';
    bytes[3] = 'G';
    return bytes;
  }

  @TempDir Path directory;

  @org.junit.jupiter.api.Test
  void runsInAJvmOf256Megabytes() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L << 20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theReaderThrowsOneClearError(Case hostile) throws IOException {
    Path file = write(hostile);
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> read(file));
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    assertThat(thrown)
        .as("what reading %s throws", hostile)
        .isInstanceOf(SitrepReadException.class);
    SitrepReadException error = (SitrepReadException) thrown;
    assertThat(error.getMessage())
        .as("the message")
        .isNotBlank()
        .doesNotContain("\n")
        .hasSizeLessThan(600);
    if (hostile.code() != null) {
      assertThat(error.problem().code()).isEqualTo(hostile.code());
    }
    assertThat(seconds).as("seconds to fail").isLessThan(SECONDS);
  }

  static Stream<Case> toolCases() {
    return cases().filter(Case::tool);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("toolCases")
  void theToolRefusesTheFileOrReportsTheRecordAndNeverShowsAStackTrace(Case hostile)
      throws IOException {
    Path file = write(hostile);
    List<String> args = new ArrayList<>(List.of("validate", "--as-of", "2024-11-20"));
    if (hostile.from() != null) {
      args.addAll(List.of("--from", hostile.from()));
    }
    args.add(file.toString());
    long start = System.nanoTime();
    Run run = Run.of(args.toArray(new String[0]));
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    // one pass: a file that is not a frame of records is refused in one line (2); a record that
    // cannot be read is a read.* finding of the report (1)
    assertThat(run.exitCode()).as("exit code, stderr: %s", run.err()).isIn(1, 2);
    assertThat(run.err())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("Error:");
    if (run.exitCode() == 2) {
      assertThat(run.err()).isNotBlank().contains(file.getFileName().toString());
      assertThat(run.err().strip().lines().count())
          .as("lines on stderr: %s", run.err())
          .isLessThanOrEqualTo(2);
      assertThat(run.err().length()).isLessThan(1000);
    } else {
      assertThat(run.out()).as("the report").containsPattern("error +(read\\.|ref\\.)");
    }
    assertThat(run.out()).doesNotContain("\tat ");
    assertThat(seconds).as("seconds to fail").isLessThan(SECONDS);
  }

  private Path write(Case hostile) throws IOException {
    Path file = directory.resolve(hostile.file());
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      hostile.content().writeTo(out);
    }
    return file;
  }

  /** Reads JSON Lines by their extension, documents otherwise. */
  private static void read(Path file) throws IOException {
    SitrepJson json = SitrepJson.builder().detectDuplicates().build();
    if (file.toString().endsWith(".jsonl")) {
      List<Object> records = new ArrayList<>();
      try (RecordReader reader = json.openRecords(file)) {
        reader.forEachRemaining(records::add);
      }
    } else {
      json.read(file);
    }
  }
}
