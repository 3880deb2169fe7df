package org.sitrep.cli.internal;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.sitrep.io.SitrepJson;
import org.sitrep.tabular.TabularFormat;

/**
 * A file named on the command line, or standard input for {@code -}, and which format it holds.
 *
 * <p>The format comes from the content: a first line that is an ACLED or UCDP GED header is that
 * table ({@link #sniffTable(byte[])}); otherwise io's {@link SitrepJson#detectFormat(byte[])} tells
 * a document from JSON Lines. When the content says nothing (an empty file, {@code {}}), the
 * extension is the hint ({@link DataFormat#ofExtension(Path)}: {@code .json} is a document), and
 * anything else is JSON Lines. {@code --from} overrides both.
 */
final class Input {

  /** How far the format sniffers look before giving up on leading whitespace. */
  private static final int SNIFF_LIMIT = SitrepJson.DETECTION_LENGTH;

  /** The file, or null for standard input. */
  private final @Nullable Path path;

  /** Standard input, or null for a file. */
  private final @Nullable InputStream stdin;

  private Input(@Nullable Path path, @Nullable InputStream stdin) {
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
    return Objects.requireNonNull(path, "standard input has no path");
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
  Opened open(@Nullable DataFormat forced) {
    InputStream in;
    if (path != null && !Files.exists(path)) {
      throw new Failure(label() + ": no such file");
    }
    if (path != null && Files.isDirectory(path)) {
      throw new Failure(label() + ": is a directory");
    }
    try {
      // FileInputStream, not Files.newInputStream: it also reads named pipes, e.g. <(zcat x.gz)
      in =
          new BufferedInputStream(
              path == null ? stdin : new FileInputStream(path.toFile()), SNIFF_LIMIT);
    } catch (FileNotFoundException e) {
      throw new Failure(label() + ": cannot be read: " + Failures.reason(e), e);
    }
    try {
      DataFormat format = forced != null ? forced : detect(in);
      return new Opened(in, format);
    } catch (IOException e) {
      closeQuietly(in);
      throw new Failure(label() + ": cannot be read: " + Failures.reason(e), e);
    }
  }

  private DataFormat detect(InputStream in) throws IOException {
    in.mark(SNIFF_LIMIT);
    byte[] start = in.readNBytes(SNIFF_LIMIT);
    in.reset();
    return sniffTable(start)
        .or(() -> SitrepJson.detectFormat(start).map(DataFormat::of))
        .or(() -> path == null ? Optional.empty() : DataFormat.ofExtension(path))
        .orElse(DataFormat.JSONL);
  }

  /**
   * The table format whose header the first line is, for CSV input given without {@code --from}: an
   * ACLED export (it has {@code event_id_cnty}, ...) or a UCDP GED export.
   */
  static Optional<DataFormat> sniffTable(byte[] start) {
    String text = new String(start, java.nio.charset.StandardCharsets.UTF_8);
    int end = text.indexOf('\n');
    String first =
        (end < 0 ? text : text.substring(0, end)).replace("\"", "").replace("\ufeff", "");
    List<String> header = java.util.Arrays.stream(first.split(",")).map(String::strip).toList();
    return TabularFormat.detect(header)
        .map(format -> format == TabularFormat.ACLED ? DataFormat.ACLED : DataFormat.UCDP);
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
