package org.sitrep.io.internal;

import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Exercise;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Operation;
import org.sitrep.core.PropertyNames;
import org.sitrep.core.RecordBuilder;
import org.sitrep.core.RecordType;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Statement;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.internal.access.Problems;

/**
 * Reads one record: its {@code type} first (a record whose type comes later is copied by {@link
 * RecordCopy} and read again from the copy), then its properties, matched with a {@code switch} on
 * the parser's interned names, into the record type's builder.
 */
abstract sealed class RecordDecoder extends ValueDecoder permits Decoder {

  private static final WireEnum<RecordType> RECORD_TYPES =
      new WireEnum<>("record type", RecordType.values(), RecordType::wireName);
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

  // The builders are made on first use and then reused, cleared before each value: build()
  // copies their collections, so a built value shares nothing with them, and no value nests
  // another of its own type. This saves the empty collections a new builder creates.
  private Actor.@Nullable Builder actorBuilder;
  private Incident.@Nullable Builder incidentBuilder;
  private Operation.@Nullable Builder operationBuilder;
  private Exercise.@Nullable Builder exerciseBuilder;
  private Investment.@Nullable Builder investmentBuilder;
  private Statement.@Nullable Builder statementBuilder;

  /** The copy of a record whose type is not its first property; made on first use. */
  private @Nullable RecordCopy copy;

  RecordDecoder(JsonCodec codec, List<ReadProblem> warnings, int idCacheSize) {
    super(codec, warnings, idCacheSize);
  }

  /**
   * Reads one record; the parser stands on its {@code START_OBJECT} and is left on its {@code
   * END_OBJECT}. Jackson's own problems (syntax, limits) are left to the caller.
   */
  public final SitrepRecord readRecord(JsonParser parser) throws IOException {
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
    if (copy == null) {
      copy = new RecordCopy();
    }
    RecordCopy buffer = copy;
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
  private static String missingType(@Nullable String idText) {
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
    RecordType type = matchString(RECORD_TYPES);
    if (type == null) {
      throw fail(
          ReadProblem.UNKNOWN_TYPE,
          "unknown record type '" + p.getText() + "' (expected " + RECORD_TYPES.expected() + ")",
          null);
    }
    return type;
  }

  private SitrepRecord body(RecordType type, long start) throws IOException {
    return switch (type) {
      case ACTOR -> actor(start);
      case INCIDENT -> incident(start);
      case OPERATION -> operation(start);
      case EXERCISE -> exercise(start);
      case INVESTMENT -> investment(start);
      default -> statement(start);
    };
  }

  private <T extends SitrepRecord> Id<T> recordId(Class<T> type) throws IOException {
    String text = uniqueText();
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
    if (actorBuilder == null) {
      actorBuilder = Actor.builder();
    } else {
      actorBuilder.clear();
    }
    Actor.Builder b = actorBuilder;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case TYPE -> typeAgain();
        case ID -> {
          if (value()) {
            b.id(recordId(Actor.class));
          }
        }
        case KIND -> {
          if (value()) {
            b.kind(wireEnum(ACTOR_KINDS));
          }
        }
        case ALIASES -> {
          if (array()) {
            while (element()) {
              b.addAlias(text());
            }
          }
        }
        case COUNTRY -> {
          if (value()) {
            b.country(text());
          }
        }
        case PARENT -> {
          if (value()) {
            b.parent(actorRef());
          }
        }
        case AFFILIATIONS -> {
          if (array()) {
            while (element()) {
              b.addAffiliation(affiliation());
            }
          }
        }
        default -> commonProperty(name, b, "actor", "not a property of an actor");
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Incident incident(long start) throws IOException {
    if (incidentBuilder == null) {
      incidentBuilder = Incident.builder();
    } else {
      incidentBuilder.clear();
    }
    Incident.Builder b = incidentBuilder;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case TYPE -> typeAgain();
        case ID -> {
          if (value()) {
            b.id(recordId(Incident.class));
          }
        }
        case CATEGORY -> {
          if (value()) {
            b.category(wireEnum(CATEGORIES));
          }
        }
        case SUB_CATEGORY -> {
          if (value()) {
            b.subCategory(wireEnum(SUB_CATEGORIES));
          }
        }
        case DATE -> {
          if (value()) {
            b.date(timeSpan());
          }
        }
        case PLACE -> {
          if (object()) {
            b.place(place());
          }
        }
        case PERPETRATORS -> {
          if (array()) {
            while (element()) {
              b.addPerpetrator(involvement());
            }
          }
        }
        case TARGETS -> {
          if (array()) {
            while (element()) {
              b.addTarget(involvement());
            }
          }
        }
        case CASUALTIES -> {
          if (object()) {
            b.casualties(casualties());
          }
        }
        case WEAPONS -> {
          if (array()) {
            while (element()) {
              b.addWeapon(text());
            }
          }
        }
        case SUICIDE -> {
          if (value()) {
            b.suicide(bool());
          }
        }
        case CLAIM_STATUS -> {
          if (value()) {
            b.claimStatus(wireEnum(CLAIM_STATUSES));
          }
        }
        case CLAIMED_BY -> {
          if (array()) {
            while (element()) {
              b.addClaimedBy(actorRef());
            }
          }
        }
        case AFFECTS -> {
          if (array()) {
            while (element()) {
              b.addAffects(ref(Investment.class));
            }
          }
        }
        default -> commonProperty(name, b, "incident", "not a property of an incident");
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Operation operation(long start) throws IOException {
    if (operationBuilder == null) {
      operationBuilder = Operation.builder();
    } else {
      operationBuilder.clear();
    }
    Operation.Builder b = operationBuilder;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case TYPE -> typeAgain();
        case ID -> {
          if (value()) {
            b.id(recordId(Operation.class));
          }
        }
        case KIND -> {
          if (value()) {
            b.kind(wireEnum(OPERATION_KINDS));
          }
        }
        case STATUS -> {
          if (value()) {
            b.status(wireEnum(OPERATION_STATUSES));
          }
        }
        case CONDUCTED_BY -> {
          if (array()) {
            while (element()) {
              b.addConductedBy(involvement());
            }
          }
        }
        case AGAINST -> {
          if (array()) {
            while (element()) {
              b.addAgainst(involvement());
            }
          }
        }
        case AREA -> {
          if (array()) {
            while (element()) {
              b.addArea(place());
            }
          }
        }
        case PERIOD -> {
          if (value()) {
            b.period(period());
          }
        }
        case ANNOUNCED -> {
          if (value()) {
            b.announced(fuzzyDate());
          }
        }
        case APPROVED_BY -> {
          if (array()) {
            while (element()) {
              b.addApprovedBy(actorRef());
            }
          }
        }
        case APPROVED -> {
          if (value()) {
            b.approved(fuzzyDate());
          }
        }
        case DOMAINS -> {
          if (object()) {
            String key;
            while ((key = key()) != null) {
              Operation.Domain domain = DOMAINS.match(key);
              if (domain == null) {
                throw fail(
                    ReadProblem.MALFORMED_VALUE,
                    "unknown domain '" + key + "' (expected " + DOMAINS.expected() + ")",
                    null);
              }
              b.putDomain(domain, wireEnum(CERTAINTIES));
            }
          }
        }
        case JOINT_WITH -> {
          if (array()) {
            while (element()) {
              b.addJointWith(involvement());
            }
          }
        }
        case TRIGGERED_BY -> {
          if (array()) {
            while (element()) {
              b.addTriggeredBy(link());
            }
          }
        }
        case AFFECTS -> {
          if (array()) {
            while (element()) {
              b.addAffects(ref(Investment.class));
            }
          }
        }
        default -> commonProperty(name, b, "operation", "not a property of an operation");
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Exercise exercise(long start) throws IOException {
    if (exerciseBuilder == null) {
      exerciseBuilder = Exercise.builder();
    } else {
      exerciseBuilder.clear();
    }
    Exercise.Builder b = exerciseBuilder;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case TYPE -> typeAgain();
        case ID -> {
          if (value()) {
            b.id(recordId(Exercise.class));
          }
        }
        case KIND -> {
          if (value()) {
            b.kind(wireEnum(EXERCISE_KINDS));
          }
        }
        case JOINT -> {
          if (value()) {
            b.joint(bool());
          }
        }
        case PARTICIPANTS -> {
          if (array()) {
            while (element()) {
              b.addParticipant(involvement());
            }
          }
        }
        case HOST -> {
          if (value()) {
            b.host(actorRef());
          }
        }
        case PLACE -> {
          if (object()) {
            b.place(place());
          }
        }
        case PERIOD -> {
          if (value()) {
            b.period(period());
          }
        }
        case ANNOUNCED -> {
          if (value()) {
            b.announced(fuzzyDate());
          }
        }
        case ANNOUNCED_BY -> {
          if (value()) {
            b.announcedBy(actorRef());
          }
        }
        case SERIES -> {
          if (value()) {
            b.series(text());
          }
        }
        case EDITION -> {
          if (value()) {
            b.edition(text());
          }
        }
        default -> commonProperty(name, b, "exercise", "not a property of an exercise");
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Investment investment(long start) throws IOException {
    if (investmentBuilder == null) {
      investmentBuilder = Investment.builder();
    } else {
      investmentBuilder.clear();
    }
    Investment.Builder b = investmentBuilder;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case TYPE -> typeAgain();
        case ID -> {
          if (value()) {
            b.id(recordId(Investment.class));
          }
        }
        case KIND -> {
          if (value()) {
            b.kind(wireEnum(INVESTMENT_KINDS));
          }
        }
        case INVESTORS -> {
          if (array()) {
            while (element()) {
              b.addInvestor(actorRef());
            }
          }
        }
        case HOST -> {
          if (value()) {
            b.host(actorRef());
          }
        }
        case VALUE -> {
          if (object()) {
            b.value(money());
          }
        }
        case PERIOD -> {
          if (value()) {
            b.period(period());
          }
        }
        case PART_OF -> {
          if (value()) {
            b.partOf(ref(Investment.class));
          }
        }
        case ASSETS -> {
          if (array()) {
            while (element()) {
              b.addAsset(place());
            }
          }
        }
        case SECTORS -> {
          if (array()) {
            while (element()) {
              b.addSector(text());
            }
          }
        }
        default -> commonProperty(name, b, "investment", "not a property of an investment");
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  private Statement statement(long start) throws IOException {
    if (statementBuilder == null) {
      statementBuilder = Statement.builder();
    } else {
      statementBuilder.clear();
    }
    Statement.Builder b = statementBuilder;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case TYPE -> typeAgain();
        case ID -> {
          if (value()) {
            b.id(recordId(Statement.class));
          }
        }
        case KIND -> {
          if (value()) {
            b.kind(wireEnum(STATEMENT_KINDS));
          }
        }
        case SPEAKER -> {
          if (value()) {
            b.speaker(actorRef());
          }
        }
        case ON_BEHALF_OF -> {
          if (value()) {
            b.onBehalfOf(actorRef());
          }
        }
        case DATE -> {
          if (value()) {
            b.date(timeSpan());
          }
        }
        case TEXT -> {
          if (value()) {
            b.text(text());
          }
        }
        case QUOTED -> {
          if (value()) {
            b.quoted(bool());
          }
        }
        case ABOUT -> {
          if (array()) {
            while (element()) {
              b.addAbout(anyRef());
            }
          }
        }
        default -> commonProperty(name, b, "statement", "not a property of a statement");
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
      PropertyName name, RecordBuilder<?> b, String definition, String unknownDetail)
      throws IOException {
    switch (name) {
      case NAME -> {
        if (value()) {
          b.name(text());
        }
      }
      case DESCRIPTION -> {
        if (value()) {
          b.description(text());
        }
      }
      case SOURCES -> {
        if (array()) {
          while (element()) {
            b.addSource(source());
          }
        }
      }
      case CONFIDENCE -> {
        if (value()) {
          b.confidence(confidence());
        }
      }
      case TAGS -> {
        if (array()) {
          while (element()) {
            b.addTag(text());
          }
        }
      }
      case EXTERNAL_IDS -> {
        if (object()) {
          String scheme;
          while ((scheme = key()) != null) {
            b.putExternalId(scheme, text());
          }
        }
      }
      case CREATED -> {
        if (value()) {
          b.created(timestamp());
        }
      }
      case MODIFIED -> {
        if (value()) {
          b.modified(timestamp());
        }
      }
      default -> {
        String other = nameText();
        if (isExtension(other)) {
          b.putExtension(other, extension());
        } else {
          unknown(other, definition, unknownDetail);
        }
      }
    }
  }
}
