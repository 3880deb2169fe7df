package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Id;

/** A skipped record keeps its position; references to it do not resolve. */
class SkipTest {

  @Test
  void positionsAfterASkippedRecordStayThoseOfTheFile() {
    StreamingValidation session = Validator.defaults().startStream(Fixtures.AS_OF);
    session.accept(Fixtures.PAKISTAN);
    session.skip(Id.actor("bla"));
    session.skip(null);
    session.accept(Fixtures.KARACHI); // its perpetrator actor:bla was the skipped record

    ValidationReport report = session.finish();

    assertThat(report.recordCount()).isEqualTo(4);
    assertThat(report.withCode("ref.unresolved"))
        .extracting(Finding::position, Finding::recordId)
        .contains(org.assertj.core.groups.Tuple.tuple(3, Fixtures.KARACHI.id()));
  }

  @Test
  void aFindingMadeOutsideARuleMayHaveNoRecordId() {
    Finding unread =
        Finding.of(
            "read.syntax", Severity.ERROR, 2, null, "", "line 3: broken", Map.of("line", "3"));

    ValidationReport report = ValidationReport.of(3, java.util.List.of(unread));

    assertThat(report.toText()).startsWith("records/2 (unreadable)\n  error    read.syntax");
    assertThat(report.findingsFor(Id.actor("bla"))).isEmpty();
    assertThat(unread)
        .isEqualTo(
            Finding.of(
                "read.syntax", Severity.ERROR, 2, null, "", "line 3: broken", Map.of("line", "3")));
    assertThat(unread.toString()).contains("read.syntax");
  }
}
