package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.PropertyNames;
import org.sitrep.io.SitrepJson;

/**
 * Tells a document from JSON Lines by the first bytes of the input, for {@code
 * SitrepJson.detectFormat} and {@code SitrepJson.open}.
 *
 * <p>An object whose first telling top-level property is a document's ({@code sitrep}, {@code
 * title}, {@code asOf}, {@code records}, in any order) is a document once {@code records} is seen;
 * one whose first telling property is a record's ({@code type}, {@code id}) is JSON Lines, and so
 * is anything that does not start with an object. An object that holds document properties but no
 * {@code records}, followed by more, is the header line of JSON Lines. Everything else says
 * nothing: no content, an object with none of these properties, one cut off or broken, text that is
 * not JSON.
 */
public final class FormatDetection {

  /** How many bytes detection looks at before giving up: 64 KiB. */
  public static final int LENGTH = 64 * 1024;

  /** Top-level properties only a document has. */
  private static final Set<String> DOCUMENT_PROPERTIES =
      Set.of(PropertyNames.SITREP, PropertyNames.TITLE, PropertyNames.AS_OF, PropertyNames.RECORDS);

  /** Top-level properties every record has, and a document has not. */
  private static final Set<String> RECORD_PROPERTIES = Set.of(PropertyNames.TYPE, PropertyNames.ID);

  /** Jackson's defaults: the bytes looked at are few, and a limit only ends the look early. */
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private FormatDetection() {}

  /**
   * What the first bytes of an input say of its format, or null when they say nothing.
   *
   * @param start the first bytes of the input (UTF-8, or UTF-16/32 with or without a byte order
   *     mark, as Jackson detects them)
   * @param length how many of them to look at
   */
  public static SitrepJson.@Nullable Format detect(byte[] start, int length) {
    try (JsonParser parser = FACTORY.createParser(start, 0, length)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      if (first != JsonToken.START_OBJECT) {
        return SitrepJson.Format.JSON_LINES;
      }
      boolean documentProperty = false;
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (name.equals(PropertyNames.RECORDS)) {
          return SitrepJson.Format.DOCUMENT;
        }
        if (DOCUMENT_PROPERTIES.contains(name)) {
          documentProperty = true;
        } else if (!documentProperty && RECORD_PROPERTIES.contains(name)) {
          return SitrepJson.Format.JSON_LINES;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      if (token == JsonToken.END_OBJECT && documentProperty && parser.nextToken() != null) {
        // document properties without records, then more: the header line of JSON Lines
        return SitrepJson.Format.JSON_LINES;
      }
      return null;
    } catch (IOException notJsonYet) {
      // cut off by the length looked at, or broken: the reader chosen otherwise will say where
      return null;
    }
  }

  /**
   * The format a file name suggests: {@code .json} a document, {@code .jsonl} and {@code .ndjson}
   * JSON Lines; null for any other name.
   */
  public static SitrepJson.@Nullable Format ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return SitrepJson.Format.JSON_LINES;
    }
    return name.endsWith(".json") ? SitrepJson.Format.DOCUMENT : null;
  }
}
