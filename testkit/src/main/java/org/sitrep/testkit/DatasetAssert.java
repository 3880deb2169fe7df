package org.sitrep.testkit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * Assertions on a {@link Dataset}.
 *
 * <pre>{@code
 * assertThat(dataset)
 *     .hasSize(14)
 *     .containsRecord(Id.actor("bla"))
 *     .hasNoDuplicateIds()
 *     .isValid();
 * assertThat(dataset).validation().hasWarning("source.missing");
 * }</pre>
 */
public final class DatasetAssert extends AbstractObjectAssert<DatasetAssert, Dataset> {

  DatasetAssert(Dataset actual) {
    super(actual, DatasetAssert.class);
  }

  /**
   * A record has this id.
   *
   * @param id the id
   * @return this assertion, to chain more
   */
  public DatasetAssert containsRecord(Id<?> id) {
    isNotNull();
    Objects.requireNonNull(id, "id");
    if (!actual.contains(id)) {
      failWithMessage("Expected %s to contain a record %s, but its ids are %s", actual, id, ids());
    }
    return this;
  }

  /**
   * A record has this id, written {@code type:slug}.
   *
   * @param id the id, e.g. {@code actor:bla}
   * @return this assertion, to chain more
   */
  public DatasetAssert containsRecord(String id) {
    return containsRecord(Id.parse(id));
  }

  /**
   * This record, equal in every field, is in the dataset.
   *
   * @param record the record
   * @return this assertion, to chain more
   */
  public DatasetAssert containsRecord(SitrepRecord record) {
    isNotNull();
    Objects.requireNonNull(record, "record");
    if (!actual.records().contains(record)) {
      failWithMessage(
          "Expected %s to contain the record%n  %s%nbut its records with that id are%n  %s",
          actual, record, actual.recordsWithId(record.id()));
    }
    return this;
  }

  /**
   * No record has this id.
   *
   * @param id the id
   * @return this assertion, to chain more
   */
  public DatasetAssert doesNotContainRecord(Id<?> id) {
    isNotNull();
    if (actual.contains(id)) {
      failWithMessage("Expected %s not to contain a record %s, but it does", actual, id);
    }
    return this;
  }

  /**
   * It holds this many records.
   *
   * @param size the number of records
   * @return this assertion, to chain more
   */
  public DatasetAssert hasSize(int size) {
    isNotNull();
    if (actual.size() != size) {
      failWithMessage(
          "Expected %s to hold %s records, but it holds %s", actual, size, actual.size());
    }
    return this;
  }

  /**
   * Its title is this.
   *
   * @param title the title
   * @return this assertion, to chain more
   */
  public DatasetAssert hasTitle(String title) {
    isNotNull();
    if (!actual.title().equals(title)) {
      failWithMessage("Expected the title \"%s\", but was \"%s\"", title, actual.title());
    }
    return this;
  }

  /**
   * It is current as of this day.
   *
   * @param asOf the day
   * @return this assertion, to chain more
   */
  public DatasetAssert isAsOf(LocalDate asOf) {
    isNotNull();
    if (!actual.asOf().equals(asOf)) {
      failWithMessage("Expected asOf %s, but was %s", asOf, actual.asOf());
    }
    return this;
  }

  /**
   * No id is held by two records.
   *
   * @return this assertion, to chain more
   */
  public DatasetAssert hasNoDuplicateIds() {
    isNotNull();
    if (!actual.duplicateIds().isEmpty()) {
      failWithMessage("Expected no repeated ids, but %s repeat", actual.duplicateIds());
    }
    return this;
  }

  /**
   * The default validator finds no error in it (warnings allowed).
   *
   * @return this assertion, to chain more
   */
  public DatasetAssert isValid() {
    validation().hasNoErrors();
    return this;
  }

  /**
   * The default validator finds nothing in it: no error, warning or info.
   *
   * @return this assertion, to chain more
   */
  public DatasetAssert isClean() {
    validation().isClean();
    return this;
  }

  /**
   * Validates it with the default validator and goes on with the report.
   *
   * @return assertions on the validation report
   */
  public ValidationReportAssert validation() {
    return validation(Validator.defaults());
  }

  /**
   * Validates it with this validator and goes on with the report.
   *
   * @param validator the validator
   * @return assertions on the validation report
   */
  public ValidationReportAssert validation(Validator validator) {
    isNotNull();
    ValidationReport report = validator.validate(actual);
    return new ValidationReportAssert(report);
  }

  private String ids() {
    return actual.records().stream()
        .map(record -> record.id().toString())
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
