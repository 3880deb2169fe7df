package org.sitrep.samples;

import static org.sitrep.testkit.SitrepAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;
import org.sitrep.io.SitrepJson;
import org.sitrep.testkit.Inconsistency;
import org.sitrep.testkit.SitrepArbitraries;
import org.sitrep.testkit.SitrepContract;
import org.sitrep.validation.Validator;

/**
 * A user's contract test written with {@code sitrep-testkit}: a team that publishes Sitrep files
 * (here the scenario files under {@code data/}) and exports datasets as JSON Lines (here {@link
 * #export}) checks both against the Sitrep contract, and checks that its quality gate catches the
 * inconsistencies Sitrep's validator knows.
 */
class UserContractTest {

  /** The team's own export: JSON Lines with a header line, through a temporary file. */
  static List<SitrepRecord> export(Dataset dataset, Path file) throws IOException {
    SitrepJson.strict()
        .writeRecords(dataset.records().iterator(), file, dataset.title(), dataset.asOf());
    return SitrepContract.checkJsonLines(file);
  }

  @Test
  void thePublishedScenarioHonoursTheContractAndIsValid() throws IOException {
    Dataset scenario = SitrepContract.checkDocument(Path.of("data/balochistan-2024.json"));
    assertThat(scenario)
        .isClean()
        .containsRecord(Id.actor("bla"))
        .containsRecord("incident:2024-10-06-karachi-airport");
  }

  @Test
  void theBrokenScenarioIsWellFormedButReportsItsMistakes() throws IOException {
    Dataset broken = SitrepContract.checkDocument(Path.of("data/balochistan-2024-broken.json"));
    assertThat(Validator.defaults().validate(broken))
        .hasError("ref.unresolved")
        .on("incident:2024-10-06-karachi-airport")
        .at("/perpetrators/1/actor")
        .withRelated(Id.actor("balochistan-liberation-army"));
    assertThat(Validator.defaults().validate(broken))
        .hasError("ref.wrong-type")
        .on("exercise:china-pakistan-ct-2024")
        .at("/host");
  }

  @Property(tries = 100)
  void ourExportKeepsEveryRecordAndHonoursTheContract(@ForAll("datasets") Dataset dataset)
      throws IOException {
    Path file = Files.createTempFile("export", ".jsonl");
    try {
      assertThat(export(dataset, file)).containsExactlyElementsOf(dataset.records());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property(tries = 100)
  void ourQualityGateRejectsWhatTheValidatorFlags(@ForAll("inconsistent") Inconsistency broken) {
    assertThat(Validator.defaults().validate(broken.dataset()))
        .hasFinding(broken.code())
        .on(broken.recordId())
        .at(broken.pointer());
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return SitrepArbitraries.datasets(0, 10);
  }

  @Provide
  Arbitrary<Inconsistency> inconsistent() {
    return SitrepArbitraries.inconsistentDatasets();
  }
}
