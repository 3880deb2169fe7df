package org.sitrep.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;
import org.sitrep.validation.internal.CompactIndex;
import org.sitrep.validation.internal.RecordChecks;

/**
 * One validation: the engine behind {@link Validator#validate} and {@link Validator#startStream}.
 * Both feed records through {@link #accept}, so a dataset in memory and the same records streamed
 * give the same report by construction. The built-in record rules, which come before any of your
 * own, run as one {@link RecordChecks} pass per record.
 */
final class ValidationRun implements StreamingValidation {

  private final LocalDate asOf;

  /** The built-in record rules, or null when none is enabled. */
  private final @Nullable RecordChecks checks;

  private final RecordRule[] recordRules;
  private final Severity[] recordSeverities;
  private final DatasetRule.Run[] runs;
  private final String[] runCodes;
  private final Severity[] runSeverities;
  private final CompactIndex index;
  private final List<Finding.Details> reported = new ArrayList<>();
  private final Context context = new Context();
  private boolean finished;

  /**
   * A run over records held in memory: the index keeps the id strings the records hold.
   *
   * @param expectedSize how many records are expected, or 0 when not known
   */
  ValidationRun(LocalDate asOf, Rule[] rules, Severity[] severities, int expectedSize) {
    this(asOf, rules, severities, CompactIndex.inMemory(expectedSize));
  }

  /**
   * A run over records fed to {@link #accept}.
   *
   * @param index the empty index the run fills: {@link CompactIndex#inMemory} for records held in
   *     memory, {@link CompactIndex#spilling} for a stream; the run closes it when it finishes or a
   *     rule fails
   */
  ValidationRun(LocalDate asOf, Rule[] rules, Severity[] severities, CompactIndex index) {
    this.asOf = asOf;
    this.index = index;
    List<RecordRule> recordList = new ArrayList<>();
    List<Severity> recordGrades = new ArrayList<>();
    List<DatasetRule.Run> runList = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<Severity> runGrades = new ArrayList<>();
    for (int i = 0; i < rules.length; i++) {
      if (rules[i] instanceof RecordRule) {
        recordList.add((RecordRule) rules[i]);
        recordGrades.add(severities[i]);
      } else {
        DatasetRule rule = (DatasetRule) rules[i];
        runList.add(Objects.requireNonNull(rule.start(), () -> rule + ".start() returned null"));
        codes.add(rule.descriptor().code());
        runGrades.add(severities[i]);
      }
    }
    // the built-in record rules RecordChecks covers run fused, wherever they stand in the list
    // (in catalogue order); every other record rule runs one by one. Reports sort their findings,
    // so the order of the runs does not show.
    List<RecordRule> fused = new ArrayList<>();
    List<Severity> fusedGrades = new ArrayList<>();
    List<RecordRule> apart = new ArrayList<>();
    List<Severity> apartGrades = new ArrayList<>();
    for (int i = 0; i < recordList.size(); i++) {
      boolean covered = RecordChecks.covers(recordList.get(i));
      (covered ? fused : apart).add(recordList.get(i));
      (covered ? fusedGrades : apartGrades).add(recordGrades.get(i));
    }
    this.checks = fused.isEmpty() ? null : new RecordChecks(fused, fusedGrades);
    this.recordRules = apart.toArray(new RecordRule[0]);
    this.recordSeverities = apartGrades.toArray(new Severity[0]);
    this.runs = runList.toArray(new DatasetRule.Run[0]);
    this.runCodes = codes.toArray(new String[0]);
    this.runSeverities = runGrades.toArray(new Severity[0]);
  }

  @Override
  public void accept(SitrepRecord record) {
    if (record == null) {
      throw new NullPointerException("record " + index.size() + " must not be null");
    }
    if (finished) {
      throw new IllegalStateException("This validation is finished; start a new one");
    }
    try {
      check(record);
    } catch (RuntimeException failure) {
      abandon();
      throw failure;
    }
  }

  /** A rule failed, or the index could not spill: the run is over, its temporary files deleted. */
  private void abandon() {
    finished = true;
    index.close();
  }

  private void check(SitrepRecord record) {
    int position = index.add(record);
    Context ctx = context;
    ctx.record = record;
    ctx.position = position;
    if (checks != null) {
      try {
        checks.check(ctx, index.firstOfLast(), ctx);
      } catch (RuntimeException bug) {
        throw failed(ctx.code, record, position, bug);
      }
    }
    for (int i = 0; i < recordRules.length; i++) {
      RecordRule rule = recordRules[i];
      ctx.code = null;
      ctx.rule = rule;
      ctx.severity = recordSeverities[i];
      try {
        rule.check(ctx);
      } catch (RuntimeException bug) {
        throw failed(rule, record, position, bug);
      }
    }
    for (int i = 0; i < runs.length; i++) {
      ctx.code = runCodes[i];
      ctx.rule = null;
      ctx.severity = runSeverities[i];
      try {
        runs[i].accept(ctx);
      } catch (RuntimeException bug) {
        throw failed(runCodes[i], record, position, bug);
      }
    }
    ctx.record = null;
  }

  /** How many record rules run one by one, outside the fused checks (for tests). */
  int recordRulesApart() {
    return recordRules.length;
  }

  @Override
  public void skip(@Nullable Id<?> id) {
    if (finished) {
      throw new IllegalStateException("This validation is finished; start a new one");
    }
    try {
      index.addUnreadable(id);
    } catch (RuntimeException failure) {
      abandon();
      throw failure;
    }
  }

  @Override
  public int count() {
    return index.size();
  }

  @Override
  public ValidationReport finish() {
    if (finished) {
      throw new IllegalStateException("This validation is already finished");
    }
    finished = true;
    try {
      for (int i = 0; i < runs.length; i++) {
        try {
          runs[i].finish(new Finisher(runCodes[i], runSeverities[i]));
        } catch (RuntimeException bug) {
          throw new IllegalStateException(
              "Rule " + runCodes[i] + " failed at the end of the dataset: " + bug, bug);
        }
      }
      List<Finding> findings = new ArrayList<>(reported.size());
      for (Finding.Details details : reported) {
        findings.add(details.toFinding());
      }
      return ValidationReport.of(index.size(), findings);
    } finally {
      index.close();
    }
  }

  private static IllegalStateException failed(
      @Nullable Object rule, SitrepRecord record, int position, RuntimeException bug) {
    String code = rule instanceof Rule known ? known.descriptor().code() : String.valueOf(rule);
    return new IllegalStateException(
        "Rule " + code + " failed on record " + position + " (" + record.id() + "): " + bug, bug);
  }

  /** The context handed to record rules and runs; reused from record to record. */
  private final class Context implements RecordContext, RecordChecks.Grader {
    /** The record being checked; null between records. */
    @Nullable SitrepRecord record;

    int position;

    /** The code of the rule checking, or null when {@link #rule} names it. */
    @Nullable String code;

    /** The rule checking when it runs one by one, or null when {@link #code} names it. */
    @Nullable RecordRule rule;

    @Nullable Severity severity;

    @Override
    public SitrepRecord record() {
      return during(record);
    }

    @Override
    public int position() {
      return position;
    }

    @Override
    public LocalDate asOf() {
      return asOf;
    }

    @Override
    public RecordIndex index() {
      return index;
    }

    @Override
    public void grade(String ruleCode, Severity ruleSeverity) {
      code = ruleCode;
      rule = null;
      severity = ruleSeverity;
    }

    @Override
    public Finding.Details report(String pointer, String message) {
      String ruleCode = code != null ? code : during(rule).descriptor().code();
      Finding.Details details =
          new Finding.Details(
              ruleCode, during(severity), position, during(record).id(), pointer, message);
      reported.add(details);
      return details;
    }
  }

  /** The context handed to runs at the end. */
  private final class Finisher implements DatasetContext {
    private final String code;
    private final Severity severity;

    Finisher(String code, Severity severity) {
      this.code = code;
      this.severity = severity;
    }

    @Override
    public LocalDate asOf() {
      return asOf;
    }

    @Override
    public RecordIndex index() {
      return index;
    }

    @Override
    public Finding.Details report(int position, String pointer, String message) {
      Finding.Details details =
          new Finding.Details(code, severity, position, index.id(position), pointer, message);
      reported.add(details);
      return details;
    }
  }

  /**
   * What the context holds while a record is checked: a rule that keeps its context and uses it
   * after its {@code check} returned finds nothing there.
   */
  private static <T> T during(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("A record context is used only while its record is checked");
    }
    return value;
  }
}
