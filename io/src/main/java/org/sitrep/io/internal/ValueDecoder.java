package org.sitrep.io.internal;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Casualties;
import org.sitrep.core.Certainty;
import org.sitrep.core.Confidence;
import org.sitrep.core.Estimate;
import org.sitrep.core.Extensible;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.Link;
import org.sitrep.core.Money;
import org.sitrep.core.PropertyNames;
import org.sitrep.core.RecordType;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
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

/**
 * Reads the values of records: scalars, ids, dates, enumeration values, {@code x_} extensions, and
 * the objects records hold (sources, involvements, places, casualties...), into the model's
 * builders. Ids are canonicalised through an {@link IdCache}, days through a {@link DayCache} and
 * other dates through a {@link TextCache}; enumeration values are matched on the parser's
 * characters.
 */
abstract sealed class ValueDecoder extends DecoderErrors permits RecordDecoder {

  static final WireEnum<Certainty> CERTAINTIES =
      new WireEnum<>("certainty", Certainty.values(), Certainty::wireName);
  static final WireEnum<IncidentCategory> CATEGORIES =
      new WireEnum<>("incident category", IncidentCategory.values(), IncidentCategory::wireName);
  static final WireEnum<IncidentSubCategory> SUB_CATEGORIES =
      new WireEnum<>(
          "incident sub-category", IncidentSubCategory.values(), IncidentSubCategory::wireName);
  private static final WireEnum<Place.Kind> PLACE_KINDS =
      new WireEnum<>("place kind", Place.Kind.values(), Place.Kind::wireName);
  private static final WireEnum<Place.GeoPrecision> GEO_PRECISIONS =
      new WireEnum<>("geo precision", Place.GeoPrecision.values(), Place.GeoPrecision::wireName);

  /** Canonical ids, so that a reference read again is the same {@code Id}. */
  private final IdCache ids;

  /** Short strings seen before. */
  private final StringCache strings;

  /** Days seen before, parsed once. */
  private final DayCache days;

  /** Other dates seen before, parsed once. */
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

  /** The estimates of a lone best figure below 256, the most frequent, made on first use. */
  private final @Nullable Estimate[] bestOnly = new Estimate[SMALL_COUNTS.length];

  /** The confidences 0 to 100, made on first use. */
  private final @Nullable Confidence[] confidences = new Confidence[101];

  // reused as the record builders are (see RecordDecoder): made on first use, cleared before each
  // value
  private Source.@Nullable Builder sourceBuilder;
  private Involvement.@Nullable Builder involvementBuilder;
  private Affiliation.@Nullable Builder affiliationBuilder;
  private Casualties.@Nullable Builder casualtiesBuilder;
  private Casualties.Breakdown.@Nullable Builder breakdownBuilder;
  private Place.@Nullable Builder placeBuilder;

  ValueDecoder(JsonCodec codec, List<ReadProblem> warnings, int idCacheSize) {
    super(codec, warnings);
    this.ids = new IdCache(idCacheSize);
    this.days = new DayCache(idCacheSize);
    this.strings = new StringCache(Math.max(16, idCacheSize / 4));
    this.spans = new TextCache<>(idCacheSize);
    this.cachedDateLength = Math.min(CACHED_DATE_LENGTH, codec.maxStringLength());
  }

  final Source source() throws IOException {
    expectObject("a source object");
    long start = position();
    if (sourceBuilder == null) {
      sourceBuilder = Source.builder();
    } else {
      sourceBuilder.clear();
    }
    Source.Builder b = sourceBuilder;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case PUBLISHER -> {
          if (value()) {
            b.publisher(text());
          }
        }
        case TITLE -> {
          if (value()) {
            b.title(text());
          }
        }
        case URL -> {
          if (value()) {
            b.url(uniqueText());
          }
        }
        case PUBLISHED -> {
          if (value()) {
            b.published(timeSpan());
          }
        }
        case ACCESSED -> {
          if (value()) {
            b.accessed(timeSpan());
          }
        }
        case QUOTE -> {
          if (value()) {
            b.quote(text());
          }
        }
        default -> {
          String other = nameText();
          if (isExtension(other)) {
            b.putExtension(other, extension());
          } else {
            unknown(other, "source", "not a property of a source");
          }
        }
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  final Involvement involvement() throws IOException {
    expectObject("an involvement object");
    long start = position();
    if (involvementBuilder == null) {
      involvementBuilder = Involvement.builder();
    } else {
      involvementBuilder.clear();
    }
    Involvement.Builder b = involvementBuilder;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case ACTOR -> {
          if (value()) {
            b.actor(actorRef());
          }
        }
        case ROLE -> {
          if (value()) {
            b.role(text());
          }
        }
        case CERTAINTY -> {
          if (value()) {
            b.certainty(wireEnum(CERTAINTIES));
          }
        }
        case ATTRIBUTED_BY -> {
          if (value()) {
            b.attributedBy(actorRef());
          }
        }
        default -> {
          String other = nameText();
          if (isExtension(other)) {
            b.putExtension(other, extension());
          } else {
            unknown(other, "involvement", "not a property of an involvement");
          }
        }
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  final Affiliation affiliation() throws IOException {
    expectObject("an affiliation object");
    long start = position();
    if (affiliationBuilder == null) {
      affiliationBuilder = Affiliation.builder();
    } else {
      affiliationBuilder.clear();
    }
    Affiliation.Builder b = affiliationBuilder;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case ORGANISATION -> {
          if (value()) {
            b.organisation(actorRef());
          }
        }
        case ROLE -> {
          if (value()) {
            b.role(text());
          }
        }
        case PERIOD -> {
          if (value()) {
            b.period(period());
          }
        }
        default -> {
          String other = nameText();
          if (isExtension(other)) {
            b.putExtension(other, extension());
          } else {
            unknown(other, "affiliation", "not a property of an affiliation");
          }
        }
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw buildFailure(start, e);
    }
  }

  final Link<Incident> link() throws IOException {
    expectObject("a link object");
    long start = position();
    Id<Incident> target = null;
    Certainty certainty = null;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case TARGET -> {
          if (value()) {
            target = ref(Incident.class);
          }
        }
        case CERTAINTY -> {
          if (value()) {
            certainty = wireEnum(CERTAINTIES);
          }
        }
        default -> unknown(nameText(), "incidentLink", "not a property of a link");
      }
    }
    if (target == null || certainty == null) {
      throw missing(start, target == null ? PropertyNames.TARGET : PropertyNames.CERTAINTY);
    }
    return Link.of(target, certainty);
  }

  final Money money() throws IOException {
    long start = position();
    BigDecimal amount = null;
    String currency = null;
    boolean approximate = false;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case AMOUNT -> {
          if (value()) {
            if (!p.currentToken().isNumeric()) {
              throw wrongType("a number");
            }
            try {
              amount = p.getDecimalValue();
            } catch (NumberFormatException e) {
              // an exponent beyond an int (6e5000000000): BigDecimal cannot hold it at all
              throw fail(
                  ReadProblem.MALFORMED_VALUE,
                  "amount "
                      + p.getText()
                      + " has too many digits written out, more than the maximum of "
                      + codec.maxNumberLength()
                      + ": give the amount in plain digits, in a smaller unit if need be",
                  e);
            }
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
        }
        case CURRENCY -> {
          if (value()) {
            currency = text();
          }
        }
        case APPROXIMATE -> {
          if (value()) {
            approximate = bool();
          }
        }
        default -> unknown(nameText(), "money", "not a property of an amount of money");
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

  final Casualties casualties() throws IOException {
    long start = position();
    if (casualtiesBuilder == null) {
      casualtiesBuilder = Casualties.builder();
    } else {
      casualtiesBuilder.clear();
    }
    Casualties.Builder b = casualtiesBuilder;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case KILLED -> {
          if (object()) {
            b.killed(estimate());
          }
        }
        case INJURED -> {
          if (object()) {
            b.injured(estimate());
          }
        }
        case BREAKDOWNS -> {
          if (array()) {
            while (element()) {
              b.addBreakdown(breakdown());
            }
          }
        }
        case PERPETRATORS_INCLUDED -> {
          if (value()) {
            b.perpetratorsIncluded(bool());
          }
        }
        default -> {
          String other = nameText();
          if (isExtension(other)) {
            b.putExtension(other, extension());
          } else {
            unknown(other, "casualties", "not a property of casualties");
          }
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
    if (breakdownBuilder == null) {
      breakdownBuilder = Casualties.Breakdown.builder();
    } else {
      breakdownBuilder.clear();
    }
    Casualties.Breakdown.Builder b = breakdownBuilder;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case GROUP -> {
          if (value()) {
            b.group(text());
          }
        }
        case KILLED -> {
          if (object()) {
            b.killed(estimate());
          }
        }
        case INJURED -> {
          if (object()) {
            b.injured(estimate());
          }
        }
        default -> unknown(nameText(), "breakdown", "not a property of a casualty breakdown");
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
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case LOW -> {
          if (value()) {
            low = count(integer());
          }
        }
        case BEST -> {
          if (value()) {
            best = count(integer());
          }
        }
        case HIGH -> {
          if (value()) {
            high = count(integer());
          }
        }
        default -> unknown(nameText(), "estimate", "not a property of an estimate");
      }
    }
    if (low.isEmpty() && best.isEmpty() && high.isEmpty()) {
      throw failAt(
          start,
          ReadProblem.MISSING_PROPERTY,
          "an estimate needs at least one of low, best, high",
          null);
    }
    if (low.isEmpty() && high.isEmpty()) {
      int value = best.getAsInt();
      if (value >= 0 && value < bestOnly.length) {
        Estimate estimate = bestOnly[value];
        if (estimate == null) {
          estimate = Estimate.of(low, best, high);
          bestOnly[value] = estimate;
        }
        return estimate;
      }
    }
    return Estimate.of(low, best, high);
  }

  private static OptionalInt count(int value) {
    return value >= 0 && value < SMALL_COUNTS.length ? SMALL_COUNTS[value] : OptionalInt.of(value);
  }

  final Place place() throws IOException {
    expectObject("a place object");
    long start = position();
    if (placeBuilder == null) {
      placeBuilder = Place.builder();
    } else {
      placeBuilder.clear();
    }
    Place.Builder b = placeBuilder;
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case NAME -> {
          if (value()) {
            b.name(text());
          }
        }
        case KIND -> {
          if (value()) {
            b.kind(wireEnum(PLACE_KINDS));
          }
        }
        case COUNTRY -> {
          if (value()) {
            b.country(text());
          }
        }
        case ADMIN1 -> {
          if (value()) {
            b.admin1(text());
          }
        }
        case ADMIN2 -> {
          if (value()) {
            b.admin2(text());
          }
        }
        case LOCALITY -> {
          if (value()) {
            b.locality(text());
          }
        }
        case COORDINATES -> {
          if (object()) {
            b.coordinates(coordinates());
          }
        }
        case GEO_PRECISION -> {
          if (value()) {
            b.geoPrecision(wireEnum(GEO_PRECISIONS));
          }
        }
        case GAZETTEER_IDS -> {
          if (object()) {
            String key;
            while ((key = key()) != null) {
              b.putGazetteerId(key, text());
            }
          }
        }
        default -> {
          String other = nameText();
          if (isExtension(other)) {
            b.putExtension(other, extension());
          } else {
            unknown(other, "place", "not a property of a place");
          }
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
    PropertyName name;
    while ((name = nextName()) != null) {
      switch (name) {
        case LATITUDE -> {
          if (value()) {
            latitude = number();
          }
        }
        case LONGITUDE -> {
          if (value()) {
            longitude = number();
          }
        }
        default -> unknown(nameText(), "coordinates", "not a property of coordinates");
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

  /**
   * Advances to the next property of the object being read: its name as the constant to switch on
   * ({@link PropertyName#OTHER} for one the format does not define, whose text {@link #nameText()}
   * gives), or null at the object's end.
   */
  final @Nullable PropertyName nextName() throws IOException {
    if (p instanceof FastLineParser fast) {
      return fast.nextPropertyName();
    }
    String name = p.nextFieldName();
    return name == null ? null : PropertyName.of(name);
  }

  /** The text of the property name the parser stands on. */
  final String nameText() throws IOException {
    return Objects.requireNonNull(p.currentName());
  }

  /** Advances to the next value; false when it is null, which means absent. */
  final boolean value() throws IOException {
    return nextPropertyValue() != VALUE_NULL;
  }

  /** Advances to the value after a property name: the fast parser reads it on its short path. */
  private @Nullable JsonToken nextPropertyValue() throws IOException {
    return p instanceof FastLineParser fast ? fast.nextPropertyValue() : p.nextToken();
  }

  /** Advances to an array value; false when it is null. */
  final boolean array() throws IOException {
    JsonToken token = nextPropertyValue();
    if (token == START_ARRAY) {
      return true;
    }
    if (token == VALUE_NULL) {
      return false;
    }
    throw wrongType("an array");
  }

  /** Advances to an object value; false when it is null. */
  final boolean object() throws IOException {
    JsonToken token = nextPropertyValue();
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
  final boolean element() throws IOException {
    JsonToken token = p instanceof FastLineParser fast ? fast.nextElement() : p.nextToken();
    return token != END_ARRAY;
  }

  /** Advances past the next map key to its value; null at the end of the object. */
  final String key() throws IOException {
    String name = p.nextFieldName();
    if (name != null) {
      p.nextToken();
    }
    return name;
  }

  /**
   * The current string value; a short one seen before is the {@code String} made then, from the
   * decoder's {@link StringCache}.
   */
  final String text() throws IOException {
    if (p.currentToken() != VALUE_STRING) {
      throw wrongType("a string");
    }
    if (p instanceof FastLineParser fast && fast.isPlainText()) {
      // looked up on the line's bytes, without making characters
      int length = fast.getTextLength();
      if (length > StringCache.WIDTH) {
        return fast.plainText();
      }
      int hash = fast.textHash();
      String text = strings.find(fast.textBytes(), fast.textBytesOffset(), length, hash);
      if (text == null) {
        text = fast.plainText();
        strings.put(text, fast.textBytes(), fast.textBytesOffset(), length, hash);
      }
      return text;
    }
    char[] chars = chars();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    if (length > StringCache.WIDTH) {
      return string();
    }
    int hash = ByteWords.hash(chars, offset, length);
    String text = strings.find(chars, offset, length, hash);
    if (text == null) {
      text = string();
      strings.put(text, hash);
    }
    return text;
  }

  /**
   * The current string value, one not expected again (a record's own id, a source's URL): not
   * cached, where it would only push out the texts that come again.
   */
  final String uniqueText() throws IOException {
    if (p.currentToken() != VALUE_STRING) {
      throw wrongType("a string");
    }
    return string();
  }

  /**
   * The text of the current string token. Jackson reads a string's characters only when asked, so a
   * syntax error inside the string surfaces here, and is reported at the string.
   */
  final String string() throws IOException {
    String text;
    try {
      text = p.getText();
    } catch (JsonProcessingException e) {
      throw jacksonProblem(e, true);
    }
    if (!(p instanceof FastLineParser fast && fast.isPlainText())) {
      checkSurrogates(text); // plain ASCII has none
    }
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
  final char[] chars() throws IOException {
    try {
      return p.getTextCharacters();
    } catch (JsonProcessingException e) {
      throw jacksonProblem(e, true);
    }
  }

  final boolean bool() throws IOException {
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

  final Confidence confidence() throws IOException {
    int value = integer();
    if (value >= 0 && value < confidences.length) {
      Confidence known = confidences[value];
      if (known != null) {
        return known;
      }
    }
    try {
      Confidence confidence = Confidence.of(value);
      if (value >= 0 && value < confidences.length) {
        confidences[value] = confidence;
      }
      return confidence;
    } catch (IllegalArgumentException e) {
      throw fail(ReadProblem.MALFORMED_VALUE, message(e), e);
    }
  }

  final <E extends Enum<E>> E wireEnum(WireEnum<E> type) throws IOException {
    if (p.currentToken() != VALUE_STRING) {
      throw wrongType(withArticle(type.what()) + " string");
    }
    E value = matchString(type);
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
   * The constant of {@code type} that the current string token names, or null; matched on the
   * line's bytes when they are its characters.
   */
  final <E extends Enum<E>> @Nullable E matchString(WireEnum<E> type) throws IOException {
    if (p instanceof FastLineParser fast && fast.isPlainText()) {
      return type.match(
          fast.textBytes(), fast.textBytesOffset(), fast.getTextLength(), fast.textHash());
    }
    return type.match(chars(), p.getTextOffset(), p.getTextLength());
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

  private static @Nullable String acledSubCategory(String text) {
    for (IncidentSubCategory sub : IncidentSubCategory.values()) {
      if (sub.acledLabel().equalsIgnoreCase(text.strip())) {
        return sub.wireName();
      }
    }
    return null;
  }

  private static @Nullable String acledCategory(String text) {
    for (IncidentCategory category : IncidentCategory.values()) {
      if (category.acledLabel().equalsIgnoreCase(text.strip())) {
        return category.wireName();
      }
    }
    return null;
  }

  final Id<Actor> actorRef() throws IOException {
    return ref(Actor.class);
  }

  @SuppressWarnings("unchecked") // the kind is checked against the expected type
  final <T extends SitrepRecord> Id<T> ref(Class<T> type) throws IOException {
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

  final Id<?> anyRef() throws IOException {
    if (p.currentToken() != VALUE_STRING) {
      throw wrongType("an id string");
    }
    if (p instanceof FastLineParser fast && fast.isPlainText()) {
      // looked up on the line's bytes, without making characters
      int hash = fast.textHash();
      int length = fast.getTextLength();
      Id<?> id = ids.find(fast.textBytes(), fast.textBytesOffset(), length, hash);
      if (id == null) {
        id = parseId();
        ids.put(id, fast.textBytes(), fast.textBytesOffset(), length, hash);
      }
      return id;
    }
    char[] chars = chars();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    int hash = ByteWords.hash(chars, offset, length);
    Id<?> id = ids.find(chars, offset, length, hash);
    if (id == null) {
      id = parseId();
      ids.put(id, hash);
    }
    return id;
  }

  private Id<?> parseId() throws IOException {
    try {
      return Id.parse(p.getText());
    } catch (IllegalArgumentException e) {
      throw fail(ReadProblem.MALFORMED_VALUE, message(e), e);
    }
  }

  final TimeSpan timeSpan() throws IOException {
    if (p.currentToken() != VALUE_STRING) {
      throw wrongType("a date string");
    }
    if (p instanceof FastLineParser fast && fast.isPlainText()) {
      // a day is keyed on the line's bytes, without making characters
      int day = DayCache.key(fast.textBytes(), fast.textBytesOffset(), fast.getTextLength());
      if (day != 0) {
        TimeSpan span = days.find(day);
        return span != null ? span : newDay(day, fast.plainText());
      }
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
    int day = DayCache.key(chars, offset, length);
    if (day != 0) {
      TimeSpan span = days.find(day);
      if (span == null) {
        span = newDay(day, new String(chars, offset, length));
      }
      return span;
    }
    int hash = ByteWords.hash(chars, offset, length);
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

  /** Parses a day that is not in the cache, whose {@link DayCache#key} this is, and caches it. */
  private TimeSpan newDay(int day, String text) {
    TimeSpan span;
    try {
      span = TimeSpan.parse(text);
    } catch (RuntimeException e) {
      throw malformedDate(text, e);
    }
    days.put(day, span);
    return span;
  }

  final Period period() throws IOException {
    String text = dateText();
    try {
      return Period.parse(text);
    } catch (RuntimeException e) {
      throw malformedDate(text, e);
    }
  }

  final FuzzyDate fuzzyDate() throws IOException {
    String text = dateText();
    try {
      return FuzzyDate.parse(text);
    } catch (RuntimeException e) {
      throw malformedDate(text, e);
    }
  }

  final Timestamp timestamp() throws IOException {
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

  static boolean isExtension(String name) {
    return name.length() > 2 && name.startsWith(Extensible.PREFIX);
  }

  /** Reads the next value, any JSON, as compact text. */
  final ExtensionValue extension() throws IOException {
    JsonToken token = p.nextToken();
    switch (token) {
      case VALUE_NULL -> {
        return ExtensionValue.NULL;
      }
      case VALUE_TRUE, VALUE_FALSE, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return ExtensionValue.ofJson(p.getText());
      }
      default -> {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = codec.compactGenerator(out)) {
          JsonCodec.copyExactly(p, g);
        }
        return ExtensionValue.ofJson(out.toString());
      }
    }
  }
}
