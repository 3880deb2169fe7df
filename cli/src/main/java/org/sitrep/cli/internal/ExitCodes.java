package org.sitrep.cli.internal;

/** The exit codes of the {@code sitrep} tool. */
final class ExitCodes {

  /** All went well; validation found no errors. */
  static final int OK = 0;

  /** Validation found errors. */
  static final int FINDINGS = 1;

  /** Unreadable input, unwritable output or a wrong command line. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
