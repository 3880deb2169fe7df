package org.sitrep.spark.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.SitrepRecord;
import org.sitrep.spark.ReadMode;

/**
 * Reads the lines that start in one split: a line belongs to the split its first byte is in. The
 * codec (one {@link RowCodec}, so one Jackson mapper with Sitrep's module) is set up once per split
 * and decodes line by line, so that a malformed line can be kept or dropped and the read go on. The
 * optional JSON Lines header (first line of a file, first property {@code sitrep}) is skipped;
 * blank lines are ignored.
 */
final class SitrepPartitionReader implements PartitionReader<InternalRow> {

  private static final int MAX_LINE = 16 << 20;

  private final LineSplit split;
  private final StructType schema;
  private final ReadMode mode;
  private final String corruptColumn;
  private final InputStream in;
  private final RowCodec codec = new RowCodec();
  private final JsonFactory json = new JsonFactory();
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[1024];
  private long position;
  private boolean atFileStart;

  /** The row next() moved to; null before the first. */
  private @Nullable InternalRow current;

  SitrepPartitionReader(
      Configuration conf, LineSplit split, StructType schema, ReadMode mode, String corruptColumn) {
    this.split = split;
    this.schema = schema;
    this.mode = mode;
    this.corruptColumn = corruptColumn;
    try {
      Path path = new Path(split.path);
      FileSystem fs = path.getFileSystem(conf);
      FSDataInputStream raw = fs.open(path);
      if (split.whole) {
        CompressionCodec compression = new CompressionCodecFactory(conf).getCodec(path);
        InputStream opened = compression == null ? raw : compression.createInputStream(raw);
        in = opened;
        position = 0;
      } else {
        long seek = Math.max(0, split.start - 1);
        raw.seek(seek);
        in = raw;
        position = seek;
        if (split.start > 0) {
          skipLine(); // the rest of the line the previous split reads (or the '\n' before ours)
        }
      }
      atFileStart = position == 0;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Cannot open " + split.path, e);
    }
  }

  @Override
  public boolean next() throws IOException {
    while (split.whole || position < split.end) {
      long lineStart = position;
      String line = readLine();
      if (line == null) {
        return false;
      }
      if (line.isBlank()) {
        continue;
      }
      if (atFileStart) {
        atFileStart = false;
        if (isHeader(line)) {
          continue;
        }
      }
      SitrepRecord record;
      try {
        record = codec.decode(line);
      } catch (IOException | RuntimeException e) {
        switch (mode) {
          case DROPMALFORMED -> {
            continue;
          }
          case PERMISSIVE -> {
            current = RowCodec.corrupt(schema, corruptColumn, line);
            return true;
          }
          default ->
              throw new IllegalArgumentException(
                  "Malformed Sitrep record in "
                      + split.path
                      + " at byte "
                      + lineStart
                      + ": "
                      + e.getMessage()
                      + " (read with option mode PERMISSIVE or DROPMALFORMED to go on)",
                  e);
        }
      }
      current = codec.toInternalRow(record, schema);
      return true;
    }
    return false;
  }

  @Override
  public InternalRow get() {
    InternalRow row = current;
    if (row == null) {
      throw new IllegalStateException("No current row: next() moves to one");
    }
    return row;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private boolean isHeader(String line) {
    try (JsonParser parser = json.createParser(line)) {
      return parser.nextToken() == JsonToken.START_OBJECT
          && parser.nextToken() == JsonToken.FIELD_NAME
          && "sitrep".equals(parser.currentName());
    } catch (IOException e) {
      return false;
    }
  }

  /** The next byte, or -1 at the end of the file. */
  private int read() throws IOException {
    if (chunkPos == chunkEnd) {
      chunkEnd = in.read(chunk, 0, chunk.length);
      chunkPos = 0;
      if (chunkEnd <= 0) {
        chunkEnd = 0;
        return -1;
      }
    }
    return chunk[chunkPos++] & 0xff;
  }

  private void skipLine() throws IOException {
    int b;
    while ((b = read()) >= 0) {
      position++;
      if (b == '\n') {
        return;
      }
    }
  }

  /** The next line without its end, or null at the end of the file. */
  private @Nullable String readLine() throws IOException {
    int b = read();
    if (b < 0) {
      return null;
    }
    int length = 0;
    while (b >= 0) {
      position++;
      if (b == '\n') {
        break;
      }
      if (length == line.length) {
        if (length >= MAX_LINE) {
          throw new IOException(
              "Line at byte " + position + " of " + split.path + " is longer than " + MAX_LINE);
        }
        line = java.util.Arrays.copyOf(line, length * 2);
      }
      line[length++] = (byte) b;
      b = read();
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new String(line, 0, length, StandardCharsets.UTF_8);
  }
}
