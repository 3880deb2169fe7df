package org.sitrep.cli.internal;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A file named on the command line, or standard input for {@code -}, and which format it holds.
 *
 * <p>The format comes from the content: a first non-whitespace character {@code '{'} followed by
 * the property name {@code "sitrep"} is a document; anything else is JSON Lines. When the content
 * says nothing (an empty file), the extension decides: {@code .json} is a document, anything else
 * JSON Lines. {@code --from} overrides both.
 */
final class Input {

  /** How far the format sniffer looks before giving up on leading whitespace. */
  private static final int SNIFF_LIMIT = 64 * 1024;

  private static final byte[] SITREP = "\"sitrep\"".getBytes(StandardCharsets.US_ASCII);

  private final Path path;
  private final InputStream stdin;

  private Input(Path path, InputStream stdin) {
    this.path = path;
    this.stdin = stdin;
  }

  /**
   * The input an argument names.
   *
   * @param argument a file name, or {@code -} for standard input
   * @param stdin what {@code -} reads
   */
  static Input of(String argument, InputStream stdin) {
    return argument.equals("-") ? new Input(null, stdin) : new Input(Path.of(argument), null);
  }

  /** Whether this is standard input. */
  boolean isStdin() {
    return path == null;
  }

  /** The file; only for a file input. */
  Path path() {
    return path;
  }

  /** The name in messages: the file as given, or {@code <stdin>}. */
  String label() {
    return path == null ? "<stdin>" : path.toString();
  }

  /** The size in bytes, when a regular file. */
  OptionalLong size() {
    try {
      return path != null && Files.isRegularFile(path)
          ? OptionalLong.of(Files.size(path))
          : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Opens the input, buffered and positioned at its start, with its format decided.
   *
   * @param forced the format {@code --from} gives, or null to detect it
   * @throws Failure when the file does not exist or cannot be read
   */
  Opened open(DataFormat forced) {
    InputStream in;
    if (path != null && !Files.exists(path)) {
      throw new Failure(label() + ": no such file");
    }
    if (path != null && Files.isDirectory(path)) {
      throw new Failure(label() + ": is a directory");
    }
    try {
      // FileInputStream, not Files.newInputStream: it also reads named pipes, e.g. <(zcat x.gz)
      in = new BufferedInputStream(path == null ? stdin : new FileInputStream(path.toFile()),
          SNIFF_LIMIT);
    } catch (FileNotFoundException e) {
      throw new Failure(label() + ": cannot be read: " + e.getMessage(), e);
    }
    try {
      DataFormat format = forced != null ? forced : detect(in);
      return new Opened(in, format);
    } catch (IOException e) {
      closeQuietly(in);
      throw new Failure(label() + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private DataFormat detect(InputStream in) throws IOException {
    in.mark(SNIFF_LIMIT);
    byte[] start = in.readNBytes(SNIFF_LIMIT);
    in.reset();
    int i = skipWhitespace(start, startAfterBom(start));
    if (i >= start.length) {
      return path == null
          ? DataFormat.JSONL
          : DataFormat.ofExtension(path).orElse(DataFormat.JSONL);
    }
    if (start[i] != '{') {
      return DataFormat.JSONL;
    }
    i = skipWhitespace(start, i + 1);
    for (int k = 0; k < SITREP.length; k++, i++) {
      if (i >= start.length || start[i] != SITREP[k]) {
        return DataFormat.JSONL;
      }
    }
    return DataFormat.JSON;
  }

  private static int startAfterBom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF
        ? 3
        : 0;
  }

  private static int skipWhitespace(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length
        && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    return i;
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the failure being reported is the one that matters
    }
  }

  /**
   * An open input and its format.
   *
   * @param stream the bytes, from the start
   * @param format the format decided by {@code --from}, the content or the extension
   */
  record Opened(InputStream stream, DataFormat format) {}
}
