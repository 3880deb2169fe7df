package org.sitrep.bench.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The ceiling of the ladder: what jackson-core alone costs, without binding. Reading either only
 * walks the tokens ({@link #scanTokens}) or also makes a {@code String} of every scalar value
 * ({@link #scanValues}); writing is a hand-written generator over {@link PlainIncident}s, the
 * fastest a Jackson writer can be ({@link #writeLines}).
 *
 * <pre>{@code
 * int records = CeilingCodec.scanTokens(lines, token -> {});
 * CeilingCodec.writeLines(incidents, out);
 * }</pre>
 */
public final class CeilingCodec {

  private static final JsonFactory FACTORY = new JsonFactory();

  private CeilingCodec() {}

  /**
   * Walks every token of JSON Lines, binding nothing.
   *
   * @param lines UTF-8 JSON Lines
   * @param sink receives each token
   * @return the number of records (top-level objects) seen
   * @throws IOException when the bytes are not JSON
   */
  public static int scanTokens(byte[] lines, Consumer<JsonToken> sink) throws IOException {
    int records = 0;
    int depth = 0;
    try (JsonParser parser = FACTORY.createParser(lines)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token.isStructStart()) {
          if (depth++ == 0) {
            records++;
          }
        } else if (token.isStructEnd()) {
          depth--;
        }
        sink.accept(token);
      }
    }
    return records;
  }

  /**
   * Walks every token of JSON Lines and makes a {@code String} of every scalar value (the least a
   * binder does).
   *
   * @param lines UTF-8 JSON Lines
   * @param sink receives each value's text
   * @return the number of scalar values seen
   * @throws IOException when the bytes are not JSON
   */
  public static int scanValues(byte[] lines, Consumer<String> sink) throws IOException {
    int values = 0;
    try (JsonParser parser = FACTORY.createParser(lines)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token.isScalarValue()) {
          sink.accept(parser.getText());
          values++;
        }
      }
    }
    return values;
  }

  /**
   * Writes JSON Lines of incidents with a hand-written generator, property by property in the order
   * of {@link PlainIncident}, leaving out what databind's {@code NON_EMPTY} leaves out.
   *
   * @param incidents what to write
   * @param out where to write it, left open
   * @throws IOException when writing fails
   */
  public static void writeLines(List<PlainIncident> incidents, OutputStream out)
      throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setRootValueSeparator(null); // the '\n' written after each line separates them
      for (PlainIncident incident : incidents) {
        write(json, incident);
        json.writeRaw('\n');
      }
    }
  }

  private static void write(JsonGenerator json, PlainIncident incident) throws IOException {
    json.writeStartObject();
    string(json, "type", incident.type());
    string(json, "id", incident.id());
    string(json, "name", incident.name());
    string(json, "description", incident.description());
    string(json, "category", incident.category());
    string(json, "subCategory", incident.subCategory());
    string(json, "date", incident.date());
    if (incident.place() != null) {
      json.writeFieldName("place");
      write(json, incident.place());
    }
    involvements(json, "perpetrators", incident.perpetrators());
    involvements(json, "targets", incident.targets());
    if (incident.casualties() != null) {
      json.writeFieldName("casualties");
      write(json, incident.casualties());
    }
    strings(json, "weapons", incident.weapons());
    if (incident.suicide() != null) {
      json.writeBooleanField("suicide", incident.suicide());
    }
    strings(json, "claimedBy", incident.claimedBy());
    if (incident.sources() != null && !incident.sources().isEmpty()) {
      json.writeArrayFieldStart("sources");
      for (PlainSource source : incident.sources()) {
        json.writeStartObject();
        string(json, "publisher", source.publisher());
        string(json, "title", source.title());
        string(json, "url", source.url());
        string(json, "published", source.published());
        string(json, "accessed", source.accessed());
        string(json, "quote", source.quote());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (incident.confidence() != null) {
      json.writeNumberField("confidence", incident.confidence());
    }
    strings(json, "tags", incident.tags());
    map(json, "externalIds", incident.externalIds());
    string(json, "created", incident.created());
    string(json, "modified", incident.modified());
    json.writeEndObject();
  }

  private static void write(JsonGenerator json, PlainPlace place) throws IOException {
    json.writeStartObject();
    string(json, "name", place.name());
    string(json, "kind", place.kind());
    string(json, "country", place.country());
    string(json, "admin1", place.admin1());
    string(json, "admin2", place.admin2());
    string(json, "locality", place.locality());
    if (place.coordinates() != null) {
      json.writeObjectFieldStart("coordinates");
      json.writeNumberField("latitude", place.coordinates().latitude());
      json.writeNumberField("longitude", place.coordinates().longitude());
      json.writeEndObject();
    }
    string(json, "geoPrecision", place.geoPrecision());
    map(json, "gazetteerIds", place.gazetteerIds());
    json.writeEndObject();
  }

  private static void write(JsonGenerator json, PlainCasualties casualties) throws IOException {
    json.writeStartObject();
    estimate(json, "killed", casualties.killed());
    estimate(json, "injured", casualties.injured());
    if (casualties.breakdowns() != null && !casualties.breakdowns().isEmpty()) {
      json.writeArrayFieldStart("breakdowns");
      for (PlainBreakdown breakdown : casualties.breakdowns()) {
        json.writeStartObject();
        string(json, "group", breakdown.group());
        estimate(json, "killed", breakdown.killed());
        estimate(json, "injured", breakdown.injured());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (casualties.perpetratorsIncluded() != null) {
      json.writeBooleanField("perpetratorsIncluded", casualties.perpetratorsIncluded());
    }
    json.writeEndObject();
  }

  private static void estimate(JsonGenerator json, String name, PlainEstimate estimate)
      throws IOException {
    if (estimate == null) {
      return;
    }
    json.writeObjectFieldStart(name);
    if (estimate.low() != null) {
      json.writeNumberField("low", estimate.low());
    }
    if (estimate.best() != null) {
      json.writeNumberField("best", estimate.best());
    }
    if (estimate.high() != null) {
      json.writeNumberField("high", estimate.high());
    }
    json.writeEndObject();
  }

  private static void involvements(
      JsonGenerator json, String name, List<PlainInvolvement> involvements) throws IOException {
    if (involvements == null || involvements.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart(name);
    for (PlainInvolvement involvement : involvements) {
      json.writeStartObject();
      string(json, "actor", involvement.actor());
      string(json, "role", involvement.role());
      string(json, "certainty", involvement.certainty());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void string(JsonGenerator json, String name, String value) throws IOException {
    if (value != null && !value.isEmpty()) {
      json.writeStringField(name, value);
    }
  }

  private static void strings(JsonGenerator json, String name, List<String> values)
      throws IOException {
    if (values == null || values.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static void map(JsonGenerator json, String name, Map<String, String> values)
      throws IOException {
    if (values == null || values.isEmpty()) {
      return;
    }
    json.writeObjectFieldStart(name);
    for (Map.Entry<String, String> entry : values.entrySet()) {
      json.writeStringField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
  }
}
