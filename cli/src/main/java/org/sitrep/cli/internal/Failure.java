package org.sitrep.cli.internal;

/**
 * A failure the tool reports as one line on stderr with exit code 2: an unreadable input, an
 * unwritable output, an output that would overwrite its input.
 */
final class Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message one line, starting with the file it concerns when there is one
   * @param cause what went wrong underneath, or null
   */
  Failure(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the failure.
   *
   * @param message one line, starting with the file it concerns when there is one
   */
  Failure(String message) {
    super(message);
  }
}
