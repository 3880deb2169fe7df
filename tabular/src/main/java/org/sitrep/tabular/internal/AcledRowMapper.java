package org.sitrep.tabular.internal;

import static org.sitrep.tabular.internal.AcledColumns.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Casualties;
import org.sitrep.core.Certainty;
import org.sitrep.core.Estimate;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
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

/**
 * One ACLED row to an incident and the actors it names for the first time. The mapping, column by
 * column, is the table in the module's README.
 */
public final class AcledRowMapper implements RowMapper {

  /** Half the span of a date of time precision 2: the coded day and three days either side. */
  static final int WEEK_HALF_SPAN = 3;

  private static final Set<String> STANDARD = Set.copyOf(ALL);
  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ENGLISH));

  /** 9999-12-31T23:59:59Z in seconds. */
  private static final long MAX_EPOCH_SECOND = 253_402_300_799L;

  private final Set<Id<Actor>> actorsGiven = new HashSet<>();

  /** The name each actor id was made from, so that two names with one slug get two ids. */
  private final Map<Id<Actor>, String> namesById = new HashMap<>();

  /** Actor ids by scope and name, and country codes by name, as met: each computed once. */
  private final Map<String, Id<Actor>> actorIds = new HashMap<>();

  private final Map<String, Optional<String>> countryCodes = new HashMap<>();

  @Override
  public void map(Row row, Consumer<SitrepRecord> out) throws RowRejected {
    String eventId = row.text(EVENT_ID_CNTY);
    if (eventId.isEmpty()) {
      throw new RowRejected(EVENT_ID_CNTY, eventId, "an event needs its id");
    }
    Incident.Builder incident =
        Incident.builder().id(Id.incident(Slugs.of(eventId))).putExternalId("acled", eventId);

    IncidentCategory category = category(row);
    incident.category(category);
    String subLabel = row.text(SUB_EVENT_TYPE);
    if (!subLabel.isEmpty()) {
      IncidentSubCategory sub =
          IncidentSubCategory.findByAcledLabel(subLabel)
              .orElseThrow(
                  () -> new RowRejected(SUB_EVENT_TYPE, subLabel, "not an ACLED sub-event type"));
      if (sub.category() != category) {
        throw new RowRejected(
            SUB_EVENT_TYPE,
            subLabel,
            "belongs to " + sub.category().acledLabel() + ", not to " + category.acledLabel());
      }
      incident.subCategory(sub);
    }
    date(row, incident);

    String location = row.text(LOCATION);
    String countryName = row.text(COUNTRY);
    String countryCode = countryCodes.computeIfAbsent(countryName, Countries::codeOf).orElse(null);
    incident.name(
        (subLabel.isEmpty() ? category.acledLabel() : subLabel)
            + (location.isEmpty() ? " (" + eventId + ")" : " in " + location));
    place(row, location, countryName, countryCode).ifPresent(incident::place);

    List<Actor> newActors = new ArrayList<>();
    String scope = countryCode == null ? "xx" : countryCode.toLowerCase(Locale.ROOT);
    int inter1 = actorType(row, INTER1);
    int inter2 = actorType(row, INTER2);
    for (Involvement involvement : side(row, ACTOR1, inter1, ASSOC_ACTOR_1, scope, newActors)) {
      incident.addPerpetrator(involvement);
    }
    for (Involvement involvement : side(row, ACTOR2, inter2, ASSOC_ACTOR_2, scope, newActors)) {
      incident.addTarget(involvement);
    }
    String interaction = row.text(INTERACTION);
    if (!interaction.equals(
        AcledActorTypes.interaction(inter1, inter2, AcledActorTypes.isLabel(interaction)))) {
      incident.putExtension(X_INTERACTION, ExtensionValue.ofString(interaction));
    }

    OptionalInt fatalities = row.integer(FATALITIES);
    if (fatalities.isPresent()) {
      if (fatalities.getAsInt() < 0) {
        throw new RowRejected(FATALITIES, row.text(FATALITIES), "a count cannot be negative");
      }
      incident.casualties(Casualties.builder().killed(Estimate.of(fatalities.getAsInt())).build());
    }
    for (String publisher : split(row.text(SOURCE))) {
      incident.addSource(Source.builder().publisher(publisher).build());
    }
    String notes = row.text(NOTES);
    if (!notes.isEmpty()) {
      incident.description(notes);
    }
    for (String tag : split(row.text(TAGS))) {
      incident.addTag(tag);
    }
    OptionalLong timestamp = row.wholeNumber(TIMESTAMP);
    if (timestamp.isPresent()
        && (timestamp.getAsLong() < 0 || timestamp.getAsLong() > MAX_EPOCH_SECOND)) {
      throw new RowRejected(
          TIMESTAMP, row.text(TIMESTAMP), "not a Unix time in seconds between 1970 and 9999");
    }
    if (timestamp.isPresent()) {
      incident.modified(Timestamp.of(Instant.ofEpochSecond(timestamp.getAsLong())));
    }
    putText(incident, X_DISORDER_TYPE, row.text(DISORDER_TYPE));
    putText(incident, X_CIVILIAN_TARGETING, row.text(CIVILIAN_TARGETING));
    putText(incident, X_REGION, row.text(REGION));
    putText(incident, X_SOURCE_SCALE, row.text(SOURCE_SCALE));
    OptionalLong iso = row.wholeNumber(ISO);
    if (iso.isPresent()) {
      incident.putExtension(X_ISO, ExtensionValue.ofJson(Long.toString(iso.getAsLong())));
    }
    for (String column : row.columns()) {
      if (!STANDARD.contains(column)) {
        putText(incident, extensionKey(column), row.text(column));
      }
    }

    Incident built = incident.build();
    for (Actor actor : newActors) {
      actorsGiven.add(actor.id());
      out.accept(actor);
    }
    out.accept(built);
  }

  private static IncidentCategory category(Row row) throws RowRejected {
    String label = row.text(EVENT_TYPE);
    return IncidentCategory.findByAcledLabel(label)
        .or(() -> findIgnoringCase(label))
        .orElseThrow(
            () ->
                new RowRejected(
                    EVENT_TYPE,
                    label,
                    "not an ACLED event type: expected one of "
                        + Arrays.stream(IncidentCategory.values())
                            .map(IncidentCategory::acledLabel)
                            .toList()));
  }

  private static Optional<IncidentCategory> findIgnoringCase(String label) {
    for (IncidentCategory category : IncidentCategory.values()) {
      if (category.acledLabel().equalsIgnoreCase(label)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }

  private static void date(Row row, Incident.Builder incident) throws RowRejected {
    String text = row.text(EVENT_DATE);
    LocalDate day = parseDay(text);
    OptionalLong year = row.wholeNumber(YEAR);
    if (year.isPresent() && year.getAsLong() != day.getYear()) {
      throw new RowRejected(YEAR, row.text(YEAR), "does not match event_date " + day);
    }
    String precisionText = row.text(TIME_PRECISION);
    int precision = precisionText.isEmpty() ? 1 : row.integer(TIME_PRECISION).getAsInt();
    TimeSpan date =
        switch (precision) {
          case 1 -> FuzzyDate.of(day);
          case 2 ->
              Period.of(
                  FuzzyDate.of(day.minusDays(WEEK_HALF_SPAN)),
                  FuzzyDate.of(day.plusDays(WEEK_HALF_SPAN)));
          case 3 -> FuzzyDate.ofMonth(day.getYear(), day.getMonthValue());
          default ->
              throw new RowRejected(
                  TIME_PRECISION, precisionText, "not an ACLED time precision: expected 1, 2 or 3");
        };
    incident.date(date);
    if (precision == 3) {
      incident.putExtension(X_EVENT_DATE, ExtensionValue.ofString(day.toString()));
    }
  }

  private static LocalDate parseDay(String text) throws RowRejected {
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    throw new RowRejected(
        EVENT_DATE,
        text,
        "not a date: expected YYYY-MM-DD (e.g. 2022-06-19), or 19 June 2022 or 19-06-2022");
  }

  private static Optional<Place> place(
      Row row, String location, String countryName, @Nullable String countryCode)
      throws RowRejected {
    String name =
        !location.isEmpty() ? location : !row.isEmpty(ADMIN1) ? row.text(ADMIN1) : countryName;
    OptionalDouble latitude = row.decimal(LATITUDE);
    OptionalDouble longitude = row.decimal(LONGITUDE);
    if (latitude.isPresent() != longitude.isPresent()) {
      String missing = latitude.isPresent() ? LONGITUDE : LATITUDE;
      throw new RowRejected(missing, "", "latitude and longitude go together");
    }
    if (name.isEmpty()) {
      if (latitude.isPresent()) {
        throw new RowRejected(LOCATION, "", "coordinates without a location or country");
      }
      return Optional.empty();
    }
    Place.Builder place = Place.builder().name(name);
    if (countryCode != null) {
      place.country(countryCode);
    }
    if (!countryName.isEmpty()
        && (countryCode == null || !countryName.equals(Countries.nameOf(countryCode).orElse("")))) {
      place.putExtension(X_COUNTRY, ExtensionValue.ofString(countryName));
    }
    if (!row.isEmpty(ADMIN1)) {
      place.admin1(row.text(ADMIN1));
    }
    if (!row.isEmpty(ADMIN2)) {
      place.admin2(row.text(ADMIN2));
    }
    if (!row.isEmpty(ADMIN3)) {
      place.putExtension(X_ADMIN3, ExtensionValue.ofString(row.text(ADMIN3)));
    }
    if (latitude.isPresent()) {
      Coordinates coordinates = Coordinates.of(latitude.getAsDouble(), longitude.getAsDouble());
      if (!coordinates.inRange()) {
        throw new RowRejected(
            LATITUDE,
            row.text(LATITUDE) + ", " + row.text(LONGITUDE),
            "out of range: latitude -90 to 90, longitude -180 to 180");
      }
      place.coordinates(coordinates);
    }
    OptionalInt geoPrecision = row.integer(GEO_PRECISION);
    if (geoPrecision.isPresent()) {
      place.geoPrecision(
          Place.GeoPrecision.findByAcledCode(geoPrecision.getAsInt())
              .orElseThrow(
                  () ->
                      new RowRejected(
                          GEO_PRECISION,
                          row.text(GEO_PRECISION),
                          "not an ACLED geo precision: expected 1, 2 or 3")));
    }
    return Optional.of(place.build());
  }

  private static int actorType(Row row, String column) throws RowRejected {
    try {
      return AcledActorTypes.parse(row.text(column));
    } catch (IllegalArgumentException e) {
      throw new RowRejected(
          column, row.text(column), Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  /** The involvements of one side: its actor, then its associated actors. */
  private List<Involvement> side(
      Row row,
      String actorColumn,
      int type,
      String assocColumn,
      String scope,
      List<Actor> newActors)
      throws RowRejected {
    List<Involvement> involvements = new ArrayList<>();
    String name = row.text(actorColumn);
    boolean first = actorColumn.equals(ACTOR1);
    if (!name.isEmpty()) {
      Id<Actor> id = actor(name, type, scope, newActors);
      involvements.add(
          Involvement.builder()
              .actor(id)
              .certainty(Certainty.CONFIRMED)
              .role(first ? SIDE_1 : SIDE_2)
              .putExtension(X_INTER, ExtensionValue.ofJson(Integer.toString(type)))
              .build());
    } else if (type != 0) {
      throw new RowRejected(
          first ? INTER1 : INTER2,
          row.text(first ? INTER1 : INTER2),
          "an actor type without an actor");
    }
    for (String associate : split(row.text(assocColumn))) {
      involvements.add(
          Involvement.builder()
              .actor(actor(associate, 0, scope, newActors))
              .certainty(Certainty.CONFIRMED)
              .role(first ? SIDE_1_ASSOCIATE : SIDE_2_ASSOCIATE)
              .build());
    }
    return involvements;
  }

  private Id<Actor> actor(String name, int type, String scope, List<Actor> newActors) {
    Id<Actor> id = actorIds.computeIfAbsent(scope + '|' + name, key -> newActorId(scope, name));
    if (!actorsGiven.contains(id) && newActors.stream().noneMatch(a -> a.id().equals(id))) {
      newActors.add(
          Actor.builder()
              .id(id)
              .name(name)
              .kind(AcledActorTypes.kindOf(name, type))
              .putExternalId("acled", name)
              .build());
    }
    return id;
  }

  /**
   * The id of a name not met before: its slug, or when another name has that slug already ({@code
   * "BLA"} and {@code "B.L.A."}), the slug with the name's hash.
   */
  private Id<Actor> newActorId(String scope, String name) {
    Id<Actor> id = Id.actor(Slugs.of(scope, name));
    String taken = namesById.putIfAbsent(id, name);
    if (taken != null && !taken.equals(name)) {
      id = Id.actor(Slugs.withHash(scope, name));
      namesById.putIfAbsent(id, name);
    }
    return id;
  }

  /** The parts of a {@code ;}-separated cell, stripped, empty ones left out. */
  static List<String> split(String cell) {
    if (cell.isEmpty()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (String part : cell.split(";", -1)) {
      String stripped = part.strip();
      if (!stripped.isEmpty()) {
        parts.add(stripped);
      }
    }
    return parts;
  }

  private static void putText(Incident.Builder incident, String key, String text) {
    if (!text.isEmpty()) {
      incident.putExtension(key, ExtensionValue.ofString(text));
    }
  }
}
