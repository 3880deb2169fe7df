package org.sitrep.spark;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one wide {@link StructType} of Sitrep records in Spark: a {@code type} column and the union
 * of every record type's properties, named as on the wire (see {@code docs/wire-format.md}), a
 * property absent from a record (or from its type) being {@code null}. Nested values are structs
 * and arrays of structs; {@code x_} extension properties are kept in {@code extensions} columns (a
 * map from the property name to its compact JSON text) on the record and on the values that take
 * them.
 *
 * <p>Dates and periods keep their EDTF (or timestamp) text, exactly as written, and the top-level
 * ones get two derived {@code date} columns each, the earliest and the latest possible day, so that
 * users can filter and join on them: {@code dateEarliest}/{@code dateLatest} (incident and
 * statement {@code date}), {@code periodEarliest}/{@code periodLatest} (operation, exercise and
 * investment {@code period}: the start's earliest and the end's latest day, null when open or
 * unknown), {@code announcedEarliest}/{@code announcedLatest} and {@code approvedEarliest}/{@code
 * approvedLatest} (operation {@code approved}). Derived columns are ignored when writing.
 *
 * <pre>{@code
 * Dataset<Row> records = spark.read().format("sitrep").load("events.jsonl");
 * records.where("type = 'incident' AND dateLatest >= DATE'2024-11-01'")
 *     .select("id", "date", "casualties.killed.best")
 *     .show();
 * }</pre>
 *
 * <p>Type choices: integers of the format ({@code confidence}, estimates) are {@code int};
 * coordinates {@code double}; {@code value.amount} is a {@code string} holding the exact decimal
 * text (cast it to a decimal of your choice); timestamps ({@code created}, {@code modified}) and
 * nested dates ({@code sources.published}, {@code affiliations.period}) stay text.
 */
public final class SitrepSparkSchema {

  /** The column of the record type: {@code actor}, {@code incident}, ... */
  public static final String TYPE = "type";

  /** The column a read in {@code PERMISSIVE} mode puts a malformed line in, by default. */
  public static final String CORRUPT_RECORD = "_corrupt_record";

  /** The name of the extension columns ({@code x_} properties, name to compact JSON text). */
  public static final String EXTENSIONS = "extensions";

  /** The derived day columns, absent from the wire format. */
  public static final List<String> DERIVED_COLUMNS =
      List.of(
          "dateEarliest",
          "dateLatest",
          "periodEarliest",
          "periodLatest",
          "announcedEarliest",
          "announcedLatest",
          "approvedEarliest",
          "approvedLatest");

  /** The top-level date properties that get derived day columns. */
  static final List<String> DATED = List.of("date", "period", "announced", "approved");

  private static final DataType S = DataTypes.StringType;
  private static final DataType I = DataTypes.IntegerType;
  private static final DataType B = DataTypes.BooleanType;
  private static final MapType STRING_MAP = DataTypes.createMapType(S, S, false);
  private static final ArrayType STRINGS = DataTypes.createArrayType(S, false);

  private static final StructType INVOLVEMENT =
      struct(
          f("actor", S),
          f("role", S),
          f("certainty", S),
          f("attributedBy", S),
          f(EXTENSIONS, STRING_MAP));
  private static final StructType LINK = struct(f("target", S), f("certainty", S));
  private static final StructType AFFILIATION =
      struct(f("organisation", S), f("role", S), f("period", S), f(EXTENSIONS, STRING_MAP));
  private static final StructType SOURCE =
      struct(
          f("publisher", S),
          f("title", S),
          f("url", S),
          f("published", S),
          f("accessed", S),
          f("quote", S),
          f(EXTENSIONS, STRING_MAP));
  private static final StructType COORDINATES =
      struct(f("latitude", DataTypes.DoubleType), f("longitude", DataTypes.DoubleType));
  private static final StructType PLACE =
      struct(
          f("name", S),
          f("kind", S),
          f("country", S),
          f("admin1", S),
          f("admin2", S),
          f("locality", S),
          f("coordinates", COORDINATES),
          f("geoPrecision", S),
          f("gazetteerIds", STRING_MAP),
          f(EXTENSIONS, STRING_MAP));
  private static final StructType ESTIMATE = struct(f("low", I), f("best", I), f("high", I));
  private static final StructType BREAKDOWN =
      struct(f("group", S), f("killed", ESTIMATE), f("injured", ESTIMATE));
  private static final StructType CASUALTIES =
      struct(
          f("killed", ESTIMATE),
          f("injured", ESTIMATE),
          f("breakdowns", DataTypes.createArrayType(BREAKDOWN, false)),
          f("perpetratorsIncluded", B),
          f(EXTENSIONS, STRING_MAP));
  private static final StructType MONEY =
      struct(f("amount", S), f("currency", S), f("approximate", B));

  /** The wire properties, in the order of the columns. */
  private static final StructType WIRE =
      struct(
          f(TYPE, S),
          f("id", S),
          f("name", S),
          f("description", S),
          // actor (kind is shared by every type that has one)
          f("kind", S),
          f("aliases", STRINGS),
          f("country", S),
          f("parent", S),
          f("affiliations", DataTypes.createArrayType(AFFILIATION, false)),
          // incident
          f("category", S),
          f("subCategory", S),
          f("date", S),
          f("place", PLACE),
          f("perpetrators", involvements()),
          f("targets", involvements()),
          f("casualties", CASUALTIES),
          f("weapons", STRINGS),
          f("suicide", B),
          f("claimStatus", S),
          f("claimedBy", STRINGS),
          f("affects", STRINGS), // incident and operation
          // operation
          f("status", S),
          f("conductedBy", involvements()),
          f("against", involvements()),
          f("area", DataTypes.createArrayType(PLACE, false)),
          f("period", S),
          f("announced", S),
          f("approvedBy", STRINGS),
          f("approved", S),
          f("domains", STRING_MAP),
          f("jointWith", involvements()),
          f("triggeredBy", DataTypes.createArrayType(LINK, false)),
          // exercise
          f("joint", B),
          f("participants", involvements()),
          f("host", S),
          f("announcedBy", S),
          f("series", S),
          f("edition", S),
          // investment
          f("investors", STRINGS),
          f("value", MONEY),
          f("partOf", S),
          f("assets", DataTypes.createArrayType(PLACE, false)),
          f("sectors", STRINGS),
          // statement
          f("speaker", S),
          f("onBehalfOf", S),
          f("text", S),
          f("quoted", B),
          f("about", STRINGS),
          // the common tail
          f("sources", DataTypes.createArrayType(SOURCE, false)),
          f("confidence", I),
          f("tags", STRINGS),
          f("externalIds", STRING_MAP),
          f("created", S),
          f("modified", S),
          f(EXTENSIONS, STRING_MAP));

  private static final StructType RECORDS = withDerived(WIRE);

  private static final StructType RECORDS_PERMISSIVE =
      RECORDS.add(DataTypes.createStructField(CORRUPT_RECORD, S, true));

  private static final Set<String> NOT_WIRE =
      Set.of(
          CORRUPT_RECORD,
          "dateEarliest",
          "dateLatest",
          "periodEarliest",
          "periodLatest",
          "announcedEarliest",
          "announcedLatest",
          "approvedEarliest",
          "approvedLatest");

  private SitrepSparkSchema() {}

  /**
   * The schema of records as read ({@code FAILFAST} and {@code DROPMALFORMED} modes): the wire
   * properties, then the derived day columns.
   *
   * @return the schema
   */
  public static StructType records() {
    return RECORDS;
  }

  /**
   * The schema of a {@code PERMISSIVE} read: {@link #records()} and the corrupt-record column.
   *
   * @param corruptRecordColumn the name of the column that holds a malformed line
   * @return the schema
   */
  public static StructType permissive(String corruptRecordColumn) {
    if (CORRUPT_RECORD.equals(corruptRecordColumn)) {
      return RECORDS_PERMISSIVE;
    }
    return RECORDS.add(DataTypes.createStructField(corruptRecordColumn, S, true));
  }

  /**
   * The wire properties only, without derived columns: what the writer reads from a row.
   *
   * @return the schema
   */
  public static StructType wire() {
    return WIRE;
  }

  /**
   * Whether a top-level column is not a wire property (a derived day column or the corrupt-record
   * column) and is therefore ignored when writing and validating.
   *
   * @param column a column name
   * @return true for the derived and corrupt-record columns
   */
  public static boolean isDerived(String column) {
    return NOT_WIRE.contains(column);
  }

  private static StructType withDerived(StructType wire) {
    StructType out = wire;
    for (String column : DERIVED_COLUMNS) {
      out = out.add(DataTypes.createStructField(column, DataTypes.DateType, true));
    }
    return out;
  }

  private static ArrayType involvements() {
    return DataTypes.createArrayType(INVOLVEMENT, false);
  }

  private static StructField f(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }
}
