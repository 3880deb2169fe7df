package org.sitrep.tabular.internal;

import static org.sitrep.tabular.internal.AcledColumns.*;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Estimate;
import org.sitrep.core.Extensible;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.core.time.Timestamp;

/**
 * Writes incidents as ACLED rows (the 31 columns of {@link AcledColumns#ALL}), naming their actors
 * from the actor records given before them. The inverse of {@link AcledRowMapper}: reading what
 * this writes gives the same records back.
 */
public final class AcledCsvWriter implements AutoCloseable {

  private final CsvWriter csv;
  private final boolean labels;
  private final List<String> extraColumns;
  private final Map<Id<Actor>, Actor> actors = new HashMap<>();
  private long rows;

  /**
   * A writer that writes the header at once.
   *
   * @param labels whether actor types and interactions are written as the current codebook's labels
   *     ({@code "Rebel group"}) rather than the older numeric codes
   * @param extraColumns columns written after the 31, from the incidents' {@code x_acled_<column>}
   *     extensions
   */
  public AcledCsvWriter(Writer out, boolean labels, List<String> extraColumns) {
    this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    this.labels = labels;
    this.extraColumns = List.copyOf(extraColumns);
    List<String> header = new ArrayList<>(ALL);
    header.addAll(extraColumns);
    csv.writeRecord(header);
  }

  /**
   * The columns, other than the 31, that the incidents' extensions hold ({@code
   * x_acled_population_best} gives {@code population_best}), in first-seen order.
   */
  public static List<String> extraColumns(Iterable<? extends SitrepRecord> records) {
    java.util.LinkedHashSet<String> columns = new java.util.LinkedHashSet<>();
    for (SitrepRecord record : records) {
      if (record instanceof Incident) {
        for (String key : record.extensions().keySet()) {
          if (key.startsWith(PREFIX) && !EXTENSION_KEYS.contains(key)) {
            String column = key.substring(PREFIX.length());
            if (!ALL.contains(column)) {
              columns.add(column);
            }
          }
        }
      }
    }
    return List.copyOf(columns);
  }

  /** Takes an actor's name for the rows that follow, and writes an incident's row. */
  public void write(SitrepRecord record) throws IOException {
    try {
      if (record instanceof Actor actor) {
        actors.put(actor.id(), actor);
      } else if (record instanceof Incident incident) {
        csv.writeRecord(row(incident));
        rows++;
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The incident rows written. */
  public long rows() {
    return rows;
  }

  private List<String> row(Incident incident) {
    Map<String, String> cells = new HashMap<>();
    cells.put(EVENT_ID_CNTY, incident.externalIds().getOrDefault("acled", incident.id().slug()));
    incident.date().ifPresent(date -> putDate(cells, date, incident));
    IncidentCategory category = incident.category();
    cells.put(
        DISORDER_TYPE,
        extension(incident, X_DISORDER_TYPE).orElseGet(() -> disorderType(category)));
    cells.put(EVENT_TYPE, category.acledLabel());
    incident.subCategory().ifPresent(sub -> cells.put(SUB_EVENT_TYPE, sub.acledLabel()));
    int inter1 = side(cells, incident.perpetrators(), SIDE_1, ACTOR1, ASSOC_ACTOR_1, INTER1);
    int inter2 = side(cells, incident.targets(), SIDE_2, ACTOR2, ASSOC_ACTOR_2, INTER2);
    cells.put(
        INTERACTION,
        extension(incident, X_INTERACTION)
            .orElseGet(() -> AcledActorTypes.interaction(inter1, inter2, labels)));
    extension(incident, X_CIVILIAN_TARGETING).ifPresent(v -> cells.put(CIVILIAN_TARGETING, v));
    // a numeric column is written only when it holds a number (never a formula from an extension)
    extension(incident, X_ISO)
        .filter(AcledCsvWriter::isWholeNumber)
        .ifPresent(v -> cells.put(ISO, v));
    extension(incident, X_REGION).ifPresent(v -> cells.put(REGION, v));
    incident.place().ifPresent(place -> putPlace(cells, place));
    cells.put(
        SOURCE,
        String.join(
            "; ", incident.sources().stream().flatMap(s -> s.publisher().stream()).toList()));
    extension(incident, X_SOURCE_SCALE).ifPresent(v -> cells.put(SOURCE_SCALE, v));
    incident.description().ifPresent(notes -> cells.put(NOTES, notes));
    incident
        .casualties()
        .flatMap(c -> c.killed())
        .map(AcledCsvWriter::fatalities)
        .ifPresent(n -> cells.put(FATALITIES, n));
    cells.put(TAGS, String.join("; ", incident.tags()));
    incident
        .modified()
        .ifPresent(t -> cells.put(TIMESTAMP, Long.toString(t.toInstant().getEpochSecond())));
    List<String> row = new ArrayList<>(ALL.size() + extraColumns.size());
    for (String column : ALL) {
      String cell = cells.getOrDefault(column, "");
      row.add(isNumeric(column) ? cell : Cells.neutralise(cell));
    }
    for (String column : extraColumns) {
      row.add(Cells.neutralise(extension(incident, extensionKey(column)).orElse("")));
    }
    return row;
  }

  private static boolean isNumeric(String column) {
    return switch (column) {
      case YEAR,
          TIME_PRECISION,
          INTER1,
          INTER2,
          ISO,
          LATITUDE,
          LONGITUDE,
          GEO_PRECISION,
          FATALITIES,
          TIMESTAMP ->
          true;
      default -> false;
    };
  }

  private static void putDate(Map<String, String> cells, TimeSpan date, Incident incident) {
    LocalDate day;
    int precision;
    if (date instanceof FuzzyDate fuzzy) {
      if (fuzzy.precision() == FuzzyDate.Precision.DAY && !fuzzy.hasUnspecifiedDigits()) {
        day = fuzzy.earliest();
        precision = fuzzy.isApproximate() || fuzzy.isUncertain() ? 2 : 1;
      } else {
        day = extension(incident, X_EVENT_DATE).map(AcledCsvWriter::dayOrNull).orElse(null);
        if (day == null) {
          day = fuzzy.earliest();
        }
        precision = 3;
      }
    } else if (date instanceof Period period) {
      LocalDate start = period.earliestDay().orElse(null);
      LocalDate end = period.latestDay().orElse(null);
      if (start != null
          && end != null
          && end.equals(start.plusDays(2 * AcledRowMapper.WEEK_HALF_SPAN))) {
        day = start.plusDays(AcledRowMapper.WEEK_HALF_SPAN);
        precision = 2;
      } else {
        day = start != null ? start : end;
        precision = 3;
      }
    } else {
      day = ((Timestamp) date).localDay();
      precision = 1;
    }
    if (day != null) {
      cells.put(EVENT_DATE, day.toString());
      cells.put(YEAR, Integer.toString(day.getYear()));
      cells.put(TIME_PRECISION, Integer.toString(precision));
    }
  }

  private static String disorderType(IncidentCategory category) {
    return switch (category) {
      case PROTESTS, RIOTS -> "Demonstrations";
      case STRATEGIC_DEVELOPMENTS -> "Strategic developments";
      default -> "Political violence";
    };
  }

  /** Writes one side's actor and associates; returns the actor's type, 0 for none. */
  private int side(
      Map<String, String> cells,
      List<Involvement> involvements,
      String mainRole,
      String actorColumn,
      String assocColumn,
      String interColumn) {
    Involvement main = null;
    for (Involvement involvement : involvements) {
      if (involvement.role().filter(mainRole::equals).isPresent()) {
        main = involvement;
        break;
      }
    }
    if (main == null && !involvements.isEmpty() && involvements.get(0).role().isEmpty()) {
      main = involvements.get(0);
    }
    int type = 0;
    if (main != null) {
      Actor actor = actors.get(main.actor());
      cells.put(actorColumn, actor != null ? actor.name() : main.actor().slug());
      type =
          extension(main, X_INTER)
              .map(AcledCsvWriter::actorTypeOrNull)
              .orElseGet(
                  () -> AcledActorTypes.typeOf(actor != null ? actor.kind() : Actor.Kind.OTHER));
      cells.put(interColumn, labels ? AcledActorTypes.label(type) : Integer.toString(type));
    } else if (!labels) {
      cells.put(interColumn, "0");
    }
    List<String> associates = new ArrayList<>();
    for (Involvement involvement : involvements) {
      if (involvement != main) {
        Actor actor = actors.get(involvement.actor());
        associates.add(actor != null ? actor.name() : involvement.actor().slug());
      }
    }
    cells.put(assocColumn, String.join("; ", associates));
    return type;
  }

  private static void putPlace(Map<String, String> cells, Place place) {
    cells.put(LOCATION, place.name());
    Optional<String> countryName =
        extension(place, X_COUNTRY).or(() -> place.country().flatMap(Countries::nameOf));
    countryName.ifPresent(name -> cells.put(COUNTRY, name));
    place.admin1().ifPresent(v -> cells.put(ADMIN1, v));
    place.admin2().ifPresent(v -> cells.put(ADMIN2, v));
    extension(place, X_ADMIN3).ifPresent(v -> cells.put(ADMIN3, v));
    place
        .coordinates()
        .ifPresent(
            c -> {
              cells.put(LATITUDE, BigDecimal.valueOf(c.latitude()).toPlainString());
              cells.put(LONGITUDE, BigDecimal.valueOf(c.longitude()).toPlainString());
            });
    place.geoPrecision().ifPresent(p -> cells.put(GEO_PRECISION, Integer.toString(p.acledCode())));
  }

  private static boolean isWholeNumber(String text) {
    return text.matches("-?[0-9]{1,18}");
  }

  /** A day of an extension, or null when the extension is not one (then the date decides). */
  private static @Nullable LocalDate dayOrNull(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** An actor type 0 to 8 of an extension, or null when the extension is not one. */
  private static @Nullable Integer actorTypeOrNull(String text) {
    try {
      return AcledActorTypes.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String fatalities(Estimate killed) {
    return Integer.toString(killed.best().orElse(killed.low().orElse(killed.high().orElse(0))));
  }

  private static Optional<String> extension(Extensible owner, String key) {
    ExtensionValue value = owner.extensions().get(key);
    return value == null ? Optional.empty() : Optional.of(Cells.text(value));
  }

  /** Flushes the rows written. */
  public void flush() throws IOException {
    csv.flush();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
