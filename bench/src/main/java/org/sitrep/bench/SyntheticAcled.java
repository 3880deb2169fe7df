package org.sitrep.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.tabular.AcledCsv;

/**
 * Deterministic ACLED-shaped rows in the older export's columns (numeric actor types), for {@link
 * TabularBenchmark} where ACLED's own test file is absent: four kinds of event in Pakistan, with
 * quoted notes holding commas, as in real exports. The same call always gives the same rows.
 *
 * <pre>{@code
 * List<String[]> rows = SyntheticAcled.rows();  // the header, then DISTINCT rows
 * }</pre>
 */
public final class SyntheticAcled {

  /** How many distinct data rows {@link #rows()} gives. */
  public static final int DISTINCT = 1_000;

  /** event type, sub-event type, disorder type, actor 1, inter 1, actor 2, inter 2. */
  private static final String[][] EVENTS = {
    {"Protests", "Peaceful protest", "Demonstrations", "Protesters (Pakistan)", "6", "", "0"},
    {
      "Battles",
      "Armed clash",
      "Political violence",
      "Military Forces of Pakistan (2018-)",
      "1",
      "TTP: Tehreek-i-Taliban Pakistan",
      "2"
    },
    {
      "Violence against civilians",
      "Attack",
      "Political violence",
      "Unidentified Armed Group (Pakistan)",
      "3",
      "Civilians (Pakistan)",
      "7"
    },
    {
      "Explosions/Remote violence",
      "Remote explosive/landmine/IED",
      "Political violence",
      "BLA: Baloch Liberation Army",
      "2",
      "Police Forces of Pakistan (2018-)",
      "1"
    }
  };

  /** location, admin1, admin2, latitude, longitude. */
  private static final String[][] PLACES = {
    {"Quetta", "Balochistan", "Quetta", "30.1841", "67.0014"},
    {"Peshawar", "Khyber Pakhtunkhwa", "Peshawar", "34.008", "71.5785"},
    {"Karachi", "Sindh", "Karachi South", "24.8608", "67.0104"},
    {"Bannu", "Khyber Pakhtunkhwa", "Bannu", "32.9889", "70.6056"},
    {"Turbat", "Balochistan", "Kech", "26.0023", "63.044"}
  };

  private static final String[] SOURCES = {
    "Dawn", "Dawn; Geo News", "The Express Tribune", "Frontier Post"
  };
  private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

  private SyntheticAcled() {}

  /** The header (ACLED's 31 columns), then {@value #DISTINCT} rows. */
  public static List<String[]> rows() {
    List<String> columns = AcledCsv.columns();
    List<String[]> rows = new ArrayList<>(DISTINCT + 1);
    rows.add(columns.toArray(String[]::new));
    for (int i = 0; i < DISTINCT; i++) {
      String[] event = EVENTS[i % EVENTS.length];
      String[] place = PLACES[i % PLACES.length];
      LocalDate day = FIRST_DAY.plusDays(i % 365);
      int inter1 = Integer.parseInt(event[4]);
      int inter2 = Integer.parseInt(event[6]);
      String[] row = new String[columns.size()];
      Arrays.fill(row, "");
      set(row, columns, "event_id_cnty", "PAK" + (70_000 + i));
      set(row, columns, "event_date", day.toString());
      set(row, columns, "year", Integer.toString(day.getYear()));
      set(row, columns, "time_precision", Integer.toString(1 + i % 3 / 2));
      set(row, columns, "disorder_type", event[2]);
      set(row, columns, "event_type", event[0]);
      set(row, columns, "sub_event_type", event[1]);
      set(row, columns, "actor1", event[3]);
      set(row, columns, "assoc_actor_1", i % 4 == 0 ? "Labour Group (Pakistan)" : "");
      set(row, columns, "inter1", event[4]);
      set(row, columns, "actor2", event[5]);
      set(row, columns, "inter2", event[6]);
      set(
          row,
          columns,
          "interaction",
          Integer.toString(Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2)));
      set(row, columns, "civilian_targeting", inter2 == 7 ? "Civilian targeting" : "");
      set(row, columns, "iso", "586");
      set(row, columns, "region", "South Asia");
      set(row, columns, "country", "Pakistan");
      set(row, columns, "admin1", place[1]);
      set(row, columns, "admin2", place[2]);
      set(row, columns, "location", place[0]);
      set(row, columns, "latitude", place[3]);
      set(row, columns, "longitude", place[4]);
      set(row, columns, "geo_precision", Integer.toString(1 + i % 3));
      set(row, columns, "source", SOURCES[i % SOURCES.length]);
      set(row, columns, "source_scale", i % 2 == 0 ? "National" : "Subnational");
      set(
          row,
          columns,
          "notes",
          "On "
              + day.getDayOfMonth()
              + " "
              + day.getMonth().toString().charAt(0)
              + day.getMonth().toString().substring(1).toLowerCase(Locale.ROOT)
              + " "
              + day.getYear()
              + ", an event of the synthetic series (number "
              + i
              + ") took place in "
              + place[0]
              + " ("
              + place[2]
              + ", "
              + place[1]
              + "), \"as reported\". [size=no report]");
      set(row, columns, "fatalities", Integer.toString(i % 7 == 0 ? i % 5 : 0));
      set(row, columns, "tags", event[0].equals("Protests") ? "crowd size=no report" : "");
      set(
          row,
          columns,
          "timestamp",
          Long.toString(day.plusDays(10).atStartOfDay().toEpochSecond(ZoneOffset.UTC)));
      rows.add(row);
    }
    return rows;
  }

  private static void set(String[] row, List<String> columns, String column, String value) {
    row[columns.indexOf(column)] = value;
  }
}
