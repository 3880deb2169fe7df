package org.sitrep.io.internal;

import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Extensible;
import org.sitrep.core.Id;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.SitrepReadException;
import org.sitrep.io.internal.access.Problems;

/**
 * The decoder's state and how it reports problems: the parser and where in the input it stands
 * (line offset, JSON Pointer, the record being read), and the {@link SitrepReadException}s and
 * lenient warnings made there. The first of the decoder's layers: {@link ValueDecoder} reads
 * values, {@link RecordDecoder} records, {@link Decoder} documents and JSON Lines headers. What
 * depends on Jackson beyond its API (message text, token positions) is asked of {@link
 * JacksonInternals}.
 */
abstract sealed class DecoderErrors permits ValueDecoder {

  /**
   * The parser of a decoder that is not reading yet: closed, of no input. Every read sets {@link
   * #p} first; this stands in before, so that the field is never null.
   */
  private static final JsonParser NOT_READING = notReading();

  /** The codec read for: its limits and strictness. */
  final JsonCodec codec;

  /** Whether problems are errors (else unknown properties and bad records are warnings). */
  final boolean strict;

  /** Where lenient reading collects its warnings. */
  final List<ReadProblem> warnings;

  /** The parser being read; a record's copy while it is read again (see {@link RecordCopy}). */
  JsonParser p = NOT_READING;

  /** When replaying a buffered record: the pointer of the record, prepended to the replay's. */
  String basePointer = "";

  /** When replaying a buffered record: its start position, reported for every problem. */
  long fixedPosition = -1;

  /** Added to the parser's line: a JSON Lines line is parsed on its own. */
  int lineOffset;

  /** The id of the record being read, once read; named by every problem in the record. */
  @Nullable Id<?> recordId;

  private static JsonParser notReading() {
    try {
      JsonParser parser = new JsonFactory().createParser(new byte[0]);
      parser.close();
      return parser;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  DecoderErrors(JsonCodec codec, List<ReadProblem> warnings) {
    this.codec = codec;
    this.strict = codec.strict();
    this.warnings = warnings;
  }

  /**
   * An unknown property: an error, or in lenient mode a warning and the value skipped. The message
   * names the closest property of the schema definition, when one is close, before it mentions
   * extensions (renaming a typo to {@code x_...} would only silence the check).
   *
   * @param definition the schema {@code $defs} entry of the object, or null for none to suggest
   */
  final void unknown(String name, @Nullable String definition, String why) throws IOException {
    String extensionHint =
        name.length() > 1
                && (name.charAt(0) == 'x' || name.charAt(0) == 'X')
                && (name.charAt(1) == '-' || name.charAt(1) == '_' || name.charAt(1) == 'X')
                && !(name.startsWith(Extensible.PREFIX)
                    && name.length() > Extensible.PREFIX.length())
            ? "; extension properties must start with 'x_' (lower case, underscore)"
            : "";
    String suggestion = definition == null ? null : PropertySuggestions.closest(definition, name);
    String detail =
        "unknown property '"
            + name
            + "': "
            + why
            + (suggestion != null
                ? "; did you mean '" + suggestion + "'?"
                : extensionHint.isEmpty()
                        && definition != null
                        && PropertySuggestions.EXTENSIBLE.contains(definition)
                    ? "; a property of your own is an extension: name it x_" + name
                    : extensionHint);
    if (strict) {
      throw fail(ReadProblem.UNKNOWN_PROPERTY, detail, null);
    }
    warnings.add(problem(ReadProblem.UNKNOWN_PROPERTY, detail, null).problem());
    p.nextToken();
    p.skipChildren();
  }

  final SitrepReadException wrongType(String expected) {
    JsonToken token = p.currentToken();
    return fail(
        ReadProblem.WRONG_JSON_TYPE, "expected " + expected + ", found " + describe(token), null);
  }

  /** Names a token for a message: "an array", "the number 5", "null". */
  final String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "end of input";
    }
    try {
      return switch (token) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "the string \"" + shorten(p.getText()) + "\"";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shorten(p.getText());
        case VALUE_TRUE -> "true";
        case VALUE_FALSE -> "false";
        case VALUE_NULL -> "null";
        case FIELD_NAME -> "a property name";
        default -> token.asString();
      };
    } catch (IOException e) {
      return "a " + token;
    }
  }

  static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  final SitrepReadException missing(long start, String property) {
    return failAt(
        start, ReadProblem.MISSING_PROPERTY, "missing required property '" + property + "'", null);
  }

  /** Wraps what a builder throws: missing required attributes, a failed check. */
  final SitrepReadException buildFailure(long start, RuntimeException e) {
    String text = message(e);
    if (e instanceof IllegalStateException && text.startsWith("Cannot build ")) {
      int open = text.indexOf('[');
      int close = text.lastIndexOf(']');
      String names = open >= 0 && close > open ? text.substring(open + 1, close) : text;
      String[] parts = names.split(",\\s*");
      String type = text.substring("Cannot build ".length()).split(",", -1)[0].trim();
      String detail =
          parts.length == 1
              ? "missing required property '" + parts[0] + "' of " + article(describeType(type))
              : "missing required properties '"
                  + String.join("', '", parts)
                  + "' of "
                  + article(describeType(type));
      return failAt(start, ReadProblem.MISSING_PROPERTY, detail, e);
    }
    return failAt(start, ReadProblem.MALFORMED_VALUE, text, e);
  }

  private static String describeType(String simpleName) {
    return simpleName.replace("Breakdown", "casualty breakdown").toLowerCase(java.util.Locale.ROOT);
  }

  static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** A problem at the current token. */
  final SitrepReadException fail(String code, String detail, @Nullable Throwable cause) {
    return problem(code, detail, cause);
  }

  final SitrepReadException failAt(
      long start, String code, String detail, @Nullable Throwable cause) {
    long at = fixedPosition >= 0 ? fixedPosition : start;
    return Problems.exception(
        code, line(at), column(at), pointer(), recordId, oneLine(detail), cause);
  }

  final SitrepReadException problem(String code, String detail, @Nullable Throwable cause) {
    long at = fixedPosition >= 0 ? fixedPosition : currentPosition();
    return Problems.exception(
        code, line(at), column(at), pointer(), recordId, oneLine(detail), cause);
  }

  /**
   * A problem Jackson found, at the position Jackson reports: a syntax error, an exceeded limit, or
   * (with duplicate detection on) a property given twice, reported just after its name.
   */
  final SitrepReadException jacksonProblem(JsonProcessingException e) {
    return jacksonProblem(e, false);
  }

  /**
   * A problem Jackson found, like {@link #jacksonProblem(JsonProcessingException)}; {@code inValue}
   * when it was found inside the current token's value (a string read on demand), so that the
   * value's pointer is the place. A syntax error found while moving on to the next token comes
   * after the current value, so it is reported at the object or array holding it, not at the value
   * (for a missing comma after {@code "name": "x"} the place is not {@code /name}).
   */
  final SitrepReadException jacksonProblem(JsonProcessingException e, boolean inValue) {
    String message = oneLine(JacksonInternals.message(e, lineOffset));
    JsonLocation location = JacksonInternals.location(e, p);
    int line = location == null ? -1 : location.getLineNr() + lineOffset;
    int column = location == null ? -1 : location.getColumnNr();
    String duplicate = JacksonInternals.duplicateProperty(e, message);
    String code;
    String detail;
    if (e instanceof StreamConstraintsException) {
      code = ReadProblem.LIMIT_EXCEEDED;
      detail =
          JacksonInternals.isNumberPastStringLimit(
                  message, inValue || p == null || p.currentToken() == VALUE_STRING)
              ? "read limit exceeded: a number longer than the maximum of "
                  + codec.maxNumberLength()
                  + " characters"
              : "read limit exceeded: " + message;
    } else if (duplicate != null) {
      code = ReadProblem.DUPLICATE_PROPERTY;
      detail = "property '" + duplicate + "' given twice";
    } else {
      code = ReadProblem.SYNTAX;
      detail = "malformed JSON: " + message;
    }
    String pointer =
        p == null ? "" : code.equals(ReadProblem.SYNTAX) && !inValue ? syntaxPointer() : pointer();
    return Problems.exception(code, line, column, pointer, recordId, detail, e);
  }

  /**
   * Where a syntax error found while moving to the next token is: in the value of the current
   * property name, or inside a just opened object or array, or else after a complete value, in the
   * object or array that holds the value.
   */
  private String syntaxPointer() {
    JsonToken token = p.currentToken();
    if (token == null
        || token == JsonToken.FIELD_NAME
        || token == START_OBJECT
        || token == START_ARRAY) {
      return pointer();
    }
    JsonStreamContext holder = p.getParsingContext().getParent();
    String here = holder == null ? "" : holder.pathAsPointer().toString();
    return basePointer.isEmpty() ? here : basePointer + here;
  }

  private String pointer() {
    String here = p.getParsingContext().pathAsPointer().toString();
    return basePointer.isEmpty() ? here : basePointer + here;
  }

  /**
   * The position of the current token (the replayed record's start while one is replayed), without
   * allocating when the parser allows it.
   */
  final long position() {
    if (fixedPosition >= 0) {
      return fixedPosition;
    }
    if (p instanceof FastLineParser fast) {
      return fast.tokenPosition();
    }
    return JacksonInternals.tokenPosition(p, codec.columnCorrection());
  }

  private long currentPosition() {
    JsonLocation location = p.currentTokenLocation();
    return ((long) location.getLineNr() << 32) | (location.getColumnNr() & 0xffffffffL);
  }

  final int line(long position) {
    int line = (int) (position >> 32);
    return line > 0 ? line + lineOffset : -1;
  }

  static int column(long position) {
    int column = (int) position;
    return column > 0 ? column : -1;
  }

  static String message(Throwable e) {
    String text = e.getMessage();
    return text == null ? e.getClass().getSimpleName() : text;
  }

  static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).trim();
  }

  /** Whether the decoder collects warnings instead of failing on unknown properties. */
  final boolean strict() {
    return strict;
  }

  /** The warnings collected so far. */
  final List<ReadProblem> warnings() {
    return warnings;
  }
}
