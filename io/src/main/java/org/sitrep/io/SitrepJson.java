package org.sitrep.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.internal.FormatDetection;
import org.sitrep.io.internal.JsonCodec;
import org.sitrep.io.internal.RecordSource;
import org.sitrep.validation.ValidationReport;

/**
 * Reads and writes Sitrep data as JSON: whole documents ({@code {"sitrep": "1.0", "title": ...,
 * "asOf": ..., "records": [...]}}) and JSON Lines (one record per line). Instances are immutable
 * and thread-safe; build one and share it.
 *
 * <pre>{@code
 * SitrepJson json = SitrepJson.strict();
 * Dataset dataset = json.readDataset(Path.of("scenario.json"));
 * json.write(dataset, Path.of("copy.json"));
 *
 * try (RecordReader records = json.openRecords(Path.of("incidents.jsonl"))) {
 *   while (records.hasNext()) {
 *     SitrepRecord record = records.next();
 *   }
 * }
 * }</pre>
 *
 * <p><b>Either format.</b> {@link #open(Path)} reads a file whose format is not known in advance,
 * deciding by its first bytes ({@link #detectFormat(byte[])}) and then its name; {@link
 * RecordReader#format()} says which it found.
 *
 * <p><b>Threads.</b> JSON Lines are decoded on the thread that reads them unless {@link
 * Builder#readThreads(int)} asks for more; then they are cut into chunks at line ends, decoded by
 * that many threads (the caller's among them), and delivered in the file's order with exactly what
 * one thread gives (records, warnings, exceptions, line numbers). Documents are always read by one
 * thread.
 *
 * <p><b>Strict and lenient.</b> A strict instance ({@link #strict()}, the default) throws a {@link
 * SitrepReadException} at the first problem. A lenient one ({@link #lenient()}) turns unknown
 * properties into {@link ReadProblem}s, leaves out a record of a document or a line of JSON Lines
 * it cannot read (with a warning naming its line), and goes on; syntax errors and exceeded limits
 * in a document still end the read.
 *
 * <p><b>Read limits</b> (each fails fast with code {@code limit-exceeded}; change them on the
 * {@link Builder}):
 *
 * <ul>
 *   <li>string value: {@value #DEFAULT_MAX_STRING_LENGTH} characters;
 *   <li>property name: {@value #DEFAULT_MAX_NAME_LENGTH} characters;
 *   <li>number: {@value #DEFAULT_MAX_NUMBER_LENGTH} digits;
 *   <li>nesting depth: {@value #DEFAULT_MAX_NESTING_DEPTH} (the format itself needs fewer than 10;
 *       the rest is for {@code x_} values), also enforced when writing;
 *   <li>document: {@value #DEFAULT_MAX_DOCUMENT_LENGTH} bytes (1 GiB);
 *   <li>JSON Lines line: {@value #DEFAULT_MAX_LINE_LENGTH} bytes (16 MiB).
 * </ul>
 *
 * <p><b>Output.</b> The same dataset always gives the same bytes. Pretty output (the default for
 * documents) indents by two spaces, ends lines with {@code '\n'} on every platform, writes {@code
 * "key": value}, puts every array element and object member on its own line, and ends the file with
 * a newline; compact output has no whitespace at all. JSON Lines are always compact. {@code
 * docs/wire-format.md} gives the property order and omission rules.
 */
public final class SitrepJson {

  /** The default longest string value, in characters: 1,000,000. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The default longest property name, in characters: 1,000. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

  /** The default longest number, in characters: 100. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** The default deepest nesting of arrays and objects: 64. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default longest document, in bytes (or characters for text input): 1 GiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 1L << 30;

  /** The default longest JSON Lines line, in bytes: 16 MiB. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 16 << 20;

  private static final SitrepJson STRICT = builder().build();
  private static final SitrepJson LENIENT = builder().lenient().build();

  private final JsonCodec codec;
  private final int readThreads;
  private final int readChunkSize;
  private final boolean chunked;

  private SitrepJson(Builder builder) {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxStringLength(builder.maxStringLength)
            .maxNameLength(builder.maxNameLength)
            .maxNumberLength(builder.maxNumberLength)
            .maxNestingDepth(builder.maxNestingDepth)
            .maxDocumentLength(builder.maxDocumentLength)
            .build();
    this.codec =
        new JsonCodec(
            builder.strict,
            builder.detectDuplicates,
            builder.pretty,
            limits,
            builder.maxLineLength);
    this.readThreads = builder.readThreads;
    this.readChunkSize = builder.readChunkSize;
    this.chunked = builder.chunked;
  }

  /** {@return the strict, pretty-printing instance with the default limits} */
  public static SitrepJson strict() {
    return STRICT;
  }

  /** {@return the lenient, pretty-printing instance with the default limits} */
  public static SitrepJson lenient() {
    return LENIENT;
  }

  /** {@return a builder, strict and pretty with the default limits until told otherwise} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether this instance is strict} */
  public boolean isStrict() {
    return codec.strict();
  }

  /**
   * {@return how many threads decode JSON Lines read by {@link #openRecords(Path)} and {@link
   * #open(Path)}: 1 (the default) reads on the calling thread}
   */
  public int readThreads() {
    return readThreads;
  }

  /** {@return whether this instance writes documents indented} */
  public boolean isPretty() {
    return codec.pretty();
  }

  /**
   * {@return a Jackson module with this instance's limits, for a user's own {@code ObjectMapper}:
   * {@code new ObjectMapper().registerModule(SitrepJson.strict().module())}} Only a strict instance
   * has one.
   *
   * @throws IllegalStateException when this instance is lenient: a lenient reader skips what it
   *     cannot read and lists it in {@link ReadResult#warnings()} or {@link
   *     RecordReader#warnings()}, and a module read through {@code ObjectMapper} has no place to
   *     list it, so its problems would be lost
   * @throws NoClassDefFoundError when jackson-databind, which io declares optional, is absent
   */
  public SitrepModule module() {
    if (!codec.strict()) {
      throw new IllegalStateException(
          "a lenient SitrepJson has no Jackson module: the problems it skips could not be"
              + " reported through ObjectMapper; use SitrepJson.strict().module(), or read with"
              + " lenient().read(...) to have them in ReadResult.warnings()");
    }
    return new SitrepModule(codec);
  }

  // ---------------------------------------------------------------- documents

  /**
   * Reads a document from a file.
   *
   * @param path a UTF-8 JSON file
   * @return the dataset and, when lenient, the warnings
   * @throws SitrepReadException when the document cannot be read
   * @throws IOException when the file cannot be read
   */
  public ReadResult read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  /**
   * Reads a document from a stream of UTF-8 (or UTF-16/32, detected) bytes; does not close it.
   *
   * @param in the bytes
   * @return the dataset and the warnings of a lenient read
   * @throws SitrepReadException when the document cannot be read
   * @throws IOException when the stream cannot be read
   */
  public ReadResult read(InputStream in) throws IOException {
    List<ReadProblem> warnings = new ArrayList<>();
    Dataset dataset = codec.readDocument(in, warnings);
    return new ReadResult(dataset, warnings);
  }

  /**
   * Reads a document from characters; does not close the reader.
   *
   * @param in the characters
   * @return the dataset and the warnings of a lenient read
   * @throws SitrepReadException when the document cannot be read
   * @throws IOException when the reader fails
   */
  public ReadResult read(Reader in) throws IOException {
    List<ReadProblem> warnings = new ArrayList<>();
    Dataset dataset = codec.readDocument(in, warnings);
    return new ReadResult(dataset, warnings);
  }

  /**
   * Reads a document from a string.
   *
   * @param json the document
   * @return the dataset and the warnings of a lenient read
   * @throws SitrepReadException when the document cannot be read
   */
  public ReadResult read(String json) {
    List<ReadProblem> warnings = new ArrayList<>();
    try {
      Dataset dataset = codec.readDocument(json, warnings);
      return new ReadResult(dataset, warnings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from a file, dropping the warnings of a lenient read.
   *
   * @param path the file
   * @return the dataset
   * @throws SitrepReadException when the document cannot be read
   * @throws IOException when the file cannot be read
   */
  public Dataset readDataset(Path path) throws IOException {
    return read(path).dataset();
  }

  /**
   * Reads a document from a string, dropping the warnings of a lenient read.
   *
   * @param json the document
   * @return the dataset
   * @throws SitrepReadException when the document cannot be read
   */
  public Dataset readDataset(String json) {
    return read(json).dataset();
  }

  /**
   * Writes a document to a file: to a temporary file in the same directory first, then moved into
   * place, so that the file is either the old one or the whole new one.
   *
   * @param dataset the dataset
   * @param path the file, replaced when it exists
   * @throws IOException when the file cannot be written
   */
  public void write(Dataset dataset, Path path) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    AtomicFiles.write(path, out -> codec.writeDocument(out, dataset));
  }

  /**
   * Writes a document as UTF-8 to a stream; flushes and does not close it.
   *
   * @param dataset the dataset
   * @param out the stream
   * @throws IOException when the stream cannot be written
   */
  public void write(Dataset dataset, OutputStream out) throws IOException {
    codec.writeDocument(out, Objects.requireNonNull(dataset, "dataset"));
    out.flush();
  }

  /**
   * Writes a document to a writer; flushes and does not close it.
   *
   * @param dataset the dataset
   * @param out the writer
   * @throws IOException when the writer fails
   */
  public void write(Dataset dataset, Writer out) throws IOException {
    codec.writeDocument(out, Objects.requireNonNull(dataset, "dataset"));
    out.flush();
  }

  /**
   * {@return the document as a string, ending with a newline}
   *
   * @param dataset the dataset
   */
  public String writeString(Dataset dataset) {
    StringWriter out = new StringWriter();
    try {
      codec.writeDocument(out, Objects.requireNonNull(dataset, "dataset"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- validation reports

  /**
   * {@return a validation report as JSON, in the shape documented in {@code validation/README.md}:
   * the JSON Schema output format's {@code valid}, {@code errors}, {@code instanceLocation} and
   * {@code error}, with Sitrep's {@code code}, {@code severity}, {@code recordId}, {@code pointer},
   * {@code related} and {@code arguments}} Pretty or compact like documents.
   *
   * <pre>{@code
   * String json = SitrepJson.strict().writeReportString(Validator.defaults().validate(dataset));
   * }</pre>
   *
   * @param report the report
   */
  public String writeReportString(ValidationReport report) {
    StringWriter out = new StringWriter();
    try {
      writeReport(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes a validation report as JSON to a writer; flushes and does not close it.
   *
   * @param report the report
   * @param out the writer
   * @throws IOException when the writer fails
   */
  public void writeReport(ValidationReport report, Writer out) throws IOException {
    codec.writeReport(out, Objects.requireNonNull(report, "report"));
    out.flush();
  }

  /**
   * Writes a validation report as one JSON value to a generator the caller owns, for tools that
   * embed reports in JSON of their own (one report per file, say). The generator's pretty printer,
   * if any, lays it out.
   *
   * @param report the report
   * @param generator the generator, left open
   * @throws IOException when the generator fails
   */
  public void writeReport(ValidationReport report, JsonGenerator generator) throws IOException {
    codec.writeReport(generator, Objects.requireNonNull(report, "report"));
  }

  // ---------------------------------------------------------------- record streams

  /**
   * Opens a JSON Lines file for reading one record at a time, in constant memory.
   *
   * @param path the file
   * @return the reader, to be closed
   * @throws IOException when the file cannot be opened
   */
  public RecordReader openRecords(Path path) throws IOException {
    List<ReadProblem> warnings = new ArrayList<>();
    return new RecordReader(lines(Files.newInputStream(path), warnings), warnings);
  }

  /**
   * Reads JSON Lines from a stream one record at a time; closing the reader closes the stream.
   *
   * @param in the UTF-8 bytes
   * @return the reader, to be closed
   */
  public RecordReader openRecords(InputStream in) {
    List<ReadProblem> warnings = new ArrayList<>();
    return new RecordReader(lines(Objects.requireNonNull(in, "in"), warnings), warnings);
  }

  private RecordSource lines(InputStream in, List<ReadProblem> warnings) {
    return readThreads == 1 && !chunked
        ? codec.lines(in, warnings)
        : codec.lines(in, warnings, readThreads, readChunkSize);
  }

  /**
   * Reads JSON Lines from a string one record at a time.
   *
   * @param jsonLines the lines
   * @return the reader
   */
  public RecordReader openRecords(String jsonLines) {
    return openRecords(new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Opens a document file for reading its records one at a time, for documents too large to hold in
   * memory. The document's own properties are checked as {@link #read(Path)} checks them, before or
   * after {@code records} (a missing one is reported at the end); {@link
   * RecordReader#documentTitle()} and {@link RecordReader#documentAsOf()} give them once read.
   *
   * @param path the file
   * @return the reader, to be closed
   * @throws IOException when the file cannot be opened
   */
  public RecordReader openDocumentRecords(Path path) throws IOException {
    return openDocumentRecords(Files.newInputStream(path));
  }

  /**
   * Reads a document from a stream one record at a time, like {@link #openDocumentRecords(Path)};
   * closing the reader closes the stream.
   *
   * @param in the bytes
   * @return the reader, to be closed
   * @throws IOException when the stream cannot be read
   */
  public RecordReader openDocumentRecords(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    try {
      List<ReadProblem> warnings = new ArrayList<>();
      return new RecordReader(codec.documentRecords(in, warnings), warnings);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  // ---------------------------------------------------------------- either format

  /**
   * The two Sitrep JSON formats, as {@link #detectFormat(byte[])} tells them apart and {@link
   * RecordReader#format()} names the one read.
   *
   * <pre>{@code
   * SitrepJson.Format format = SitrepJson.detectFormat(Path.of("events.jsonl"));
   * if (format == SitrepJson.Format.DOCUMENT) {
   *   Dataset dataset = SitrepJson.strict().readDataset(Path.of("events.jsonl"));
   * }
   * }</pre>
   */
  public enum Format {
    /** A document: {@code {"sitrep": "1.0", "title": ..., "asOf": ..., "records": [...]}}. */
    DOCUMENT,
    /** JSON Lines: one record object per line, after an optional header line. */
    JSON_LINES
  }

  /**
   * How many bytes at the start of an input {@link #detectFormat(byte[])} looks at, and {@link
   * #open(InputStream)} reads before it returns: 64 KiB.
   */
  public static final int DETECTION_LENGTH = FormatDetection.LENGTH;

  /**
   * What the first bytes of an input say of its format, looking at no more than {@link
   * #DETECTION_LENGTH} of them: a document when the object it starts with has {@code records} among
   * its first telling properties ({@code sitrep}, {@code title}, {@code asOf}, {@code records}, in
   * any order); JSON Lines when the object's first telling property is a record's ({@code type},
   * {@code id}), when it holds document properties without {@code records} and more follows it (the
   * header line), or when the input does not start with an object at all. Empty when the bytes say
   * nothing: no content (blanks only), an object with none of these properties, text that is not
   * JSON, or an object cut off before it tells. Leading whitespace and a byte order mark are
   * skipped; UTF-16 and UTF-32 are recognised as Jackson recognises them.
   *
   * <pre>{@code
   * byte[] start = in.readNBytes(SitrepJson.DETECTION_LENGTH);
   * SitrepJson.Format format =
   *     SitrepJson.detectFormat(start).orElse(SitrepJson.Format.JSON_LINES);
   * }</pre>
   *
   * @param start the first bytes of the input, or all of it
   * @return the format, or empty when the bytes do not tell
   */
  public static Optional<Format> detectFormat(byte[] start) {
    Objects.requireNonNull(start, "start");
    return Optional.ofNullable(
        FormatDetection.detect(start, Math.min(start.length, DETECTION_LENGTH)));
  }

  /**
   * The format of a file: what its content says ({@link #detectFormat(byte[])}), else what its name
   * says ({@code .json} a document, {@code .jsonl} or {@code .ndjson} JSON Lines), else JSON Lines.
   * An empty file named {@code .json} is thus a document, which {@link #read(Path)} refuses as
   * empty.
   *
   * @param path the file
   * @return the format
   * @throws IOException when the file cannot be read
   */
  public static Format detectFormat(Path path) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(path)) {
      start = in.readNBytes(DETECTION_LENGTH);
    }
    return formatOf(start, path);
  }

  private static Format formatOf(byte[] start, @Nullable Path path) {
    Format format = FormatDetection.detect(start, start.length);
    if (format == null && path != null && path.getFileName() != null) {
      format = FormatDetection.ofFileName(path.getFileName().toString());
    }
    return format == null ? Format.JSON_LINES : format;
  }

  /**
   * Opens a file of either format for reading its records one at a time, as {@link
   * #openRecords(Path)} reads JSON Lines and {@link #openDocumentRecords(Path)} a document; which
   * one is decided as {@link #detectFormat(Path)} decides, on the bytes read once (so a named pipe
   * works too). {@link RecordReader#format()} says which it was.
   *
   * <pre>{@code
   * try (RecordReader records = SitrepJson.strict().open(Path.of(args[0]))) {
   *   System.out.println(records.format() + ": " + records.documentTitle().orElse("untitled"));
   *   records.forEachRemaining(record -> System.out.println(record.id()));
   * }
   * }</pre>
   *
   * @param path the file
   * @return the reader, to be closed
   * @throws IOException when the file cannot be opened or its start read
   */
  public RecordReader open(Path path) throws IOException {
    return open(Files.newInputStream(path), path);
  }

  /**
   * Reads records of either format from a stream one at a time, like {@link #open(Path)}; without a
   * file name to go by, input whose start says nothing is read as JSON Lines. Up to {@link
   * #DETECTION_LENGTH} bytes are read before this returns. Closing the reader closes the stream.
   *
   * @param in the bytes
   * @return the reader, to be closed
   * @throws IOException when the start of the stream cannot be read
   */
  public RecordReader open(InputStream in) throws IOException {
    return open(Objects.requireNonNull(in, "in"), null);
  }

  private RecordReader open(InputStream in, @Nullable Path path) throws IOException {
    byte[] start;
    try {
      start = in.readNBytes(DETECTION_LENGTH);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
    InputStream whole = new SequenceInputStream(new ByteArrayInputStream(start), in);
    return formatOf(start, path) == Format.DOCUMENT
        ? openDocumentRecords(whole)
        : openRecords(whole);
  }

  /**
   * Opens a JSON Lines file for writing: records go to a temporary file in the same directory,
   * moved into place when the writer is closed, unless a write failed or the writer was {@link
   * RecordWriter#abort() aborted} (see {@link RecordWriter} for the pattern).
   *
   * @param path the file, replaced when the writer is closed
   * @return the writer, to be closed
   * @throws IOException when the file cannot be created
   */
  public RecordWriter newRecordWriter(Path path) throws IOException {
    return RecordWriter.toFile(codec, path);
  }

  /**
   * Opens a JSON Lines file for appending records after those already in it (created when absent).
   * Each record is one complete line.
   *
   * @param path the file
   * @return the writer, to be closed
   * @throws IOException when the file cannot be opened
   */
  public RecordWriter appendingRecordWriter(Path path) throws IOException {
    return RecordWriter.appending(codec, path);
  }

  /**
   * Writes JSON Lines to a stream; closing the writer flushes and closes the stream.
   *
   * @param out the stream
   * @return the writer, to be closed
   * @throws IOException when the stream cannot be written
   */
  public RecordWriter newRecordWriter(OutputStream out) throws IOException {
    return RecordWriter.toStream(codec, out);
  }

  /**
   * Writes the records an iterator gives as a JSON Lines file, all or nothing: through a temporary
   * file moved into place once the iterator is exhausted; when the iterator or a write throws, the
   * temporary file is deleted, the target left as it was, and the exception passed on.
   *
   * <pre>{@code
   * try (RecordReader in = json.openDocumentRecords(Path.of("scenario.json"))) {
   *   json.writeRecords(in, Path.of("scenario.jsonl"));
   * }
   * }</pre>
   *
   * @param records the records, read to the end
   * @param path the file, replaced when complete
   * @throws IOException when the file cannot be written
   */
  public void writeRecords(Iterator<? extends SitrepRecord> records, Path path) throws IOException {
    writeRecords(records, path, null, null);
  }

  /**
   * Writes a JSON Lines file as {@link #writeRecords(Iterator, Path)} does, with a header line
   * holding the dataset's title and asOf day first ({@link RecordWriter#writeHeader}), so that a
   * document converted to JSON Lines and back is the same document.
   *
   * <pre>{@code
   * json.writeRecords(dataset.records().iterator(), Path.of("scenario.jsonl"),
   *     dataset.title(), dataset.asOf());
   * }</pre>
   *
   * @param records the records, read to the end
   * @param path the file, replaced when complete
   * @param title the header's title, or null; with {@code asOf} null too, no header is written
   * @param asOf the header's day, or null; with {@code title} null too, no header is written
   * @throws IOException when the file cannot be written
   */
  public void writeRecords(
      Iterator<? extends SitrepRecord> records,
      Path path,
      @Nullable String title,
      @Nullable LocalDate asOf)
      throws IOException {
    Objects.requireNonNull(records, "records");
    RecordWriter writer = newRecordWriter(path);
    try {
      if (title != null || asOf != null) {
        writer.writeHeader(title, asOf);
      }
      while (records.hasNext()) {
        writer.write(records.next());
      }
    } catch (IOException | RuntimeException | Error e) {
      writer.abort();
      throw e;
    }
    writer.close();
  }

  /**
   * Builds a {@link SitrepJson}; strict, pretty and with the default limits until told otherwise.
   *
   * <pre>{@code
   * SitrepJson json = SitrepJson.builder().lenient().compact().maxDocumentLength(1L << 20).build();
   * }</pre>
   */
  public static final class Builder {
    private boolean strict = true;
    private boolean detectDuplicates;
    private boolean pretty = true;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
    private int readThreads = 1;
    private int readChunkSize = JsonCodec.defaultChunkSize();
    private boolean chunked;

    private Builder() {}

    /**
     * Problems are errors (the default).
     *
     * @return this builder
     */
    public Builder strict() {
      this.strict = true;
      return this;
    }

    /**
     * Unknown properties are warnings; unreadable records and lines are left out with one.
     *
     * @return this builder
     */
    public Builder lenient() {
      this.strict = false;
      return this;
    }

    /**
     * A strict instance refuses a property given twice in one object, at any level ({@code x_}
     * values and the document included), with code {@code duplicate-property}. Off by default: it
     * costs 6% to 18% of the read time (measured on JSON Lines of 100,000 synthetic incidents), and
     * then a repeated property other than a record's {@code type} keeps its last value, and a
     * repeated list property adds its elements to the first one's. A lenient instance checks too:
     * in JSON Lines the line is left out with a {@code duplicate-property} warning and reading goes
     * on; in a document the read stops there (Jackson's check leaves the parser unable to go on),
     * as with a syntax error.
     *
     * @return this builder
     */
    public Builder detectDuplicates() {
      this.detectDuplicates = true;
      return this;
    }

    /**
     * Documents are indented (the default).
     *
     * @return this builder
     */
    public Builder pretty() {
      this.pretty = true;
      return this;
    }

    /**
     * Documents are written without whitespace.
     *
     * @return this builder
     */
    public Builder compact() {
      this.pretty = false;
      return this;
    }

    /**
     * The longest string value, in characters.
     *
     * @param characters the limit
     * @return this builder
     */
    public Builder maxStringLength(int characters) {
      this.maxStringLength = positive(characters, "maxStringLength");
      return this;
    }

    /**
     * The longest property name, in characters.
     *
     * @param characters the limit
     * @return this builder
     */
    public Builder maxNameLength(int characters) {
      this.maxNameLength = positive(characters, "maxNameLength");
      return this;
    }

    /**
     * The longest number, in characters.
     *
     * @param characters the limit
     * @return this builder
     */
    public Builder maxNumberLength(int characters) {
      this.maxNumberLength = positive(characters, "maxNumberLength");
      return this;
    }

    /**
     * The deepest nesting of arrays and objects, when reading and writing.
     *
     * @param depth the limit
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive(depth, "maxNestingDepth");
      return this;
    }

    /**
     * The longest document, in bytes (characters for text input).
     *
     * @param length the limit
     * @return this builder
     */
    public Builder maxDocumentLength(long length) {
      if (length <= 0) {
        throw new IllegalArgumentException("maxDocumentLength must be positive, was " + length);
      }
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * The longest JSON Lines line, in bytes.
     *
     * @param bytes the limit
     * @return this builder
     */
    public Builder maxLineLength(int bytes) {
      this.maxLineLength = positive(bytes, "maxLineLength");
      return this;
    }

    /**
     * How many threads decode JSON Lines ({@link #openRecords(Path)}, {@link
     * #openRecords(InputStream)}, and {@link #open(Path)} when it finds JSON Lines); 1, the
     * default, reads on the thread that asks for the records. With more, the reader cuts the input
     * into chunks of about 256 KiB at line ends, decoded by {@code threads - 1} daemon threads
     * ({@code sitrep-read-N}, started by the first read, stopped by {@link RecordReader#close()})
     * and by the thread that asks for the records, which decodes the next chunk itself whenever the
     * one it needs is not decoded yet, instead of waiting: {@code threads} busy threads in all, so
     * {@code availableProcessors()} keeps every core busy without one thread more than cores. The
     * records are delivered in the file's order: the same records, warnings and exceptions, with
     * the same line numbers, at the same calls as with one thread. At most {@code 2 * threads + 8}
     * chunks are held at a time, read ahead and decoded; a line longer than a chunk needs a chunk
     * as long as the line. Documents are always read by one thread. {@link
     * RecordReader#prepareEach} runs work of your own on the records on the threads that decode
     * them.
     *
     * <pre>{@code
     * SitrepJson json = SitrepJson.builder().lenient()
     *     .readThreads(Runtime.getRuntime().availableProcessors()).build();
     * }</pre>
     *
     * @param threads the threads, at least 1
     * @return this builder
     */
    public Builder readThreads(int threads) {
      this.readThreads = positive(threads, "readThreads");
      return this;
    }

    /** The size of the chunks that threads decode; for tests, which make them tiny. */
    Builder readChunkSize(int bytes) {
      this.readChunkSize = positive(bytes, "readChunkSize");
      return this;
    }

    /**
     * Whether JSON Lines are read in chunks even with one thread, which then decodes every chunk
     * itself as the consumer does when its next chunk is not decoded yet; for tests, which compare
     * that path with the reader of one thread.
     */
    Builder chunked(boolean chunked) {
      this.chunked = chunked;
      return this;
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }

    /** {@return the configured, immutable {@link SitrepJson}} */
    public SitrepJson build() {
      return new SitrepJson(this);
    }
  }
}
