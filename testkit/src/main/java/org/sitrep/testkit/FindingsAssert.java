package org.sitrep.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;
import org.sitrep.core.Id;
import org.sitrep.validation.Finding;
import org.sitrep.validation.ValidationReport;

/**
 * The findings a {@link ValidationReportAssert} picked, narrowed one condition at a time: each
 * method keeps the findings that meet it and fails when none does, naming those it had.
 *
 * <pre>{@code
 * assertThat(report).hasError("casualties.breakdown")
 *     .on(Id.incident("overcounted"))
 *     .at("/casualties/breakdowns")
 *     .withArgument("total", "1")
 *     .once();
 * }</pre>
 */
public final class FindingsAssert extends AbstractObjectAssert<FindingsAssert, List<Finding>> {

  private final ValidationReport report;
  private final String what;

  FindingsAssert(List<Finding> findings, ValidationReport report, String what) {
    super(List.copyOf(findings), FindingsAssert.class);
    this.report = report;
    this.what = what;
  }

  /**
   * Keeps the findings at this JSON pointer relative to the record, e.g. {@code /period}.
   *
   * @param pointer the pointer
   * @return this assertion, holding the findings kept
   */
  public FindingsAssert at(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return narrow("at " + pointer, finding -> finding.pointer().equals(pointer));
  }

  /**
   * Keeps the findings at this pointer relative to the document, e.g. {@code /records/3/period}.
   *
   * @param pointer the pointer
   * @return this assertion, holding the findings kept
   */
  public FindingsAssert atDocumentPointer(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return narrow("at " + pointer, finding -> finding.documentPointer().equals(pointer));
  }

  /**
   * Keeps the findings on the record with this id.
   *
   * @param recordId the record's id
   * @return this assertion, holding the findings kept
   */
  public FindingsAssert on(Id<?> recordId) {
    Objects.requireNonNull(recordId, "recordId");
    return narrow("on " + recordId, finding -> recordId.equals(finding.recordId()));
  }

  /**
   * Keeps the findings on the record with this id, written {@code type:slug}.
   *
   * @param recordId the record's id, e.g. {@code actor:bla}
   * @return this assertion, holding the findings kept
   */
  public FindingsAssert on(String recordId) {
    return on(Id.parse(recordId));
  }

  /**
   * Keeps the findings on the record at this position, from 0.
   *
   * @param position the record's position
   * @return this assertion, holding the findings kept
   */
  public FindingsAssert atPosition(int position) {
    return narrow("at position " + position, finding -> finding.position() == position);
  }

  /**
   * Keeps the findings that name this other record.
   *
   * @param related the other record's id
   * @return this assertion, holding the findings kept
   */
  public FindingsAssert withRelated(Id<?> related) {
    Objects.requireNonNull(related, "related");
    return narrow(
        "naming " + related, finding -> finding.related().filter(related::equals).isPresent());
  }

  /**
   * Keeps the findings with this machine-readable argument.
   *
   * @param name the argument's name, e.g. {@code referenced}
   * @param value its value as text
   * @return this assertion, holding the findings kept
   */
  public FindingsAssert withArgument(String name, String value) {
    return narrow(
        "with " + name + "=" + value,
        finding -> Objects.equals(finding.arguments().get(name), value));
  }

  /**
   * Keeps the findings whose message contains this text.
   *
   * @param text the text
   * @return this assertion, holding the findings kept
   */
  public FindingsAssert withMessageContaining(String text) {
    return narrow(
        "with a message containing \"" + text + "\"", finding -> finding.message().contains(text));
  }

  /**
   * Exactly one finding is left.
   *
   * @return this assertion, to chain more
   */
  public FindingsAssert once() {
    return times(1);
  }

  /**
   * Exactly this many findings are left.
   *
   * @param count the number of findings
   * @return this assertion, to chain more
   */
  public FindingsAssert times(int count) {
    if (actual.size() != count) {
      failWithMessage(
          "Expected %s %s time(s), but found it %s time(s): %s%nReport: %s",
          what, count, actual.size(), list(actual), ValidationReportAssert.describe(report));
    }
    return this;
  }

  private FindingsAssert narrow(String condition, Predicate<Finding> keep) {
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : actual) {
      if (keep.test(finding)) {
        kept.add(finding);
      }
    }
    if (kept.isEmpty()) {
      failWithMessage(
          "Expected %s %s, but found only: %s%nReport: %s",
          what, condition, list(actual), ValidationReportAssert.describe(report));
    }
    return new FindingsAssert(kept, report, what + " " + condition);
  }

  private static String list(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.recordId() + f.pointer() + " (position " + f.position() + "): " + f.message())
        .collect(Collectors.joining("; "));
  }
}
