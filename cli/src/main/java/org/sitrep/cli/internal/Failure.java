package org.sitrep.cli.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.io.ReadProblem;

/**
 * A failure the tool reports as one line on stderr with exit code 2: an unreadable input, an
 * unwritable output, an output that would overwrite its input.
 */
final class Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Transient: failures are reported in the JVM that has them. */
  private final transient @Nullable ReadProblem problem;

  /**
   * Creates the failure.
   *
   * @param message one line, starting with the file it concerns when there is one
   * @param cause what went wrong underneath, or null
   */
  Failure(String message, @Nullable Throwable cause) {
    this(message, null, cause);
  }

  /**
   * Creates the failure of a read problem.
   *
   * @param message one line, starting with the file it concerns
   * @param problem the problem that made the input unreadable, or null
   * @param cause what went wrong underneath, or null
   */
  Failure(String message, @Nullable ReadProblem problem, @Nullable Throwable cause) {
    super(message, cause);
    this.problem = problem;
  }

  /**
   * Creates the failure.
   *
   * @param message one line, starting with the file it concerns when there is one
   */
  Failure(String message) {
    this(message, null, null);
  }

  /** The read problem that made the input unreadable, when that is the failure. */
  Optional<ReadProblem> problem() {
    return Optional.ofNullable(problem);
  }
}
