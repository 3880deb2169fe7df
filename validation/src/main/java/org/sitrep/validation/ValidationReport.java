package org.sitrep.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Id;

/**
 * The outcome of a validation: the findings in a deterministic order ({@link Finding#ORDER}: by
 * record position, then pointer, then code), how many records were validated, and counts by
 * severity. Immutable and safe to share.
 *
 * <pre>{@code
 * ValidationReport report = Validator.defaults().validate(dataset);
 * if (report.hasErrors()) {
 *   System.err.print(report.toText());
 * }
 * List<Finding> dangling = report.withCode("ref.unresolved");
 * List<Finding> aboutBla = report.findingsFor(Id.actor("bla"));
 * }</pre>
 *
 * <p>The JSON form of a report is written by {@code sitrep-io}; its shape is described in the
 * validation module's README.
 */
public final class ValidationReport {

  private final int recordCount;
  private final List<Finding> findings;
  private final int[] counts = new int[Severity.values().length];

  private ValidationReport(int recordCount, List<Finding> sorted) {
    this.recordCount = recordCount;
    this.findings = Collections.unmodifiableList(sorted);
    for (Finding finding : sorted) {
      counts[finding.severity().ordinal()]++;
    }
  }

  /**
   * A report of these findings, put in report order.
   *
   * @param recordCount how many records were validated
   * @param findings the findings, in any order
   * @return the report
   * @throws IllegalArgumentException when the count is negative
   */
  public static ValidationReport of(int recordCount, Collection<Finding> findings) {
    if (recordCount < 0) {
      throw new IllegalArgumentException("recordCount must not be negative, was " + recordCount);
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.forEach(finding -> Objects.requireNonNull(finding, "finding"));
    sorted.sort(Finding.ORDER);
    return new ValidationReport(recordCount, sorted);
  }

  /** {@return how many records were validated} */
  public int recordCount() {
    return recordCount;
  }

  /** {@return every finding, in report order} */
  public List<Finding> findings() {
    return findings;
  }

  /** {@return whether nothing was found} */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /** {@return whether any finding is an {@link Severity#ERROR}: the dataset is not valid} */
  public boolean hasErrors() {
    return counts[Severity.ERROR.ordinal()] > 0;
  }

  /**
   * {@return how many findings have this severity}
   *
   * @param severity the severity
   */
  public int count(Severity severity) {
    return counts[severity.ordinal()];
  }

  /**
   * {@return the number of findings of each severity, every severity present, most serious first}
   */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> out = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      out.put(severity, counts[severity.ordinal()]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * {@return the findings on the record(s) with this id, in report order}
   *
   * @param recordId the record id
   */
  public List<Finding> findingsFor(Id<?> recordId) {
    return select(finding -> recordId.equals(finding.recordId()));
  }

  /**
   * {@return the findings of the rule with this code, in report order}
   *
   * @param code the rule's code, e.g. {@code ref.unresolved}
   */
  public List<Finding> withCode(String code) {
    return select(finding -> finding.code().equals(code));
  }

  /**
   * {@return the findings of this severity or a more serious one, in report order}
   *
   * @param severity the least severity kept
   */
  public List<Finding> atLeast(Severity severity) {
    return select(finding -> finding.severity().isAtLeast(severity));
  }

  /**
   * {@return a report of the findings that pass a filter, with the same record count}
   *
   * <pre>{@code
   * ValidationReport references = report.filter(f -> f.code().startsWith("ref."));
   * }</pre>
   *
   * @param keep what keeps a finding
   */
  public ValidationReport filter(Predicate<? super Finding> keep) {
    return new ValidationReport(recordCount, new ArrayList<>(select(keep)));
  }

  private List<Finding> select(Predicate<? super Finding> keep) {
    List<Finding> out = new ArrayList<>();
    for (Finding finding : findings) {
      if (keep.test(finding)) {
        out.add(finding);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The counts as a line, e.g. {@code 3 errors, 1 warning, 0 info}.
   *
   * @return the summary, without a line break
   */
  public String summary() {
    int errors = count(Severity.ERROR);
    int warnings = count(Severity.WARNING);
    return errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning, " : " warnings, ")
        + count(Severity.INFO)
        + " info";
  }

  /**
   * {@return the report as text for a person: findings grouped by record in dataset order, one line
   * each (severity, code, pointer, message, and the other record involved), then the counts} The
   * output is deterministic; lines end with {@code \n}.
   *
   * <pre>{@code
   * records/4 operation:balochistan-offensive
   *   error    period.inverted  /period  The period 2024-12-15/2024-11-21 ends (2024-11-21) ...
   *
   * 1 error, 0 warnings, 0 info in 12 records
   * }</pre>
   */
  public String toText() {
    StringBuilder out = new StringBuilder(128 + findings.size() * 120);
    int codeWidth = 0;
    int pointerWidth = 0;
    for (Finding finding : findings) {
      codeWidth = Math.max(codeWidth, finding.code().length());
      pointerWidth = Math.max(pointerWidth, pointerText(finding).length());
    }
    int current = -1;
    for (Finding finding : findings) {
      if (finding.position() != current) {
        if (current >= 0) {
          out.append('\n');
        }
        current = finding.position();
        out.append("records/")
            .append(current)
            .append(' ')
            .append(finding.recordId() == null ? "(unreadable)" : finding.recordId())
            .append('\n');
      }
      out.append("  ");
      pad(out, finding.severity().wireName(), 9);
      pad(out, finding.code(), codeWidth + 2);
      pad(out, pointerText(finding), pointerWidth + 2);
      out.append(finding.message());
      finding.related().ifPresent(other -> out.append(" [").append(other).append(']'));
      out.append('\n');
    }
    if (!findings.isEmpty()) {
      out.append('\n');
    }
    out.append(summary())
        .append(" in ")
        .append(recordCount)
        .append(recordCount == 1 ? " record" : " records")
        .append('\n');
    return out.toString();
  }

  private static String pointerText(Finding finding) {
    return finding.pointer().isEmpty() ? "(record)" : finding.pointer();
  }

  private static void pad(StringBuilder out, String text, int width) {
    out.append(text);
    for (int i = text.length(); i < width; i++) {
      out.append(' ');
    }
  }

  /** Two reports are equal when they hold the same record count and the same findings in order. */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof ValidationReport validationReport
            && recordCount == validationReport.recordCount
            && findings.equals(validationReport.findings));
  }

  @Override
  public int hashCode() {
    return 31 * recordCount + findings.hashCode();
  }

  /** For example {@code ValidationReport{records=12, 1 error, 0 warnings, 0 info}}. */
  @Override
  public String toString() {
    return "ValidationReport{records=" + recordCount + ", " + summary() + "}";
  }
}
