package org.sitrep.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.sitrep.core.PropertyNames;
import org.sitrep.tabular.TabularFormat;

/**
 * A file named on the command line, or standard input for {@code -}, and which format it holds.
 *
 * <p>The format comes from the content (see {@link #sniff(byte[])}): an object whose first telling
 * top-level property is a document's ({@code sitrep}, {@code title}, {@code asOf}, {@code records},
 * in any order) is a document; one whose first telling property is a record's ({@code type}, {@code
 * id}) is JSON Lines, and so is anything that does not start with an object. When the content says
 * nothing (an empty file, {@code {}}), the extension is the hint: {@code .json} is a document,
 * anything else JSON Lines. {@code --from} overrides both.
 */
final class Input {

  /** How far the format sniffer looks before giving up on leading whitespace. */
  private static final int SNIFF_LIMIT = 64 * 1024;

  /** Top-level properties only a document has. */
  private static final Set<String> DOCUMENT_PROPERTIES =
      Set.of(PropertyNames.SITREP, PropertyNames.TITLE, PropertyNames.AS_OF, PropertyNames.RECORDS);

  /** Top-level properties every record has, and a document has not. */
  private static final Set<String> RECORD_PROPERTIES = Set.of(PropertyNames.TYPE, PropertyNames.ID);

  private static final JsonFactory SNIFFER = JsonFactory.builder().build();

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
        .or(() -> sniff(start))
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

  /**
   * What the start of an input says of its format: JSON Lines when it does not start with an
   * object, or when its first top-level property that tells is a record's ({@code type}, {@code
   * id}); a document when the object has {@code records}; JSON Lines again when the object holds
   * document properties but no {@code records} and more follows it (a header line); empty when it
   * says nothing (no content, an object with none of these properties, or one cut off or broken).
   *
   * @param start the first bytes of the input
   */
  static Optional<DataFormat> sniff(byte[] start) {
    try (JsonParser parser = SNIFFER.createParser(start)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.empty();
      }
      if (first != JsonToken.START_OBJECT) {
        return Optional.of(DataFormat.JSONL);
      }
      boolean documentProperty = false;
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.getCurrentName();
        if (name.equals(PropertyNames.RECORDS)) {
          return Optional.of(DataFormat.JSON);
        }
        if (DOCUMENT_PROPERTIES.contains(name)) {
          documentProperty = true;
        } else if (!documentProperty && RECORD_PROPERTIES.contains(name)) {
          return Optional.of(DataFormat.JSONL);
        }
        parser.nextToken();
        parser.skipChildren();
      }
      if (token == JsonToken.END_OBJECT && documentProperty && parser.nextToken() != null) {
        // document properties without records, then more: the header line of JSON Lines
        return Optional.of(DataFormat.JSONL);
      }
      return Optional.empty();
    } catch (IOException notJsonYet) {
      // cut off by the sniff limit, or broken: the reader chosen by the extension will say where
      return Optional.empty();
    }
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
