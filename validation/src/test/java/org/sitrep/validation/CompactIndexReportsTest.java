package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.validation.internal.CompactIndex;
import org.sitrep.validation.internal.IdHash;

/**
 * The index's forms — in memory (each record indexed as it is added, or all in advance), spilled to
 * disk, each with collisions forced — give the report of the plain in-memory validation (which
 * answers with the dataset's own table of ids), finding for finding.
 */
class CompactIndexReportsTest {

  /** Every id hashes to one of three values. */
  private static final IdHash THREE_VALUES = text -> Math.floorMod(text.hashCode(), 3);

  @TempDir Path spillDirectory;

  private List<CompactIndex> forms(Dataset dataset) {
    SitrepRecord[] records = dataset.records().toArray(new SitrepRecord[0]);
    return List.of(
        CompactIndex.inMemory(dataset.size()),
        CompactIndex.inMemory(0),
        CompactIndex.inMemory(records),
        CompactIndex.inMemory(records, THREE_VALUES),
        CompactIndex.inMemory(0, THREE_VALUES),
        CompactIndex.spilling(spillDirectory),
        CompactIndex.spilling(spillDirectory, IdHash.CHARACTERS, 8),
        CompactIndex.spilling(spillDirectory, THREE_VALUES, 8));
  }

  /**
   * Incidents first, so that most references point forward; a tenth of the actors missing, so that
   * some never resolve; some records twice.
   */
  private static Dataset forwardReferences() {
    List<SitrepRecord> records = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      records.add(SyntheticRecords.incident(SyntheticRecords.ACTORS + i));
    }
    for (int i = 0; i < SyntheticRecords.ACTORS; i++) {
      if (i % 10 != 3) {
        records.add(SyntheticRecords.actor(i));
      }
    }
    for (int i = 0; i < 200; i++) {
      records.add(records.get(i * 7));
    }
    return Dataset.of("forward", Fixtures.AS_OF, records);
  }

  private void assertSameReports(Dataset dataset) throws IOException {
    ValidationReport expected = Validator.defaults().validate(dataset);
    for (CompactIndex index : forms(dataset)) {
      StreamingValidation session = Validator.defaults().start(dataset.asOf(), index);
      dataset.records().forEach(session::accept);
      ValidationReport report = session.finish();

      assertThat(report).isEqualTo(expected);
      assertThat(report.findings()).containsExactlyElementsOf(expected.findings());
      assertThat(index.isClosed()).isTrue();
    }
    for (CompactIndex index : forms(dataset)) {
      // checked ahead on several threads at once (the checks, the hashes of ids and references),
      // accepted in order
      StreamingValidation session = Validator.defaults().start(dataset.asOf(), index);
      List<CheckedRecord> checked = dataset.records().parallelStream().map(session::check).toList();
      checked.forEach(session::accept);
      ValidationReport report = session.finish();

      assertThat(report.findings()).containsExactlyElementsOf(expected.findings());
      assertThat(index.isClosed()).isTrue();
    }
    assertNothingLeftIn(spillDirectory);
  }

  @Test
  void everyRuleFiresAlikeWhateverTheIndex() throws IOException {
    assertSameReports(StreamingValidationTest.everyRuleFires());
  }

  @Test
  void forwardDuplicateAndUnresolvedReferencesAlikeWhateverTheIndex() throws IOException {
    Dataset dataset = forwardReferences();
    ValidationReport report = Validator.defaults().validate(dataset);
    assertThat(report.withCode("ref.unresolved")).isNotEmpty();
    assertThat(report.withCode("id.duplicate")).hasSize(200);

    assertSameReports(dataset);
  }

  @Test
  void aFailingRuleEndsTheRunAndDeletesItsFiles() throws IOException {
    RecordRule failing =
        RecordRule.of(
            new RuleDescriptor("acme.failing", Severity.INFO, "fails on record 1,200"),
            context -> {
              if (context.position() == 1_200) {
                throw new IllegalArgumentException("boom");
              }
            });
    CompactIndex index = CompactIndex.spilling(spillDirectory, IdHash.CHARACTERS, 8);
    StreamingValidation session =
        Validator.builder().addRule(failing).build().start(Fixtures.AS_OF, index);
    List<SitrepRecord> records = forwardReferences().records();

    assertThatThrownBy(
            () -> {
              for (SitrepRecord record : records) {
                session.accept(record);
              }
            })
        .hasMessageContaining("Rule acme.failing failed on record 1200");
    assertThat(index.isClosed()).isTrue();
    assertNothingLeftIn(spillDirectory);
    assertThatThrownBy(session::finish).isInstanceOf(IllegalStateException.class);
  }

  /** No file in the directory, and (where /proc tells) none of it still open. */
  private static void assertNothingLeftIn(Path directory) throws IOException {
    try (Stream<Path> left = Files.list(directory)) {
      assertThat(left).isEmpty();
    }
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd");
    String prefix = directory.toRealPath().toString();
    try (Stream<Path> open = Files.list(fds)) {
      assertThat(open.map(CompactIndexReportsTest::target).filter(t -> t.startsWith(prefix)))
          .isEmpty();
    }
  }

  private static String target(Path fd) {
    try {
      return Files.readSymbolicLink(fd).toString();
    } catch (IOException gone) {
      return "";
    }
  }
}
