package org.sitrep.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.RecordReader;
import org.sitrep.io.SitrepJson;
import org.sitrep.io.SitrepReadException;

/**
 * The records of one input, one at a time. JSON Lines and document files stream in constant
 * memory (a document's title and {@code asOf} are found by a quick look at its header, before
 * {@code records}); a document on standard input, or one whose {@code asOf} does not come
 * before its records, is read whole. Every read problem becomes a {@link Failure} naming
 * the input, line and column.
 */
final class Records implements AutoCloseable {

  private static final JsonFactory HEADER_JSON = JsonFactory.builder().build();

  private final Input input;
  private final DataFormat format;
  private final Iterator<SitrepRecord> records;
  private final AutoCloseable closer;
  private final String title;
  private final LocalDate asOf;

  private Records(
      Input input, DataFormat format, Iterator<SitrepRecord> records, AutoCloseable closer,
      String title, LocalDate asOf) {
    this.input = input;
    this.format = format;
    this.records = records;
    this.closer = closer;
    this.title = title;
    this.asOf = asOf;
  }

  /**
   * Opens an input for reading with a strict reader.
   *
   * @param input the file or standard input
   * @param forced the format {@code --from} gives, or null to detect it
   * @throws Failure when it cannot be opened, or a document on standard input cannot be read
   */
  static Records open(Input input, DataFormat forced) {
    SitrepJson json = SitrepJson.strict();
    Input.Opened opened = input.open(forced);
    InputStream in = opened.stream();
    if (opened.format() == DataFormat.JSONL) {
      RecordReader reader = json.openRecords(in);
      return new Records(input, DataFormat.JSONL, reader, reader, null, null);
    }
    try {
      Header header = input.isStdin() ? null : Header.scan(input.path());
      if (header == null || header.asOf == null) {
        // standard input, or a header without asOf before the records: read whole, so that
        // the reader checks everything and names what is wrong
        Dataset dataset = readWhole(input, json, in);
        return new Records(
            input, DataFormat.JSON, dataset.records().iterator(), in, dataset.title(),
            dataset.asOf());
      }
      in.close();
      RecordReader reader = json.openDocumentRecords(input.path());
      return new Records(input, DataFormat.JSON, reader, reader, header.title, header.asOf);
    } catch (IOException e) {
      throw new Failure(input.label() + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static Dataset readWhole(Input input, SitrepJson json, InputStream in) {
    try {
      return json.read(in).dataset();
    } catch (SitrepReadException e) {
      throw readFailure(input, e);
    } catch (IOException e) {
      throw new Failure(input.label() + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** The format read. */
  DataFormat format() {
    return format;
  }

  /** The document's title; empty for JSON Lines. */
  Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The document's {@code asOf} day; empty for JSON Lines. */
  Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * The next record, or null at the end.
   *
   * @throws Failure when the input cannot be read
   */
  SitrepRecord next() {
    try {
      if (!records.hasNext()) {
        return null;
      }
      return records.next();
    } catch (SitrepReadException e) {
      throw readFailure(input, e);
    } catch (UncheckedIOException e) {
      throw new Failure(input.label() + ": cannot be read: " + e.getCause().getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      closer.close();
    } catch (Exception e) {
      throw new Failure(input.label() + ": cannot be closed: " + e.getMessage(), e);
    }
  }

  /**
   * One line for a read error: {@code file:line:column: detail (at pointer, record id)
   * [code]}.
   */
  static Failure readFailure(Input input, SitrepReadException e) {
    StringBuilder out = new StringBuilder(input.label());
    if (e.line() > 0) {
      out.append(':').append(e.line());
      if (e.column() > 0) {
        out.append(':').append(e.column());
      }
    }
    out.append(": ").append(Failures.oneLine(e.detail()));
    boolean pointer = !e.pointer().isEmpty();
    if (pointer || e.recordId().isPresent()) {
      out.append(" (");
      if (pointer) {
        out.append("at ").append(e.pointer());
      }
      e.recordId().ifPresent(id -> out.append(pointer ? ", " : "").append("record ").append(id));
      out.append(')');
    }
    out.append(" [").append(e.code()).append(']');
    return new Failure(out.toString(), e);
  }

  /** A document's title and {@code asOf}, found without reading its records. */
  private static final class Header {
    String title;
    LocalDate asOf;

    /** Reads the top-level properties; a malformed header yields what was found before it. */
    static Header scan(Path path) throws IOException {
      Header header = new Header();
      try (InputStream in = Files.newInputStream(path);
          JsonParser parser = HEADER_JSON.createParser(in)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return header;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if (name.equals("title") && value == JsonToken.VALUE_STRING) {
            header.title = parser.getText();
          } else if (name.equals("asOf") && value == JsonToken.VALUE_STRING) {
            header.asOf = LocalDate.parse(parser.getText());
          } else if (name.equals("records")) {
            return header;
          } else {
            parser.skipChildren();
          }
        }
      } catch (com.fasterxml.jackson.core.JacksonException | DateTimeParseException e) {
        // the record reader reports the same problem with its position
        return header;
      }
      return header;
    }
  }
}
