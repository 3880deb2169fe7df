package org.sitrep.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes decoded onto a writer: lets a byte-oriented writer (JSON Lines) print to the tool's
 * standard output, which is a writer so that tests can capture it. Closing flushes the writer and
 * leaves it open.
 */
final class WriterOutputStream extends OutputStream {

  private final Writer out;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);

  WriterOutputStream(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int offset = off;
    int remaining = len;
    while (remaining > 0) {
      int n = Math.min(remaining, bytes.remaining());
      bytes.put(b, offset, n);
      offset += n;
      remaining -= n;
      decode(false);
    }
  }

  @Override
  public void flush() throws IOException {
    decode(false);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    decode(true);
    decoder.flush(chars);
    drainChars();
    out.flush();
  }

  private void decode(boolean endOfInput) throws IOException {
    bytes.flip();
    while (true) {
      boolean overflow = decoder.decode(bytes, chars, endOfInput).isOverflow();
      drainChars();
      if (!overflow) {
        break;
      }
    }
    bytes.compact();
  }

  private void drainChars() throws IOException {
    chars.flip();
    out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
    chars.clear();
  }
}
