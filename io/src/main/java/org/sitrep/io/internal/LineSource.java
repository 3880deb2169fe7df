package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.SitrepReadException;
import org.sitrep.io.internal.access.Problems;

/**
 * The records of a JSON Lines stream. A line that lies within the read buffer is first read there
 * by the {@link FastLineParser}, which finds the line's end itself (a well-formed record followed
 * by blanks and {@code '\n'}, within the line length limit). Every other line is split off on
 * {@code '\n'} (searched for eight bytes at a time), so that a line longer than the limit is
 * refused before it is parsed and a lenient reader goes on after a bad line, and read by the paths
 * below; only a line that crosses the end of the buffer is copied into a reused one.
 *
 * <p>A line is parsed by one parser that lives as long as the stream (a parser per line costs more
 * than the rest of the read allocates): the parser reads the lines through {@link LineInput}, which
 * gives it the current line and nothing more, so a record that does not end on its line makes the
 * parser fail instead of reading on. Whenever that parser fails on a line or finds more than one
 * value on it, the line is read again on its own with a parser of its own, exactly as every line
 * was read before, which decides what the line holds and what is reported; the next line starts a
 * new stream parser.
 */
final class LineSource implements RecordSource {

  private static final int CHUNK = 64 * 1024;

  /** Eight bytes of an array at a time, for the search of {@code '\n'}. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = ONES * '\n';

  /** How a header line starts, after <code>{</code> and blanks. */
  private static final byte[] SITREP_NAME = "\"sitrep\"".getBytes(StandardCharsets.US_ASCII);

  private static final String DOCUMENT_HINT =
      " (a Sitrep document is an object: {\"sitrep\": \"1.0\", ..., \"records\": [...]})";

  private final JsonCodec codec;
  private final InputStream in;
  private final Decoder decoder;
  private final LineInput input = new LineInput();
  private final byte[] chunk;
  private int chunkPos;
  private int chunkEnd;

  /** A copy of the current line when it does not lie within the chunk, followed by its newline. */
  private byte[] line = new byte[1024];

  /**
   * Where the current line is, followed by its {@code '\n'} when it has one: the chunk when the
   * line lies within it (then it is not copied), otherwise {@link #line}.
   */
  private byte[] bytes = line;

  /** Where the current line starts in {@link #bytes}. */
  private int start;

  /** The length of the current line without its {@code '\n'}. */
  private int lineLength;

  /** The length of the current line with its {@code '\n'}, if any. */
  private int lineEnd;

  /** How many bytes of the current line the stream parser was given. */
  private int served;

  /** How many bytes the stream parser was given before the current line. */
  private long servedBefore;

  private int lineNumber;
  private boolean eof;

  /** The fast attempt at each line; null when switched off ({@link #withoutFastAttempt()}). */
  private @Nullable FastLineParser fast;

  /** The parser of the lines, or null before the first line and after a line it failed on. */
  private @Nullable JsonParser parser;

  LineSource(JsonCodec codec, InputStream in, Decoder decoder) {
    this.codec = codec;
    this.in = in;
    this.decoder = decoder;
    this.chunk = new byte[CHUNK];
    this.fast = new FastLineParser(codec.readLimits());
  }

  /**
   * Reads every line with the exact paths only (the stream parser, and each line alone where that
   * fails), for the tests that compare them with the fast attempt.
   */
  LineSource withoutFastAttempt() {
    fast = null;
    return this;
  }

  /**
   * The lines of the first {@code length} bytes of {@code bytes}, a piece of a stream, read where
   * they are, for {@link ParallelLineSource}: its first line is the stream's line {@code
   * linesBefore + 1}, and {@code headerChecked} says whether a line before it was looked at for a
   * header (a byte order mark is looked for on the stream's first line only).
   */
  LineSource(
      JsonCodec codec,
      byte[] bytes,
      int length,
      Decoder decoder,
      int linesBefore,
      boolean headerChecked) {
    this.codec = codec;
    this.in = InputStream.nullInputStream();
    this.decoder = decoder;
    this.chunk = bytes;
    this.chunkEnd = length;
    this.lineNumber = linesBefore;
    this.headerChecked = headerChecked;
    this.fast = new FastLineParser(codec.readLimits());
  }

  /** Whether the first non-blank line was looked at for a header. */
  private boolean headerChecked;

  /**
   * Whether the first non-blank line was looked at for a header, for {@link ParallelLineSource}.
   */
  boolean headerChecked() {
    return headerChecked;
  }

  /** A record read ahead by {@link #title()} or {@link #asOf()} to reach past the header. */
  private @Nullable SitrepRecord readAhead;

  private boolean readAheadDone;

  @Override
  public @Nullable String title() throws IOException {
    readPastHeader();
    return decoder.documentTitle();
  }

  @Override
  public @Nullable LocalDate asOf() throws IOException {
    readPastHeader();
    return decoder.documentAsOf();
  }

  private void readPastHeader() throws IOException {
    if (!headerChecked && !readAheadDone) {
      readAhead = readNext();
      readAheadDone = true;
    }
  }

  @Override
  public @Nullable SitrepRecord next() throws IOException {
    if (readAheadDone) {
      readAheadDone = false;
      SitrepRecord record = readAhead;
      readAhead = null;
      return record;
    }
    return readNext();
  }

  private @Nullable SitrepRecord readNext() throws IOException {
    while (true) {
      SitrepRecord direct = directRecord();
      if (direct != null) {
        return direct;
      }
      int status = readLine();
      if (status < 0) {
        return null;
      }
      if (status == 0) {
        SitrepReadException tooLong =
            Problems.exception(
                ReadProblem.LIMIT_EXCEEDED,
                lineNumber,
                codec.maxLineLength() + 1,
                "",
                null,
                "read limit exceeded: line longer than the maximum of "
                    + codec.maxLineLength()
                    + " bytes",
                null);
        if (decoder.strict()) {
          throw tooLong;
        }
        decoder.warnings().add(tooLong.problem());
        continue;
      }
      if (lineNumber == 1) {
        skipByteOrderMark();
      }
      if (isBlank(0)) {
        continue;
      }
      if (isHeaderLine()) {
        boolean first = !headerChecked;
        headerChecked = true;
        // a header that cannot be read is the frame, not a record: lenient readers refuse it too
        readHeader(first);
        continue;
      }
      headerChecked = true;
      // a line the fast attempt gave up on where it lies need not be tried again
      SitrepRecord record = directFailed == lineNumber && bytes == chunk ? null : fastRecord();
      if (record == null) {
        record = streamRecord();
      }
      if (record != null) {
        return record;
      }
      try {
        return parseLine();
      } catch (SitrepReadException e) {
        if (decoder.strict()) {
          throw e;
        }
        decoder.warnings().add(e.problem());
      }
    }
  }

  /**
   * The record of the next line, read by the {@link FastLineParser} where the line lies in the
   * chunk, before it is split off: the tokenizer finds the line's end itself. Null when the attempt
   * is not made (no fast attempt, the first line, nothing left in the chunk) or fails (the line is
   * not exactly one record that reads without a problem or warning, it is a header, it does not end
   * in the chunk or within the line length limit); then nothing is consumed, the warnings of the
   * attempt are taken back, {@link #directFailed} names the line if it was tried, and the line is
   * read as before.
   */
  private @Nullable SitrepRecord directRecord() {
    if (fast == null || !headerChecked || lineNumber == 0 || chunkPos >= chunkEnd) {
      return null;
    }
    int from = chunkPos;
    int limit = (int) Math.min(chunkEnd, from + (long) codec.maxLineLength() + 1);
    List<ReadProblem> warnings = decoder.warnings();
    int warningsBefore = warnings.size();
    lineNumber++;
    try {
      fast.reset(chunk, from, limit);
      fast.nextToken();
      decoder.startLine(fast, lineNumber - 1);
      SitrepRecord record = decoder.readRecord(fast);
      int newline = fast.newlineAfter();
      if (newline >= 0
          && warnings.size() == warningsBefore
          && fast.withinDocumentLimit(newline - from)) {
        servedBefore += served;
        served = 0;
        bytes = chunk;
        start = from;
        lineLength = newline - from;
        lineEnd = lineLength + 1;
        if (!isHeaderLine()) {
          chunkPos = newline + 1;
          return record;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the line is split off and read as before
    }
    takeBack(warnings, warningsBefore);
    directFailed = lineNumber--;
    return null;
  }

  /** The number of the last line {@link #directRecord()} tried and gave up on. */
  private int directFailed;

  /** Takes back the warnings an attempt that gave up added after the first {@code kept}. */
  private static void takeBack(List<ReadProblem> warnings, int kept) {
    warnings.subList(kept, warnings.size()).clear();
  }

  /**
   * The record of the current line, read by the {@link FastLineParser}; null when that gives up or
   * the line is not exactly one record that reads without a problem or warning (then the warnings
   * of the attempt are taken back and the line is left to {@link #streamRecord()}).
   */
  private @Nullable SitrepRecord fastRecord() {
    if (fast == null) {
      return null;
    }
    List<ReadProblem> warnings = decoder.warnings();
    int warningsBefore = warnings.size();
    try {
      if (!fast.withinDocumentLimit(lineLength)) {
        return null;
      }
      fast.reset(bytes, start, start + lineLength);
      fast.nextToken();
      decoder.startLine(fast, lineNumber - 1);
      SitrepRecord record = decoder.readRecord(fast);
      if (warnings.size() == warningsBefore && fast.restIsBlank()) {
        return record;
      }
    } catch (IOException | RuntimeException e) {
      // the line is read again by the exact paths, which report what is wrong with it
    }
    takeBack(warnings, warningsBefore);
    return null;
  }

  /**
   * The record of the current line, read by the stream parser; null when the line is not exactly
   * one record that reads without a problem (then the warnings of the attempt are taken back and
   * the line is left to {@link #parseLine()}).
   */
  private @Nullable SitrepRecord streamRecord() {
    List<ReadProblem> warnings = decoder.warnings();
    int warningsBefore = warnings.size();
    try {
      if (parser == null) {
        servedBefore = 0;
        parser = codec.streamParser(input);
      }
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        dropParser();
        return null;
      }
      decoder.startLine(parser, lineNumber - JacksonInternals.tokenLine(parser));
      SitrepRecord record = decoder.readRecord(parser);
      long after = parser.currentLocation().getByteOffset() - servedBefore;
      if (after > 0
          && after <= lineLength
          && bytes[start + (int) after - 1] == '}'
          && isBlank((int) after)) {
        return record;
      }
    } catch (IOException | RuntimeException e) {
      // the line is read again on its own, which reports what is wrong with it
    }
    takeBack(warnings, warningsBefore);
    dropParser();
    return null;
  }

  private void dropParser() {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // closing releases buffers only: the stream stays open (AUTO_CLOSE_SOURCE is off)
      }
      parser = null;
    }
  }

  /**
   * Whether the current line is a header: an object whose first property is {@code sitrep} ({@code
   * {"sitrep":"1.0","title":...,"asOf":...}}), blanks allowed.
   */
  private boolean isHeaderLine() {
    int i = start;
    int end = start + lineLength;
    while (i < end && (bytes[i] == ' ' || bytes[i] == '\t')) {
      i++;
    }
    if (i >= end || bytes[i] != '{') {
      return false;
    }
    i++;
    while (i < end && (bytes[i] == ' ' || bytes[i] == '\t')) {
      i++;
    }
    return end - i >= SITREP_NAME.length
        && Arrays.equals(bytes, i, i + SITREP_NAME.length, SITREP_NAME, 0, SITREP_NAME.length);
  }

  private void readHeader(boolean first) throws IOException {
    copyLine();
    try (JsonParser lineParser = codec.lineParser(line, lineLength)) {
      if (!first) {
        decoder.startLine(lineParser, lineNumber - 1);
        lineParser.nextToken();
        throw decoder.fail(
            ReadProblem.SYNTAX,
            "a JSON Lines header ({\"sitrep\": ...}) must be the first line, before every record",
            null);
      }
      try {
        decoder.header(lineParser, lineNumber - 1);
      } catch (JsonProcessingException e) {
        throw JsonCodec.problem(decoder, e);
      }
    }
  }

  private void copyLine() {
    if (bytes != line) {
      if (lineLength + 1 > line.length) {
        line = new byte[Math.max(line.length * 2, lineLength + 1)];
      }
      System.arraycopy(bytes, start, line, 0, lineLength);
      bytes = line;
      start = 0;
    }
  }

  private SitrepRecord parseLine() throws IOException {
    copyLine();
    try (JsonParser lineParser = codec.lineParser(line, lineLength)) {
      decoder.startLine(lineParser, lineNumber - 1);
      try {
        JsonToken first = lineParser.nextToken();
        if (first != JsonToken.START_OBJECT) {
          throw decoder.fail(
              ReadProblem.WRONG_JSON_TYPE,
              "expected a record object on each line, found "
                  + decoder.describe(first)
                  + (first == JsonToken.START_ARRAY ? DOCUMENT_HINT : ""),
              null);
        }
        SitrepRecord record = decoder.readRecord(lineParser);
        if (lineParser.nextToken() != null) {
          throw decoder.fail(
              ReadProblem.SYNTAX,
              "more than one JSON value on a line: put each record on its own line",
              null);
        }
        return record;
      } catch (JsonProcessingException e) {
        throw JsonCodec.problem(decoder, e);
      }
    }
  }

  /**
   * Leaves out a UTF-8 byte order mark before the first line: Jackson would skip it, but the header
   * check and the blank check look at the bytes, and a header after a mark would be read as a
   * record. Columns on the first line then count from after the mark, as on every other line.
   */
  private void skipByteOrderMark() {
    if (lineLength >= 3
        && bytes[start] == (byte) 0xEF
        && bytes[start + 1] == (byte) 0xBB
        && bytes[start + 2] == (byte) 0xBF) {
      if (bytes == line) {
        // the copy of the line must start at 0: move the rest of it, newline included, to the front
        System.arraycopy(line, 3, line, 0, lineEnd - 3);
      } else {
        start += 3;
      }
      lineLength -= 3;
      lineEnd -= 3;
    }
  }

  /** Whether the current line holds only blanks from {@code from} on. */
  private boolean isBlank(int from) {
    for (int i = start + from, end = start + lineLength; i < end; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Reads the next line: 1 when read, 0 when too long (and skipped), -1 at the end. */
  private int readLine() throws IOException {
    servedBefore += served;
    served = 0;
    lineEnd = 0;
    if (eof && chunkPos >= chunkEnd) {
      return -1;
    }
    lineLength = 0;
    lineNumber++;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPos >= chunkEnd) {
        chunkEnd = in.read(chunk, 0, chunk.length);
        chunkPos = 0;
        if (chunkEnd <= 0) {
          chunkEnd = 0;
          eof = true;
          if (!any) {
            return -1;
          }
          lineEnd = lineLength;
          return tooLong ? 0 : 1;
        }
      }
      any = true;
      int from = chunkPos;
      int newline = newline(chunk, from, chunkEnd);
      int end = newline < 0 ? chunkEnd : newline;
      if (newline >= 0 && lineLength == 0 && !tooLong) {
        chunkPos = newline + 1;
        if (end - from > codec.maxLineLength()) {
          return 0;
        }
        bytes = chunk;
        start = from;
        lineLength = end - from;
        lineEnd = lineLength + 1;
        return 1;
      }
      bytes = line;
      start = 0;
      if (!tooLong) {
        int length = end - from;
        if (lineLength + length > codec.maxLineLength()) {
          tooLong = true;
        } else {
          if (lineLength + length + 1 > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length + 1));
            bytes = line;
          }
          System.arraycopy(chunk, from, line, lineLength, length);
          lineLength += length;
        }
      }
      if (newline >= 0) {
        chunkPos = newline + 1;
        if (tooLong) {
          return 0;
        }
        line[lineLength] = '\n';
        lineEnd = lineLength + 1;
        return 1;
      }
      chunkPos = chunkEnd;
    }
  }

  /** The index of the first {@code '\n'} in {@code [from, to)} of {@code a}, or -1. */
  private static int newline(byte[] a, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long word = (long) LONGS.get(a, i) ^ NEWLINES;
      // the lowest high bit set marks the first zero byte: borrows only reach bytes above it
      long zeros = (word - ONES) & ~word & HIGHS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (a[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    try (in) {
      dropParser();
    }
  }

  /**
   * What the stream parser reads: the current line and its {@code '\n'}, then nothing until the
   * next line is read; asked for more, it fails the parser with {@link LineEnd}.
   */
  private final class LineInput extends InputStream {

    @Override
    public int read() throws IOException {
      if (served >= lineEnd) {
        throw new LineEnd();
      }
      return bytes[start + served++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      int count = Math.min(length, lineEnd - served);
      if (count <= 0) {
        throw new LineEnd();
      }
      System.arraycopy(bytes, start + served, buffer, offset, count);
      served += count;
      return count;
    }
  }

  /** The stream parser asked for more than the current line. */
  private static final class LineEnd extends IOException {

    private static final long serialVersionUID = 1L;

    LineEnd() {
      super("the value does not end on its line");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
