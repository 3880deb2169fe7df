package org.sitrep.testkit;

import org.assertj.core.api.Assertions;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.validation.ValidationReport;

/**
 * The entry point of the Sitrep assertions. It extends AssertJ's {@link Assertions}, so one static
 * import gives both AssertJ's assertions and Sitrep's; import this class instead of {@code
 * Assertions}, not beside it.
 *
 * <pre>{@code
 * import static org.sitrep.testkit.SitrepAssertions.assertThat;
 *
 * assertThat(report).hasError("ref.unresolved").at("/perpetrators/0/actor");
 * assertThat(dataset).containsRecord(Id.actor("bla")).hasNoDuplicateIds();
 * assertThat(record).hasType(RecordType.INCIDENT).hasExtension("x_score");
 * assertThat(json).isSitrepDocument();
 * }</pre>
 *
 * <p>{@link #assertThat(String)} returns a {@link SitrepJsonAssert}, which is AssertJ's string
 * assertion with the Sitrep checks added: {@code assertThat("abc").startsWith("a")} works as
 * before.
 */
public class SitrepAssertions extends Assertions {

  /** For subclasses that add assertions of their own. */
  protected SitrepAssertions() {}

  /**
   * Assertions on a validation report.
   *
   * @param actual the report
   * @return the assertions
   */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }

  /**
   * Assertions on a dataset.
   *
   * @param actual the dataset
   * @return the assertions
   */
  public static DatasetAssert assertThat(Dataset actual) {
    return new DatasetAssert(actual);
  }

  /**
   * Assertions on a record.
   *
   * @param actual the record
   * @return the assertions
   */
  public static RecordAssert assertThat(SitrepRecord actual) {
    return new RecordAssert(actual);
  }

  /**
   * AssertJ's string assertions, plus checks of the text as Sitrep JSON.
   *
   * @param actual the text
   * @return the assertions
   */
  public static SitrepJsonAssert assertThat(String actual) {
    return new SitrepJsonAssert(actual);
  }

  /**
   * The same as {@link #assertThat(String)}, for code that also imports AssertJ's {@code
   * assertThat}.
   *
   * @param actual the text
   * @return the assertions
   */
  public static SitrepJsonAssert assertThatJson(String actual) {
    return new SitrepJsonAssert(actual);
  }
}
