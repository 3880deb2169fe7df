package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.sitrep.core.PropertyNames;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.SitrepReadException;

/**
 * The records of a Sitrep document, read one at a time so that a huge document needs no more
 * memory than one record. The header properties before {@code records} are checked; those after
 * it are skipped.
 */
final class DocumentSource implements RecordSource {

  private final JsonParser p;
  private final Decoder decoder;
  private final boolean strict;
  private boolean started;
  private boolean done;

  DocumentSource(JsonParser parser, Decoder decoder, boolean strict) {
    this.p = parser;
    this.decoder = decoder;
    this.strict = strict;
  }

  @Override
  public SitrepRecord next() throws IOException {
    if (done) {
      return null;
    }
    try {
      if (!started) {
        started = true;
        if (!toRecords()) {
          done = true;
          return null;
        }
      }
      while (true) {
        Object arrayContext = p.getParsingContext();
        JsonToken token = p.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
          done = true;
          return null;
        }
        try {
          return decoder.readRecord(p);
        } catch (SitrepReadException e) {
          if (strict) {
            throw e;
          }
          decoder.warnings().add(e.toWarning());
          JsonToken skipped = p.currentToken();
          while (skipped != null && p.getParsingContext() != arrayContext) {
            skipped = p.nextToken();
          }
        }
      }
    } catch (JsonProcessingException e) {
      done = true;
      throw JsonCodec.problem(decoder, e);
    }
  }

  /** Moves to the records array; false when the document has none. */
  private boolean toRecords() throws IOException {
    decoder.startLine(p, 1);
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw decoder.fail(
          SitrepReadException.WRONG_JSON_TYPE, "expected a Sitrep document object", null);
    }
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken value = p.nextToken();
      if (PropertyNames.RECORDS.equals(name)) {
        if (value != JsonToken.START_ARRAY) {
          throw decoder.fail(
              SitrepReadException.WRONG_JSON_TYPE, "expected an array of records", null);
        }
        return true;
      }
      if (PropertyNames.SITREP.equals(name)
          && !(value == JsonToken.VALUE_STRING && JsonCodec.VERSION.equals(p.getText()))) {
        throw decoder.fail(
            SitrepReadException.UNSUPPORTED_VERSION,
            "unsupported format version " + p.getText() + ": this reader reads \""
                + JsonCodec.VERSION + "\"",
            null);
      }
      p.skipChildren();
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    p.close();
  }
}
