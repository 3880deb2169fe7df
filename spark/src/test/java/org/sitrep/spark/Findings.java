package org.sitrep.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.RecordReader;
import org.sitrep.io.SitrepJson;
import org.sitrep.validation.Finding;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/** Findings as comparable lines, from the single-machine validator and from Spark. */
final class Findings {

  private Findings() {}

  static List<SitrepRecord> records(Path jsonLines) throws IOException {
    try (RecordReader reader = SitrepJson.strict().openRecords(jsonLines)) {
      List<SitrepRecord> out = new ArrayList<>();
      reader.forEachRemaining(out::add);
      return out;
    }
  }

  static List<String> singleMachine(Path jsonLines, LocalDate asOf) throws IOException {
    return lines(Validator.defaults().validate(records(jsonLines), asOf));
  }

  static List<String> lines(ValidationReport report) {
    List<String> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      out.add(
          line(
              f.position(),
              f.code(),
              f.severity().wireName(),
              f.recordId().toString(),
              f.pointer(),
              f.message(),
              f.related().map(Object::toString).orElse(null),
              f.arguments()));
    }
    out.sort(null);
    return out;
  }

  static List<String> spark(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(
          line(
              r.getLong(0),
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.getString(4),
              r.getString(5),
              r.isNullAt(6) ? null : r.getString(6),
              r.<String, String>getJavaMap(7)));
    }
    out.sort(null);
    return out;
  }

  private static String line(
      long position,
      String code,
      String severity,
      String id,
      String pointer,
      String message,
      String related,
      Map<String, String> arguments) {
    return String.format("%09d", position)
        + " "
        + code
        + " "
        + severity
        + " "
        + id
        + " "
        + pointer
        + " | "
        + message
        + " | "
        + related
        + " | "
        + new TreeMap<>(arguments);
  }
}
