package org.sitrep.spark.internal;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;
import org.sitrep.spark.ReadMode;

/** Makes the reader of one split, on an executor. */
final class SitrepReaderFactory implements PartitionReaderFactory {
  private static final long serialVersionUID = 1L;

  private final SerializableConf conf;
  private final StructType schema;
  private final ReadMode mode;
  private final String corruptColumn;

  SitrepReaderFactory(
      SerializableConf conf, StructType schema, ReadMode mode, String corruptColumn) {
    this.conf = conf;
    this.schema = schema;
    this.mode = mode;
    this.corruptColumn = corruptColumn;
  }

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    return new SitrepPartitionReader(
        conf.get(), (LineSplit) partition, schema, mode, corruptColumn);
  }
}
