package org.sitrep.validation;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.SitrepRecord;
import org.sitrep.validation.internal.HashedTexts;

/**
 * A record with the result of its checks that need no other record, made by {@link
 * StreamingValidation#check(SitrepRecord)} on any thread and handed to {@link
 * StreamingValidation#accept(CheckedRecord)} in the records' order. It holds the findings of those
 * checks until the session places them at the record's position.
 *
 * <pre>{@code
 * CheckedRecord checked = session.check(record); // on a reader's decoding thread
 * session.accept(checked);                       // on the session's thread, in order
 * }</pre>
 */
public final class CheckedRecord {

  private final SitrepRecord record;

  /** Whose checks these are, or null for a record not checked ahead. */
  private final @Nullable Object checker;

  /** The findings of the checks, their position still to be set; empty for a clean record. */
  private final List<Finding.Details> findings;

  /** What a check threw, or null. */
  private final @Nullable RuntimeException failure;

  /** The code of the rule that threw, or null. */
  private final @Nullable String failedRule;

  /** The hashes of the record's id and references for the session's index, or null. */
  private final @Nullable HashedTexts hashes;

  CheckedRecord(
      SitrepRecord record,
      @Nullable Object checker,
      List<Finding.Details> findings,
      @Nullable RuntimeException failure,
      @Nullable String failedRule,
      @Nullable HashedTexts hashes) {
    this.record = Objects.requireNonNull(record, "record");
    this.hashes = hashes;
    this.checker = checker;
    this.findings = findings;
    this.failure = failure;
    this.failedRule = failedRule;
  }

  /** A record not checked ahead: {@code accept} checks it whole. */
  static CheckedRecord unchecked(SitrepRecord record) {
    return new CheckedRecord(record, null, List.of(), null, null, null);
  }

  /** {@return the record} */
  public SitrepRecord record() {
    return record;
  }

  /** Whether these are the checks of the given session's record rules. */
  boolean checkedBy(Object session) {
    return checker == session;
  }

  List<Finding.Details> findings() {
    return findings;
  }

  @Nullable RuntimeException failure() {
    return failure;
  }

  @Nullable String failedRule() {
    return failedRule;
  }

  @Nullable HashedTexts hashes() {
    return hashes;
  }
}
