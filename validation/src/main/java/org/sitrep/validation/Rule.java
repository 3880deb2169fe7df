package org.sitrep.validation;

/**
 * A validation rule: a {@link RecordRule}, which looks at one record at a time, or a {@link
 * DatasetRule}, which sees every record and reports once all have been seen. Built-in rules and
 * your own share this model.
 *
 * <pre>{@code
 * for (Rule rule : myRules) {
 *   System.out.println(rule.descriptor().code());
 * }
 * }</pre>
 */
public sealed interface Rule permits RecordRule, DatasetRule {

  /** {@return the rule's code, default severity and description} */
  RuleDescriptor descriptor();
}
