package org.sitrep.tabular.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
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

/**
 * One UCDP GED row to an incident and the actors (sides) it names for the first time. The mapping,
 * column by column, is the table in the module's README.
 */
public final class UcdpRowMapper implements RowMapper {

  /**
   * The columns whose values the fields hold whole; every other non-empty cell is also kept as
   * {@code x_ucdp_<column>}, because its field holds less than the cell (a type of violence becomes
   * an ACLED category, a where_prec of 1 to 7 a precision of three values).
   */
  private static final Set<String> MAPPED =
      Set.of(
          "id",
          "conflict_new_id",
          "dyad_new_id",
          "side_a_new_id",
          "side_a",
          "side_b_new_id",
          "side_b",
          "source_office",
          "where_coordinates",
          "adm_1",
          "adm_2",
          "latitude",
          "longitude",
          "priogrid_gid",
          "date_start",
          "date_end",
          "deaths_a",
          "deaths_b",
          "deaths_civilians",
          "deaths_unknown",
          "best",
          "high",
          "low");

  /** Whole-number columns kept as JSON numbers in their extensions. */
  private static final Set<String> NUMERIC =
      Set.of(
          "year",
          "active_year",
          "conflict_dset_id",
          "dyad_dset_id",
          "side_a_dset_id",
          "side_b_dset_id",
          "number_of_sources",
          "country_id",
          "event_clarity",
          "date_prec",
          "gwnoa",
          "gwnob",
          "type_of_violence",
          "where_prec");

  /** The extension key of a UCDP column: {@code x_ucdp_<column>}. */
  public static String extensionKey(String column) {
    return "x_ucdp_" + column.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
  }

  private final Set<Id<Actor>> actorsGiven = new HashSet<>();

  @Override
  public void map(Row row, Consumer<SitrepRecord> out) throws RowRejected {
    String eventId = row.text("id");
    if (eventId.isEmpty()) {
      throw new RowRejected("id", eventId, "an event needs its id");
    }
    Incident.Builder incident =
        Incident.builder()
            .id(Id.incident(Slugs.of("ucdp", eventId)))
            .putExternalId("ucdp", eventId);
    putId(row, incident, "conflict_new_id", "ucdp-conflict");
    putId(row, incident, "dyad_new_id", "ucdp-dyad");

    OptionalInt typeOfViolence = row.integer("type_of_violence");
    int type = typeOfViolence.orElse(-1);
    switch (type) {
      case 1, 2 ->
          incident.category(IncidentCategory.BATTLES).subCategory(IncidentSubCategory.ARMED_CLASH);
      case 3 ->
          incident
              .category(IncidentCategory.VIOLENCE_AGAINST_CIVILIANS)
              .subCategory(IncidentSubCategory.ATTACK);
      default ->
          throw new RowRejected(
              "type_of_violence",
              row.text("type_of_violence"),
              "not a UCDP type of violence: expected 1 (state-based), 2 (non-state) or 3"
                  + " (one-sided)");
    }

    LocalDate start = day(row, "date_start");
    LocalDate end = row.isEmpty("date_end") ? start : day(row, "date_end");
    if (start.equals(end)) {
      incident.date(FuzzyDate.of(start));
    } else {
      incident.date(Period.of(FuzzyDate.of(start), FuzzyDate.of(end)));
    }

    String dyad = row.text("dyad_name");
    String where = row.text("where_coordinates");
    incident.name(
        (dyad.isEmpty() ? "UCDP event " + eventId : dyad) + (where.isEmpty() ? "" : ", " + where));

    List<Actor> newActors = new ArrayList<>();
    side(row, "side_a", "side A", newActors).ifPresent(incident::addPerpetrator);
    side(row, "side_b", "side B", newActors).ifPresent(incident::addTarget);

    casualties(row).ifPresent(incident::casualties);
    place(row, where).ifPresent(incident::place);
    sources(row).forEach(incident::addSource);

    for (String column : row.columns()) {
      String text = row.text(column);
      if (text.isEmpty() || MAPPED.contains(column)) {
        continue;
      }
      boolean number = NUMERIC.contains(column);
      incident.putExtension(
          extensionKey(column),
          number
              ? ExtensionValue.ofJson(Long.toString(row.wholeNumber(column).getAsLong()))
              : ExtensionValue.ofString(text));
    }

    Incident built = incident.build();
    for (Actor actor : newActors) {
      actorsGiven.add(actor.id());
      out.accept(actor);
    }
    out.accept(built);
  }

  private static void putId(Row row, Incident.Builder incident, String column, String scheme) {
    String id = row.text(column);
    if (!id.isEmpty()) {
      incident.putExternalId(scheme, id);
    }
  }

  private static LocalDate day(Row row, String column) throws RowRejected {
    String text = row.text(column);
    try {
      // UCDP's CSV writes dates, some conversions midnight timestamps: keep the day
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new RowRejected(column, text, "not a date: expected YYYY-MM-DD, e.g. 2013-01-03");
    }
  }

  private java.util.Optional<Involvement> side(
      Row row, String column, String role, List<Actor> newActors) throws RowRejected {
    String name = row.text(column);
    if (name.isEmpty()) {
      return java.util.Optional.empty();
    }
    String ucdpId = row.text(column + "_new_id");
    if (!ucdpId.isEmpty()) {
      row.wholeNumber(column + "_new_id");
    }
    Id<Actor> id = Id.actor(Slugs.of("ucdp", ucdpId.isEmpty() ? name : ucdpId));
    if (!actorsGiven.contains(id) && newActors.stream().noneMatch(a -> a.id().equals(id))) {
      Actor.Builder actor = Actor.builder().id(id).name(name).kind(kindOf(name));
      if (!ucdpId.isEmpty()) {
        actor.putExternalId("ucdp", ucdpId);
      }
      newActors.add(actor.build());
    }
    return java.util.Optional.of(
        Involvement.builder().actor(id).certainty(Certainty.CONFIRMED).role(role).build());
  }

  private static Actor.Kind kindOf(String name) {
    if (name.startsWith("Government of")) {
      return Actor.Kind.STATE;
    }
    if (name.equals("Civilians")) {
      return Actor.Kind.CIVILIAN_GROUP;
    }
    return Actor.Kind.ARMED_GROUP;
  }

  private static java.util.Optional<Casualties> casualties(Row row) throws RowRejected {
    OptionalInt low = count(row, "low");
    OptionalInt best = count(row, "best");
    OptionalInt high = count(row, "high");
    Casualties.Builder casualties = Casualties.builder();
    boolean any = false;
    if (low.isPresent() || best.isPresent() || high.isPresent()) {
      casualties.killed(Estimate.of(low, best, high));
      any = true;
    }
    String[][] groups = {
      {"deaths_a", "side A"},
      {"deaths_b", "side B"},
      {"deaths_civilians", "civilians"},
      {"deaths_unknown", "unknown"}
    };
    for (String[] group : groups) {
      OptionalInt deaths = count(row, group[0]);
      if (deaths.isPresent()) {
        casualties.addBreakdowns(Casualties.Breakdown.killed(group[1], deaths.getAsInt()));
        any = true;
      }
    }
    return any ? java.util.Optional.of(casualties.build()) : java.util.Optional.empty();
  }

  private static OptionalInt count(Row row, String column) throws RowRejected {
    OptionalInt value = row.integer(column);
    if (value.isPresent() && value.getAsInt() < 0) {
      throw new RowRejected(column, row.text(column), "a count cannot be negative");
    }
    return value;
  }

  private static java.util.Optional<Place> place(Row row, String where) throws RowRejected {
    String countryName = row.text("country");
    String name =
        !where.isEmpty() ? where : !row.isEmpty("adm_1") ? row.text("adm_1") : countryName;
    OptionalDouble latitude = row.decimal("latitude");
    OptionalDouble longitude = row.decimal("longitude");
    if (latitude.isPresent() != longitude.isPresent()) {
      throw new RowRejected(
          latitude.isPresent() ? "longitude" : "latitude",
          "",
          "latitude and longitude go together");
    }
    if (name.isEmpty()) {
      return java.util.Optional.empty();
    }
    Place.Builder place = Place.builder().name(name);
    Countries.codeOf(countryName).ifPresent(place::country);
    if (!row.isEmpty("adm_1")) {
      place.admin1(row.text("adm_1"));
    }
    if (!row.isEmpty("adm_2")) {
      place.admin2(row.text("adm_2"));
    }
    if (latitude.isPresent()) {
      Coordinates coordinates = Coordinates.of(latitude.getAsDouble(), longitude.getAsDouble());
      if (!coordinates.inRange()) {
        throw new RowRejected(
            "latitude",
            row.text("latitude") + ", " + row.text("longitude"),
            "out of range: latitude -90 to 90, longitude -180 to 180");
      }
      place.coordinates(coordinates);
    }
    OptionalInt precision = row.integer("where_prec");
    if (precision.isPresent()) {
      int code = precision.getAsInt();
      if (code < 1 || code > 7) {
        throw new RowRejected(
            "where_prec", row.text("where_prec"), "not a UCDP where_prec: 1 to 7");
      }
      place.geoPrecision(
          code == 1
              ? Place.GeoPrecision.EXACT
              : code == 2 ? Place.GeoPrecision.NEAR : Place.GeoPrecision.REGION);
    }
    if (!row.isEmpty("priogrid_gid")) {
      row.wholeNumber("priogrid_gid");
      place.putGazetteerId("priogrid", row.text("priogrid_gid"));
    }
    return java.util.Optional.of(place.build());
  }

  /**
   * One source per office named in {@code source_office}, with its date and headline when the three
   * {@code ;}-separated lists line up; the raw {@code source_article} and {@code source_original}
   * cells are kept as extensions either way.
   */
  private static List<Source> sources(Row row) {
    List<String> offices = AcledRowMapper.split(row.text("source_office"));
    List<String> dates = List.of(row.text("source_date").split(";", -1));
    List<String> headlines = List.of(row.text("source_headline").split(";", -1));
    List<Source> sources = new ArrayList<>();
    boolean aligned = dates.size() == offices.size() && headlines.size() == offices.size();
    for (int i = 0; i < offices.size(); i++) {
      Source.Builder source = Source.builder().publisher(offices.get(i));
      if (aligned) {
        String date = dates.get(i).strip();
        if (!date.isEmpty()) {
          try {
            source.published(FuzzyDate.of(LocalDate.parse(date)));
          } catch (DateTimeParseException e) {
            // kept in x_ucdp_source_date
          }
        }
        String headline = headlines.get(i).strip();
        if (!headline.isEmpty()) {
          source.title(headline);
        }
      }
      sources.add(source.build());
    }
    return sources;
  }
}
