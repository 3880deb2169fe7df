package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.SitrepReadException;
import org.sitrep.io.internal.access.Problems;
import org.sitrep.validation.ValidationReport;

/**
 * The configured codec behind one {@code SitrepJson}: the {@link JsonFactory} (built once, with the
 * read and write limits), the pretty printer template, and factories for decoders, encoders and
 * record sources. Immutable and thread-safe.
 */
public final class JsonCodec {

  /** The format version this codec reads and writes. */
  public static final String VERSION = "1.0";

  private static final int DOCUMENT_ID_CACHE = 4096;
  private static final int VALUE_ID_CACHE = 16;

  private final JsonFactory factory;
  private final boolean strict;
  private final boolean pretty;
  private final long maxDocumentLength;
  private final int maxLineLength;
  private final DefaultPrettyPrinter printer;

  /**
   * The encoder, made at the first write: its class initialises a method handle for each optional
   * field of the model (dozens of classes spun at start-up), which a run that only reads, such as
   * {@code sitrep validate}, does without.
   */
  private @Nullable Encoder encoder;

  private final int columnCorrection;

  /**
   * Creates a codec.
   *
   * @param strict whether unknown properties and bad records are errors (else warnings)
   * @param detectDuplicates whether a strict codec refuses a property given twice in one object
   * @param pretty whether documents are indented
   * @param limits the read limits: string, number, name length, nesting depth, document length
   * @param maxLineLength the longest JSON Lines line, in bytes
   */
  public JsonCodec(
      boolean strict,
      boolean detectDuplicates,
      boolean pretty,
      StreamReadConstraints limits,
      int maxLineLength) {
    this.strict = strict;
    this.pretty = pretty;
    this.maxDocumentLength = limits.getMaxDocumentLength();
    this.maxLineLength = maxLineLength;
    JsonFactoryBuilder builder = new JsonFactoryBuilder();
    if (detectDuplicates) {
      builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
    this.factory =
        builder
            .streamReadConstraints(limits)
            .streamWriteConstraints(
                StreamWriteConstraints.builder()
                    .maxNestingDepth(limits.getMaxNestingDepth())
                    .build())
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .rootValueSeparator((String) null)
            .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("")
            .withRootSeparator(null);
    this.printer =
        new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    this.columnCorrection = JacksonInternals.columnCorrection(factory);
  }

  /** What to add to the token column of a parser of this codec ({@link JacksonInternals}). */
  int columnCorrection() {
    return columnCorrection;
  }

  /** Whether unknown properties and bad records are errors. */
  public boolean strict() {
    return strict;
  }

  /** Whether documents are indented. */
  public boolean pretty() {
    return pretty;
  }

  /** The longest string value, in characters. */
  int maxStringLength() {
    return factory.streamReadConstraints().getMaxStringLength();
  }

  /** The read limits of the codec's parsers. */
  StreamReadConstraints readLimits() {
    return factory.streamReadConstraints();
  }

  /** The longest number, in characters. */
  int maxNumberLength() {
    return factory.streamReadConstraints().getMaxNumberLength();
  }

  /** Whether the codec refuses what the format refuses (else it warns and goes on). */
  boolean isStrict() {
    return strict;
  }

  /** The longest JSON Lines line, in bytes. */
  public int maxLineLength() {
    return maxLineLength;
  }

  /** The encoder. */
  public Encoder encoder() {
    Encoder made = encoder;
    if (made == null) {
      // threads that race here make equal encoders (one final field, this codec): harmless
      made = new Encoder(this);
      encoder = made;
    }
    return made;
  }

  /** A new decoder for one read of a document or stream. */
  public Decoder newDecoder(List<ReadProblem> warnings) {
    return new Decoder(this, warnings, DOCUMENT_ID_CACHE);
  }

  /** A new decoder for one value read through a user's {@code ObjectMapper}. */
  public Decoder newValueDecoder(List<ReadProblem> warnings) {
    return new Decoder(this, warnings, VALUE_ID_CACHE);
  }

  // ---------------------------------------------------------------- documents

  /** Reads a whole document from bytes. */
  public Dataset readDocument(InputStream in, List<ReadProblem> warnings) throws IOException {
    try (JsonParser parser = factory.createParser(in)) {
      return newDecoder(warnings).readDocument(parser, true);
    }
  }

  /** Reads a whole document from characters. */
  public Dataset readDocument(Reader in, List<ReadProblem> warnings) throws IOException {
    try (JsonParser parser = factory.createParser(in)) {
      return newDecoder(warnings).readDocument(parser, true);
    }
  }

  /** Reads a whole document from a string. */
  public Dataset readDocument(String json, List<ReadProblem> warnings) throws IOException {
    if (json.length() > maxDocumentLength) {
      throw Problems.exception(
          ReadProblem.LIMIT_EXCEEDED,
          1,
          1,
          "",
          null,
          "read limit exceeded: document of "
              + json.length()
              + " characters is longer than the maximum of "
              + maxDocumentLength,
          null);
    }
    try (JsonParser parser = factory.createParser(json)) {
      return newDecoder(warnings).readDocument(parser, true);
    }
  }

  /** Writes a whole document and a final newline. */
  public void writeDocument(OutputStream out, Dataset dataset) throws IOException {
    try (JsonGenerator g = documentGenerator(factory.createGenerator(out))) {
      encoder().writeDocument(g, dataset);
      g.writeRaw('\n');
    }
  }

  /** Writes a whole document and a final newline. */
  public void writeDocument(Writer out, Dataset dataset) throws IOException {
    try (JsonGenerator g = documentGenerator(factory.createGenerator(out))) {
      encoder().writeDocument(g, dataset);
      g.writeRaw('\n');
    }
  }

  /** Writes a validation report, pretty or compact like documents, and a final newline. */
  public void writeReport(Writer out, ValidationReport report) throws IOException {
    try (JsonGenerator g = documentGenerator(factory.createGenerator(out))) {
      ReportEncoder.write(g, report);
      g.writeRaw('\n');
    }
  }

  /** Writes a validation report as one JSON value to a caller's generator. */
  public void writeReport(JsonGenerator g, ValidationReport report) throws IOException {
    ReportEncoder.write(g, report);
  }

  private JsonGenerator documentGenerator(JsonGenerator g) {
    if (pretty) {
      g.setPrettyPrinter(printer.createInstance());
    }
    return g;
  }

  // ---------------------------------------------------------------- streams

  /** A source of the records of a JSON Lines stream. */
  public RecordSource lines(InputStream in, List<ReadProblem> warnings) {
    return new LineSource(this, in, newDecoder(warnings));
  }

  /**
   * A source of the records of a JSON Lines stream decoded by {@code threads} threads, the caller's
   * and {@code threads - 1} of its own, in chunks of about {@code chunkSize} bytes ({@link
   * ParallelLineSource}); closing it stops the threads and closes the stream.
   */
  public RecordSource lines(
      InputStream in, List<ReadProblem> warnings, int threads, int chunkSize) {
    return new ParallelLineSource(this, in, warnings, threads, chunkSize);
  }

  /** The size of the chunks a JSON Lines stream is cut into to be read by threads: 256 KiB. */
  public static int defaultChunkSize() {
    return ParallelLineSource.DEFAULT_CHUNK_SIZE;
  }

  /** A source of the records of a document, read one at a time; closing it closes the stream. */
  public RecordSource documentRecords(InputStream in, List<ReadProblem> warnings)
      throws IOException {
    return new DocumentSource(in, factory.createParser(in), newDecoder(warnings), strict);
  }

  /** The parser of the lines of a JSON Lines stream, one after another. */
  JsonParser streamParser(InputStream lines) throws IOException {
    return factory.createParser(lines);
  }

  /** A parser of one JSON Lines line. */
  JsonParser lineParser(byte[] bytes, int length) throws IOException {
    return factory.createParser(bytes, 0, length);
  }

  /** The compact output of JSON Lines to {@code out}; each record is followed by a newline. */
  public JsonLinesOutput linesOutput(OutputStream out) {
    return new JsonLinesOutput(out, factory);
  }

  /** A compact UTF-8 generator: what {@link JsonLinesOutput} writes the bytes of. */
  JsonGenerator compactGenerator(OutputStream out) throws IOException {
    return factory.createGenerator(out);
  }

  /** A compact generator for an extension value. */
  JsonGenerator compactGenerator(Writer out) throws IOException {
    return factory.createGenerator(out);
  }

  /** A parser of an extension value's text. */
  JsonParser extensionParser(String json) throws IOException {
    return factory.createParser(json);
  }

  /**
   * Copies the value the parser stands on to the generator, keeping numbers exactly as written
   * (their text, not a double) and strings unchanged.
   */
  static void copyExactly(JsonParser p, JsonGenerator g) throws IOException {
    copyExactly(p, new GeneratorOutput(g));
  }

  /** {@link #copyExactly(JsonParser, JsonGenerator)} to the encoder's output. */
  static void copyExactly(JsonParser p, JsonOutput g) throws IOException {
    int depth = 0;
    JsonToken token = p.currentToken();
    do {
      switch (token) {
        case START_OBJECT -> {
          g.writeStartObject();
          depth++;
        }
        case START_ARRAY -> {
          g.writeStartArray();
          depth++;
        }
        case END_OBJECT -> {
          g.writeEndObject();
          depth--;
        }
        case END_ARRAY -> {
          g.writeEndArray();
          depth--;
        }
        case FIELD_NAME -> g.writeFieldName(p.currentName());
        case VALUE_STRING ->
            g.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
        case VALUE_TRUE -> g.writeBoolean(true);
        case VALUE_FALSE -> g.writeBoolean(false);
        case VALUE_NULL -> g.writeNull();
        default -> throw new IllegalStateException("unexpected token " + token);
      }
      if (depth == 0) {
        return;
      }
      token = p.nextToken();
      if (token == null) {
        throw new JsonProcessingException("unexpected end of input in an x_ value") {
          private static final long serialVersionUID = 1L;
        };
      }
    } while (true);
  }

  /** Turns Jackson's own problems (syntax, limits, duplicates) into read exceptions. */
  static SitrepReadException problem(Decoder decoder, JsonProcessingException e) {
    return decoder.jacksonProblem(e);
  }

  /** A document whose first token the parser stands on, for a user's {@code ObjectMapper}. */
  public Dataset readDocument(JsonParser parser, List<ReadProblem> warnings) throws IOException {
    return newValueDecoder(warnings).readDocument(parser, false);
  }

  /** One record object, for a user's {@code ObjectMapper}. */
  public SitrepRecord readRecord(JsonParser parser, List<ReadProblem> warnings) throws IOException {
    Decoder decoder = newValueDecoder(warnings);
    try {
      return decoder.readRecord(parser);
    } catch (JsonProcessingException e) {
      throw problem(decoder, e);
    }
  }
}
