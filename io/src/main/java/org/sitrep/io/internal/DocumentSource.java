package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.SitrepReadException;

/**
 * The records of a Sitrep document, read one at a time so that a huge document needs no more memory
 * than one record. The document's other properties are read and checked by the decoder's shared
 * document logic wherever they stand, before or after {@code records}; a missing one is reported at
 * the end of the document.
 */
final class DocumentSource implements RecordSource {

  @Override
  public boolean isDocument() {
    return true;
  }

  private final InputStream in;
  private final JsonParser p;
  private final Decoder decoder;
  private final boolean strict;
  private boolean started;
  private boolean inRecords;
  private boolean done;

  DocumentSource(InputStream in, JsonParser parser, Decoder decoder, boolean strict) {
    this.in = in;
    this.p = parser;
    this.decoder = decoder;
    this.strict = strict;
  }

  @Override
  public @Nullable SitrepRecord next() throws IOException {
    if (done) {
      return null;
    }
    try {
      start();
      while (true) {
        if (!inRecords) {
          done = true;
          return null;
        }
        Object arrayContext = p.getParsingContext();
        if (p.nextToken() == JsonToken.END_ARRAY) {
          inRecords = decoder.nextRecords(true);
          continue;
        }
        try {
          SitrepRecord record = decoder.readRecord(p);
          decoder.recordDone();
          return record;
        } catch (SitrepReadException e) {
          if (strict) {
            throw e;
          }
          decoder.warnings().add(e.problem());
          skipTo(arrayContext);
          decoder.recordDone();
        }
      }
    } catch (JsonProcessingException e) {
      done = true;
      throw JsonCodec.problem(decoder, e);
    } catch (IOException | RuntimeException e) {
      done = true;
      throw e;
    }
  }

  /** Reads the document up to its records, once. */
  private void start() throws IOException {
    if (!started) {
      started = true;
      decoder.beginDocument(p);
      inRecords = decoder.nextRecords(true);
    }
  }

  /** After a problem inside a record: skips to the end of the record, in the records array. */
  private void skipTo(Object arrayContext) throws IOException {
    while (p.getParsingContext() != arrayContext) {
      if (p.nextToken() == null) {
        throw decoder.fail(ReadProblem.SYNTAX, "unexpected end of input in a record", null);
      }
    }
  }

  @Override
  public @Nullable String title() throws IOException {
    header();
    return decoder.documentTitle();
  }

  @Override
  public @Nullable LocalDate asOf() throws IOException {
    header();
    return decoder.documentAsOf();
  }

  /** Reads the header up to the records when nothing was read yet. */
  private void header() throws IOException {
    if (started || done) {
      return;
    }
    try {
      start();
    } catch (JsonProcessingException e) {
      done = true;
      throw JsonCodec.problem(decoder, e);
    } catch (IOException | RuntimeException e) {
      done = true;
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try (in) {
      p.close();
    }
  }
}
