package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Casualties;
import org.sitrep.core.Certainty;
import org.sitrep.core.Confidence;
import org.sitrep.core.Dataset;
import org.sitrep.core.Estimate;
import org.sitrep.core.Exercise;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Involvement;
import org.sitrep.core.Link;
import org.sitrep.core.Money;
import org.sitrep.core.Operation;
import org.sitrep.core.PropertyNames;
import org.sitrep.core.RecordType;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.Statement;
import org.sitrep.core.WireNamed;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.internal.access.ModelFields;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.TimeSpan;

/**
 * Writes records and documents to a {@link JsonOutput} (a {@link JsonGenerator}, or bytes for JSON
 * Lines) in the property order of the wire format: {@code type}, {@code id}, {@code name}, {@code
 * description}, the type's own properties in accessor order, the common tail, then {@code x_}
 * extensions. Stateless and thread-safe.
 */
public final class Encoder {

  private static final PreEncoded SITREP = name(PropertyNames.SITREP);
  private static final PreEncoded TITLE = name(PropertyNames.TITLE);
  private static final PreEncoded AS_OF = name(PropertyNames.AS_OF);
  private static final PreEncoded RECORDS = name(PropertyNames.RECORDS);
  private static final PreEncoded TYPE = name(PropertyNames.TYPE);
  private static final PreEncoded ID = name(PropertyNames.ID);
  private static final PreEncoded NAME = name(PropertyNames.NAME);
  private static final PreEncoded DESCRIPTION = name(PropertyNames.DESCRIPTION);
  private static final PreEncoded SOURCES = name(PropertyNames.SOURCES);
  private static final PreEncoded CONFIDENCE = name(PropertyNames.CONFIDENCE);
  private static final PreEncoded TAGS = name(PropertyNames.TAGS);
  private static final PreEncoded EXTERNAL_IDS = name(PropertyNames.EXTERNAL_IDS);
  private static final PreEncoded CREATED = name(PropertyNames.CREATED);
  private static final PreEncoded MODIFIED = name(PropertyNames.MODIFIED);
  private static final PreEncoded KIND = name(PropertyNames.KIND);
  private static final PreEncoded COUNTRY = name(PropertyNames.COUNTRY);
  private static final PreEncoded PERIOD = name(PropertyNames.PERIOD);
  private static final PreEncoded DATE = name(PropertyNames.DATE);
  private static final PreEncoded PLACE = name(PropertyNames.PLACE);
  private static final PreEncoded HOST = name(PropertyNames.HOST);
  private static final PreEncoded ANNOUNCED = name(PropertyNames.ANNOUNCED);
  private static final PreEncoded APPROVED = name(PropertyNames.APPROVED);
  private static final PreEncoded ALIASES = name(PropertyNames.ALIASES);
  private static final PreEncoded PARENT = name(PropertyNames.PARENT);
  private static final PreEncoded AFFILIATIONS = name(PropertyNames.AFFILIATIONS);
  private static final PreEncoded CATEGORY = name(PropertyNames.CATEGORY);
  private static final PreEncoded SUB_CATEGORY = name(PropertyNames.SUB_CATEGORY);
  private static final PreEncoded PERPETRATORS = name(PropertyNames.PERPETRATORS);
  private static final PreEncoded TARGETS = name(PropertyNames.TARGETS);
  private static final PreEncoded CASUALTIES = name(PropertyNames.CASUALTIES);
  private static final PreEncoded WEAPONS = name(PropertyNames.WEAPONS);
  private static final PreEncoded SUICIDE = name(PropertyNames.SUICIDE);
  private static final PreEncoded CLAIMED_BY = name(PropertyNames.CLAIMED_BY);
  private static final PreEncoded ATTRIBUTED_BY = name(PropertyNames.ATTRIBUTED_BY);
  private static final PreEncoded CLAIM_STATUS = name(PropertyNames.CLAIM_STATUS);
  private static final PreEncoded AFFECTS = name(PropertyNames.AFFECTS);
  private static final PreEncoded STATUS = name(PropertyNames.STATUS);
  private static final PreEncoded CONDUCTED_BY = name(PropertyNames.CONDUCTED_BY);
  private static final PreEncoded AGAINST = name(PropertyNames.AGAINST);
  private static final PreEncoded AREA = name(PropertyNames.AREA);
  private static final PreEncoded APPROVED_BY = name(PropertyNames.APPROVED_BY);
  private static final PreEncoded DOMAINS = name(PropertyNames.DOMAINS);
  private static final PreEncoded JOINT_WITH = name(PropertyNames.JOINT_WITH);
  private static final PreEncoded TRIGGERED_BY = name(PropertyNames.TRIGGERED_BY);
  private static final PreEncoded JOINT = name(PropertyNames.JOINT);
  private static final PreEncoded PARTICIPANTS = name(PropertyNames.PARTICIPANTS);
  private static final PreEncoded ANNOUNCED_BY = name(PropertyNames.ANNOUNCED_BY);
  private static final PreEncoded SERIES = name(PropertyNames.SERIES);
  private static final PreEncoded EDITION = name(PropertyNames.EDITION);
  private static final PreEncoded INVESTORS = name(PropertyNames.INVESTORS);
  private static final PreEncoded VALUE = name(PropertyNames.VALUE);
  private static final PreEncoded PART_OF = name(PropertyNames.PART_OF);
  private static final PreEncoded ASSETS = name(PropertyNames.ASSETS);
  private static final PreEncoded SECTORS = name(PropertyNames.SECTORS);
  private static final PreEncoded SPEAKER = name(PropertyNames.SPEAKER);
  private static final PreEncoded ON_BEHALF_OF = name(PropertyNames.ON_BEHALF_OF);
  private static final PreEncoded TEXT = name(PropertyNames.TEXT);
  private static final PreEncoded QUOTED = name(PropertyNames.QUOTED);
  private static final PreEncoded ABOUT = name(PropertyNames.ABOUT);
  private static final PreEncoded ACTOR = name(PropertyNames.ACTOR);
  private static final PreEncoded ROLE = name(PropertyNames.ROLE);
  private static final PreEncoded CERTAINTY = name(PropertyNames.CERTAINTY);
  private static final PreEncoded TARGET = name(PropertyNames.TARGET);
  private static final PreEncoded ORGANISATION = name(PropertyNames.ORGANISATION);
  private static final PreEncoded AMOUNT = name(PropertyNames.AMOUNT);
  private static final PreEncoded CURRENCY = name(PropertyNames.CURRENCY);
  private static final PreEncoded APPROXIMATE = name(PropertyNames.APPROXIMATE);
  private static final PreEncoded KILLED = name(PropertyNames.KILLED);
  private static final PreEncoded INJURED = name(PropertyNames.INJURED);
  private static final PreEncoded BREAKDOWNS = name(PropertyNames.BREAKDOWNS);
  private static final PreEncoded PERPETRATORS_INCLUDED = name(PropertyNames.PERPETRATORS_INCLUDED);
  private static final PreEncoded GROUP = name(PropertyNames.GROUP);
  private static final PreEncoded LOW = name(PropertyNames.LOW);
  private static final PreEncoded BEST = name(PropertyNames.BEST);
  private static final PreEncoded HIGH = name(PropertyNames.HIGH);
  private static final PreEncoded PUBLISHER = name(PropertyNames.PUBLISHER);
  private static final PreEncoded URL = name(PropertyNames.URL);
  private static final PreEncoded PUBLISHED = name(PropertyNames.PUBLISHED);
  private static final PreEncoded ACCESSED = name(PropertyNames.ACCESSED);
  private static final PreEncoded QUOTE = name(PropertyNames.QUOTE);
  private static final PreEncoded ADMIN1 = name(PropertyNames.ADMIN1);
  private static final PreEncoded ADMIN2 = name(PropertyNames.ADMIN2);
  private static final PreEncoded LOCALITY = name(PropertyNames.LOCALITY);
  private static final PreEncoded COORDINATES = name(PropertyNames.COORDINATES);
  private static final PreEncoded LATITUDE = name(PropertyNames.LATITUDE);
  private static final PreEncoded LONGITUDE = name(PropertyNames.LONGITUDE);
  private static final PreEncoded GEO_PRECISION = name(PropertyNames.GEO_PRECISION);
  private static final PreEncoded GAZETTEER_IDS = name(PropertyNames.GAZETTEER_IDS);

  // The fields behind the optional properties written for every record and on an incident's way,
  // read without the Optional their accessors allocate (ModelFields).
  private static final Common INCIDENT_COMMON = new Common(Incident.class);
  private static final Common ACTOR_COMMON = new Common(Actor.class);
  private static final Common OPERATION_COMMON = new Common(Operation.class);
  private static final Common EXERCISE_COMMON = new Common(Exercise.class);
  private static final Common INVESTMENT_COMMON = new Common(Investment.class);
  private static final Common STATEMENT_COMMON = new Common(Statement.class);
  private static final MethodHandle INCIDENT_SUB_CATEGORY = getter(Incident.class, "subCategory");
  private static final MethodHandle INCIDENT_DATE = getter(Incident.class, "date");
  private static final MethodHandle INCIDENT_PLACE = getter(Incident.class, "place");
  private static final MethodHandle INCIDENT_CASUALTIES = getter(Incident.class, "casualties");
  private static final MethodHandle INCIDENT_SUICIDE = getter(Incident.class, "suicide");
  private static final MethodHandle INCIDENT_CLAIM_STATUS = getter(Incident.class, "claimStatus");
  private static final MethodHandle PLACE_KIND = getter(Place.class, "kind");
  private static final MethodHandle PLACE_COUNTRY = getter(Place.class, "country");
  private static final MethodHandle PLACE_ADMIN1 = getter(Place.class, "admin1");
  private static final MethodHandle PLACE_ADMIN2 = getter(Place.class, "admin2");
  private static final MethodHandle PLACE_LOCALITY = getter(Place.class, "locality");
  private static final MethodHandle PLACE_COORDINATES = getter(Place.class, "coordinates");
  private static final MethodHandle PLACE_GEO_PRECISION = getter(Place.class, "geoPrecision");
  private static final MethodHandle INVOLVEMENT_ROLE = getter(Involvement.class, "role");
  private static final MethodHandle INVOLVEMENT_ATTRIBUTED_BY =
      getter(Involvement.class, "attributedBy");
  private static final MethodHandle CASUALTIES_KILLED = getter(Casualties.class, "killed");
  private static final MethodHandle CASUALTIES_INJURED = getter(Casualties.class, "injured");
  private static final MethodHandle CASUALTIES_PERPETRATORS_INCLUDED =
      getter(Casualties.class, "perpetratorsIncluded");
  private static final MethodHandle BREAKDOWN_KILLED = getter(Casualties.Breakdown.class, "killed");
  private static final MethodHandle BREAKDOWN_INJURED =
      getter(Casualties.Breakdown.class, "injured");
  private static final MethodHandle SOURCE_PUBLISHER = getter(Source.class, "publisher");
  private static final MethodHandle SOURCE_TITLE = getter(Source.class, "title");
  private static final MethodHandle SOURCE_URL = getter(Source.class, "url");
  private static final MethodHandle SOURCE_PUBLISHED = getter(Source.class, "published");
  private static final MethodHandle SOURCE_ACCESSED = getter(Source.class, "accessed");
  private static final MethodHandle SOURCE_QUOTE = getter(Source.class, "quote");

  // The wire names of enumeration values, encoded once (a generator copies their bytes).
  private static final PreEncoded[] RECORD_TYPES = wireNames(RecordType.values());
  private static final PreEncoded[] CATEGORIES = wireNames(IncidentCategory.values());
  private static final PreEncoded[] SUB_CATEGORIES = wireNames(IncidentSubCategory.values());
  private static final PreEncoded[] CERTAINTIES = wireNames(Certainty.values());
  private static final PreEncoded[] PLACE_KINDS = wireNames(Place.Kind.values());
  private static final PreEncoded[] GEO_PRECISIONS = wireNames(Place.GeoPrecision.values());
  private static final PreEncoded[] CLAIM_STATUSES = wireNames(Incident.ClaimStatus.values());

  private final JsonCodec codec;

  Encoder(JsonCodec codec) {
    this.codec = codec;
  }

  private static PreEncoded name(String text) {
    return PreEncoded.name(text);
  }

  private static MethodHandle getter(Class<?> type, String property) {
    return ModelFields.getter(type, property);
  }

  private static PreEncoded[] wireNames(WireNamed[] values) {
    PreEncoded[] names = new PreEncoded[values.length];
    for (int i = 0; i < values.length; i++) {
      names[i] = PreEncoded.value(values[i].wireName());
    }
    return names;
  }

  /** The field {@code getter} reads from {@code value}: null when the property is absent. */
  private static @Nullable Object field(MethodHandle getter, Object value) {
    try {
      return (Object) getter.invokeExact(value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("a field getter threw " + e, e);
    }
  }

  /** The getters of the optional properties every record has, for one record type. */
  private static final class Common {
    final MethodHandle description;
    final MethodHandle confidence;
    final MethodHandle created;
    final MethodHandle modified;

    Common(Class<? extends SitrepRecord> type) {
      description = getter(type, "description");
      confidence = getter(type, "confidence");
      created = getter(type, "created");
      modified = getter(type, "modified");
    }
  }

  /** Writes a whole document to a generator, without the final newline. */
  public void writeDocument(JsonGenerator g, Dataset dataset) throws IOException {
    writeDocument(new GeneratorOutput(g), dataset);
  }

  /** Writes one record object to a generator. */
  public void writeRecord(JsonGenerator g, SitrepRecord record) throws IOException {
    writeRecord(new GeneratorOutput(g), record);
  }

  /**
   * Writes the JSON Lines header object, {@code {"sitrep":"1.0","title":...,"asOf":...}}, without
   * the newline; a null title or day is left out.
   */
  public void writeHeader(JsonOutput g, @Nullable String title, @Nullable LocalDate asOf)
      throws IOException {
    g.writeStartObject();
    g.writeStringField(SITREP, JsonCodec.VERSION);
    if (title != null) {
      g.writeStringField(TITLE, title);
    }
    if (asOf != null) {
      g.writeStringField(AS_OF, asOf.toString());
    }
    g.writeEndObject();
  }

  private void writeDocument(JsonOutput g, Dataset dataset) throws IOException {
    g.writeStartObject();
    g.writeStringField(SITREP, JsonCodec.VERSION);
    g.writeStringField(TITLE, dataset.title());
    g.writeStringField(AS_OF, dataset.asOf().toString());
    g.writeFieldName(RECORDS);
    g.writeStartArray();
    for (SitrepRecord record : dataset.records()) {
      writeRecord(g, record);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes one record object. */
  public void writeRecord(JsonOutput g, SitrepRecord record) throws IOException {
    g.writeStartObject();
    g.writeStringField(TYPE, RECORD_TYPES[record.type().ordinal()]);
    g.writeStringField(ID, record.id().toString());
    g.writeStringField(NAME, record.name());
    Common common;
    if (record instanceof Incident incident) {
      common = INCIDENT_COMMON;
      textField(g, DESCRIPTION, field(common.description, record));
      incident(g, incident);
    } else {
      if (record instanceof Actor) {
        common = ACTOR_COMMON;
      } else if (record instanceof Operation) {
        common = OPERATION_COMMON;
      } else if (record instanceof Exercise) {
        common = EXERCISE_COMMON;
      } else if (record instanceof Investment) {
        common = INVESTMENT_COMMON;
      } else {
        common = STATEMENT_COMMON;
      }
      textField(g, DESCRIPTION, field(common.description, record));
      if (record instanceof Actor actor) {
        actor(g, actor);
      } else if (record instanceof Operation operation) {
        operation(g, operation);
      } else if (record instanceof Exercise exercise) {
        exercise(g, exercise);
      } else if (record instanceof Investment investment) {
        investment(g, investment);
      } else {
        statement(g, (Statement) record);
      }
    }
    if (!record.sources().isEmpty()) {
      g.writeFieldName(SOURCES);
      g.writeStartArray();
      List<Source> sources = record.sources();
      for (int k = 0; k < sources.size(); k++) { // indexed: an iterator is an allocation
        source(g, sources.get(k));
      }
      g.writeEndArray();
    }
    Confidence confidence = (Confidence) field(common.confidence, record);
    if (confidence != null) {
      g.writeFieldName(CONFIDENCE);
      g.writeNumber(confidence.value());
    }
    strings(g, TAGS, record.tags());
    stringMap(g, EXTERNAL_IDS, record.externalIds());
    textField(g, CREATED, field(common.created, record));
    textField(g, MODIFIED, field(common.modified, record));
    extensions(g, record.extensions());
    g.writeEndObject();
  }

  private void actor(JsonOutput g, Actor a) throws IOException {
    wire(g, KIND, a.kind());
    strings(g, ALIASES, a.aliases());
    string(g, COUNTRY, a.country());
    text(g, PARENT, a.parent());
    if (!a.affiliations().isEmpty()) {
      g.writeFieldName(AFFILIATIONS);
      g.writeStartArray();
      for (Affiliation affiliation : a.affiliations()) {
        g.writeStartObject();
        g.writeStringField(ORGANISATION, affiliation.organisation().toString());
        g.writeStringField(ROLE, affiliation.role());
        text(g, PERIOD, affiliation.period());
        extensions(g, affiliation.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  private void incident(JsonOutput g, Incident i) throws IOException {
    g.writeStringField(CATEGORY, CATEGORIES[i.category().ordinal()]);
    IncidentSubCategory subCategory = (IncidentSubCategory) field(INCIDENT_SUB_CATEGORY, i);
    if (subCategory != null) {
      g.writeStringField(SUB_CATEGORY, SUB_CATEGORIES[subCategory.ordinal()]);
    }
    TimeSpan date = (TimeSpan) field(INCIDENT_DATE, i);
    if (date != null) {
      g.writeStringField(DATE, date.toString());
    }
    Place place = (Place) field(INCIDENT_PLACE, i);
    if (place != null) {
      g.writeFieldName(PLACE);
      place(g, place);
    }
    involvements(g, PERPETRATORS, i.perpetrators());
    involvements(g, TARGETS, i.targets());
    Casualties casualties = (Casualties) field(INCIDENT_CASUALTIES, i);
    if (casualties != null) {
      g.writeFieldName(CASUALTIES);
      casualties(g, casualties);
    }
    strings(g, WEAPONS, i.weapons());
    bool(g, SUICIDE, (Boolean) field(INCIDENT_SUICIDE, i));
    Incident.ClaimStatus claimStatus = (Incident.ClaimStatus) field(INCIDENT_CLAIM_STATUS, i);
    if (claimStatus != null) {
      g.writeStringField(CLAIM_STATUS, CLAIM_STATUSES[claimStatus.ordinal()]);
    }
    ids(g, CLAIMED_BY, i.claimedBy());
    ids(g, AFFECTS, i.affects());
  }

  private void operation(JsonOutput g, Operation o) throws IOException {
    wire(g, KIND, o.kind());
    Optional<Operation.Status> status = o.status();
    if (status.isPresent()) {
      wire(g, STATUS, status.get());
    }
    involvements(g, CONDUCTED_BY, o.conductedBy());
    involvements(g, AGAINST, o.against());
    places(g, AREA, o.area());
    text(g, PERIOD, o.period());
    text(g, ANNOUNCED, o.announced());
    ids(g, APPROVED_BY, o.approvedBy());
    text(g, APPROVED, o.approved());
    if (!o.domains().isEmpty()) {
      g.writeFieldName(DOMAINS);
      g.writeStartObject();
      for (Map.Entry<Operation.Domain, Certainty> entry : o.domains().entrySet()) {
        g.writeFieldName(entry.getKey().wireName());
        g.writeString(entry.getValue().wireName());
      }
      g.writeEndObject();
    }
    involvements(g, JOINT_WITH, o.jointWith());
    if (!o.triggeredBy().isEmpty()) {
      g.writeFieldName(TRIGGERED_BY);
      g.writeStartArray();
      for (Link<Incident> link : o.triggeredBy()) {
        g.writeStartObject();
        g.writeStringField(TARGET, link.target().toString());
        wire(g, CERTAINTY, link.certainty());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    ids(g, AFFECTS, o.affects());
  }

  private void exercise(JsonOutput g, Exercise e) throws IOException {
    wire(g, KIND, e.kind());
    if (e.joint()) {
      g.writeFieldName(JOINT);
      g.writeBoolean(true);
    }
    involvements(g, PARTICIPANTS, e.participants());
    text(g, HOST, e.host());
    Optional<Place> place = e.place();
    if (place.isPresent()) {
      g.writeFieldName(PLACE);
      place(g, place.get());
    }
    text(g, PERIOD, e.period());
    text(g, ANNOUNCED, e.announced());
    text(g, ANNOUNCED_BY, e.announcedBy());
    string(g, SERIES, e.series());
    string(g, EDITION, e.edition());
  }

  private void investment(JsonOutput g, Investment i) throws IOException {
    wire(g, KIND, i.kind());
    ids(g, INVESTORS, i.investors());
    text(g, HOST, i.host());
    Optional<Money> value = i.value();
    if (value.isPresent()) {
      Money money = value.get();
      g.writeFieldName(VALUE);
      g.writeStartObject();
      g.writeFieldName(AMOUNT);
      g.writeNumber(money.amount());
      g.writeStringField(CURRENCY, money.currencyCode());
      if (money.approximate()) {
        g.writeFieldName(APPROXIMATE);
        g.writeBoolean(true);
      }
      g.writeEndObject();
    }
    text(g, PERIOD, i.period());
    text(g, PART_OF, i.partOf());
    places(g, ASSETS, i.assets());
    strings(g, SECTORS, i.sectors());
  }

  private void statement(JsonOutput g, Statement s) throws IOException {
    wire(g, KIND, s.kind());
    text(g, SPEAKER, s.speaker());
    text(g, ON_BEHALF_OF, s.onBehalfOf());
    text(g, DATE, s.date());
    string(g, TEXT, s.text());
    if (s.quoted()) {
      g.writeFieldName(QUOTED);
      g.writeBoolean(true);
    }
    ids(g, ABOUT, s.about());
  }

  private void source(JsonOutput g, Source s) throws IOException {
    g.writeStartObject();
    textField(g, PUBLISHER, field(SOURCE_PUBLISHER, s));
    textField(g, TITLE, field(SOURCE_TITLE, s));
    textField(g, URL, field(SOURCE_URL, s));
    textField(g, PUBLISHED, field(SOURCE_PUBLISHED, s));
    textField(g, ACCESSED, field(SOURCE_ACCESSED, s));
    textField(g, QUOTE, field(SOURCE_QUOTE, s));
    extensions(g, s.extensions());
    g.writeEndObject();
  }

  private void involvements(JsonOutput g, PreEncoded name, List<Involvement> list)
      throws IOException {
    if (list.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (int k = 0; k < list.size(); k++) {
      Involvement involvement = list.get(k);
      g.writeStartObject();
      g.writeStringField(ACTOR, involvement.actor().toString());
      textField(g, ROLE, field(INVOLVEMENT_ROLE, involvement));
      g.writeStringField(CERTAINTY, CERTAINTIES[involvement.certainty().ordinal()]);
      Id<?> attributedBy = (Id<?>) field(INVOLVEMENT_ATTRIBUTED_BY, involvement);
      if (attributedBy != null) {
        g.writeStringField(ATTRIBUTED_BY, attributedBy.toString());
      }
      extensions(g, involvement.extensions());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void places(JsonOutput g, PreEncoded name, List<Place> list) throws IOException {
    if (list.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (int k = 0; k < list.size(); k++) {
      place(g, list.get(k));
    }
    g.writeEndArray();
  }

  private void place(JsonOutput g, Place p) throws IOException {
    g.writeStartObject();
    g.writeStringField(NAME, p.name());
    Place.Kind kind = (Place.Kind) field(PLACE_KIND, p);
    if (kind != null) {
      g.writeStringField(KIND, PLACE_KINDS[kind.ordinal()]);
    }
    textField(g, COUNTRY, field(PLACE_COUNTRY, p));
    textField(g, ADMIN1, field(PLACE_ADMIN1, p));
    textField(g, ADMIN2, field(PLACE_ADMIN2, p));
    textField(g, LOCALITY, field(PLACE_LOCALITY, p));
    Coordinates c = (Coordinates) field(PLACE_COORDINATES, p);
    if (c != null) {
      g.writeFieldName(COORDINATES);
      g.writeStartObject();
      g.writeFieldName(LATITUDE);
      g.writeNumber(c.latitude());
      g.writeFieldName(LONGITUDE);
      g.writeNumber(c.longitude());
      g.writeEndObject();
    }
    Place.GeoPrecision geoPrecision = (Place.GeoPrecision) field(PLACE_GEO_PRECISION, p);
    if (geoPrecision != null) {
      g.writeStringField(GEO_PRECISION, GEO_PRECISIONS[geoPrecision.ordinal()]);
    }
    stringMap(g, GAZETTEER_IDS, p.gazetteerIds());
    extensions(g, p.extensions());
    g.writeEndObject();
  }

  private void casualties(JsonOutput g, Casualties c) throws IOException {
    g.writeStartObject();
    estimate(g, KILLED, (Estimate) field(CASUALTIES_KILLED, c));
    estimate(g, INJURED, (Estimate) field(CASUALTIES_INJURED, c));
    if (!c.breakdowns().isEmpty()) {
      g.writeFieldName(BREAKDOWNS);
      g.writeStartArray();
      for (Casualties.Breakdown breakdown : c.breakdowns()) {
        g.writeStartObject();
        g.writeStringField(GROUP, breakdown.group());
        estimate(g, KILLED, (Estimate) field(BREAKDOWN_KILLED, breakdown));
        estimate(g, INJURED, (Estimate) field(BREAKDOWN_INJURED, breakdown));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    bool(g, PERPETRATORS_INCLUDED, (Boolean) field(CASUALTIES_PERPETRATORS_INCLUDED, c));
    extensions(g, c.extensions());
    g.writeEndObject();
  }

  private static void estimate(JsonOutput g, PreEncoded name, @Nullable Estimate e)
      throws IOException {
    if (e == null) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartObject();
    OptionalInt low = e.low();
    if (low.isPresent()) {
      g.writeFieldName(LOW);
      g.writeNumber(low.getAsInt());
    }
    OptionalInt best = e.best();
    if (best.isPresent()) {
      g.writeFieldName(BEST);
      g.writeNumber(best.getAsInt());
    }
    OptionalInt high = e.high();
    if (high.isPresent()) {
      g.writeFieldName(HIGH);
      g.writeNumber(high.getAsInt());
    }
    g.writeEndObject();
  }

  private void extensions(JsonOutput g, Map<String, ExtensionValue> extensions) throws IOException {
    if (extensions.isEmpty()) {
      return;
    }
    for (Map.Entry<String, ExtensionValue> entry : extensions.entrySet()) {
      g.writeFieldName(entry.getKey());
      String json = entry.getValue().json();
      try (JsonParser parser = codec.extensionParser(json)) {
        parser.nextToken();
        JsonCodec.copyExactly(parser, g);
        if (parser.nextToken() != null) {
          throw new IllegalArgumentException(
              "extension " + entry.getKey() + " holds more than one JSON value: " + json);
        }
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "extension "
                + entry.getKey()
                + " holds malformed JSON: "
                + DecoderErrors.oneLine(e.getOriginalMessage()),
            e);
      }
    }
  }

  private static void string(JsonOutput g, PreEncoded name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  /**
   * Writes a field read through {@link ModelFields} when present, as its text: a {@code String}
   * itself, a date, period or timestamp its wire form ({@code toString()}).
   */
  private static void textField(JsonOutput g, PreEncoded name, @Nullable Object value)
      throws IOException {
    if (value != null) {
      g.writeStringField(name, value.toString());
    }
  }

  /** An optional value written as its {@code toString()}: ids, dates, timestamps. */
  private static void text(JsonOutput g, PreEncoded name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    }
  }

  private static void bool(JsonOutput g, PreEncoded name, @Nullable Boolean value)
      throws IOException {
    if (value != null) {
      g.writeFieldName(name);
      g.writeBoolean(value);
    }
  }

  private static void wire(JsonOutput g, PreEncoded name, WireNamed value) throws IOException {
    g.writeStringField(name, value.wireName());
  }

  private static void strings(JsonOutput g, PreEncoded name, Collection<String> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private static void ids(JsonOutput g, PreEncoded name, List<? extends Id<?>> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (int k = 0; k < values.size(); k++) {
      g.writeString(values.get(k).toString());
    }
    g.writeEndArray();
  }

  private static void stringMap(JsonOutput g, PreEncoded name, Map<String, String> map)
      throws IOException {
    if (map.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartObject();
    for (Map.Entry<String, String> entry : map.entrySet()) {
      g.writeFieldName(entry.getKey());
      g.writeString(entry.getValue());
    }
    g.writeEndObject();
  }
}
