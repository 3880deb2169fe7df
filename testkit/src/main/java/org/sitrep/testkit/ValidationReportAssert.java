package org.sitrep.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;
import org.sitrep.validation.Finding;
import org.sitrep.validation.Severity;
import org.sitrep.validation.ValidationReport;

/**
 * Assertions on a {@link ValidationReport}. {@code hasError}, {@code hasWarning}, {@code hasInfo}
 * and {@code hasFinding} pick the findings of one code and go on with a {@link FindingsAssert} that
 * narrows them further:
 *
 * <pre>{@code
 * assertThat(report).hasError("ref.unresolved").at("/perpetrators/0/actor").on(Id.incident("x"));
 * assertThat(report).hasNoErrors().hasWarning("source.missing");
 * assertThat(report).hasOnlyCodes("period.inverted");
 * }</pre>
 *
 * <p>Every failure message ends with the whole report as {@link ValidationReport#toText()}.
 */
public final class ValidationReportAssert
    extends AbstractObjectAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * The report has no findings at all: no error, no warning, no info.
   *
   * @return this assertion, to chain more
   */
  public ValidationReportAssert isClean() {
    isNotNull();
    if (!actual.findings().isEmpty()) {
      failWithMessage("Expected a report without findings, but it has %s", describe(actual));
    }
    return this;
  }

  /**
   * The report has no finding of severity error.
   *
   * @return this assertion, to chain more
   */
  public ValidationReportAssert hasNoErrors() {
    return hasNone(Severity.ERROR);
  }

  /**
   * The report has no finding of severity warning.
   *
   * @return this assertion, to chain more
   */
  public ValidationReportAssert hasNoWarnings() {
    return hasNone(Severity.WARNING);
  }

  private ValidationReportAssert hasNone(Severity severity) {
    isNotNull();
    if (actual.count(severity) > 0) {
      failWithMessage("Expected no %s, but the report has %s", plural(severity), describe(actual));
    }
    return this;
  }

  /**
   * The report has an error of this code; goes on with those errors.
   *
   * @param code the code, e.g. {@code ref.unresolved}
   * @return the findings, for further assertions
   */
  public FindingsAssert hasError(String code) {
    return has(code, Severity.ERROR);
  }

  /**
   * The report has a warning of this code; goes on with those warnings.
   *
   * @param code the code, e.g. {@code ref.unresolved}
   * @return the findings, for further assertions
   */
  public FindingsAssert hasWarning(String code) {
    return has(code, Severity.WARNING);
  }

  /**
   * The report has an info finding of this code; goes on with those findings.
   *
   * @param code the code, e.g. {@code ref.unresolved}
   * @return the findings, for further assertions
   */
  public FindingsAssert hasInfo(String code) {
    return has(code, Severity.INFO);
  }

  /**
   * The report has a finding of this code, of any severity; goes on with those findings.
   *
   * @param code the code, e.g. {@code ref.unresolved}
   * @return the findings, for further assertions
   */
  public FindingsAssert hasFinding(String code) {
    return has(code, null);
  }

  private FindingsAssert has(String code, @Nullable Severity severity) {
    isNotNull();
    List<Finding> found = new ArrayList<>();
    for (Finding finding : actual.findings()) {
      if (finding.code().equals(code) && (severity == null || finding.severity() == severity)) {
        found.add(finding);
      }
    }
    String what = (severity == null ? "a finding " : article(severity) + " ") + code;
    if (found.isEmpty()) {
      failWithMessage("Expected %s, but the report has %s", what, describe(actual));
    }
    return new FindingsAssert(found, actual, what);
  }

  /**
   * The report has no finding of this code, of any severity.
   *
   * @param code the code
   * @return this assertion, to chain more
   */
  public ValidationReportAssert hasNoFinding(String code) {
    isNotNull();
    if (!actual.withCode(code).isEmpty()) {
      failWithMessage("Expected no finding %s, but the report has %s", code, describe(actual));
    }
    return this;
  }

  /**
   * The codes of the findings are exactly these, each found at least once.
   *
   * @param codes the codes
   * @return this assertion, to chain more
   */
  public ValidationReportAssert hasOnlyCodes(String... codes) {
    isNotNull();
    Set<String> expected = new TreeSet<>(Arrays.asList(codes));
    Set<String> found = new TreeSet<>();
    actual.findings().forEach(finding -> found.add(finding.code()));
    if (!found.equals(expected)) {
      failWithMessage(
          "Expected the codes %s, but the report has the codes %s: %s",
          expected, found, describe(actual));
    }
    return this;
  }

  /**
   * The report has exactly this many errors.
   *
   * @param count the number of errors
   * @return this assertion, to chain more
   */
  public ValidationReportAssert hasErrorCount(int count) {
    isNotNull();
    if (actual.count(Severity.ERROR) != count) {
      failWithMessage("Expected %s error(s), but the report has %s", count, describe(actual));
    }
    return this;
  }

  /**
   * The report counted this many records.
   *
   * @param count the number of records
   * @return this assertion, to chain more
   */
  public ValidationReportAssert hasRecordCount(int count) {
    isNotNull();
    if (actual.recordCount() != count) {
      failWithMessage(
          "Expected a report of %s records, but it is of %s", count, actual.recordCount());
    }
    return this;
  }

  static String describe(ValidationReport report) {
    return report.summary() + ":" + System.lineSeparator() + report.toText();
  }

  private static String article(Severity severity) {
    return severity == Severity.ERROR
        ? "an error"
        : severity == Severity.INFO ? "an info" : "a warning";
  }

  private static String plural(Severity severity) {
    return severity == Severity.INFO ? "info findings" : severity.wireName() + "s";
  }
}
