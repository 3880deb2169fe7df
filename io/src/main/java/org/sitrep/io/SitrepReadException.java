package org.sitrep.io;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Sitrep JSON that cannot be read: its {@link #problem()} names what is wrong, where and in which
 * record, and the underlying cause is kept.
 *
 * <p>The message is the problem's one line a user can act on, e.g. {@code line 12, column 19
 * (/records/3/perpetrators/1/actor, record incident:x): malformed id 'actr:bla': unknown kind
 * 'actr' ...}. The codes are stable, the constants of {@link ReadProblem}, and listed in {@code
 * docs/wire-format.md}:
 *
 * <pre>{@code
 * try {
 *   Dataset dataset = SitrepJson.strict().readDataset(path);
 * } catch (SitrepReadException e) {
 *   ReadProblem problem = e.problem();
 *   if (problem.code().equals(ReadProblem.UNKNOWN_PROPERTY)) {
 *     System.err.println("fix " + problem.pointer() + " at line " + problem.line());
 *   }
 * }
 * }</pre>
 */
public final class SitrepReadException extends RuntimeException {

  private static final long serialVersionUID = 2L;

  /**
   * Transient: a record id is not serializable, and Sitrep's exceptions are reported where they
   * happen, not shipped between JVMs (a deserialized copy keeps its message and cause only).
   */
  private final transient ReadProblem problem;

  SitrepReadException(ReadProblem problem, @Nullable Throwable cause) {
    super(problem.message(), cause);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** {@return what could not be read, and where} */
  public ReadProblem problem() {
    return problem;
  }
}
