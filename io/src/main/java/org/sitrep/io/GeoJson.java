package org.sitrep.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.Dataset;
import org.sitrep.core.Exercise;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Operation;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.WireNamed;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;

/**
 * Writes the places of Sitrep records as GeoJSON (RFC 7946), for map tools (QGIS, Leaflet,
 * kepler.gl): one {@code Point} feature per place with coordinates — an incident's or exercise's
 * {@code place}, each of an operation's {@code area}, each of an investment's {@code assets} —
 * longitude before latitude. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * GeoJsonResult result = GeoJson.featureCollection().write(dataset, Path.of("scenario.geojson"));
 *
 * try (RecordReader records = SitrepJson.strict().openRecords(Path.of("incidents.jsonl"));
 *     OutputStream out = Files.newOutputStream(Path.of("incidents.geojsonseq"))) {
 *   GeoJson.textSequence().write(records, out);  // constant memory, one feature at a time
 * }
 * }</pre>
 *
 * <p>Each feature's {@code id} is the record id ({@code incident:2024-10-06-karachi-airport}) for a
 * record's single {@code place}, and the record id followed by the place's JSON pointer for a list
 * ({@code operation:balochistan-security-presence/area/0}). Its {@code properties} are the record's
 * {@code id}, {@code type}, {@code name} and {@code date} (the text of its date or period), and the
 * place's {@code pointer}, {@code place} (name), {@code placeKind}, {@code country}, {@code
 * admin1}, {@code admin2}, {@code locality} and {@code geoPrecision} (exact, near, region), each
 * only when known. Places without coordinates, or with coordinates out of range, are left out and
 * listed in the {@link GeoJsonResult}.
 *
 * <p><b>Layouts.</b> {@link #featureCollection()} writes one {@code FeatureCollection}, one feature
 * per line; {@link #textSequence()} writes GeoJSON text sequences (RFC 8142): each feature preceded
 * by the record separator {@code 0x1E} and followed by a line feed. Both stream: the features are
 * written as the records are read. The same records always give the same bytes.
 */
public final class GeoJson {

  private static final byte RECORD_SEPARATOR = 0x1E;
  private static final GeoJson COLLECTION = new GeoJson(false);
  private static final GeoJson SEQUENCE = new GeoJson(true);

  private final boolean sequence;
  private final JsonFactory factory = JsonFactory.builder().build();

  private GeoJson(boolean sequence) {
    this.sequence = sequence;
  }

  /**
   * Writes one {@code FeatureCollection} ({@code application/geo+json}).
   *
   * @return the writer of {@code FeatureCollection}s
   */
  public static GeoJson featureCollection() {
    return COLLECTION;
  }

  /**
   * Writes GeoJSON text sequences, RFC 8142 ({@code application/geo+json-seq}).
   *
   * @return the writer of GeoJSON text sequences
   */
  public static GeoJson textSequence() {
    return SEQUENCE;
  }

  /** {@return whether this instance writes text sequences rather than one collection} */
  public boolean isTextSequence() {
    return sequence;
  }

  /**
   * {@return the dataset's features as a string}
   *
   * @param dataset the dataset
   */
  public String writeString(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(dataset.records().iterator(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the dataset's features to a file, all or nothing (see {@link AtomicFiles}).
   *
   * @param dataset the dataset
   * @param path the file, replaced when complete
   * @return what was written and what was left out
   * @throws IOException when the file cannot be written
   */
  public GeoJsonResult write(Dataset dataset, Path path) throws IOException {
    return write(dataset.records().iterator(), path);
  }

  /**
   * Writes the features of the records an iterator gives (a {@link RecordReader}, for one) to a
   * file, all or nothing: the file is moved into place once the iterator is exhausted.
   *
   * @param records the records, read to the end
   * @param path the file, replaced when complete
   * @return what was written and what was left out
   * @throws IOException when the file cannot be written
   */
  public GeoJsonResult write(Iterator<? extends SitrepRecord> records, Path path)
      throws IOException {
    Objects.requireNonNull(records, "records");
    GeoJsonResult[] result = new GeoJsonResult[1];
    AtomicFiles.write(path, out -> result[0] = write(records, out));
    return result[0];
  }

  /**
   * Writes the features of the records an iterator gives as UTF-8 to a stream, one at a time;
   * flushes and does not close the stream.
   *
   * @param records the records, read to the end
   * @param out the stream
   * @return what was written and what was left out
   * @throws IOException when the stream cannot be written
   */
  public GeoJsonResult write(Iterator<? extends SitrepRecord> records, OutputStream out)
      throws IOException {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(out, "out");
    Counter counter = new Counter();
    JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setRootValueSeparator(null);
    if (!sequence) {
      generator.writeRaw("{\"type\":\"FeatureCollection\",\"features\":[");
    }
    while (records.hasNext()) {
      SitrepRecord record = records.next();
      counter.recordsRead++;
      List<Located> places = placesOf(record);
      if (places.isEmpty()) {
        counter.withoutPlace++;
        continue;
      }
      boolean located = false;
      for (Located place : places) {
        Optional<Coordinates> coordinates = place.place.coordinates().filter(Coordinates::inRange);
        if (coordinates.isEmpty()) {
          counter.placesWithoutCoordinates.add(record.id() + place.pointer);
          continue;
        }
        if (sequence) {
          generator.flush();
          out.write(RECORD_SEPARATOR);
        } else {
          generator.writeRaw(counter.features == 0 ? "\n" : ",\n");
        }
        feature(generator, record, place, places.size() == 1 && !place.inList, coordinates.get());
        if (sequence) {
          generator.writeRaw('\n');
        }
        counter.features++;
        located = true;
      }
      if (located) {
        counter.located++;
      } else {
        counter.withoutCoordinates.add(record.id());
      }
    }
    if (!sequence) {
      generator.writeRaw(counter.features == 0 ? "]}\n" : "\n]}\n");
    }
    generator.flush();
    return new GeoJsonResult(
        counter.recordsRead,
        counter.features,
        counter.located,
        counter.withoutCoordinates,
        counter.placesWithoutCoordinates,
        counter.withoutPlace);
  }

  private static void feature(
      JsonGenerator out,
      SitrepRecord record,
      Located place,
      boolean single,
      Coordinates coordinates)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("type", "Feature");
    out.writeStringField("id", single ? record.id().toString() : record.id() + place.pointer);
    out.writeObjectFieldStart("geometry");
    out.writeStringField("type", "Point");
    out.writeArrayFieldStart("coordinates");
    out.writeNumber(coordinates.longitude());
    out.writeNumber(coordinates.latitude());
    out.writeEndArray();
    out.writeEndObject();
    out.writeObjectFieldStart("properties");
    out.writeStringField("id", record.id().toString());
    out.writeStringField("type", record.type().wireName());
    out.writeStringField("name", record.name());
    if (record.when().isPresent()) {
      out.writeStringField("date", record.when().get().toString());
    }
    out.writeStringField("pointer", place.pointer);
    Place p = place.place;
    out.writeStringField("place", p.name());
    optional(out, "placeKind", p.kind().map(WireNamed::wireName));
    optional(out, "country", p.country());
    optional(out, "admin1", p.admin1());
    optional(out, "admin2", p.admin2());
    optional(out, "locality", p.locality());
    optional(out, "geoPrecision", p.geoPrecision().map(WireNamed::wireName));
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void optional(JsonGenerator out, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      out.writeStringField(name, value.get());
    }
  }

  /** A place of a record and its JSON pointer within the record. */
  private static final class Located {
    final Place place;
    final String pointer;
    final boolean inList;

    Located(Place place, String pointer, boolean inList) {
      this.place = place;
      this.pointer = pointer;
      this.inList = inList;
    }
  }

  private static List<Located> placesOf(SitrepRecord record) {
    List<Located> places = new ArrayList<>();
    if (record instanceof Incident incident) {
      incident.place().ifPresent(p -> places.add(new Located(p, "/place", false)));
    } else if (record instanceof Exercise exercise) {
      exercise.place().ifPresent(p -> places.add(new Located(p, "/place", false)));
    } else if (record instanceof Operation operation) {
      List<Place> area = operation.area();
      for (int i = 0; i < area.size(); i++) {
        places.add(new Located(area.get(i), "/area/" + i, true));
      }
    } else if (record instanceof Investment investment) {
      List<Place> assets = investment.assets();
      for (int i = 0; i < assets.size(); i++) {
        places.add(new Located(assets.get(i), "/assets/" + i, true));
      }
    }
    return places;
  }

  private static final class Counter {
    long recordsRead;
    long features;
    long located;
    long withoutPlace;
    final List<Id<?>> withoutCoordinates = new ArrayList<>();
    final List<String> placesWithoutCoordinates = new ArrayList<>();
  }
}
