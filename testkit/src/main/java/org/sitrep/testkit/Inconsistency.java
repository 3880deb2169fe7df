package org.sitrep.testkit;

import java.util.Objects;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.validation.Severity;

/**
 * A dataset with one known inconsistency: the default validator must report {@code code} (of {@code
 * severity}) on the record {@code recordId} at {@code pointer}, and nothing of another code. Made
 * by {@link SitrepArbitraries#inconsistentDatasets()}.
 *
 * <pre>{@code
 * @Property
 * void everyInconsistencyIsReported(@ForAll("inconsistent") Inconsistency broken) {
 *   assertThat(Validator.defaults().validate(broken.dataset()))
 *       .hasFinding(broken.code()).on(broken.recordId()).at(broken.pointer());
 * }
 * }</pre>
 *
 * @param dataset the dataset
 * @param code the rule code it must raise, e.g. {@code ref.unresolved}
 * @param severity the code's default severity
 * @param recordId the record the finding is on
 * @param pointer the JSON pointer of the finding, relative to the record
 */
public record Inconsistency(
    Dataset dataset, String code, Severity severity, Id<?> recordId, String pointer) {

  /**
   * Checks that no component is null.
   *
   * @param dataset the dataset
   * @param code the rule code it must raise, e.g. {@code ref.unresolved}
   * @param severity the code's default severity
   * @param recordId the record the finding is on
   * @param pointer the JSON pointer of the finding, relative to the record
   */
  public Inconsistency {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(pointer, "pointer");
  }

  /** For example {@code ref.unresolved on incident:x/perpetrators/0/actor in 12 records}. */
  @Override
  public String toString() {
    return code + " on " + recordId + pointer + " in " + dataset.size() + " records";
  }
}
