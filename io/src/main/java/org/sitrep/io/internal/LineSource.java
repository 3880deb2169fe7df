package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.SitrepReadException;

/**
 * The records of a JSON Lines stream: the bytes are split on {@code '\n'} into a reused buffer
 * and each line is parsed on its own, so memory stays constant, a line longer than the limit is
 * refused before it is parsed, and a lenient reader goes on after a bad line.
 */
final class LineSource implements RecordSource {

  private static final int CHUNK = 64 * 1024;

  private final JsonCodec codec;
  private final InputStream in;
  private final Decoder decoder;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[1024];
  private int lineLength;
  private int lineNumber;
  private boolean eof;

  LineSource(JsonCodec codec, InputStream in, Decoder decoder) {
    this.codec = codec;
    this.in = in;
    this.decoder = decoder;
  }

  @Override
  public SitrepRecord next() throws IOException {
    while (true) {
      int status = readLine();
      if (status < 0) {
        return null;
      }
      if (status == 0) {
        SitrepReadException tooLong =
            new SitrepReadException(
                SitrepReadException.LIMIT_EXCEEDED, lineNumber, codec.maxLineLength() + 1, "", null,
                "read limit exceeded: line longer than the maximum of " + codec.maxLineLength()
                    + " bytes",
                null);
        if (decoder.strict()) {
          throw tooLong;
        }
        decoder.warnings().add(tooLong.toWarning());
        continue;
      }
      if (isBlank()) {
        continue;
      }
      try {
        return parseLine();
      } catch (SitrepReadException e) {
        if (decoder.strict()) {
          throw e;
        }
        decoder.warnings().add(e.toWarning());
      }
    }
  }

  private SitrepRecord parseLine() throws IOException {
    try (JsonParser parser = codec.lineParser(line, lineLength)) {
      decoder.startLine(parser, lineNumber);
      try {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
          throw decoder.fail(
              SitrepReadException.WRONG_JSON_TYPE,
              "expected a record object on each line, found " + first.asString(),
              null);
        }
        SitrepRecord record = decoder.readRecord(parser);
        if (parser.nextToken() != null) {
          throw decoder.fail(
              SitrepReadException.SYNTAX,
              "more than one JSON value on a line: put each record on its own line",
              null);
        }
        return record;
      } catch (JsonProcessingException e) {
        throw JsonCodec.problem(decoder, e);
      }
    }
  }

  private boolean isBlank() {
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Reads the next line: 1 when read, 0 when too long (and skipped), -1 at the end. */
  private int readLine() throws IOException {
    if (eof && chunkPos >= chunkEnd) {
      return -1;
    }
    lineLength = 0;
    lineNumber++;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPos >= chunkEnd) {
        chunkEnd = in.read(chunk, 0, CHUNK);
        chunkPos = 0;
        if (chunkEnd <= 0) {
          chunkEnd = 0;
          eof = true;
          if (!any) {
            return -1;
          }
          return tooLong ? 0 : 1;
        }
      }
      any = true;
      int start = chunkPos;
      int newline = -1;
      for (int i = start; i < chunkEnd; i++) {
        if (chunk[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? chunkEnd : newline;
      if (!tooLong) {
        int length = end - start;
        if (lineLength + length > codec.maxLineLength()) {
          tooLong = true;
        } else {
          if (lineLength + length > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
          }
          System.arraycopy(chunk, start, line, lineLength, length);
          lineLength += length;
        }
      }
      if (newline >= 0) {
        chunkPos = newline + 1;
        return tooLong ? 0 : 1;
      }
      chunkPos = chunkEnd;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
