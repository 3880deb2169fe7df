package org.sitrep.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.sitrep.validation.Finding;
import org.sitrep.validation.Severity;
import org.sitrep.validation.ValidationReport;

/**
 * Writes a {@link ValidationReport} in the JSON shape documented in {@code validation/README.md}:
 * the JSON Schema output format's {@code valid}, {@code errors}, {@code instanceLocation} and
 * {@code error}, with Sitrep's fields beside them.
 */
final class ReportEncoder {

  private ReportEncoder() {}

  static void write(JsonGenerator g, ValidationReport report) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("valid", !report.hasErrors());
    g.writeNumberField("records", report.recordCount());
    g.writeObjectFieldStart("counts");
    for (Severity severity : Severity.values()) {
      g.writeNumberField(severity.wireName(), report.count(severity));
    }
    g.writeEndObject();
    g.writeArrayFieldStart("errors");
    for (Finding finding : report.findings()) {
      writeFinding(g, finding);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeFinding(JsonGenerator g, Finding finding) throws IOException {
    g.writeStartObject();
    g.writeStringField("instanceLocation", finding.documentPointer());
    g.writeStringField("code", finding.code());
    g.writeStringField("severity", finding.severity().wireName());
    if (finding.recordId() != null) {
      g.writeStringField("recordId", finding.recordId().toString());
    } else {
      g.writeNullField("recordId");
    }
    g.writeStringField("pointer", finding.pointer());
    g.writeStringField("error", finding.message());
    if (finding.related().isPresent()) {
      g.writeStringField("related", finding.related().get().toString());
    }
    if (!finding.arguments().isEmpty()) {
      g.writeObjectFieldStart("arguments");
      for (Map.Entry<String, String> argument : finding.arguments().entrySet()) {
        g.writeStringField(argument.getKey(), argument.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
