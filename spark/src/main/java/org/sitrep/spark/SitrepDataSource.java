package org.sitrep.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.BaseRelation;
import org.apache.spark.sql.sources.CreatableRelationProvider;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.jspecify.annotations.Nullable;
import org.sitrep.spark.internal.SitrepFileWriter;
import org.sitrep.spark.internal.SitrepTable;
import scala.Option;

/**
 * The {@code sitrep} Spark data source: Sitrep JSON Lines files (or folders of them) as a DataFrame
 * of {@link SitrepSparkSchema#records()}, and a DataFrame of that schema written as JSON Lines.
 * Registered under the short name {@code sitrep}.
 *
 * <pre>{@code
 * Dataset<Row> records = spark.read().format("sitrep").load("events.jsonl");
 * records.where("type = 'incident'").write().format("sitrep").save("incidents");
 * }</pre>
 *
 * <p>Reading is DataSource V2 ({@link TableProvider}): each file is cut into byte ranges read in
 * parallel, a line belonging to the range its first byte is in (gzip and other compressed files are
 * read whole); each range sets up sitrep-io's strict codec once and decodes its lines one by one.
 * The optional header line ({@code {"sitrep":"1.0","title":...,"asOf":...}}) is skipped. Files of a
 * folder are read in name order; files starting with {@code _} or {@code .} are left out. Read
 * options:
 *
 * <ul>
 *   <li>{@code mode}: {@code FAILFAST} (default), {@code PERMISSIVE} or {@code DROPMALFORMED}
 *       ({@link ReadMode});
 *   <li>{@code columnNameOfCorruptRecord}: the {@code PERMISSIVE} column, default {@code
 *       _corrupt_record};
 *   <li>{@code splitBytes}: the size of a range (default: the file size over the default
 *       parallelism, at least 4 MiB, at most {@code spark.sql.files.maxPartitionBytes}).
 * </ul>
 *
 * <p>Writing goes through Spark's {@link CreatableRelationProvider} interface (see the module
 * README: Spark's {@code DataFrameWriter.save} refuses its default {@code ErrorIfExists} mode for a
 * V2 table without a catalog, so a V2 write would need {@code mode("append")}). Every save mode
 * works; each partition becomes one file {@code part-NNNNN-<job>.jsonl}, each row encoded by the
 * strict codec (a row that is not a valid record fails the write). Write options {@code title} and
 * {@code asOf} (both or neither) put a header line at the top of each file.
 */
public final class SitrepDataSource
    implements TableProvider, DataSourceRegister, CreatableRelationProvider {

  /** The short name, for {@code format("sitrep")}. */
  public static final String SHORT_NAME = "sitrep";

  /** For Spark's service loader. */
  public SitrepDataSource() {}

  @Override
  public String shortName() {
    return SHORT_NAME;
  }

  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    ReadMode mode = ReadMode.parse(options.get("mode"));
    if (mode == ReadMode.PERMISSIVE) {
      return SitrepSparkSchema.permissive(
          options.getOrDefault("columnNameOfCorruptRecord", SitrepSparkSchema.CORRUPT_RECORD));
    }
    return SitrepSparkSchema.records();
  }

  @Override
  public Table getTable(
      StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new SitrepTable(schema, paths(properties));
  }

  @Override
  public BaseRelation createRelation(
      SQLContext sqlContext,
      SaveMode mode,
      scala.collection.immutable.Map<String, String> parameters,
      Dataset<Row> data) {
    String path = option(parameters, "path");
    if (path == null) {
      throw new IllegalArgumentException("Give the folder to write to: save(path)");
    }
    String asOf = option(parameters, "asOf");
    SitrepFileWriter.write(
        data, path, mode, option(parameters, "title"), asOf == null ? null : LocalDate.parse(asOf));
    StructType schema = data.schema();
    return new BaseRelation() {
      @Override
      public SQLContext sqlContext() {
        return sqlContext;
      }

      @Override
      public StructType schema() {
        return schema;
      }
    };
  }

  private static @Nullable String option(
      scala.collection.immutable.Map<String, String> parameters, String key) {
    Option<String> value = parameters.get(key);
    if (value.isDefined()) {
      return value.get();
    }
    scala.collection.Iterator<scala.Tuple2<String, String>> it = parameters.iterator();
    while (it.hasNext()) {
      scala.Tuple2<String, String> entry = it.next();
      if (entry._1().equalsIgnoreCase(key)) {
        return entry._2();
      }
    }
    return null;
  }

  private static List<String> paths(Map<String, String> properties) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> entry : properties.entrySet()) {
      if (entry.getKey().equalsIgnoreCase("path")) {
        out.add(entry.getValue());
      } else if (entry.getKey().equalsIgnoreCase("paths")) {
        try {
          out.addAll(
              new ObjectMapper().readValue(entry.getValue(), new TypeReference<List<String>>() {}));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("Give the file or folder to read: load(path)");
    }
    return out;
  }
}
