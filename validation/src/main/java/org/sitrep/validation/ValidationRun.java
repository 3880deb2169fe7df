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
 *
 * <p>{@link #check(SitrepRecord)} runs that pass ahead, but for {@code id.duplicate}, on the
 * caller's thread with a {@link RecordChecks} of that thread, and keeps the findings with the
 * record; {@link #accept(CheckedRecord)} then checks the id, adds those findings where the pass
 * would have added them, and does the rest as {@link #accept(SitrepRecord)} does. It also hashes
 * the record's id and references for the index ({@link CompactIndex#hashAhead}), so that the
 * lookups in order skip hashing.
 */
final class ValidationRun implements StreamingValidation {

  private final LocalDate asOf;

  /** The built-in record rules, or null when none is enabled. */
  private final @Nullable RecordChecks checks;

  /**
   * The checks of {@link #check(SitrepRecord)}, one per thread; null when none is enabled. A
   * checker holds nothing of the run (it is a static class, and so is the supplier's lambda): a
   * thread that outlives the run, such as the consumer of a reader or a pool's thread, keeps at
   * most a small stale checker, never the run's index, until {@link #finish} or {@link #abandon}
   * removes the calling thread's checker, or the thread's map drops the stale entry.
   */
  private final @Nullable ThreadLocal<Checker> checkers;

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
    this.checkers =
        fused.isEmpty()
            ? null
            : ThreadLocal.withInitial(
                () -> new Checker(new RecordChecks(fused, fusedGrades), asOf));
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
    validate(record, null);
  }

  @Override
  public CheckedRecord check(SitrepRecord record) {
    Objects.requireNonNull(record, "record");
    ThreadLocal<Checker> perThread = checkers;
    if (perThread == null) {
      return new CheckedRecord(record, this, List.of(), null, null, index.hashAhead(record));
    }
    // the checker's state is set here, not in a method of its own: a reader's decoding loop calls
    // this once per record, and each method called per record on its own is compiled by C2 again
    // with everything below it inlined
    Checker checker = perThread.get();
    checker.record = record;
    checker.found = null;
    checker.code = null;
    RuntimeException failure = null;
    try {
      checker.checks.checkContent(checker, checker);
    } catch (RuntimeException bug) {
      failure = bug;
    }
    List<Finding.Details> found = checker.found;
    CheckedRecord checked =
        new CheckedRecord(
            record,
            this,
            found == null ? List.of() : found,
            failure,
            failure == null ? null : checker.code,
            index.hashAhead(record));
    checker.record = null;
    checker.found = null;
    return checked;
  }

  @Override
  public void accept(CheckedRecord checked) {
    validate(checked.record(), checked.checkedBy(this) ? checked : null);
  }

  /** Validates a record; {@code checked} holds what its content's checks found, when run ahead. */
  private void validate(SitrepRecord record, @Nullable CheckedRecord checked) {
    if (finished) {
      throw new IllegalStateException("This validation is finished; start a new one");
    }
    try {
      check(record, checked);
    } catch (RuntimeException failure) {
      abandon();
      throw failure;
    }
  }

  /** A rule failed, or the index could not spill: the run is over, its temporary files deleted. */
  private void abandon() {
    finished = true;
    forgetCallingThreadsChecker();
    index.close();
  }

  /** Drops the calling thread's checker (the consumer's, when it decoded records itself). */
  private void forgetCallingThreadsChecker() {
    ThreadLocal<Checker> perThread = checkers;
    if (perThread != null) {
      perThread.remove();
    }
  }

  private void check(SitrepRecord record, @Nullable CheckedRecord checked) {
    index.hashedAhead(checked == null ? null : checked.hashes());
    int position = index.add(record);
    Context ctx = context;
    ctx.record = record;
    ctx.position = position;
    if (checks != null) {
      try {
        if (checked == null) {
          checks.check(ctx, index.firstOfLast(), ctx);
        } else {
          checks.checkId(ctx, index.firstOfLast(), ctx);
          accepted(checked, position);
        }
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

  /**
   * Adds the findings of a record's checks run ahead, at its position, after those of its id as
   * {@link RecordChecks#check} adds them; throws what a check threw, as if thrown here.
   */
  private void accepted(CheckedRecord checked, int position) {
    List<Finding.Details> found = checked.findings();
    for (int i = 0; i < found.size(); i++) {
      Finding.Details details = found.get(i);
      details.at(position);
      reported.add(details);
    }
    RuntimeException failure = checked.failure();
    if (failure != null) {
      context.code = checked.failedRule(); // the rule that threw, for the message
      context.rule = null;
      throw failure;
    }
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
    forgetCallingThreadsChecker();
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

  /**
   * The context of the record checks run ahead by {@link #check(SitrepRecord)}, with the checks of
   * one thread: it knows the record and the day, not the session, the record's position or the
   * index, which the checks it runs do not ask for. {@code check} sets and clears its state.
   * Static, so that a thread's map holding it does not hold the run (see {@link #checkers}).
   */
  private static final class Checker implements RecordContext, RecordChecks.Grader {
    private final RecordChecks checks;
    private final LocalDate asOf;
    private @Nullable SitrepRecord record;
    private @Nullable String code;
    private @Nullable Severity severity;

    /** The findings of the record being checked; null while there are none. */
    private @Nullable List<Finding.Details> found;

    Checker(RecordChecks checks, LocalDate asOf) {
      this.checks = checks;
      this.asOf = asOf;
    }

    @Override
    public SitrepRecord record() {
      return during(record);
    }

    @Override
    public int position() {
      throw new IllegalStateException("A record checked ahead has no position yet");
    }

    @Override
    public LocalDate asOf() {
      return asOf;
    }

    @Override
    public RecordIndex index() {
      throw new IllegalStateException("A record checked ahead does not see the index");
    }

    @Override
    public void grade(String ruleCode, Severity ruleSeverity) {
      code = ruleCode;
      severity = ruleSeverity;
    }

    @Override
    public Finding.Details report(String pointer, String message) {
      // the position is set when the record is accepted
      Finding.Details details =
          new Finding.Details(
              during(code), during(severity), -1, during(record).id(), pointer, message);
      if (found == null) {
        found = new ArrayList<>(4);
      }
      found.add(details);
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
