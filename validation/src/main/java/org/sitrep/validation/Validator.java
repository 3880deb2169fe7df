package org.sitrep.validation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.Dataset;
import org.sitrep.core.SitrepRecord;
import org.sitrep.validation.internal.BuiltInRules;
import org.sitrep.validation.internal.CompactIndex;

/**
 * Runs every rule of the catalogue, and any rules of your own, over a dataset or a stream of
 * records, and returns a {@link ValidationReport}. Bad data never makes it throw: every problem is
 * a finding. Built once, immutable and thread-safe.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .disable("source.missing")
 *     .severity("casualties.order", Severity.ERROR)
 *     .addRule(myRule)
 *     .build();
 * ValidationReport report = validator.validate(dataset);
 * }</pre>
 */
public final class Validator {

  private static final Validator DEFAULTS = builder().build();

  private final Rule[] rules;
  private final Severity[] severities;

  private Validator(List<Rule> rules, List<Severity> severities) {
    this.rules = rules.toArray(new Rule[0]);
    this.severities = severities.toArray(new Severity[0]);
  }

  /** {@return a builder that starts with every built-in rule at its default severity} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the validator with every built-in rule at its default severity} */
  public static Validator defaults() {
    return DEFAULTS;
  }

  /**
   * {@return the built-in rules: code, default severity and description, in a stable order} A code
   * is never reused for another rule.
   */
  public static List<RuleDescriptor> catalogue() {
    return BuiltInRules.catalogue();
  }

  /**
   * {@return the rules this validator runs, by code, with the severity their findings get, in
   * order}
   */
  public Map<String, Severity> activeRules() {
    Map<String, Severity> out = new LinkedHashMap<>();
    for (int i = 0; i < rules.length; i++) {
      out.put(rules[i].descriptor().code(), severities[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Validates a dataset, its {@link Dataset#asOf()} day standing for "today".
   *
   * @param dataset the dataset
   * @return the report
   */
  public ValidationReport validate(Dataset dataset) {
    // the dataset's own table of ids is the index: its records are not indexed again. The loop
    // stays its own, indexed: one loop shared with validate(Iterable, ...) through an iterator
    // measured 2.50M-2.72M against 3.25M-3.36M records per CPU second (ValidationCpuTime)
    List<SitrepRecord> records = dataset.records();
    StreamingValidation run =
        new ValidationRun(dataset.asOf(), rules, severities, CompactIndex.inMemory(dataset));
    for (int i = 0; i < records.size(); i++) {
      run.accept(records.get(i));
    }
    return run.finish();
  }

  /**
   * Validates records in order.
   *
   * @param records the records
   * @param asOf the day the records are current as of
   * @return the report
   */
  public ValidationReport validate(Iterable<? extends SitrepRecord> records, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (records instanceof Collection<? extends SitrepRecord> collection) {
      // known in advance: the index takes their ids in one pass before the rules run
      SitrepRecord[] all = collection.toArray(new SitrepRecord[0]);
      StreamingValidation run =
          new ValidationRun(asOf, rules, severities, CompactIndex.inMemory(all));
      for (SitrepRecord record : all) {
        run.accept(record);
      }
      return run.finish();
    }
    StreamingValidation run = new ValidationRun(asOf, rules, severities, 0);
    for (SitrepRecord record : records) {
      run.accept(record);
    }
    return run.finish();
  }

  /**
   * Starts a validation of records fed one at a time. Its index keeps the ids' texts in a temporary
   * file in {@code java.io.tmpdir} (see {@link StreamingValidation} for the memory bound).
   *
   * @param asOf the day the records are current as of
   * @return the session; feed it records, then {@link StreamingValidation#finish()}
   */
  public StreamingValidation startStream(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return start(asOf, CompactIndex.spilling(Path.of(System.getProperty("java.io.tmpdir"))));
  }

  /**
   * A validation filling the given index (tests pass one with a degenerate hash, or a spill
   * directory of their own).
   */
  StreamingValidation start(LocalDate asOf, CompactIndex index) {
    return new ValidationRun(asOf, rules, severities, index);
  }

  /** For example {@code Validator{rules=17}}. */
  @Override
  public String toString() {
    return "Validator{rules=" + rules.length + "}";
  }

  /**
   * Builds a {@link Validator}: the built-in rules, minus those disabled, plus your own, each at
   * its default severity unless re-graded. Codes are checked at {@link #build()}. Not thread-safe.
   *
   * <pre>{@code
   * Validator strict = Validator.builder()
   *     .config(ValidatorConfig.parse(args))
   *     .severity("period.possibly-inverted", Severity.ERROR)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>(BuiltInRules.all());
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a rule of your own after the built-in ones.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException when a rule with the same code is already present
     */
    public Builder addRule(Rule rule) {
      String code = Objects.requireNonNull(rule.descriptor(), "descriptor").code();
      for (Rule present : rules) {
        if (present.descriptor().code().equals(code)) {
          throw new IllegalArgumentException(
              "A rule with code "
                  + code
                  + " is already present ("
                  + present.descriptor()
                  + "); rule codes are unique and never reused");
        }
      }
      rules.add(rule);
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param code the rule's code, e.g. {@code source.missing}
     * @return this builder
     */
    public Builder disable(String code) {
      disabled.add(Objects.requireNonNull(code, "code"));
      return this;
    }

    /**
     * Switches a rule back on after {@link #disable(String)}.
     *
     * @param code the rule's code
     * @return this builder
     */
    public Builder enable(String code) {
      disabled.remove(Objects.requireNonNull(code, "code"));
      return this;
    }

    /**
     * Gives a rule's findings another severity.
     *
     * @param code the rule's code, e.g. {@code casualties.order}
     * @param severity the severity its findings get
     * @return this builder
     */
    public Builder severity(String code, Severity severity) {
      severities.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity));
      return this;
    }

    /**
     * Applies a configuration: its disabled rules and its severities, after what is set already.
     *
     * @param config e.g. {@code ValidatorConfig.parse(List.of("!source.missing"))}
     * @return this builder
     */
    public Builder config(ValidatorConfig config) {
      config.disabled().forEach(this::disable);
      config.severities().forEach(this::severity);
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalArgumentException naming the code when a disabled or re-graded code is not the
     *     code of any rule
     */
    public Validator build() {
      Set<String> known = new TreeSet<>();
      rules.forEach(rule -> known.add(rule.descriptor().code()));
      Set<String> named = new LinkedHashSet<>(disabled);
      named.addAll(severities.keySet());
      for (String code : named) {
        if (!known.contains(code)) {
          throw new IllegalArgumentException(
              "Unknown rule code '"
                  + code
                  + "': no built-in or added rule has it. Known codes: "
                  + String.join(", ", known));
        }
      }
      List<Rule> active = new ArrayList<>();
      List<Severity> grades = new ArrayList<>();
      for (Rule rule : rules) {
        RuleDescriptor descriptor = rule.descriptor();
        if (!disabled.contains(descriptor.code())) {
          active.add(rule);
          grades.add(severities.getOrDefault(descriptor.code(), descriptor.defaultSeverity()));
        }
      }
      return new Validator(active, grades);
    }
  }
}
