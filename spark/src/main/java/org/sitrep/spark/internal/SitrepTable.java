package org.sitrep.spark.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.connector.catalog.Column;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.sitrep.spark.ReadMode;

/** Sitrep JSON Lines files as a readable table. */
public final class SitrepTable implements SupportsRead {

  private final StructType schema;
  private final List<String> paths;

  public SitrepTable(StructType schema, List<String> paths) {
    this.schema = schema;
    this.paths = paths;
  }

  @Override
  public String name() {
    return "sitrep " + paths;
  }

  /** The schema's fields as columns (Spark 4 asks a table for its columns, not its schema). */
  @Override
  public Column[] columns() {
    return Arrays.stream(schema.fields())
        .map(field -> Column.create(field.name(), field.dataType(), field.nullable()))
        .toArray(Column[]::new);
  }

  @Override
  public Set<TableCapability> capabilities() {
    return Set.of(TableCapability.BATCH_READ);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
    ReadMode mode = ReadMode.parse(options.get("mode"));
    String corrupt = options.getOrDefault("columnNameOfCorruptRecord", "_corrupt_record");
    long split = options.getLong("splitBytes", 0L);
    return new SitrepScan(schema, paths, mode, corrupt, split);
  }
}
