package org.sitrep.tabular.internal;

import java.util.List;

/** The columns of an ACLED export, in the order ACLED writes them since 2023. */
public final class AcledColumns {

  public static final String EVENT_ID_CNTY = "event_id_cnty";
  public static final String EVENT_DATE = "event_date";
  public static final String YEAR = "year";
  public static final String TIME_PRECISION = "time_precision";
  public static final String DISORDER_TYPE = "disorder_type";
  public static final String EVENT_TYPE = "event_type";
  public static final String SUB_EVENT_TYPE = "sub_event_type";
  public static final String ACTOR1 = "actor1";
  public static final String ASSOC_ACTOR_1 = "assoc_actor_1";
  public static final String INTER1 = "inter1";
  public static final String ACTOR2 = "actor2";
  public static final String ASSOC_ACTOR_2 = "assoc_actor_2";
  public static final String INTER2 = "inter2";
  public static final String INTERACTION = "interaction";
  public static final String CIVILIAN_TARGETING = "civilian_targeting";
  public static final String ISO = "iso";
  public static final String REGION = "region";
  public static final String COUNTRY = "country";
  public static final String ADMIN1 = "admin1";
  public static final String ADMIN2 = "admin2";
  public static final String ADMIN3 = "admin3";
  public static final String LOCATION = "location";
  public static final String LATITUDE = "latitude";
  public static final String LONGITUDE = "longitude";
  public static final String GEO_PRECISION = "geo_precision";
  public static final String SOURCE = "source";
  public static final String SOURCE_SCALE = "source_scale";
  public static final String NOTES = "notes";
  public static final String FATALITIES = "fatalities";
  public static final String TAGS = "tags";
  public static final String TIMESTAMP = "timestamp";

  /** The 31 columns, in export order. */
  public static final List<String> ALL =
      List.of(
          EVENT_ID_CNTY,
          EVENT_DATE,
          YEAR,
          TIME_PRECISION,
          DISORDER_TYPE,
          EVENT_TYPE,
          SUB_EVENT_TYPE,
          ACTOR1,
          ASSOC_ACTOR_1,
          INTER1,
          ACTOR2,
          ASSOC_ACTOR_2,
          INTER2,
          INTERACTION,
          CIVILIAN_TARGETING,
          ISO,
          REGION,
          COUNTRY,
          ADMIN1,
          ADMIN2,
          ADMIN3,
          LOCATION,
          LATITUDE,
          LONGITUDE,
          GEO_PRECISION,
          SOURCE,
          SOURCE_SCALE,
          NOTES,
          FATALITIES,
          TAGS,
          TIMESTAMP);

  /** Extension keys of the values that have no field of their own. */
  public static final String X_DISORDER_TYPE = "x_acled_disorder_type";

  public static final String X_INTER = "x_acled_inter";
  public static final String X_INTERACTION = "x_acled_interaction";
  public static final String X_CIVILIAN_TARGETING = "x_acled_civilian_targeting";
  public static final String X_ISO = "x_acled_iso";
  public static final String X_REGION = "x_acled_region";
  public static final String X_COUNTRY = "x_acled_country";
  public static final String X_ADMIN3 = "x_acled_admin3";
  public static final String X_SOURCE_SCALE = "x_acled_source_scale";
  public static final String X_EVENT_DATE = "x_acled_event_date";

  /** The prefix of every ACLED extension key. */
  public static final String PREFIX = "x_acled_";

  /** The extension keys above, which are not columns of their own. */
  public static final java.util.Set<String> EXTENSION_KEYS =
      java.util.Set.of(
          X_DISORDER_TYPE,
          X_INTER,
          X_INTERACTION,
          X_CIVILIAN_TARGETING,
          X_ISO,
          X_REGION,
          X_COUNTRY,
          X_ADMIN3,
          X_SOURCE_SCALE,
          X_EVENT_DATE);

  /** The role of each side's actors in an incident's perpetrators and targets. */
  public static final String SIDE_1 = "side 1";

  public static final String SIDE_1_ASSOCIATE = "side 1 associate";
  public static final String SIDE_2 = "side 2";
  public static final String SIDE_2_ASSOCIATE = "side 2 associate";

  /** The extension key of a column Sitrep has no place for: {@code x_acled_<column>}. */
  public static String extensionKey(String column) {
    return PREFIX + column.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
  }

  private AcledColumns() {}
}
