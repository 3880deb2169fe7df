package org.sitrep.spark;

import org.apache.spark.sql.SparkSession;

/** The one local[2] session the tests share (starting Spark takes seconds). */
final class SparkSessions {

  private static SparkSession session;

  private SparkSessions() {}

  static synchronized SparkSession local() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("sitrep-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
    }
    return session;
  }
}
