package org.sitrep.spark.internal;

import org.apache.spark.sql.connector.read.InputPartition;

/** Bytes {@code [start, end)} of one file: the lines that start in that range. */
public final class LineSplit implements InputPartition {
  private static final long serialVersionUID = 1L;

  final String path;
  final long start;
  final long end;
  final boolean whole;

  public LineSplit(String path, long start, long end, boolean whole) {
    this.path = path;
    this.start = start;
    this.end = end;
    this.whole = whole;
  }

  @Override
  public String toString() {
    return path + "[" + start + "," + end + ")";
  }
}
