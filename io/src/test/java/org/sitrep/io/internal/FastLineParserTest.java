package org.sitrep.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sitrep.core.PropertyNames;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.SitrepReadException;

/**
 * The fast attempt at a JSON Lines line ({@link FastLineParser}) against the exact paths alone
 * ({@link LineSource#withoutFastAttempt()}): on valid records and on lines broken or made odd at
 * random (bytes inserted, deleted or replaced; escapes, non-ASCII and invalid UTF-8, numbers of
 * every shape, duplicate, unknown and extension properties), strict and lenient, with default and
 * with tiny read limits, whole or in short reads (lines crossing the reader's buffer), both read
 * the same records, the same warnings and the same exception (problem, line, column, pointer,
 * record id and message).
 */
class FastLineParserTest {

  private static final List<String> VALID_LINES = validLines();

  /** What is inserted into a line: syntax, escapes, text, numbers, properties. */
  private static final List<String> SNIPPETS =
      List.of(
          "\"",
          "\\",
          "\\\"",
          "\\n",
          "\\u00e9",
          "\\u00E9",
          "\\ud83d\\ude00",
          "\\ud800",
          "\\x",
          "\\u12",
          "é",
          "😀",
          "ह",
          "\u0001",
          "\t",
          " ",
          "\r",
          ",",
          ":",
          "{",
          "}",
          "[",
          "]",
          "0",
          "1",
          "-",
          ".",
          "e",
          "E5",
          "01",
          "-0",
          "1.5",
          "12345678901",
          "0.1234567890123456789",
          "null",
          "true",
          "false",
          "tru",
          "\"x_extra\":{\"a\":[1,2.5e3]},",
          "\"name\":\"again\",",
          "\"type\":\"actor\",",
          "\"unknownProperty\":1,",
          "\"x-extra\":1,",
          "\"kind\":\"city\",",
          "\"confidence\":200,",
          "\"perpetratorsIncluded\":true,",
          "\"description\":\"plain text for a while\",",
          "\"latitude\":12.5,",
          "/* c */",
          "'",
          "\n",
          "}\n{\"type\":\"actor\",\"id\":\"actor:x\",\"name\":\"X\"}");

  @Test
  void theTokenizerNamesEveryPropertyAsItsTextDoes() {
    List<String> texts = new ArrayList<>();
    for (Field field : PropertyNames.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          texts.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    texts.addAll(List.of("x_extra", "unknownProperty", "Type", "types", ""));
    FastLineParser fast = new FastLineParser(StreamReadConstraints.defaults());
    for (String text : texts) {
      PropertyName expected = PropertyName.of(text);
      // every constant of the wire format has one of its own, every other name is OTHER
      assertThat(expected.text())
          .as(text)
          .isEqualTo(texts.indexOf(text) < texts.size() - 5 ? text : null);
      byte[] line = ("{\"" + text + "\":1}").getBytes(StandardCharsets.UTF_8);
      fast.reset(line, 0, line.length);
      fast.nextToken();
      assertThat(fast.nextPropertyName()).as(text).isEqualTo(expected);
      assertThat(fast.currentName()).as(text).isEqualTo(text);
    }
    assertThat(PropertyName.values()).hasSize(texts.size() - 5 + 1);
  }

  @Test
  void everyValidLineIsReadByTheFastAttempt() throws IOException {
    int read = 0;
    for (String line : VALID_LINES) {
      if (line.contains("\"amount\"")) {
        continue; // amounts of money are left to the exact paths
      }
      read++;
      JsonCodec codec = codec(true, true, StreamReadConstraints.defaults());
      LineSource source =
          new LineSource(
              codec,
              new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)),
              codec.newDecoder(new ArrayList<>()));
      FastLineParser fast = new FastLineParser(codec.readLimits());
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      fast.reset(bytes, 0, bytes.length);
      fast.nextToken();
      Decoder decoder = codec.newDecoder(new ArrayList<>());
      decoder.startLine(fast, 0);
      // the fast attempt reads every valid line itself, without giving up
      SitrepRecord record;
      try {
        record = decoder.readRecord(fast);
      } catch (FastLineParser.GiveUp e) {
        throw new AssertionError("the fast attempt gave up on " + line, e);
      }
      assertThat(record).as(line).isEqualTo(source.next());
      assertThat(fast.restIsBlank()).isTrue();
    }
    assertThat(read).isGreaterThan(10);
  }

  @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
  void fastAndExactReadTheSame(@ForAll("streams") Stream stream) {
    assertThat(outcome(stream, true)).isEqualTo(outcome(stream, false));
  }

  /** A stream of a few lines, each valid or changed, and how it is read. */
  static final class Stream {
    private final byte[] bytes;
    private final boolean strict;
    private final boolean detectDuplicates;
    private final boolean tinyLimits;

    /** The line length limit. */
    private final int maxLineLength;

    /** The most bytes a read of the stream returns, so that lines cross the reader's buffer. */
    private final int readSize;

    Stream(
        byte[] bytes,
        boolean strict,
        boolean detectDuplicates,
        boolean tinyLimits,
        int maxLineLength,
        int readSize) {
      this.bytes = bytes.clone();
      this.strict = strict;
      this.detectDuplicates = detectDuplicates;
      this.tinyLimits = tinyLimits;
      this.maxLineLength = maxLineLength;
      this.readSize = readSize;
    }

    InputStream open() {
      return new ByteArrayInputStream(bytes) {
        @Override
        public synchronized int read(byte[] b, int off, int len) {
          return super.read(b, off, Math.min(len, readSize));
        }
      };
    }

    @Override
    public String toString() {
      return (strict ? "strict" : "lenient")
          + (detectDuplicates ? "" : ", duplicates allowed")
          + (tinyLimits ? ", tiny limits" : "")
          + (maxLineLength < 1 << 20 ? ", lines up to " + maxLineLength + " bytes" : "")
          + (readSize < Integer.MAX_VALUE ? ", reads of " + readSize + " bytes" : "")
          + ": "
          + new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /**
   * The short paths the decoder takes ({@link FastLineParser#nextPropertyName()}, {@link
   * FastLineParser#nextPropertyValue()}, {@link FastLineParser#nextElement()}), each asked in any
   * state, valid or not for it, read a line (valid or changed) to the same tokens, values and
   * positions as {@link FastLineParser#nextToken()}, and give up where it gives up.
   */
  @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
  void theShortPathsReadTheTokensNextTokenReads(
      @ForAll("lines") byte[] line, @ForAll long seed, @ForAll boolean tinyLimits) {
    StreamReadConstraints limits = limits(tinyLimits);
    assertThat(tokens(line, limits, new Random(seed)))
        .as(new String(line, StandardCharsets.UTF_8))
        .isEqualTo(tokens(line, limits, null));
  }

  /**
   * The tokens of a line, each with what the decoder asks of it, up to where the tokenizer gives up
   * (after the record at the latest); by {@code nextToken} alone when {@code choice} is null, else
   * by the method it picks for each token.
   */
  private static List<String> tokens(
      byte[] line, StreamReadConstraints limits, @Nullable Random choice) {
    FastLineParser parser = new FastLineParser(limits);
    parser.reset(line, 0, line.length);
    List<String> tokens = new ArrayList<>();
    try {
      while (tokens.size() < 10_000) {
        JsonToken token;
        switch (choice == null ? 0 : choice.nextInt(4)) {
          case 1 -> {
            PropertyName name = parser.nextPropertyName();
            token = parser.currentToken();
            assertThat(name).isEqualTo(token == JsonToken.FIELD_NAME ? propertyName(parser) : null);
          }
          case 2 -> token = parser.nextPropertyValue();
          case 3 -> token = parser.nextElement();
          default -> token = parser.nextToken();
        }
        assertThat(parser.currentToken()).isEqualTo(token);
        tokens.add(describe(parser));
      }
    } catch (FastLineParser.GiveUp e) {
      tokens.add("gives up");
    }
    return tokens;
  }

  /** The constant of the name the parser stands on, as {@code nextToken} leaves it. */
  private static PropertyName propertyName(FastLineParser parser) {
    return PropertyName.of(Objects.requireNonNull(parser.currentName()));
  }

  /** The current token and what the decoder reads of it. */
  private static String describe(FastLineParser parser) {
    JsonToken token = Objects.requireNonNull(parser.currentToken());
    String at = token + " at " + parser.tokenPosition();
    return switch (token) {
      case FIELD_NAME -> at + " " + parser.currentName() + " " + propertyName(parser);
      case VALUE_STRING ->
          at
              + " '"
              + parser.getText()
              + "' plain "
              + parser.isPlainText()
              + (parser.isPlainText() ? " hash " + parser.textHash() : "");
      case VALUE_NUMBER_INT -> at + " " + parser.getLongValue();
      case VALUE_NUMBER_FLOAT -> at + " " + parser.getDoubleValue();
      default -> at;
    };
  }

  @Provide
  Arbitrary<byte[]> lines() {
    return Combinators.combine(
            Arbitraries.of(VALID_LINES),
            Arbitraries.integers().between(0, 3).flatMap(n -> edits().list().ofSize(n)))
        .as(
            (text, edits) -> {
              byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
              for (Edit edit : edits) {
                bytes = edit.apply(bytes);
              }
              return bytes;
            });
  }

  @Provide
  Arbitrary<Stream> streams() {
    return Combinators.combine(
            lines().list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 9),
            Arbitraries.oneOf(
                Arbitraries.just(Integer.MAX_VALUE), Arbitraries.integers().between(1, 300)))
        .as(
            (lines, strict, duplicates, limits, readSize) -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              for (byte[] bytes : lines) {
                out.writeBytes(bytes);
                out.write('\n');
              }
              byte[] bytes = out.toByteArray();
              return new Stream(
                  bytes, strict, duplicates, limits == 0, limits == 1 ? 300 : 1 << 20, readSize);
            });
  }

  /** A change to a line at a place given as a fraction of its length. */
  record Edit(int kind, double where, int length, String snippet, byte raw) {
    byte[] apply(byte[] line) {
      int at = (int) (where * line.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (kind) {
        case 0 -> {
          // insert a snippet
          out.write(line, 0, at);
          out.writeBytes(snippet.getBytes(StandardCharsets.UTF_8));
          out.write(line, at, line.length - at);
        }
        case 1 -> {
          // delete a few bytes
          int to = Math.min(line.length, at + length);
          out.write(line, 0, at);
          out.write(line, to, line.length - to);
        }
        case 2 -> {
          // replace a byte by any byte, invalid UTF-8 included
          out.writeBytes(line);
          if (at < line.length) {
            byte[] bytes = out.toByteArray();
            bytes[at] = raw;
            return bytes;
          }
        }
        default -> {
          // a property after an object's opening brace, so that it lands where properties go
          int brace = at;
          while (brace < line.length && line[brace] != '{') {
            brace++;
          }
          int cut = brace < line.length ? brace + 1 : 0;
          out.write(line, 0, cut);
          out.writeBytes(snippet.getBytes(StandardCharsets.UTF_8));
          out.write(line, cut, line.length - cut);
        }
      }
      return out.toByteArray();
    }
  }

  private static Arbitrary<Edit> edits() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(1, 6),
            Arbitraries.oneOf(Arbitraries.of(SNIPPETS), numbers()),
            Arbitraries.bytes())
        .as(Edit::new);
  }

  /** Numbers of every shape: signs, leading zeros, many digits, fractions, exponents. */
  private static Arbitrary<String> numbers() {
    return Combinators.combine(
            Arbitraries.of("", "-", "+"),
            Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(21),
            Arbitraries.of("", "."),
            Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(21),
            Arbitraries.of("", "", "e", "E-", "e+2", "e400"))
        .as((sign, whole, point, fraction, exponent) -> sign + whole + point + fraction + exponent);
  }

  /**
   * Everything the reading of a stream produced: records, warnings, the exception that ended it.
   */
  private static List<String> outcome(Stream stream, boolean fastAttempt) {
    StreamReadConstraints limits = limits(stream.tinyLimits);
    JsonCodec codec =
        new JsonCodec(stream.strict, stream.detectDuplicates, false, limits, stream.maxLineLength);
    List<ReadProblem> warnings = new ArrayList<>();
    LineSource source = new LineSource(codec, stream.open(), codec.newDecoder(warnings));
    if (!fastAttempt) {
      source.withoutFastAttempt();
    }
    List<String> outcome = new ArrayList<>();
    try {
      SitrepRecord record;
      while ((record = source.next()) != null) {
        outcome.add("record " + record);
      }
    } catch (SitrepReadException e) {
      ReadProblem problem = e.problem();
      outcome.add(
          "exception "
              + problem
              + " | "
              + problem.code()
              + " "
              + problem.line()
              + ":"
              + problem.column()
              + " "
              + problem.pointer()
              + " "
              + problem.recordId()
              + " | "
              + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (ReadProblem warning : warnings) {
      outcome.add("warning " + warning + " | " + warning.pointer() + " " + warning.recordId());
    }
    return outcome;
  }

  /** The default read limits, or tiny ones that every valid line reaches. */
  private static StreamReadConstraints limits(boolean tiny) {
    return tiny
        ? StreamReadConstraints.builder()
            .maxStringLength(12)
            .maxNumberLength(4)
            .maxNameLength(6)
            .maxNestingDepth(3)
            .build()
        : StreamReadConstraints.defaults();
  }

  private static JsonCodec codec(
      boolean strict, boolean detectDuplicates, StreamReadConstraints limits) {
    return new JsonCodec(strict, detectDuplicates, false, limits, 1 << 20);
  }

  /** The records of the contract files, one compact line each, and the JSON Lines file's lines. */
  private static List<String> validLines() {
    try {
      Path contract =
          Path.of(
              Objects.requireNonNull(
                      FastLineParserTest.class.getResource("/contract/records.jsonl"))
                  .toURI());
      List<String> lines = new ArrayList<>();
      for (String line : Files.readAllLines(contract)) {
        if (!line.isBlank() && !line.contains("\"sitrep\"")) {
          lines.add(line);
        }
      }
      ObjectMapper mapper = new ObjectMapper();
      try (var files = Files.list(contract.getParent())) {
        for (Path file : files.sorted().toList()) {
          if (file.toString().endsWith(".json")) {
            JsonNode document;
            try (InputStream in = Files.newInputStream(file)) {
              document = mapper.readTree(in);
            }
            for (JsonNode record : document.get("records")) {
              lines.add(mapper.writeValueAsString(record));
            }
          }
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
