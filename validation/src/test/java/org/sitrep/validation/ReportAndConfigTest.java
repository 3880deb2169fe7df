package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Certainty;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.taxonomy.IncidentCategory;

/**
 * The report's text forms, the configuration's value contract, the order of pointers, and a dataset
 * large enough that the validator's id index grows several times.
 */
class ReportAndConfigTest {

  @Test
  void validatorConfigIsAValue() {
    EqualsVerifier.forClass(ValidatorConfig.class)
        .withNonnullFields("disabled", "severities")
        .verify();
    ValidatorConfig config =
        ValidatorConfig.parse(List.of("!source.missing", "ref.unresolved = warning"));
    assertThat(config)
        .hasToString(
            "ValidatorConfig{disabled=[source.missing], severities={ref.unresolved=WARNING}}");
    assertThat(ValidatorConfig.empty()).isEqualTo(ValidatorConfig.parse(List.of("# nothing", " ")));
    assertThat(ValidatorConfig.empty().disabled()).isEmpty();
  }

  @Test
  void anEmptyReportAndItsTextForms() {
    ValidationReport empty = ValidationReport.of(1, List.of());
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.hasErrors()).isFalse();
    assertThat(empty.summary()).isEqualTo("0 errors, 0 warnings, 0 info");
    assertThat(empty.toText()).isEqualTo("0 errors, 0 warnings, 0 info in 1 record\n");
    assertThat(empty.toString()).isNotEmpty();
  }

  @Test
  void aReportWithFindingsOnTwoRecords() {
    ValidationReport report =
        Validator.defaults()
            .validate(
                Fixtures.cleanPlus(
                    RuleCases.CYCLE_A,
                    RuleCases.CYCLE_B,
                    Fixtures.KARACHI.toBuilder()
                        .id(Id.incident("two"))
                        .sources(List.of())
                        .build()));
    assertThat(report.isEmpty()).isFalse();
    assertThat(report.summary()).isEqualTo("1 error, 1 warning, 0 info");
    String text = report.toText();
    assertThat(text)
        .contains("records/14 actor:cycle-a\n  error    actor.parent-cycle  /parent   ")
        .contains("\n\nrecords/16 incident:two\n  warning  source.missing      /sources  ")
        .endsWith("\n\n1 error, 1 warning, 0 info in 17 records\n");
    assertThat(report.findings().get(0).toString())
        .startsWith("error actor.parent-cycle actor:cycle-a/parent: ");
    assertThat(report.toString()).contains("17").contains("1 error");
  }

  @Test
  void aWholeRecordFindingIsShownAsTheRecord() {
    Rule whole =
        RecordRule.of(
            new RuleDescriptor("acme.whole", Severity.INFO, "the record as a whole"),
            context -> context.report("", "about the whole record"));
    ValidationReport report =
        Validator.builder().addRule(whole).build().validate(List.of(Fixtures.BLA), Fixtures.AS_OF);
    assertThat(report.toText())
        .contains("  info     acme.whole  (record)  about the whole record\n");
    assertThat(report.summary()).isEqualTo("0 errors, 0 warnings, 1 info");
    assertThat(whole.toString()).contains("acme.whole");
    assertThat(Validator.defaults().toString()).isEqualTo("Validator{rules=18}");
  }

  @Test
  void pointersOrderSegmentBySegmentIndexesByNumber() {
    assertThat(Pointer.compare("/a/2", "/a/10")).isNegative();
    assertThat(Pointer.compare("/a/10", "/a/2")).isPositive();
    assertThat(Pointer.compare("/a", "/a/0")).isNegative();
    assertThat(Pointer.compare("/a/0", "/a")).isPositive();
    assertThat(Pointer.compare("/a/b", "/a/b")).isZero();
    assertThat(Pointer.compare("", "/a")).isNegative();
    assertThat(Pointer.compare("/ab", "/b")).isNegative();
    assertThat(Pointer.compare("/b", "/ab")).isPositive();
    assertThat(Pointer.compare("/abc", "/ab")).isPositive();
    assertThat(Pointer.compare("/a/01", "/a/1")).isNegative(); // "01" is not an index: by text
    assertThat(Pointer.compare("/a/9", "/a/x")).isNegative();
    assertThat(Pointer.compare("/a/b/2", "/a/b/10")).isNegative();
    assertThat(Pointer.of("sources", 2, "published")).isEqualTo("/sources/2/published");
    assertThat(Pointer.of("a/b", "c~d")).isEqualTo("/a~1b/c~0d");
  }

  @Test
  void aLargeDatasetResolvesEveryReferenceAndReportsEveryDanglingOne() {
    List<SitrepRecord> records = new ArrayList<>();
    int actors = 5_000;
    for (int i = 0; i < actors; i++) {
      Actor.Builder actor =
          Actor.builder()
              .id(Id.actor("a" + i))
              .name("A" + i)
              .kind(i % 2 == 0 ? Actor.Kind.STATE : Actor.Kind.PERSON);
      if (i > 0) {
        actor.parent(Id.actor("a" + (i - 1)));
      }
      records.add(actor.build());
    }
    List<String> dangling = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      String target = i % 100 == 7 ? "missing" + i : "a" + (i * 7 % actors);
      if (target.startsWith("missing")) {
        dangling.add("incident:i" + i);
      }
      records.add(
          Incident.builder()
              .id(Id.incident("i" + i))
              .name("I" + i)
              .category(IncidentCategory.BATTLES)
              .addPerpetrator(Involvement.of(Id.actor(target), Certainty.CLAIMED))
              .addSource(Fixtures.REUTERS)
              .build());
    }
    ValidationReport inMemory = Validator.defaults().validate(records, LocalDate.of(2024, 11, 20));
    ValidationReport fromDataset =
        Validator.defaults()
            .validate(org.sitrep.core.Dataset.of("big", LocalDate.of(2024, 11, 20), records));
    assertThat(fromDataset).isEqualTo(inMemory);
    assertThat(inMemory.recordCount()).isEqualTo(7_000);
    assertThat(inMemory.findings()).extracting(Finding::code).containsOnly("ref.unresolved");
    assertThat(inMemory.findings())
        .extracting(finding -> finding.recordId().toString())
        .containsExactlyElementsOf(dangling);
    assertThat(inMemory.findings())
        .extracting(Finding::position)
        .allSatisfy(position -> assertThat(position).isGreaterThanOrEqualTo(actors));
  }
}
