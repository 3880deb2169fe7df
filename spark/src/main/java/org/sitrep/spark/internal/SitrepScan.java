package org.sitrep.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.sitrep.spark.ReadMode;

/**
 * The scan of a read: files listed and sorted by name (so a directory written by the data source
 * reads back in order), each cut into byte ranges split at line starts; compressed files are one
 * range each.
 */
public final class SitrepScan implements ScanBuilder, Scan, Batch {

  private final StructType schema;
  private final List<String> paths;
  private final ReadMode mode;
  private final String corruptColumn;
  private final long splitBytes;

  public SitrepScan(
      StructType schema, List<String> paths, ReadMode mode, String corruptColumn, long splitBytes) {
    this.schema = schema;
    this.paths = paths;
    this.mode = mode;
    this.corruptColumn = corruptColumn;
    this.splitBytes = splitBytes;
  }

  @Override
  public Scan build() {
    return this;
  }

  @Override
  public StructType readSchema() {
    return schema;
  }

  @Override
  public String description() {
    return "sitrep " + paths + " mode=" + mode;
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    SparkSession spark = SparkSession.active();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
    List<FileStatus> files = new ArrayList<>();
    try {
      for (String name : paths) {
        Path path = new Path(name);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(path);
        if (matched == null || matched.length == 0) {
          throw new IllegalArgumentException("Path does not exist: " + name);
        }
        for (FileStatus status : matched) {
          if (status.isDirectory()) {
            for (FileStatus child : fs.listStatus(status.getPath())) {
              String childName = child.getPath().getName();
              if (child.isFile() && !childName.startsWith("_") && !childName.startsWith(".")) {
                files.add(child);
              }
            }
          } else {
            files.add(status);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(Comparator.comparing(status -> status.getPath().toString()));
    long total = files.stream().mapToLong(FileStatus::getLen).sum();
    long split = splitBytes;
    if (split <= 0) {
      long max = spark.sessionState().conf().filesMaxPartitionBytes();
      long perCore = total / Math.max(1, spark.sparkContext().defaultParallelism());
      split = Math.min(max, Math.max(4L << 20, perCore));
    }
    List<InputPartition> out = new ArrayList<>();
    for (FileStatus file : files) {
      String name = file.getPath().toString();
      long length = file.getLen();
      if (codecs.getCodec(file.getPath()) != null) {
        out.add(new LineSplit(name, 0, Long.MAX_VALUE, true));
        continue;
      }
      if (length == 0) {
        continue;
      }
      for (long start = 0; start < length; start += split) {
        out.add(new LineSplit(name, start, Math.min(length, start + split), false));
      }
    }
    return out.toArray(new InputPartition[0]);
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    Configuration conf = SparkSession.active().sparkContext().hadoopConfiguration();
    return new SitrepReaderFactory(new SerializableConf(conf), schema, mode, corruptColumn);
  }
}
