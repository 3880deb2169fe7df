package org.sitrep.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One in-process run of the tool: its exit code and what it printed. */
record Run(int exitCode, String out, String err) {

  /** Runs the tool with empty standard input. */
  static Run of(String... args) {
    return withStdin("", args);
  }

  /** Runs the tool with this text on standard input. */
  static Run withStdin(String stdin, String... args) {
    return withStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  /** Runs the tool with this standard input. */
  static Run withStdin(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = SitrepCli.execute(stdin, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exitCode, out.toString(), err.toString());
  }
}
