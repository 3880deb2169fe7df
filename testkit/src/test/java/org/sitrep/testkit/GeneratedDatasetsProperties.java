package org.sitrep.testkit;

import static org.sitrep.testkit.SitrepAssertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.core.Dataset;
import org.sitrep.validation.Finding;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/** The arbitraries keep their promises: valid datasets are clean, broken ones raise their code. */
class GeneratedDatasetsProperties {

  @Provide
  Arbitrary<Dataset> datasets() {
    return SitrepArbitraries.datasets();
  }

  @Provide
  Arbitrary<Inconsistency> inconsistent() {
    return SitrepArbitraries.inconsistentDatasets();
  }

  @Property
  void aGeneratedDatasetIsClean(@ForAll("datasets") Dataset dataset) {
    assertThat(Validator.defaults().validate(dataset)).isClean().hasRecordCount(dataset.size());
    assertThat(dataset).hasNoDuplicateIds().isAsOf(SitrepArbitraries.AS_OF);
  }

  @Property
  void aGeneratedInconsistencyRaisesItsCodeAndNoOther(
      @ForAll("inconsistent") Inconsistency broken) {
    ValidationReport report = Validator.defaults().validate(broken.dataset());
    assertThat(report).hasOnlyCodes(broken.code());
    assertThat(report).hasFinding(broken.code()).on(broken.recordId()).at(broken.pointer());
    for (Finding finding : report.findings()) {
      assertThat(finding.severity()).isEqualTo(broken.severity());
    }
  }
}
