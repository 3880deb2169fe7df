package org.sitrep.io.internal;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Casualties;
import org.sitrep.core.Certainty;
import org.sitrep.core.Confidence;
import org.sitrep.core.Dataset;
import org.sitrep.core.Estimate;
import org.sitrep.core.Exercise;
import org.sitrep.core.Extensible;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Involvement;
import org.sitrep.core.Link;
import org.sitrep.core.Money;
import org.sitrep.core.Operation;
import org.sitrep.core.PropertyNames;
import org.sitrep.core.RecordBuilder;
import org.sitrep.core.RecordType;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.Statement;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.core.time.Timestamp;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.SitrepReadException;
import org.sitrep.io.internal.access.Problems;

/**
 * Reads records and documents from a {@link JsonParser} into the model's builders. One decoder per
 * read (it holds the id cache, the warnings and the current position); not thread-safe.
 *
 * <p>Property names are matched with a {@code switch} on the parser's interned names; ids are
 * canonicalised through an {@link IdCache} and dates through a {@link TextCache}; enumeration
 * values are matched on the parser's characters. Errors become {@link SitrepReadException}s with
 * line, column, JSON Pointer and record id; in lenient mode unknown properties become {@link
 * ReadProblem}s.
 */
public final class Decoder {

  private static final WireEnum<RecordType> RECORD_TYPES =
      new WireEnum<>("record type", RecordType.values(), RecordType::wireName);
  private static final WireEnum<Certainty> CERTAINTIES =
      new WireEnum<>("certainty", Certainty.values(), Certainty::wireName);
  private static final WireEnum<Actor.Kind> ACTOR_KINDS =
      new WireEnum<>("actor kind", Actor.Kind.values(), Actor.Kind::wireName);
  private static final WireEnum<Operation.Kind> OPERATION_KINDS =
      new WireEnum<>("operation kind", Operation.Kind.values(), Operation.Kind::wireName);
  private static final WireEnum<Incident.ClaimStatus> CLAIM_STATUSES =
      new WireEnum<>("claim status", Incident.ClaimStatus.values(), Incident.ClaimStatus::wireName);
  private static final WireEnum<Operation.Status> OPERATION_STATUSES =
      new WireEnum<>("operation status", Operation.Status.values(), Operation.Status::wireName);
  private static final WireEnum<Operation.Domain> DOMAINS =
      new WireEnum<>("domain", Operation.Domain.values(), Operation.Domain::wireName);
  private static final WireEnum<Exercise.Kind> EXERCISE_KINDS =
      new WireEnum<>("exercise kind", Exercise.Kind.values(), Exercise.Kind::wireName);
  private static final WireEnum<Investment.Kind> INVESTMENT_KINDS =
      new WireEnum<>("investment kind", Investment.Kind.values(), Investment.Kind::wireName);
  private static final WireEnum<Statement.Kind> STATEMENT_KINDS =
      new WireEnum<>("statement kind", Statement.Kind.values(), Statement.Kind::wireName);
  private static final WireEnum<IncidentCategory> CATEGORIES =
      new WireEnum<>("incident category", IncidentCategory.values(), IncidentCategory::wireName);
  private static final WireEnum<IncidentSubCategory> SUB_CATEGORIES =
      new WireEnum<>(
          "incident sub-category", IncidentSubCategory.values(), IncidentSubCategory::wireName);
  private static final WireEnum<Place.Kind> PLACE_KINDS =
      new WireEnum<>("place kind", Place.Kind.values(), Place.Kind::wireName);
  private static final WireEnum<Place.GeoPrecision> GEO_PRECISIONS =
      new WireEnum<>("geo precision", Place.GeoPrecision.values(), Place.GeoPrecision::wireName);

  private final JsonCodec codec;
  private final boolean strict;
  private final List<ReadProblem> warnings;
  private final IdCache ids;
  private final TextCache<TimeSpan> spans;

  /** Dates up to this length are cached: short, and within the string length limit. */
  private final int cachedDateLength;

  /** Dates up to this length are looked up in the decoder's cache of dates seen before. */
  private static final int CACHED_DATE_LENGTH = 40;

  /** {@code OptionalInt}s of the small counts that estimates mostly hold, made once. */
  private static final OptionalInt[] SMALL_COUNTS = new OptionalInt[256];

  static {
    for (int i = 0; i < SMALL_COUNTS.length; i++) {
      SMALL_COUNTS[i] = OptionalInt.of(i);
    }
  }

  /** How Jackson begins the description of a source in its messages. */
  private static final String SOURCE_START = "[Source: ";

  /** A description of a source in Jackson's messages, to its line and column (the last ones). */
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: .*; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);

  /** How Jackson's duplicate detection begins its message, before the property's name. */
  private static final String DUPLICATE_MESSAGE = "Duplicate field '";

  // The builders are made on first use and then reused, cleared before each value: build()
  // copies their collections, so a built value shares nothing with them, and no value nests
  // another of its own type. This saves the empty collections a new builder creates.
  private Actor.Builder actorBuilder;
  private Incident.Builder incidentBuilder;
  private Operation.Builder operationBuilder;
  private Exercise.Builder exerciseBuilder;
  private Investment.Builder investmentBuilder;
  private Statement.Builder statementBuilder;
  private Source.Builder sourceBuilder;
  private Involvement.Builder involvementBuilder;
  private Affiliation.Builder affiliationBuilder;
  private Casualties.Builder casualtiesBuilder;
  private Casualties.Breakdown.Builder breakdownBuilder;
  private Place.Builder placeBuilder;

  /** The copy of a record whose type is not its first property; made on first use. */
  private RecordCopy copy;

  private JsonParser p;

  /** When replaying a buffered record: the pointer of the record, prepended to the replay's. */
  private String basePointer = "";

  /** When replaying a buffered record: its start position, reported for every problem. */
  private long fixedPosition = -1;

  /** Added to the parser's line: a JSON Lines line is parsed on its own. */
  private int lineOffset;

  private Id<?> recordId;

  // the document being read: where it starts and the header properties found so far
  private long documentStart;
  private boolean version;
  private String title;
  private LocalDate asOf;
  private boolean hasRecords;

  Decoder(JsonCodec codec, List<ReadProblem> warnings, int idCacheSize) {
    this.codec = codec;
    this.strict = codec.strict();
    this.warnings = warnings;
    this.ids = new IdCache(idCacheSize);
    this.spans = new TextCache<>(idCacheSize);
    this.cachedDateLength = Math.min(CACHED_DATE_LENGTH, codec.maxStringLength());
  }

  /**
   * Reads JSON Lines: the next record is read by this parser, whose line numbers are {@code
   * lineOffset} less than the stream's.
   */
  void startLine(JsonParser parser, int lineOffset) {
    this.p = parser;
    this.lineOffset = lineOffset;
    this.recordId = null;
  }

  // ---------------------------------------------------------------- documents

  /**
   * Reads a whole document.
   *
   * @param parser the parser, before the document's first token ({@code whole}) or on it
   * @param whole whether the parser reads the document alone: then it must hold nothing more
   */
  public Dataset readDocument(JsonParser parser, boolean whole) throws IOException {
    this.p = parser;
    try {
      return document(whole);
    } catch (JsonProcessingException e) {
      throw jacksonProblem(e);
    }
  }

  private Dataset document(boolean whole) throws IOException {
    beginDocument(whole);
    Dataset.Builder dataset = Dataset.builder();
    while (nextRecords(whole)) {
      records(dataset);
    }
    return dataset.title(title).asOf(asOf).build();
  }

  /**
   * Starts reading a document: the parser moves to ({@code whole}) or stands on its {@code
   * START_OBJECT}. The whole-document reader and the streaming one share this and {@link
   * #nextRecords}, so that they check the same things and say the same.
   */
  void beginDocument(boolean whole) throws IOException {
    JsonToken first = whole ? p.nextToken() : p.currentToken();
    if (first == null) {
      throw fail(ReadProblem.SYNTAX, "empty input: expected a Sitrep document", null);
    }
    if (first != START_OBJECT) {
      throw wrongType("a Sitrep document object");
    }
    documentStart = position();
    version = false;
    title = null;
    asOf = null;
    hasRecords = false;
  }

  /** Starts reading a document that this parser reads alone, for the streaming reader. */
  void beginDocument(JsonParser parser) throws IOException {
    this.p = parser;
    this.recordId = null;
    beginDocument(true);
  }

  /**
   * Reads the document's properties up to the next {@code records} array: true when the parser
   * stands on its {@code START_ARRAY}; false at the end of the document, once every required
   * property was found and ({@code whole}) nothing follows the document.
   */
  boolean nextRecords(boolean whole) throws IOException {
    recordId = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.SITREP:
        case PropertyNames.TITLE:
        case PropertyNames.AS_OF:
          headerProperty(name);
          break;
        case PropertyNames.RECORDS:
          if (value()) {
            if (p.currentToken() != START_ARRAY) {
              throw wrongType("an array of records");
            }
            hasRecords = true;
            return true;
          }
          break;
        default:
          unknown(
              name,
              null,
              name.startsWith(Extensible.PREFIX)
                  ? "x_ extension properties are not supported at document level"
                  : "a document has only sitrep, title, asOf and records");
      }
    }
    if (!version || title == null || asOf == null || !hasRecords) {
      String missing =
          !version
              ? PropertyNames.SITREP
              : title == null
                  ? PropertyNames.TITLE
                  : asOf == null ? PropertyNames.AS_OF : PropertyNames.RECORDS;
      throw failAt(
          documentStart,
          ReadProblem.MISSING_PROPERTY,
          "missing required property '" + missing + "' of the document",
          null);
    }
    if (whole && p.nextToken() != null) {
      throw fail(ReadProblem.SYNTAX, "trailing content after the document", null);
    }
    return false;
  }

  /** Reads the value of {@code sitrep}, {@code title} or {@code asOf}, on its field name. */
  private void headerProperty(String name) throws IOException {
    if (!value()) {
      return;
    }
    String text = text();
    switch (name) {
      case PropertyNames.SITREP:
        if (!JsonCodec.VERSION.equals(text)) {
          throw fail(
              ReadProblem.UNSUPPORTED_VERSION,
              "unsupported format version '"
                  + text
                  + "': this reader reads \""
                  + JsonCodec.VERSION
                  + "\"",
              null);
        }
        version = true;
        break;
      case PropertyNames.TITLE:
        title = text;
        break;
      default:
        try {
          asOf = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
          throw fail(
              ReadProblem.MALFORMED_VALUE,
              "malformed asOf '" + text + "': expected a day YYYY-MM-DD",
              e);
        }
    }
  }

  /**
   * Reads the header line of JSON Lines, {@code {"sitrep":"1.0","title":...,"asOf":...}}: the
   * parser stands before its {@code START_OBJECT}, and nothing may follow it on the line. {@code
   * sitrep} is required, {@code title} and {@code asOf} optional, nothing else allowed.
   */
  void header(JsonParser parser, int lineOffset) throws IOException {
    startLine(parser, lineOffset);
    p.nextToken();
    documentStart = position();
    version = false;
    title = null;
    asOf = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.SITREP:
        case PropertyNames.TITLE:
        case PropertyNames.AS_OF:
          headerProperty(name);
          break;
        case PropertyNames.RECORDS:
          throw fail(
              ReadProblem.UNKNOWN_PROPERTY,
              "a JSON Lines header holds no records: write one record per line after it",
              null);
        default:
          throw fail(
              ReadProblem.UNKNOWN_PROPERTY,
              "unknown property '"
                  + name
                  + "': a JSON Lines header has only sitrep, title and asOf",
              null);
      }
    }
    if (!version) {
      throw failAt(
          documentStart,
          ReadProblem.MISSING_PROPERTY,
          "missing required property 'sitrep' of the JSON Lines header",
          null);
    }
    if (p.nextToken() != null) {
      throw fail(
          ReadProblem.SYNTAX,
          "more than one JSON value on a line: put the header alone on the first line",
          null);
    }
  }

  /** The document's title, once read; null before. */
  String documentTitle() {
    return title;
  }

  /** The document's {@code asOf} day, once read; null before. */
  LocalDate documentAsOf() {
    return asOf;
  }

  private void records(Dataset.Builder dataset) throws IOException {
    Object arrayContext = p.getParsingContext();
    while (p.nextToken() != END_ARRAY) {
      try {
        dataset.add(readRecord(p));
        recordDone();
      } catch (SitrepReadException e) {
        if (strict) {
          throw e;
        }
        warnings.add(e.problem());
        skipTo(arrayContext);
        recordDone();
      }
    }
  }

  /**
   * Ends a record of a document: what goes wrong after it (in the records array, or in the
   * document's properties) is not the record's and does not name it.
   */
  void recordDone() {
    recordId = null;
  }

  /** After a problem inside a record: skips to the end of the record, in the records array. */
  private void skipTo(Object arrayContext) throws IOException {
    while (p.getParsingContext() != arrayContext) {
      if (p.nextToken() == null) {
        throw fail(ReadProblem.SYNTAX, "unexpected end of input in a record", null);
      }
    }
  }

  // ---------------------------------------------------------------- records

  /**
   * Reads one record; the parser stands on its {@code START_OBJECT} and is left on its {@code
   * END_OBJECT}. Jackson's own problems (syntax, limits) are left to the caller.
   */
  public SitrepRecord readRecord(JsonParser parser) throws IOException {
    this.p = parser;
    recordId = null;
    if (p.currentToken() != START_OBJECT) {
      throw wrongType("a record object");
    }
    long start = position();
    String name = p.nextFieldName();
    if (PropertyNames.TYPE.equals(name)) {
      return body(recordType(), start);
    }
    if (name == null) {
      throw failAt(start, ReadProblem.MISSING_PROPERTY, "missing property 'type'", null);
    }
    return buffered(name, start);
  }

  /** A record whose {@code type} is not its first property: buffer it, then read the copy. */
  private SitrepRecord buffered(String firstName, long start) throws IOException {
    String pointer = p.getParsingContext().getParent().pathAsPointer().toString();
    RecordCopy buffer = copy == null ? (copy = new RecordCopy()) : copy;
    buffer.start();
    String typeText = null;
    String idText = null;
    String name = firstName;
    while (name != null) {
      p.nextToken();
      if (PropertyNames.TYPE.equals(name)) {
        if (typeText != null) {
          throw fail(ReadProblem.DUPLICATE_PROPERTY, "property 'type' given twice", null);
        }
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          throw fail(
              ReadProblem.MISSING_PROPERTY,
              "missing property 'type' (it is null): name the record type, e.g. \"type\":"
                  + " \"incident\"",
              null);
        }
        if (p.currentToken() != VALUE_STRING) {
          throw wrongType("a record type string");
        }
        typeText = string();
      } else if (PropertyNames.ID.equals(name) && p.currentToken() == VALUE_STRING) {
        idText = p.getText();
      }
      buffer.property(name, p);
      name = p.nextFieldName();
    }
    if (typeText == null) {
      if (idText != null) {
        try {
          recordId = Id.parse(idText); // the problem names the record its id says it is
        } catch (IllegalArgumentException notAnId) {
          // the message quotes the text as it is
        }
      }
      throw failAt(start, ReadProblem.MISSING_PROPERTY, missingType(idText), null);
    }
    RecordType type = RECORD_TYPES.match(typeText);
    if (type == null) {
      throw Problems.exception(
          ReadProblem.UNKNOWN_TYPE,
          line(start),
          column(start),
          pointer + "/" + PropertyNames.TYPE,
          null,
          "unknown record type '" + typeText + "' (expected " + RECORD_TYPES.expected() + ")",
          null);
    }
    JsonParser outer = p;
    String outerBase = basePointer;
    long outerFixed = fixedPosition;
    try (JsonParser replay = buffer.end()) {
      p = replay;
      basePointer = pointer;
      fixedPosition = start;
      replay.nextToken();
      return body(type, start);
    } finally {
      p = outer;
      basePointer = outerBase;
      fixedPosition = outerFixed;
    }
  }

  /** The message for a record without {@code type}, naming the type its id says when it has one. */
  private static String missingType(String idText) {
    if (idText != null) {
      int colon = idText.indexOf(':');
      RecordType named = colon > 0 ? RECORD_TYPES.match(idText.substring(0, colon)) : null;
      if (named != null) {
        return "missing property 'type' of record "
            + idText
            + ": its id says it is "
            + article(named.wireName())
            + ", add \"type\": \""
            + named.wireName()
            + "\"";
      }
      return "missing property 'type' of record " + idText;
    }
    return "missing property 'type'";
  }

  private RecordType recordType() throws IOException {
    JsonToken token = p.nextToken();
    if (token == JsonToken.VALUE_NULL) {
      // null is absent (wire format): a required property that is null is missing
      throw fail(
          ReadProblem.MISSING_PROPERTY,
          "missing property 'type' (it is null): name the record type, e.g. \"type\": \"incident\"",
          null);
    }
    if (token != VALUE_STRING) {
      throw wrongType("a record type string");
    }
    RecordType type = RECORD_TYPES.match(chars(), p.getTextOffset(), p.getTextLength());
    if (type == null) {
      throw fail(
          ReadProblem.UNKNOWN_TYPE,
          "unknown record type '" + p.getText() + "' (expected " + RECORD_TYPES.expected() + ")",
          null);
    }
    return type;
  }

  private SitrepRecord body(RecordType type, long start) throws IOException {
    switch (type) {
      case ACTOR:
        return actor(start);
      case INCIDENT:
        return incident(start);
      case OPERATION:
        return operation(start);
      case EXERCISE:
        return exercise(start);
      case INVESTMENT:
        return investment(start);
      default:
        return statement(start);
    }
  }

  private <T extends SitrepRecord> Id<T> recordId(Class<T> type) throws IOException {
    String text = text();
    try {
      Id<T> id = Id.parse(text, type);
      recordId = id;
      return id;
    } catch (IllegalArgumentException e) {
      throw fail(ReadProblem.MALFORMED_VALUE, message(e), e);
    }
  }

  /** The duplicate "type" of a record read in order; a replayed record meets its type again. */
  private void typeAgain() throws IOException {
    p.nextToken();
    p.skipChildren();
    if (fixedPosition < 0) {
      throw fail(ReadProblem.DUPLICATE_PROPERTY, "property 'type' given twice", null);
    }
  }

  private Actor actor(long start) throws IOException {
    Actor.Builder b =
        actorBuilder == null ? (actorBuilder = Actor.builder()) : actorBuilder.clear();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.TYPE:
          typeAgain();
          break;
        case PropertyNames.ID:
          if (value()) {
            b.id(recordId(Actor.class));
          }
          break;
        case PropertyNames.KIND:
          if (value()) {
            b.kind(wireEnum(ACTOR_KINDS));
          }
          break;
        case PropertyNames.ALIASES:
          if (array()) {
            while (element()) {
              b.addAlias(text());
            }
          }
          break;
        case PropertyNames.COUNTRY:
          if (value()) {
            b.country(text());
          }
          break;
        case PropertyNames.PARENT:
          if (value()) {
            b.parent(actorRef());
          }
          break;
        case PropertyNames.AFFILIATIONS:
          if (array()) {
            while (element()) {
              b.addAffiliation(affiliation());
            }
          }
          break;
        default:
          commonProperty(name, b, "actor", "not a property of an actor");
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Incident incident(long start) throws IOException {
    Incident.Builder b =
        incidentBuilder == null ? (incidentBuilder = Incident.builder()) : incidentBuilder.clear();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.TYPE:
          typeAgain();
          break;
        case PropertyNames.ID:
          if (value()) {
            b.id(recordId(Incident.class));
          }
          break;
        case PropertyNames.CATEGORY:
          if (value()) {
            b.category(wireEnum(CATEGORIES));
          }
          break;
        case PropertyNames.SUB_CATEGORY:
          if (value()) {
            b.subCategory(wireEnum(SUB_CATEGORIES));
          }
          break;
        case PropertyNames.DATE:
          if (value()) {
            b.date(timeSpan());
          }
          break;
        case PropertyNames.PLACE:
          if (object()) {
            b.place(place());
          }
          break;
        case PropertyNames.PERPETRATORS:
          if (array()) {
            while (element()) {
              b.addPerpetrator(involvement());
            }
          }
          break;
        case PropertyNames.TARGETS:
          if (array()) {
            while (element()) {
              b.addTarget(involvement());
            }
          }
          break;
        case PropertyNames.CASUALTIES:
          if (object()) {
            b.casualties(casualties());
          }
          break;
        case PropertyNames.WEAPONS:
          if (array()) {
            while (element()) {
              b.addWeapon(text());
            }
          }
          break;
        case PropertyNames.SUICIDE:
          if (value()) {
            b.suicide(bool());
          }
          break;
        case PropertyNames.CLAIM_STATUS:
          if (value()) {
            b.claimStatus(wireEnum(CLAIM_STATUSES));
          }
          break;
        case PropertyNames.CLAIMED_BY:
          if (array()) {
            while (element()) {
              b.addClaimedBy(actorRef());
            }
          }
          break;
        case PropertyNames.AFFECTS:
          if (array()) {
            while (element()) {
              b.addAffects(ref(Investment.class));
            }
          }
          break;
        default:
          commonProperty(name, b, "incident", "not a property of an incident");
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Operation operation(long start) throws IOException {
    Operation.Builder b =
        operationBuilder == null
            ? (operationBuilder = Operation.builder())
            : operationBuilder.clear();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.TYPE:
          typeAgain();
          break;
        case PropertyNames.ID:
          if (value()) {
            b.id(recordId(Operation.class));
          }
          break;
        case PropertyNames.KIND:
          if (value()) {
            b.kind(wireEnum(OPERATION_KINDS));
          }
          break;
        case PropertyNames.STATUS:
          if (value()) {
            b.status(wireEnum(OPERATION_STATUSES));
          }
          break;
        case PropertyNames.CONDUCTED_BY:
          if (array()) {
            while (element()) {
              b.addConductedBy(involvement());
            }
          }
          break;
        case PropertyNames.AGAINST:
          if (array()) {
            while (element()) {
              b.addAgainst(involvement());
            }
          }
          break;
        case PropertyNames.AREA:
          if (array()) {
            while (element()) {
              b.addArea(place());
            }
          }
          break;
        case PropertyNames.PERIOD:
          if (value()) {
            b.period(period());
          }
          break;
        case PropertyNames.ANNOUNCED:
          if (value()) {
            b.announced(fuzzyDate());
          }
          break;
        case PropertyNames.APPROVED_BY:
          if (array()) {
            while (element()) {
              b.addApprovedBy(actorRef());
            }
          }
          break;
        case PropertyNames.APPROVED:
          if (value()) {
            b.approved(fuzzyDate());
          }
          break;
        case PropertyNames.DOMAINS:
          if (object()) {
            while ((name = key()) != null) {
              Operation.Domain domain = DOMAINS.match(name);
              if (domain == null) {
                throw fail(
                    ReadProblem.MALFORMED_VALUE,
                    "unknown domain '" + name + "' (expected " + DOMAINS.expected() + ")",
                    null);
              }
              b.putDomain(domain, wireEnum(CERTAINTIES));
            }
          }
          break;
        case PropertyNames.JOINT_WITH:
          if (array()) {
            while (element()) {
              b.addJointWith(involvement());
            }
          }
          break;
        case PropertyNames.TRIGGERED_BY:
          if (array()) {
            while (element()) {
              b.addTriggeredBy(link());
            }
          }
          break;
        case PropertyNames.AFFECTS:
          if (array()) {
            while (element()) {
              b.addAffects(ref(Investment.class));
            }
          }
          break;
        default:
          commonProperty(name, b, "operation", "not a property of an operation");
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Exercise exercise(long start) throws IOException {
    Exercise.Builder b =
        exerciseBuilder == null ? (exerciseBuilder = Exercise.builder()) : exerciseBuilder.clear();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.TYPE:
          typeAgain();
          break;
        case PropertyNames.ID:
          if (value()) {
            b.id(recordId(Exercise.class));
          }
          break;
        case PropertyNames.KIND:
          if (value()) {
            b.kind(wireEnum(EXERCISE_KINDS));
          }
          break;
        case PropertyNames.JOINT:
          if (value()) {
            b.joint(bool());
          }
          break;
        case PropertyNames.PARTICIPANTS:
          if (array()) {
            while (element()) {
              b.addParticipant(involvement());
            }
          }
          break;
        case PropertyNames.HOST:
          if (value()) {
            b.host(actorRef());
          }
          break;
        case PropertyNames.PLACE:
          if (object()) {
            b.place(place());
          }
          break;
        case PropertyNames.PERIOD:
          if (value()) {
            b.period(period());
          }
          break;
        case PropertyNames.ANNOUNCED:
          if (value()) {
            b.announced(fuzzyDate());
          }
          break;
        case PropertyNames.ANNOUNCED_BY:
          if (value()) {
            b.announcedBy(actorRef());
          }
          break;
        case PropertyNames.SERIES:
          if (value()) {
            b.series(text());
          }
          break;
        case PropertyNames.EDITION:
          if (value()) {
            b.edition(text());
          }
          break;
        default:
          commonProperty(name, b, "exercise", "not a property of an exercise");
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Investment investment(long start) throws IOException {
    Investment.Builder b =
        investmentBuilder == null
            ? (investmentBuilder = Investment.builder())
            : investmentBuilder.clear();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.TYPE:
          typeAgain();
          break;
        case PropertyNames.ID:
          if (value()) {
            b.id(recordId(Investment.class));
          }
          break;
        case PropertyNames.KIND:
          if (value()) {
            b.kind(wireEnum(INVESTMENT_KINDS));
          }
          break;
        case PropertyNames.INVESTORS:
          if (array()) {
            while (element()) {
              b.addInvestor(actorRef());
            }
          }
          break;
        case PropertyNames.HOST:
          if (value()) {
            b.host(actorRef());
          }
          break;
        case PropertyNames.VALUE:
          if (object()) {
            b.value(money());
          }
          break;
        case PropertyNames.PERIOD:
          if (value()) {
            b.period(period());
          }
          break;
        case PropertyNames.PART_OF:
          if (value()) {
            b.partOf(ref(Investment.class));
          }
          break;
        case PropertyNames.ASSETS:
          if (array()) {
            while (element()) {
              b.addAsset(place());
            }
          }
          break;
        case PropertyNames.SECTORS:
          if (array()) {
            while (element()) {
              b.addSector(text());
            }
          }
          break;
        default:
          commonProperty(name, b, "investment", "not a property of an investment");
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Statement statement(long start) throws IOException {
    Statement.Builder b =
        statementBuilder == null
            ? (statementBuilder = Statement.builder())
            : statementBuilder.clear();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.TYPE:
          typeAgain();
          break;
        case PropertyNames.ID:
          if (value()) {
            b.id(recordId(Statement.class));
          }
          break;
        case PropertyNames.KIND:
          if (value()) {
            b.kind(wireEnum(STATEMENT_KINDS));
          }
          break;
        case PropertyNames.SPEAKER:
          if (value()) {
            b.speaker(actorRef());
          }
          break;
        case PropertyNames.ON_BEHALF_OF:
          if (value()) {
            b.onBehalfOf(actorRef());
          }
          break;
        case PropertyNames.DATE:
          if (value()) {
            b.date(timeSpan());
          }
          break;
        case PropertyNames.TEXT:
          if (value()) {
            b.text(text());
          }
          break;
        case PropertyNames.QUOTED:
          if (value()) {
            b.quoted(bool());
          }
          break;
        case PropertyNames.ABOUT:
          if (array()) {
            while (element()) {
              b.addAbout(anyRef());
            }
          }
          break;
        default:
          commonProperty(name, b, "statement", "not a property of a statement");
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  /**
   * Reads a property every record has (but {@code type} and {@code id}) or an {@code x_} extension;
   * any other name is an unknown property of the record.
   */
  private void commonProperty(
      String name, RecordBuilder<?> b, String definition, String unknownDetail) throws IOException {
    switch (name) {
      case PropertyNames.NAME:
        if (value()) {
          b.name(text());
        }
        break;
      case PropertyNames.DESCRIPTION:
        if (value()) {
          b.description(text());
        }
        break;
      case PropertyNames.SOURCES:
        if (array()) {
          while (element()) {
            b.addSource(source());
          }
        }
        break;
      case PropertyNames.CONFIDENCE:
        if (value()) {
          b.confidence(confidence());
        }
        break;
      case PropertyNames.TAGS:
        if (array()) {
          while (element()) {
            b.addTag(text());
          }
        }
        break;
      case PropertyNames.EXTERNAL_IDS:
        if (object()) {
          String scheme;
          while ((scheme = key()) != null) {
            b.putExternalId(scheme, text());
          }
        }
        break;
      case PropertyNames.CREATED:
        if (value()) {
          b.created(timestamp());
        }
        break;
      case PropertyNames.MODIFIED:
        if (value()) {
          b.modified(timestamp());
        }
        break;
      default:
        if (isExtension(name)) {
          b.putExtension(name, extension());
        } else {
          unknown(name, definition, unknownDetail);
        }
    }
  }

  // ---------------------------------------------------------------- values

  private Source source() throws IOException {
    expectObject("a source object");
    long start = position();
    Source.Builder b =
        sourceBuilder == null ? (sourceBuilder = Source.builder()) : sourceBuilder.clear();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.PUBLISHER:
          if (value()) {
            b.publisher(text());
          }
          break;
        case PropertyNames.TITLE:
          if (value()) {
            b.title(text());
          }
          break;
        case PropertyNames.URL:
          if (value()) {
            b.url(text());
          }
          break;
        case PropertyNames.PUBLISHED:
          if (value()) {
            b.published(timeSpan());
          }
          break;
        case PropertyNames.ACCESSED:
          if (value()) {
            b.accessed(timeSpan());
          }
          break;
        case PropertyNames.QUOTE:
          if (value()) {
            b.quote(text());
          }
          break;
        default:
          if (isExtension(name)) {
            b.putExtension(name, extension());
          } else {
            unknown(name, "source", "not a property of a source");
          }
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Involvement involvement() throws IOException {
    expectObject("an involvement object");
    long start = position();
    Involvement.Builder b =
        involvementBuilder == null
            ? (involvementBuilder = Involvement.builder())
            : involvementBuilder.clear();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.ACTOR:
          if (value()) {
            b.actor(actorRef());
          }
          break;
        case PropertyNames.ROLE:
          if (value()) {
            b.role(text());
          }
          break;
        case PropertyNames.CERTAINTY:
          if (value()) {
            b.certainty(wireEnum(CERTAINTIES));
          }
          break;
        case PropertyNames.ATTRIBUTED_BY:
          if (value()) {
            b.attributedBy(actorRef());
          }
          break;
        default:
          if (isExtension(name)) {
            b.putExtension(name, extension());
          } else {
            unknown(name, "involvement", "not a property of an involvement");
          }
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Affiliation affiliation() throws IOException {
    expectObject("an affiliation object");
    long start = position();
    Affiliation.Builder b =
        affiliationBuilder == null
            ? (affiliationBuilder = Affiliation.builder())
            : affiliationBuilder.clear();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.ORGANISATION:
          if (value()) {
            b.organisation(actorRef());
          }
          break;
        case PropertyNames.ROLE:
          if (value()) {
            b.role(text());
          }
          break;
        case PropertyNames.PERIOD:
          if (value()) {
            b.period(period());
          }
          break;
        default:
          if (isExtension(name)) {
            b.putExtension(name, extension());
          } else {
            unknown(name, "affiliation", "not a property of an affiliation");
          }
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Link<Incident> link() throws IOException {
    expectObject("a link object");
    long start = position();
    Id<Incident> target = null;
    Certainty certainty = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.TARGET:
          if (value()) {
            target = ref(Incident.class);
          }
          break;
        case PropertyNames.CERTAINTY:
          if (value()) {
            certainty = wireEnum(CERTAINTIES);
          }
          break;
        default:
          unknown(name, "incidentLink", "not a property of a link");
      }
    }
    if (target == null || certainty == null) {
      throw missing(start, target == null ? PropertyNames.TARGET : PropertyNames.CERTAINTY);
    }
    return Link.of(target, certainty);
  }

  private Money money() throws IOException {
    long start = position();
    BigDecimal amount = null;
    String currency = null;
    boolean approximate = false;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.AMOUNT:
          if (value()) {
            if (!p.currentToken().isNumeric()) {
              throw wrongType("a number");
            }
            amount = p.getDecimalValue();
            long digits = plainDigits(amount);
            if (digits > codec.maxNumberLength()) {
              // written out in plain digits it could not be read back (1e200 is 201 digits)
              throw fail(
                  ReadProblem.MALFORMED_VALUE,
                  "amount "
                      + p.getText()
                      + " has "
                      + digits
                      + " digits written out, more than the"
                      + " maximum of "
                      + codec.maxNumberLength()
                      + ": give the amount in plain"
                      + " digits, in a smaller unit if need be",
                  null);
            }
          }
          break;
        case PropertyNames.CURRENCY:
          if (value()) {
            currency = text();
          }
          break;
        case PropertyNames.APPROXIMATE:
          if (value()) {
            approximate = bool();
          }
          break;
        default:
          unknown(name, "money", "not a property of an amount of money");
      }
    }
    if (amount == null || currency == null) {
      throw missing(start, amount == null ? PropertyNames.AMOUNT : PropertyNames.CURRENCY);
    }
    return new Money(amount, currency, approximate);
  }

  /** How many digits an amount takes written out in plain notation, sign and point left out. */
  private static long plainDigits(BigDecimal amount) {
    long precision = amount.precision();
    long scale = amount.scale();
    return scale < 0 ? precision - scale : Math.max(precision, scale + 1);
  }

  private Casualties casualties() throws IOException {
    long start = position();
    Casualties.Builder b =
        casualtiesBuilder == null
            ? (casualtiesBuilder = Casualties.builder())
            : casualtiesBuilder.clear();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.KILLED:
          if (object()) {
            b.killed(estimate());
          }
          break;
        case PropertyNames.INJURED:
          if (object()) {
            b.injured(estimate());
          }
          break;
        case PropertyNames.BREAKDOWNS:
          if (array()) {
            while (element()) {
              b.addBreakdown(breakdown());
            }
          }
          break;
        case PropertyNames.PERPETRATORS_INCLUDED:
          if (value()) {
            b.perpetratorsIncluded(bool());
          }
          break;
        default:
          if (isExtension(name)) {
            b.putExtension(name, extension());
          } else {
            unknown(name, "casualties", "not a property of casualties");
          }
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Casualties.Breakdown breakdown() throws IOException {
    expectObject("a breakdown object");
    long start = position();
    Casualties.Breakdown.Builder b =
        breakdownBuilder == null
            ? (breakdownBuilder = Casualties.Breakdown.builder())
            : breakdownBuilder.clear();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.GROUP:
          if (value()) {
            b.group(text());
          }
          break;
        case PropertyNames.KILLED:
          if (object()) {
            b.killed(estimate());
          }
          break;
        case PropertyNames.INJURED:
          if (object()) {
            b.injured(estimate());
          }
          break;
        default:
          unknown(name, "breakdown", "not a property of a casualty breakdown");
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Estimate estimate() throws IOException {
    long start = position();
    OptionalInt low = OptionalInt.empty();
    OptionalInt best = OptionalInt.empty();
    OptionalInt high = OptionalInt.empty();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.LOW:
          if (value()) {
            low = count(integer());
          }
          break;
        case PropertyNames.BEST:
          if (value()) {
            best = count(integer());
          }
          break;
        case PropertyNames.HIGH:
          if (value()) {
            high = count(integer());
          }
          break;
        default:
          unknown(name, "estimate", "not a property of an estimate");
      }
    }
    if (low.isEmpty() && best.isEmpty() && high.isEmpty()) {
      throw failAt(
          start,
          ReadProblem.MISSING_PROPERTY,
          "an estimate needs at least one of low, best, high",
          null);
    }
    return Estimate.of(low, best, high);
  }

  private static OptionalInt count(int value) {
    return value >= 0 && value < SMALL_COUNTS.length ? SMALL_COUNTS[value] : OptionalInt.of(value);
  }

  private Place place() throws IOException {
    expectObject("a place object");
    long start = position();
    Place.Builder b =
        placeBuilder == null ? (placeBuilder = Place.builder()) : placeBuilder.clear();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.NAME:
          if (value()) {
            b.name(text());
          }
          break;
        case PropertyNames.KIND:
          if (value()) {
            b.kind(wireEnum(PLACE_KINDS));
          }
          break;
        case PropertyNames.COUNTRY:
          if (value()) {
            b.country(text());
          }
          break;
        case PropertyNames.ADMIN1:
          if (value()) {
            b.admin1(text());
          }
          break;
        case PropertyNames.ADMIN2:
          if (value()) {
            b.admin2(text());
          }
          break;
        case PropertyNames.LOCALITY:
          if (value()) {
            b.locality(text());
          }
          break;
        case PropertyNames.COORDINATES:
          if (object()) {
            b.coordinates(coordinates());
          }
          break;
        case PropertyNames.GEO_PRECISION:
          if (value()) {
            b.geoPrecision(wireEnum(GEO_PRECISIONS));
          }
          break;
        case PropertyNames.GAZETTEER_IDS:
          if (object()) {
            while ((name = key()) != null) {
              b.putGazetteerId(name, text());
            }
          }
          break;
        default:
          if (isExtension(name)) {
            b.putExtension(name, extension());
          } else {
            unknown(name, "place", "not a property of a place");
          }
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Coordinates coordinates() throws IOException {
    long start = position();
    double latitude = Double.NaN;
    double longitude = Double.NaN;
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case PropertyNames.LATITUDE:
          if (value()) {
            latitude = number();
          }
          break;
        case PropertyNames.LONGITUDE:
          if (value()) {
            longitude = number();
          }
          break;
        default:
          unknown(name, "coordinates", "not a property of coordinates");
      }
    }
    if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
      throw missing(
          start, Double.isNaN(latitude) ? PropertyNames.LATITUDE : PropertyNames.LONGITUDE);
    }
    try {
      return Coordinates.of(latitude, longitude);
    } catch (IllegalArgumentException e) {
      throw failAt(start, ReadProblem.MALFORMED_VALUE, message(e), e);
    }
  }

  // ---------------------------------------------------------------- scalars

  /** Advances to the next value; false when it is null, which means absent. */
  private boolean value() throws IOException {
    return p.nextToken() != VALUE_NULL;
  }

  /** Advances to an array value; false when it is null. */
  private boolean array() throws IOException {
    JsonToken token = p.nextToken();
    if (token == START_ARRAY) {
      return true;
    }
    if (token == VALUE_NULL) {
      return false;
    }
    throw wrongType("an array");
  }

  /** Advances to an object value; false when it is null. */
  private boolean object() throws IOException {
    JsonToken token = p.nextToken();
    if (token == START_OBJECT) {
      return true;
    }
    if (token == VALUE_NULL) {
      return false;
    }
    throw wrongType("an object");
  }

  private void expectObject(String what) throws IOException {
    if (p.currentToken() != START_OBJECT) {
      throw wrongType(what);
    }
  }

  /** Advances to the next array element; false at the end of the array. */
  private boolean element() throws IOException {
    return p.nextToken() != END_ARRAY;
  }

  /** Advances past the next map key to its value; null at the end of the object. */
  private String key() throws IOException {
    String name = p.nextFieldName();
    if (name != null) {
      p.nextToken();
    }
    return name;
  }

  private String text() throws IOException {
    if (p.currentToken() != VALUE_STRING) {
      throw wrongType("a string");
    }
    return string();
  }

  /**
   * The text of the current string token. Jackson reads a string's characters only when asked, so a
   * syntax error inside the string surfaces here, and is reported at the string.
   */
  private String string() throws IOException {
    String text;
    try {
      text = p.getText();
    } catch (JsonProcessingException e) {
      throw jacksonProblem(e, true);
    }
    checkSurrogates(text);
    return text;
  }

  /**
   * Refuses a lone surrogate ({@code "\\ud800"} without its pair): text is Unicode, which has none,
   * and I-JSON (RFC 7493) forbids it; written out as UTF-8 it would become {@code ?}.
   */
  private void checkSurrogates(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        throw fail(
            ReadProblem.MALFORMED_VALUE,
            String.format(
                "a lone surrogate \\u%04x at index %d of the string: text must be Unicode"
                    + " (I-JSON, RFC 7493); remove it or give its pair",
                (int) c, i),
            null);
      }
    }
  }

  /** The characters of the current string token, like {@link #string()}. */
  private char[] chars() throws IOException {
    try {
      return p.getTextCharacters();
    } catch (JsonProcessingException e) {
      throw jacksonProblem(e, true);
    }
  }

  private boolean bool() throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("true or false");
  }

  private int integer() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("an integer");
    }
    try {
      return p.getIntValue();
    } catch (InputCoercionException e) {
      throw fail(
          ReadProblem.MALFORMED_VALUE,
          "integer "
              + p.getText()
              + " out of range ("
              + Integer.MIN_VALUE
              + " to "
              + Integer.MAX_VALUE
              + ")",
          e);
    }
  }

  private double number() throws IOException {
    if (!p.currentToken().isNumeric()) {
      throw wrongType("a number");
    }
    return p.getDoubleValue();
  }

  private Confidence confidence() throws IOException {
    int value = integer();
    try {
      return Confidence.of(value);
    } catch (IllegalArgumentException e) {
      throw fail(ReadProblem.MALFORMED_VALUE, message(e), e);
    }
  }

  private <E extends Enum<E>> E wireEnum(WireEnum<E> type) throws IOException {
    if (p.currentToken() != VALUE_STRING) {
      throw wrongType(withArticle(type.what()) + " string");
    }
    E value = type.match(chars(), p.getTextOffset(), p.getTextLength());
    if (value == null) {
      String text = p.getText();
      throw fail(
          ReadProblem.MALFORMED_VALUE,
          "unknown "
              + type.what()
              + " '"
              + text
              + "'"
              + wireNameHint(type, text)
              + " (expected "
              + type.expected()
              + ")",
          null);
    }
    return value;
  }

  /**
   * What a person most likely meant by an unknown enumeration value: the wire name of an ACLED
   * label ({@code Explosions/Remote violence}), or a close wire name; empty when nothing is close.
   */
  private static String wireNameHint(WireEnum<?> type, String text) {
    String acled = null;
    if (type == CATEGORIES) {
      acled = acledCategory(text);
    } else if (type == SUB_CATEGORIES) {
      acled = acledSubCategory(text);
    }
    if (acled != null) {
      return ": that is ACLED's label, the wire name is '" + acled + "'";
    }
    String closest = type.closest(text);
    return closest == null ? "" : ": did you mean '" + closest + "'?";
  }

  private static String acledSubCategory(String text) {
    for (IncidentSubCategory sub : IncidentSubCategory.values()) {
      if (sub.acledLabel().equalsIgnoreCase(text.strip())) {
        return sub.wireName();
      }
    }
    return null;
  }

  private static String acledCategory(String text) {
    for (IncidentCategory category : IncidentCategory.values()) {
      if (category.acledLabel().equalsIgnoreCase(text.strip())) {
        return category.wireName();
      }
    }
    return null;
  }

  private Id<Actor> actorRef() throws IOException {
    return ref(Actor.class);
  }

  @SuppressWarnings("unchecked") // the kind is checked against the expected type
  private <T extends SitrepRecord> Id<T> ref(Class<T> type) throws IOException {
    Id<?> id = anyRef();
    RecordType expected = RecordType.of(type);
    if (id.type() != expected) {
      throw fail(
          ReadProblem.WRONG_KIND,
          "reference '"
              + id
              + "' names "
              + article(id.type().wireName())
              + ", expected "
              + article(expected.wireName())
              + " id ("
              + expected.wireName()
              + ":...)",
          null);
    }
    return (Id<T>) id;
  }

  private Id<?> anyRef() throws IOException {
    if (p.currentToken() != VALUE_STRING) {
      throw wrongType("an id string");
    }
    char[] chars = chars();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    int hash = IdCache.hash(chars, offset, length);
    Id<?> id = ids.find(chars, offset, length, hash);
    if (id == null) {
      try {
        id = Id.parse(p.getText());
      } catch (IllegalArgumentException e) {
        throw fail(ReadProblem.MALFORMED_VALUE, message(e), e);
      }
      ids.put(id, hash);
    }
    return id;
  }

  private TimeSpan timeSpan() throws IOException {
    if (p.currentToken() != VALUE_STRING) {
      throw wrongType("a date string");
    }
    char[] chars = chars();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    if (length > cachedDateLength) {
      String text = string();
      try {
        return TimeSpan.parse(text);
      } catch (RuntimeException e) {
        throw malformedDate(text, e);
      }
    }
    int hash = IdCache.hash(chars, offset, length);
    TimeSpan span = spans.find(chars, offset, length, hash);
    if (span == null) {
      String text = new String(chars, offset, length);
      try {
        span = TimeSpan.parse(text);
      } catch (RuntimeException e) {
        throw malformedDate(text, e);
      }
      spans.put(text, span, hash);
    }
    return span;
  }

  private Period period() throws IOException {
    String text = dateText();
    try {
      return Period.parse(text);
    } catch (RuntimeException e) {
      throw malformedDate(text, e);
    }
  }

  private FuzzyDate fuzzyDate() throws IOException {
    String text = dateText();
    try {
      return FuzzyDate.parse(text);
    } catch (RuntimeException e) {
      throw malformedDate(text, e);
    }
  }

  private Timestamp timestamp() throws IOException {
    String text = dateText();
    try {
      return Timestamp.parse(text);
    } catch (RuntimeException e) {
      throw malformedDate(text, e);
    }
  }

  private String dateText() throws IOException {
    if (p.currentToken() != VALUE_STRING) {
      throw wrongType("a date string");
    }
    return string();
  }

  private SitrepReadException malformedDate(String text, RuntimeException e) {
    String why = message(e);
    return fail(
        ReadProblem.MALFORMED_VALUE,
        why.contains(text) ? "malformed date: " + why : "malformed date '" + text + "': " + why,
        e);
  }

  // ---------------------------------------------------------------- extensions and unknowns

  private static boolean isExtension(String name) {
    return name.length() > 2 && name.startsWith(Extensible.PREFIX);
  }

  /** Reads the next value, any JSON, as compact text. */
  private ExtensionValue extension() throws IOException {
    JsonToken token = p.nextToken();
    switch (token) {
      case VALUE_NULL:
        return ExtensionValue.NULL;
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return ExtensionValue.ofJson(p.getText());
      default:
        StringWriter out = new StringWriter();
        try (JsonGenerator g = codec.compactGenerator(out)) {
          JsonCodec.copyExactly(p, g);
        }
        return ExtensionValue.ofJson(out.toString());
    }
  }

  /**
   * An unknown property: an error, or in lenient mode a warning and the value skipped. The message
   * names the closest property of the schema definition, when one is close, before it mentions
   * extensions (renaming a typo to {@code x_...} would only silence the check).
   *
   * @param definition the schema {@code $defs} entry of the object, or null for none to suggest
   */
  private void unknown(String name, String definition, String why) throws IOException {
    String extensionHint =
        name.length() > 1
                && (name.charAt(0) == 'x' || name.charAt(0) == 'X')
                && (name.charAt(1) == '-' || name.charAt(1) == '_' || name.charAt(1) == 'X')
                && !(name.startsWith(Extensible.PREFIX)
                    && name.length() > Extensible.PREFIX.length())
            ? "; extension properties must start with 'x_' (lower case, underscore)"
            : "";
    String suggestion = definition == null ? null : PropertySuggestions.closest(definition, name);
    String detail =
        "unknown property '"
            + name
            + "': "
            + why
            + (suggestion != null
                ? "; did you mean '" + suggestion + "'?"
                : extensionHint.isEmpty()
                        && definition != null
                        && PropertySuggestions.EXTENSIBLE.contains(definition)
                    ? "; a property of your own is an extension: name it x_" + name
                    : extensionHint);
    if (strict) {
      throw fail(ReadProblem.UNKNOWN_PROPERTY, detail, null);
    }
    warnings.add(problem(ReadProblem.UNKNOWN_PROPERTY, detail, null).problem());
    p.nextToken();
    p.skipChildren();
  }

  // ---------------------------------------------------------------- problems

  private SitrepReadException wrongType(String expected) {
    JsonToken token = p.currentToken();
    return fail(
        ReadProblem.WRONG_JSON_TYPE, "expected " + expected + ", found " + describe(token), null);
  }

  /** Names a token for a message: "an array", "the number 5", "null". */
  String describe(JsonToken token) {
    if (token == null) {
      return "end of input";
    }
    try {
      switch (token) {
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        case VALUE_STRING:
          return "the string \"" + shorten(p.getText()) + "\"";
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "the number " + shorten(p.getText());
        case VALUE_TRUE:
          return "true";
        case VALUE_FALSE:
          return "false";
        case VALUE_NULL:
          return "null";
        case FIELD_NAME:
          return "a property name";
        default:
          return token.asString();
      }
    } catch (IOException e) {
      return "a " + token;
    }
  }

  private static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  private SitrepReadException missing(long start, String property) {
    return failAt(
        start, ReadProblem.MISSING_PROPERTY, "missing required property '" + property + "'", null);
  }

  /** Wraps what a builder throws: missing required attributes, a failed check. */
  private SitrepReadException buildFailure(long start, RuntimeException e) {
    String text = message(e);
    if (e instanceof IllegalStateException && text.startsWith("Cannot build ")) {
      int open = text.indexOf('[');
      int close = text.lastIndexOf(']');
      String names = open >= 0 && close > open ? text.substring(open + 1, close) : text;
      String[] parts = names.split(",\\s*");
      String type = text.substring("Cannot build ".length()).split(",")[0].trim();
      String detail =
          parts.length == 1
              ? "missing required property '" + parts[0] + "' of " + article(describeType(type))
              : "missing required properties '"
                  + String.join("', '", parts)
                  + "' of "
                  + article(describeType(type));
      return failAt(start, ReadProblem.MISSING_PROPERTY, detail, e);
    }
    return failAt(start, ReadProblem.MALFORMED_VALUE, text, e);
  }

  private static String describeType(String simpleName) {
    return simpleName.replace("Breakdown", "casualty breakdown").toLowerCase(java.util.Locale.ROOT);
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** A problem at the current token. */
  SitrepReadException fail(String code, String detail, Throwable cause) {
    return problem(code, detail, cause);
  }

  private SitrepReadException failAt(long start, String code, String detail, Throwable cause) {
    long at = fixedPosition >= 0 ? fixedPosition : start;
    return Problems.exception(
        code, line(at), column(at), pointer(), recordId, oneLine(detail), cause);
  }

  private SitrepReadException problem(String code, String detail, Throwable cause) {
    long at = fixedPosition >= 0 ? fixedPosition : currentPosition();
    return Problems.exception(
        code, line(at), column(at), pointer(), recordId, oneLine(detail), cause);
  }

  /**
   * A problem Jackson found, at the position Jackson reports: a syntax error, an exceeded limit, or
   * (with duplicate detection on) a property given twice, reported just after its name.
   */
  SitrepReadException jacksonProblem(JsonProcessingException e) {
    return jacksonProblem(e, false);
  }

  /**
   * A problem Jackson found, like {@link #jacksonProblem(JsonProcessingException)}; {@code inValue}
   * when it was found inside the current token's value (a string read on demand), so that the
   * value's pointer is the place. A syntax error found while moving on to the next token comes
   * after the current value, so it is reported at the object or array holding it, not at the value
   * (for a missing comma after {@code "name": "x"} the place is not {@code /name}).
   */
  SitrepReadException jacksonProblem(JsonProcessingException e, boolean inValue) {
    String message = oneLine(withoutSource(e.getOriginalMessage()));
    // Jackson 2 gives no location with a read-limit error: the parser's own is the place.
    JsonLocation location =
        e.getLocation() != null || p == null ? e.getLocation() : p.currentLocation();
    int line = location == null ? -1 : location.getLineNr() + lineOffset;
    int column = location == null ? -1 : location.getColumnNr();
    String code;
    String detail;
    if (e instanceof StreamConstraintsException) {
      code = ReadProblem.LIMIT_EXCEEDED;
      detail =
          message.startsWith("String value length")
                  && !inValue
                  && p != null
                  && p.currentToken() != VALUE_STRING
              // Jackson collects a number's digits in its text buffer, whose limit trips first
              ? "read limit exceeded: a number longer than the maximum of "
                  + codec.maxNumberLength()
                  + " characters"
              : "read limit exceeded: " + message;
    } else if (e instanceof StreamReadException
        && message.startsWith(DUPLICATE_MESSAGE)
        && message.endsWith("'")) {
      code = ReadProblem.DUPLICATE_PROPERTY;
      detail =
          "property '"
              + message.substring(DUPLICATE_MESSAGE.length(), message.length() - 1)
              + "' given twice";
    } else {
      code = ReadProblem.SYNTAX;
      detail = "malformed JSON: " + message;
    }
    String pointer =
        p == null ? "" : code.equals(ReadProblem.SYNTAX) && !inValue ? syntaxPointer() : pointer();
    return Problems.exception(code, line, column, pointer, recordId, detail, e);
  }

  /**
   * Where a syntax error found while moving to the next token is: in the value of the current
   * property name, or inside a just opened object or array, or else after a complete value, in the
   * object or array that holds the value.
   */
  private String syntaxPointer() {
    JsonToken token = p.currentToken();
    if (token == null
        || token == JsonToken.FIELD_NAME
        || token == START_OBJECT
        || token == START_ARRAY) {
      return pointer();
    }
    JsonStreamContext holder = p.getParsingContext().getParent();
    String here = holder == null ? "" : holder.pathAsPointer().toString();
    return basePointer.isEmpty() ? here : basePointer + here;
  }

  /**
   * Jackson's message without the descriptions of the source it names ({@code [Source:
   * (byte[])"..."; line: 1, column: 1]}, e.g. where an unclosed object started): the source's text
   * is the user's data, and of the position only line and column are kept, on the lines of the
   * input.
   */
  private String withoutSource(String message) {
    if (message == null || !message.contains(SOURCE_START)) {
      return message;
    }
    Matcher source = SOURCE.matcher(message);
    StringBuilder out = new StringBuilder();
    while (source.find()) {
      source.appendReplacement(
          out,
          "line "
              + (Integer.parseInt(source.group(1)) + lineOffset)
              + ", column "
              + source.group(2));
    }
    return source.appendTail(out).toString();
  }

  private String pointer() {
    String here = p.getParsingContext().pathAsPointer().toString();
    return basePointer.isEmpty() ? here : basePointer + here;
  }

  /** The position of the current token, without allocating when the parser allows it. */
  private long position() {
    if (fixedPosition >= 0) {
      return fixedPosition;
    }
    if (p instanceof ParserBase) {
      ParserBase base = (ParserBase) p;
      return ((long) base.getTokenLineNr() << 32)
          | ((base.getTokenColumnNr() + codec.columnCorrection()) & 0xffffffffL);
    }
    return currentPosition();
  }

  private long currentPosition() {
    JsonLocation location = p.currentTokenLocation();
    return ((long) location.getLineNr() << 32) | (location.getColumnNr() & 0xffffffffL);
  }

  private int line(long position) {
    int line = (int) (position >> 32);
    return line > 0 ? line + lineOffset : -1;
  }

  private static int column(long position) {
    int column = (int) position;
    return column > 0 ? column : -1;
  }

  private static String message(Throwable e) {
    String text = e.getMessage();
    return text == null ? e.getClass().getSimpleName() : text;
  }

  static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).trim();
  }

  /** Whether the decoder collects warnings instead of failing on unknown properties. */
  boolean strict() {
    return strict;
  }

  /** The warnings collected so far. */
  List<ReadProblem> warnings() {
    return warnings;
  }
}
