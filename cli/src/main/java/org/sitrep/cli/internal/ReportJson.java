package org.sitrep.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.SitrepJson;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.ValidationReport;

/** The JSON the tool prints with {@code --format json}. */
final class ReportJson {

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final SitrepJson REPORTS = SitrepJson.strict();

  private ReportJson() {}

  /**
   * Writes the rule catalogue: {@code {"rules":[{"code":...,"severity":...,"description":...}]}}.
   *
   * @param rules the rules, in catalogue order
   * @param out where to write; not closed
   * @throws IOException when the writer fails
   */
  static void writeRules(List<RuleDescriptor> rules, Writer out) throws IOException {
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("rules");
      for (RuleDescriptor rule : rules) {
        json.writeStartObject();
        json.writeStringField("code", rule.code());
        json.writeStringField("severity", rule.defaultSeverity().wireName());
        json.writeStringField("description", rule.description());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  /**
   * Writes the result of {@code sitrep validate --format json}: {@code
   * {"valid":...,"files":[...]}}, each file with its format, {@code asOf} and report (in io's
   * report shape, documented in {@code validation/README.md}), or the read error that stopped it.
   *
   * @param results the files, in command-line order
   * @param out where to write; not closed
   * @throws IOException when the writer fails
   */
  static void writeValidation(List<ValidateCommand.FileReport> results, Writer out)
      throws IOException {
    boolean valid = true;
    for (ValidateCommand.FileReport result : results) {
      valid &=
          result.report() != null && !result.report().hasErrors() && result.rowsRejected() == 0;
    }
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeBooleanField("valid", valid);
      json.writeArrayFieldStart("files");
      for (ValidateCommand.FileReport result : results) {
        json.writeStartObject();
        json.writeStringField("file", result.file());
        Failure failure = result.failure();
        DataFormat format = result.format();
        ValidationReport report = result.report();
        if (failure != null) {
          writeReadError(json, failure);
        } else if (format != null && report != null) { // known for every file that was read
          json.writeStringField("format", format.name().toLowerCase(Locale.ROOT));
          json.writeStringField("asOf", String.valueOf(result.asOf()));
          if (format == DataFormat.ACLED || format == DataFormat.UCDP) {
            // the rows kept out are listed on stderr; the count makes the file invalid
            json.writeNumberField("rowsRejected", result.rowsRejected());
          }
          json.writeFieldName("report");
          REPORTS.writeReport(report, json);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  /** The read error of a file: its code and position when it is one, and the message. */
  private static void writeReadError(JsonGenerator json, Failure failure) throws IOException {
    json.writeObjectFieldStart("error");
    if (failure.problem().isPresent()) {
      ReadProblem problem = failure.problem().get();
      json.writeStringField("code", problem.code());
      json.writeNumberField("line", problem.line());
      json.writeNumberField("column", problem.column());
      json.writeStringField("pointer", problem.pointer());
      if (problem.recordId().isPresent()) {
        json.writeStringField("recordId", problem.recordId().get().toString());
      }
    }
    json.writeStringField("message", failure.getMessage());
    json.writeEndObject();
  }

  /** A pretty generator that leaves the writer open. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator json = JSON.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return json.useDefaultPrettyPrinter();
  }
}
