package org.sitrep.cli.internal;

/** When the progress line is shown: {@code --progress auto|always|never}. */
enum ProgressMode {
  /**
   * When stdin and stdout are a terminal ({@code System.console() != null}; Java 17 cannot ask
   * about stderr itself) and the input is large.
   */
  AUTO,
  /** Whatever stderr is and however small the input; the last line stays, ending in a newline. */
  ALWAYS,
  /** Never. */
  NEVER
}
