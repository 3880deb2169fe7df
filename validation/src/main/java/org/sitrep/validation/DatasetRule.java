package org.sitrep.validation;

/**
 * A rule over the whole dataset: it sees every record in order, keeps what it needs, and reports
 * when all records have been seen — for references, duplicates, cycles. The same rule runs over a
 * {@link org.sitrep.core.Dataset} in memory and over a stream of records too large to hold ({@link
 * Validator#startStream(java.time.LocalDate)}), and must report the same findings both ways.
 *
 * <p>Each validation {@linkplain #start() starts} a fresh {@link Run}; the rule itself keeps no
 * state and is thread-safe. To keep a stream's memory bounded, a run should keep compact facts (ids
 * as strings, positions, days), never the records.
 *
 * <pre>{@code
 * DatasetRule oneName = new DatasetRule() {
 *   public RuleDescriptor descriptor() {
 *     return new RuleDescriptor("acme.single-state", Severity.INFO, "the dataset has no state actor");
 *   }
 *
 *   public Run start() {
 *     return new Run() {
 *       boolean seen;
 *
 *       public void accept(RecordContext context) {
 *         seen |= context.record() instanceof Actor
 *             && ((Actor) context.record()).kind() == Actor.Kind.STATE;
 *       }
 *
 *       public void finish(DatasetContext context) {
 *         if (!seen && context.index().size() > 0) {
 *           context.report(0, Pointer.ROOT, "No state actor in the dataset");
 *         }
 *       }
 *     };
 *   }
 * };
 * }</pre>
 */
public non-sealed interface DatasetRule extends Rule {

  /**
   * Starts one validation: the run receives every record, then {@link Run#finish}.
   *
   * @return the run, which holds this validation's state
   */
  Run start();

  /**
   * One validation by a {@link DatasetRule}. Not thread-safe: it is fed records one at a time.
   *
   * <pre>{@code
   * DatasetRule.Run run = rule.start();
   * }</pre>
   */
  interface Run {

    /**
     * Sees one record, in dataset order. It may report findings at once, or keep compact facts to
     * check in {@link #finish}.
     *
     * @param context the record; {@link RecordContext#index()} holds the records seen so far
     */
    void accept(RecordContext context);

    /**
     * Reports what needed the whole dataset.
     *
     * @param context every record's id, type and position, and where to report
     */
    void finish(DatasetContext context);
  }
}
