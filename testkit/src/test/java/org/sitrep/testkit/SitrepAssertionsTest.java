package org.sitrep.testkit;

import static org.sitrep.testkit.SitrepAssertions.assertThat;
import static org.sitrep.testkit.SitrepAssertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Certainty;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.RecordType;
import org.sitrep.core.Statement;
import org.sitrep.io.SitrepJson;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/** The assertions pass on what they claim and fail, naming what they found, on anything else. */
class SitrepAssertionsTest {

  private static final Incident DANGLING =
      SitrepFixtures.incident().toBuilder()
          .perpetrators(
              List.of(
                  Involvement.of(Id.actor("nobody"), Certainty.SUSPECTED),
                  Involvement.confirmed(Id.actor("bla"))))
          .build();

  private final ValidationReport broken =
      Validator.defaults().validate(SitrepFixtures.datasetWith(DANGLING));

  @Test
  void hasErrorAtFindsTheErrorAtThePointer() {
    assertThat(broken)
        .hasErrorCount(1)
        .hasOnlyCodes("ref.unresolved")
        .hasError("ref.unresolved")
        .at("/perpetrators/0/actor")
        .on(DANGLING.id())
        .on("incident:2024-10-06-karachi-airport")
        .atPosition(6)
        .atDocumentPointer("/records/6/perpetrators/0/actor")
        .withRelated(Id.actor("nobody"))
        .withMessageContaining("actor:nobody")
        .once();
  }

  @Test
  void hasErrorFailsNamingWhatTheReportHolds() {
    assertThatThrownBy(() -> assertThat(broken).hasError("period.inverted"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected an error period.inverted")
        .hasMessageContaining("ref.unresolved");
    assertThatThrownBy(
            () -> assertThat(broken).hasError("ref.unresolved").at("/perpetrators/1/actor"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("at /perpetrators/1/actor")
        .hasMessageContaining("incident:2024-10-06-karachi-airport/perpetrators/0/actor");
    assertThatThrownBy(() -> assertThat(broken).hasWarning("ref.unresolved"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("a warning ref.unresolved");
    assertThatThrownBy(() -> assertThat(broken).isClean())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 error");
    assertThatThrownBy(() -> assertThat(broken).hasNoErrors()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(broken).hasNoFinding("ref.unresolved"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(broken).hasFinding("ref.unresolved").times(2))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("found it 1 time(s)");
  }

  @Test
  void aCleanReportPassesTheCleanChecks() {
    ValidationReport clean = Validator.defaults().validate(SitrepFixtures.dataset());
    assertThat(clean)
        .isClean()
        .hasNoErrors()
        .hasNoWarnings()
        .hasOnlyCodes()
        .hasNoFinding("ref.unresolved")
        .hasRecordCount(SitrepFixtures.records().size());
  }

  @Test
  void warningsAreNotErrors() {
    Statement unsourced = SitrepFixtures.claim().toBuilder().sources(List.of()).build();
    ValidationReport report = Validator.defaults().validate(SitrepFixtures.datasetWith(unsourced));
    assertThat(report).hasNoErrors().hasWarning("source.missing").at("/sources").on(unsourced.id());
    assertThatThrownBy(() -> assertThat(report).hasNoWarnings()).isInstanceOf(AssertionError.class);
  }

  @Test
  void datasetAssertions() {
    assertThat(SitrepFixtures.dataset())
        .hasSize(12)
        .hasTitle(SitrepFixtures.TITLE)
        .isAsOf(SitrepFixtures.AS_OF)
        .containsRecord(Id.actor("bla"))
        .containsRecord("incident:2024-10-06-karachi-airport")
        .containsRecord(SitrepFixtures.operation())
        .doesNotContainRecord(Id.actor("nobody"))
        .hasNoDuplicateIds()
        .isValid()
        .isClean();
    assertThatThrownBy(
            () -> assertThat(SitrepFixtures.dataset()).containsRecord(Id.actor("nobody")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("actor:nobody")
        .hasMessageContaining("actor:bla");
    assertThatThrownBy(() -> assertThat(SitrepFixtures.datasetWith(DANGLING)).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ref.unresolved");
    List<org.sitrep.core.SitrepRecord> twice = new java.util.ArrayList<>(SitrepFixtures.records());
    twice.add(SitrepFixtures.actor().toBuilder().id(Id.actor("pakistan")).build());
    assertThatThrownBy(
            () ->
                assertThat(org.sitrep.core.Dataset.of("t", SitrepFixtures.AS_OF, twice))
                    .hasNoDuplicateIds())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("actor:pakistan");
  }

  @Test
  void recordAssertions() {
    Incident scored =
        SitrepFixtures.incident().toBuilder()
            .putExtension("x_score", ExtensionValue.ofJson("2.50"))
            .build();
    assertThat(scored)
        .hasId(Id.incident("2024-10-06-karachi-airport"))
        .hasId("incident:2024-10-06-karachi-airport")
        .hasType(RecordType.INCIDENT)
        .hasName("Suicide bombing outside Jinnah International Airport")
        .hasSources()
        .hasExtension("x_score")
        .hasExtension("x_score", "2.50");
    assertThatThrownBy(() -> assertThat(scored).hasExtension("x_score", "2.5"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("2.50");
    assertThatThrownBy(() -> assertThat(scored).hasConfidence(50))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("none");
    assertThatThrownBy(() -> assertThat(SitrepFixtures.exercise()).hasSources())
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void jsonAssertions() {
    String json = SitrepJson.strict().writeString(SitrepFixtures.dataset());
    assertThat(json)
        .isSitrepDocument()
        .conformsToSchema()
        .startsWith("{")
        .readsAs(SitrepFixtures.dataset());
    assertThat(json).asDataset().containsRecord(Id.actor("bla"));
    assertThat(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}\n")
        .isSitrepJsonLines();

    assertThatThrownBy(() -> assertThat(json.replace("\"asOf\"", "\"asof\"")).isSitrepDocument())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("strict reader fails");
    assertThatThrownBy(() -> assertThat("{\"sitrep\": \"1.0\"}").conformsToSchema())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("required");
    assertThatThrownBy(
            () -> assertThat("{\"type\":\"actor\",\"id\":\"actor:bla\"}\n").isSitrepJsonLines())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("line 1");
  }
}
