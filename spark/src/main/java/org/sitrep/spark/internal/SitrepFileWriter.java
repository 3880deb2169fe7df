package org.sitrep.spark.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Locale;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.jspecify.annotations.Nullable;
import org.sitrep.io.RecordWriter;
import org.sitrep.io.SitrepJson;

/**
 * Writes a DataFrame of the wide schema as a directory of JSON Lines files, one per partition
 * ({@code part-00000-<job>.jsonl}, in partition order, so that reading the directory back keeps the
 * row order), each row checked by the strict codec. Tasks write into a hidden job folder; the files
 * are moved into place when every task has succeeded, and {@code _SUCCESS} is written.
 */
public final class SitrepFileWriter {

  private SitrepFileWriter() {}

  public static void write(
      Dataset<Row> data,
      String target,
      SaveMode mode,
      @Nullable String title,
      @Nullable LocalDate asOf) {
    if ((title == null) != (asOf == null)) {
      throw new IllegalArgumentException(
          "The options title and asOf go together: give both for a header line, or neither");
    }
    Configuration conf = data.sparkSession().sparkContext().hadoopConfiguration();
    Path out = new Path(target);
    try {
      FileSystem fs = out.getFileSystem(conf);
      if (fs.exists(out)) {
        switch (mode) {
          case ErrorIfExists ->
              throw new IllegalStateException(
                  "Path " + target + " already exists: choose mode overwrite, append or ignore");
          case Ignore -> {
            return;
          }
          case Overwrite -> fs.delete(out, true);
          default -> {}
        }
      }
      String job = UUID.randomUUID().toString();
      Path temp = new Path(out, "_temporary-" + job);
      fs.mkdirs(temp);
      SerializableConf shipped = new SerializableConf(conf);
      String tempName = temp.toString();
      try {
        data.foreachPartition(
            (ForeachPartitionFunction<Row>)
                rows -> writePartition(rows, shipped.get(), tempName, title, asOf));
        FileStatus[] parts = fs.listStatus(temp);
        Arrays.sort(parts, Comparator.comparing(status -> status.getPath().getName()));
        for (FileStatus part : parts) {
          String name = part.getPath().getName().replace(".jsonl", "-" + job + ".jsonl");
          if (!fs.rename(part.getPath(), new Path(out, name))) {
            throw new IOException("Cannot move " + part.getPath() + " into " + out);
          }
        }
        fs.create(new Path(out, "_SUCCESS"), true).close();
      } finally {
        fs.delete(temp, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writePartition(
      Iterator<Row> rows,
      Configuration conf,
      String folder,
      @Nullable String title,
      @Nullable LocalDate asOf)
      throws IOException {
    if (!rows.hasNext()) {
      return;
    }
    RowCodec codec = new RowCodec();
    String name = String.format(Locale.ROOT, "part-%05d.jsonl", TaskContext.getPartitionId());
    Path file = new Path(folder, name);
    FileSystem fs = file.getFileSystem(conf);
    try (OutputStream stream = fs.create(file, true);
        RecordWriter writer = SitrepJson.strict().newRecordWriter(stream)) {
      if (title != null) {
        writer.writeHeader(title, asOf);
      }
      while (rows.hasNext()) {
        writer.write(codec.toRecord(rows.next()));
      }
    }
  }
}
