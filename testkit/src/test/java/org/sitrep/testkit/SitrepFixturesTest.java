package org.sitrep.testkit;

import static org.sitrep.testkit.SitrepAssertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Dataset;
import org.sitrep.core.RecordType;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.io.SitrepJson;
import org.sitrep.validation.Validator;

class SitrepFixturesTest {

  @Test
  void theFixtureDatasetIsCleanAndHonoursTheContract() {
    assertThat(SitrepFixtures.dataset()).isClean().hasNoDuplicateIds();
    SitrepContract.checkDocument(SitrepJson.strict().writeString(SitrepFixtures.dataset()));
  }

  @Test
  void oneValidRecordOfEachType() {
    Set<RecordType> types = EnumSet.noneOf(RecordType.class);
    for (SitrepRecord record : SitrepFixtures.oneOfEachType()) {
      types.add(record.type());
      assertThat(SitrepFixtures.dataset()).containsRecord(record);
    }
    assertThat(types).containsExactlyInAnyOrder(RecordType.values());
    assertThat(SitrepFixtures.state()).hasType(RecordType.ACTOR);
    assertThat(SitrepFixtures.person()).hasType(RecordType.ACTOR);
    assertThat(SitrepFixtures.claim()).hasSources();
  }

  @Test
  void theInconsistenciesCoverEveryRuleOfTheCatalogueWithItsSeverity() {
    java.util.Map<String, org.sitrep.validation.Severity> catalogue = new java.util.TreeMap<>();
    Validator.catalogue().forEach(rule -> catalogue.put(rule.code(), rule.defaultSeverity()));
    java.util.Map<String, org.sitrep.validation.Severity> generated = new java.util.TreeMap<>();
    for (SitrepArbitraries.Breakage breakage : SitrepArbitraries.Breakage.values()) {
      generated.put(breakage.code, breakage.severity);
    }
    assertThat(generated).isEqualTo(catalogue);
  }

  @Test
  void datasetWithReplacesByIdOrAdds() {
    var future = SitrepFixtures.incident().toBuilder().date(FuzzyDate.parse("2025-01-01")).build();
    Dataset replaced = SitrepFixtures.datasetWith(future);
    assertThat(replaced).hasSize(SitrepFixtures.records().size()).containsRecord(future);
    assertThat(Validator.defaults().validate(replaced))
        .hasOnlyCodes("date.after-as-of", "date.after-sources")
        .hasError("date.after-as-of")
        .at("/date")
        .on(future.id());

    var added = SitrepFixtures.actor().toBuilder().id(org.sitrep.core.Id.actor("new")).build();
    assertThat(SitrepFixtures.datasetWith(added))
        .hasSize(SitrepFixtures.records().size() + 1)
        .containsRecord(added)
        .isClean();
  }
}
