package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every place where io relies on Jackson beyond its API: the text of its exception messages, the
 * token position {@link ParserBase} keeps, and how its parsers behave where the API does not say.
 * Nothing else in io may look at a Jackson message or at {@code ParserBase}.
 *
 * <p>Written against, and checked with, jackson-core {@value #CHECKED_VERSION}. {@code
 * JacksonInternalsTest} pins that version and checks each behaviour below on the jackson-core in
 * use; on a Jackson upgrade it fails, naming what to re-check:
 *
 * <ol>
 *   <li><b>Token positions</b> ({@link #tokenPosition}, {@link #tokenLine}, {@link
 *       #columnCorrection}): the parsers of a {@link JsonFactory} are {@link ParserBase}s, whose
 *       {@code getTokenLineNr()} and {@code getTokenColumnNr()} give where the current token starts
 *       when it is a {@code START_OBJECT} (the only token the decoder asks about; for a property
 *       name they already give its value's) without allocating a {@link JsonLocation}; the column
 *       differs from the location's by a constant, measured once per factory.
 *   <li><b>Source descriptions</b> ({@link #message}): a message may describe a source as {@code
 *       [Source: ...; line: N, column: M]} (the start of an unclosed object, say), which quotes the
 *       user's data and counts lines from the parser's own first line.
 *   <li><b>Duplicate properties</b> ({@link #duplicateProperty}): with {@code
 *       STRICT_DUPLICATE_DETECTION}, a property given twice fails with a {@link
 *       StreamReadException} whose message is {@code Duplicate field 'NAME'}.
 *   <li><b>Long numbers</b> ({@link #isNumberPastStringLimit}): the digits of a number are
 *       collected in the text buffer, whose string length limit trips before the number length
 *       limit when a number is longer than the maximum string: the message starts {@code String
 *       value length} though the token is a number.
 *   <li><b>Limit errors have no location</b> ({@link #location}): a {@link
 *       StreamConstraintsException} carries none; the parser's current location is the place.
 *   <li><b>Strings are read on demand</b>: {@code nextToken()} returns {@code VALUE_STRING} without
 *       reading the string's characters, so a broken escape inside it is found by {@code getText()}
 *       (the decoder reports it at the string's pointer).
 *   <li><b>A parser reads no further than it must</b>: after a record's {@code END_OBJECT}, a
 *       parser of an {@code InputStream} has asked for no byte past the {@code '}'}, and its {@code
 *       currentLocation().getByteOffset()} is just past it; {@code LineSource} serves the stream
 *       parser one line at a time on this (and reads a line again on its own when it does not
 *       hold).
 * </ol>
 */
final class JacksonInternals {

  /** The jackson-core version these behaviours were written against and checked with. */
  static final String CHECKED_VERSION = "2.23.0";

  /** How Jackson begins the description of a source in its messages. */
  private static final String SOURCE_START = "[Source: ";

  /** A description of a source in Jackson's messages, to its line and column (the last ones). */
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: .*; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);

  /** How Jackson's duplicate detection begins its message, before the property's name. */
  private static final String DUPLICATE_MESSAGE = "Duplicate field '";

  /** How Jackson begins the message of an exceeded string length limit. */
  private static final String STRING_LIMIT_MESSAGE = "String value length";

  private JacksonInternals() {}

  // ---------------------------------------------------------------- token positions

  /**
   * The difference between the column of a token's location and {@code
   * ParserBase.getTokenColumnNr()}, measured on a parser of the factory so that it stays right
   * across Jackson versions; 0 when its parsers are no {@code ParserBase}.
   */
  static int columnCorrection(JsonFactory factory) {
    try (JsonParser parser = factory.createParser(" {}")) {
      parser.nextToken();
      if (parser instanceof ParserBase parserBase) {
        return parser.currentTokenLocation().getColumnNr() - parserBase.getTokenColumnNr();
      }
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where the current token, a {@code START_OBJECT}, starts, as line (high 32 bits) and column (low
   * 32 bits); without allocating when the parser is a {@code ParserBase}.
   *
   * @param columnCorrection the factory's {@link #columnCorrection}
   */
  static long tokenPosition(JsonParser p, int columnCorrection) {
    if (p instanceof ParserBase base) {
      return ((long) base.getTokenLineNr() << 32)
          | ((base.getTokenColumnNr() + columnCorrection) & 0xffffffffL);
    }
    JsonLocation location = p.currentTokenLocation();
    return ((long) location.getLineNr() << 32) | (location.getColumnNr() & 0xffffffffL);
  }

  /** The line the current token starts on, without allocating when the parser allows it. */
  static int tokenLine(JsonParser p) {
    return p instanceof ParserBase parserBase
        ? parserBase.getTokenLineNr()
        : p.currentTokenLocation().getLineNr();
  }

  // ---------------------------------------------------------------- messages

  /**
   * Jackson's message without the descriptions of the source it names ({@code [Source:
   * (byte[])"..."; line: 1, column: 1]}, e.g. where an unclosed object started): the source's text
   * is the user's data, and of the position only line and column are kept, on the lines of the
   * input.
   *
   * @param lineOffset what to add to the parser's lines to get the input's
   */
  static String message(JsonProcessingException e, int lineOffset) {
    String message = e.getOriginalMessage();
    if (message == null || !message.contains(SOURCE_START)) {
      return message;
    }
    Matcher source = SOURCE.matcher(message);
    StringBuilder out = new StringBuilder();
    while (source.find()) {
      source.appendReplacement(
          out,
          "line "
              + (Integer.parseInt(source.group(1)) + lineOffset)
              + ", column "
              + source.group(2));
    }
    return source.appendTail(out).toString();
  }

  /**
   * The name of the property given twice that Jackson's duplicate detection refused, or null when
   * that is not what {@code e} is.
   *
   * @param message the message of {@code e}, from {@link #message}
   */
  static @Nullable String duplicateProperty(JsonProcessingException e, @Nullable String message) {
    return e instanceof StreamReadException
            && !(e instanceof StreamConstraintsException)
            && message != null
            && message.startsWith(DUPLICATE_MESSAGE)
            && message.endsWith("'")
        ? message.substring(DUPLICATE_MESSAGE.length(), message.length() - 1)
        : null;
  }

  /**
   * Whether an exceeded string length limit is a number's: its digits are collected in the text
   * buffer whose string limit trips first, while the current token is not a string.
   *
   * @param message the message of the {@link StreamConstraintsException}, from {@link #message}
   * @param inString whether the parser was reading a string when it failed
   */
  static boolean isNumberPastStringLimit(String message, boolean inString) {
    return !inString && message != null && message.startsWith(STRING_LIMIT_MESSAGE);
  }

  /**
   * Where Jackson found a problem: the exception's location, or the parser's current one for a read
   * limit, whose exception has none (Jackson 2); null when neither is known.
   */
  static JsonLocation location(JsonProcessingException e, JsonParser p) {
    return e.getLocation() != null || p == null ? e.getLocation() : p.currentLocation();
  }
}
