package org.sitrep.io.internal;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Dataset;
import org.sitrep.core.Extensible;
import org.sitrep.core.PropertyNames;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.SitrepReadException;

/**
 * Reads Sitrep JSON from a {@link JsonParser}: the framing of documents ({@code sitrep}, {@code
 * title}, {@code asOf} and the {@code records} array, in any order) and of JSON Lines headers, on
 * the decoder's layers below it: {@link RecordDecoder} reads a record, {@link ValueDecoder} the
 * values in it, and {@link DecoderErrors} turns what goes wrong into {@link SitrepReadException}s
 * (with line, column, JSON Pointer and record id) or, in lenient mode, warnings. One decoder per
 * read (it holds the id cache, the warnings and the current position); not thread-safe.
 */
public final class Decoder extends RecordDecoder {

  // the document being read: where it starts and the header properties found so far
  private long documentStart;
  private boolean version;
  private @Nullable String title;
  private @Nullable LocalDate asOf;
  private boolean hasRecords;

  Decoder(JsonCodec codec, List<ReadProblem> warnings, int idCacheSize) {
    super(codec, warnings, idCacheSize);
  }

  /**
   * Reads JSON Lines: the next record is read by this parser, whose line numbers are {@code
   * lineOffset} less than the stream's.
   */
  void startLine(JsonParser parser, int lineOffset) {
    this.p = parser;
    this.lineOffset = lineOffset;
    this.recordId = null;
  }

  /**
   * Reads a whole document.
   *
   * @param parser the parser, before the document's first token ({@code whole}) or on it
   * @param whole whether the parser reads the document alone: then it must hold nothing more
   */
  public Dataset readDocument(JsonParser parser, boolean whole) throws IOException {
    this.p = parser;
    try {
      return document(whole);
    } catch (JsonProcessingException e) {
      throw jacksonProblem(e);
    }
  }

  private Dataset document(boolean whole) throws IOException {
    beginDocument(whole);
    Dataset.Builder dataset = Dataset.builder();
    while (nextRecords(whole)) {
      records(dataset);
    }
    // nextRecords(whole) returns false only once the required properties were found
    return dataset
        .title(Objects.requireNonNull(title, "title"))
        .asOf(Objects.requireNonNull(asOf, "asOf"))
        .build();
  }

  /**
   * Starts reading a document: the parser moves to ({@code whole}) or stands on its {@code
   * START_OBJECT}. The whole-document reader and the streaming one share this and {@link
   * #nextRecords}, so that they check the same things and say the same.
   */
  void beginDocument(boolean whole) throws IOException {
    JsonToken first = whole ? p.nextToken() : p.currentToken();
    if (first == null) {
      throw fail(ReadProblem.SYNTAX, "empty input: expected a Sitrep document", null);
    }
    if (first != START_OBJECT) {
      throw wrongType("a Sitrep document object");
    }
    documentStart = position();
    version = false;
    title = null;
    asOf = null;
    hasRecords = false;
  }

  /** Starts reading a document that this parser reads alone, for the streaming reader. */
  void beginDocument(JsonParser parser) throws IOException {
    this.p = parser;
    this.recordId = null;
    beginDocument(true);
  }

  /**
   * Reads the document's properties up to the next {@code records} array: true when the parser
   * stands on its {@code START_ARRAY}; false at the end of the document, once every required
   * property was found and ({@code whole}) nothing follows the document.
   */
  boolean nextRecords(boolean whole) throws IOException {
    recordId = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.SITREP, PropertyNames.TITLE, PropertyNames.AS_OF -> headerProperty(name);
        case PropertyNames.RECORDS -> {
          if (value()) {
            if (p.currentToken() != START_ARRAY) {
              throw wrongType("an array of records");
            }
            hasRecords = true;
            return true;
          }
        }
        default ->
            unknown(
                name,
                null,
                name.startsWith(Extensible.PREFIX)
                    ? "x_ extension properties are not supported at document level"
                    : "a document has only sitrep, title, asOf and records");
      }
    }
    if (!version || title == null || asOf == null || !hasRecords) {
      String missing =
          !version
              ? PropertyNames.SITREP
              : title == null
                  ? PropertyNames.TITLE
                  : asOf == null ? PropertyNames.AS_OF : PropertyNames.RECORDS;
      throw failAt(
          documentStart,
          ReadProblem.MISSING_PROPERTY,
          "missing required property '" + missing + "' of the document",
          null);
    }
    if (whole && p.nextToken() != null) {
      throw fail(ReadProblem.SYNTAX, "trailing content after the document", null);
    }
    return false;
  }

  /** Reads the value of {@code sitrep}, {@code title} or {@code asOf}, on its field name. */
  private void headerProperty(String name) throws IOException {
    if (!value()) {
      return;
    }
    String text = text();
    switch (name) {
      case PropertyNames.SITREP -> {
        if (!JsonCodec.VERSION.equals(text)) {
          throw fail(
              ReadProblem.UNSUPPORTED_VERSION,
              "unsupported format version '"
                  + text
                  + "': this reader reads \""
                  + JsonCodec.VERSION
                  + "\"",
              null);
        }
        version = true;
      }
      case PropertyNames.TITLE -> title = text;
      default -> {
        try {
          asOf = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
          throw fail(
              ReadProblem.MALFORMED_VALUE,
              "malformed asOf '" + text + "': expected a day YYYY-MM-DD",
              e);
        }
      }
    }
  }

  /**
   * Reads the header line of JSON Lines, {@code {"sitrep":"1.0","title":...,"asOf":...}}: the
   * parser stands before its {@code START_OBJECT}, and nothing may follow it on the line. {@code
   * sitrep} is required, {@code title} and {@code asOf} optional, nothing else allowed.
   */
  void header(JsonParser parser, int lineOffset) throws IOException {
    startLine(parser, lineOffset);
    p.nextToken();
    documentStart = position();
    version = false;
    title = null;
    asOf = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.SITREP, PropertyNames.TITLE, PropertyNames.AS_OF -> headerProperty(name);
        case PropertyNames.RECORDS ->
            throw fail(
                ReadProblem.UNKNOWN_PROPERTY,
                "a JSON Lines header holds no records: write one record per line after it",
                null);
        default ->
            throw fail(
                ReadProblem.UNKNOWN_PROPERTY,
                "unknown property '"
                    + name
                    + "': a JSON Lines header has only sitrep, title and asOf",
                null);
      }
    }
    if (!version) {
      throw failAt(
          documentStart,
          ReadProblem.MISSING_PROPERTY,
          "missing required property 'sitrep' of the JSON Lines header",
          null);
    }
    if (p.nextToken() != null) {
      throw fail(
          ReadProblem.SYNTAX,
          "more than one JSON value on a line: put the header alone on the first line",
          null);
    }
  }

  /** The document's title, once read; null before. */
  @Nullable String documentTitle() {
    return title;
  }

  /** The document's {@code asOf} day, once read; null before. */
  @Nullable LocalDate documentAsOf() {
    return asOf;
  }

  private void records(Dataset.Builder dataset) throws IOException {
    Object arrayContext = p.getParsingContext();
    while (p.nextToken() != END_ARRAY) {
      try {
        dataset.add(readRecord(p));
        recordDone();
      } catch (SitrepReadException e) {
        if (strict) {
          throw e;
        }
        warnings.add(e.problem());
        skipTo(arrayContext);
        recordDone();
      }
    }
  }

  /**
   * Ends a record of a document: what goes wrong after it (in the records array, or in the
   * document's properties) is not the record's and does not name it.
   */
  void recordDone() {
    recordId = null;
  }

  /** After a problem inside a record: skips to the end of the record, in the records array. */
  private void skipTo(Object arrayContext) throws IOException {
    while (p.getParsingContext() != arrayContext) {
      if (p.nextToken() == null) {
        throw fail(ReadProblem.SYNTAX, "unexpected end of input in a record", null);
      }
    }
  }
}
