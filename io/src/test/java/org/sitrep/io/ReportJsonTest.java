package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

class ReportJsonTest {

  @Test
  void writesTheDocumentedShape() {
    Incident incident =
        Incident.builder()
            .id(Id.incident("karachi"))
            .name("Karachi")
            .category(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE)
            .addPerpetrator(Involvement.confirmed(Id.actor("bla-splinter")))
            .build();
    Dataset dataset = Dataset.of("t", LocalDate.of(2024, 11, 20), List.of(incident));
    ValidationReport report =
        Validator.builder().disable("source.missing").build().validate(dataset);

    String json = SitrepJson.builder().compact().build().writeReportString(report);

    assertThat(json)
        .isEqualTo(
            "{\"valid\":false,\"records\":1,\"counts\":{\"error\":1,\"warning\":0,\"info\":0},"
                + "\"errors\":[{\"instanceLocation\":\"/records/0/perpetrators/0/actor\","
                + "\"code\":\"ref.unresolved\",\"severity\":\"error\","
                + "\"recordId\":\"incident:karachi\",\"pointer\":\"/perpetrators/0/actor\","
                + "\"error\":\""
                + report.findings().get(0).message()
                + "\","
                + "\"related\":\"actor:bla-splinter\","
                + "\"arguments\":{\"referenced\":\"actor:bla-splinter\"}}]}\n");
  }

  @Test
  void anEmptyReportIsValid() {
    ValidationReport report = ValidationReport.of(0, List.of());
    assertThat(SitrepJson.strict().writeReportString(report))
        .isEqualTo(
            """
            {
              "valid": true,
              "records": 0,
              "counts": {
                "error": 0,
                "warning": 0,
                "info": 0
              },
              "errors": []
            }
            """);
  }
}
