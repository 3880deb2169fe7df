package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;

class StreamingValidationTest {

  /** Every firing case in one dataset, the extra records first so that references point forward. */
  static Dataset everyRuleFires() {
    List<SitrepRecord> records = new ArrayList<>();
    RuleCases.firing().forEach(firing -> records.addAll(firing.extra()));
    records.addAll(Fixtures.clean());
    RuleCases.firing().forEach(firing -> records.addAll(firing.extra()));
    return Dataset.of("every rule", Fixtures.AS_OF, records);
  }

  @Test
  void theDatasetTriggersEveryRule() {
    ValidationReport report = Validator.defaults().validate(everyRuleFires());

    assertThat(report.findings().stream().map(Finding::code).distinct())
        .containsExactlyInAnyOrderElementsOf(
            Validator.catalogue().stream().map(RuleDescriptor::code).collect(Collectors.toList()));
  }

  @Test
  void streamingGivesTheSameReportAsInMemory() {
    Dataset dataset = everyRuleFires();
    ValidationReport inMemory = Validator.defaults().validate(dataset);

    StreamingValidation session = Validator.defaults().startStream(dataset.asOf());
    dataset.records().forEach(session::accept);
    ValidationReport streamed = session.finish();

    assertThat(streamed).isEqualTo(inMemory);
    assertThat(streamed.findings()).containsExactlyElementsOf(inMemory.findings());
    assertThat(streamed.recordCount()).isEqualTo(dataset.size()).isEqualTo(session.count());
  }

  @Test
  void aSessionIsUsedOnce() {
    StreamingValidation session = Validator.defaults().startStream(Fixtures.AS_OF);
    session.accept(Fixtures.PAKISTAN);
    session.finish();

    assertThatThrownBy(() -> session.accept(Fixtures.CHINA))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("finished");
    assertThatThrownBy(session::finish).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aForwardReferenceIsResolvedAtTheEnd() {
    StreamingValidation session = Validator.defaults().startStream(Fixtures.AS_OF);
    session.accept(Fixtures.ARMY);

    session.accept(Fixtures.PAKISTAN);

    assertThat(session.finish().findings()).isEmpty();
  }

  /**
   * A reader's consumer, or a pool's thread, that ran {@link StreamingValidation#check} lives on
   * after the session: it must not keep the session (and its index) reachable, or each file
   * validated leaks the index of the one before.
   */
  @Test
  void threadsThatCheckedRecordsDoNotKeepTheSessionAlive() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      WeakReference<StreamingValidation> finished = checkedOnThisThreadAndThePool(pool, true);
      WeakReference<StreamingValidation> abandoned = checkedOnThisThreadAndThePool(pool, false);

      for (int i = 0; i < 100 && (finished.get() != null || abandoned.get() != null); i++) {
        System.gc();
        Thread.sleep(10);
      }

      assertThat(finished.get()).as("a finished session").isNull();
      assertThat(abandoned.get()).as("a session dropped without finishing").isNull();
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static WeakReference<StreamingValidation> checkedOnThisThreadAndThePool(
      ExecutorService pool, boolean finish) throws Exception {
    StreamingValidation session = Validator.defaults().startStream(Fixtures.AS_OF);
    CheckedRecord army = pool.submit(() -> session.check(Fixtures.ARMY)).get();
    CheckedRecord pakistan = session.check(Fixtures.PAKISTAN);
    session.accept(army);
    session.accept(pakistan);
    if (finish) {
      assertThat(session.finish().findings()).isEmpty();
    }
    return new WeakReference<>(session);
  }
}
