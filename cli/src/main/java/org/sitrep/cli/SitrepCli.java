package org.sitrep.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.sitrep.cli.internal.SitrepCommand;
import org.sitrep.cli.internal.Terminal;

/**
 * The {@code sitrep} command-line tool. {@link #main(String[])} runs it and exits with its exit
 * code: 0 when all went well (and validation found no errors), 1 when validation found errors, 2
 * when an input could not be read, an output could not be written or the command line was wrong.
 *
 * <pre>{@code
 * StringWriter out = new StringWriter();
 * StringWriter err = new StringWriter();
 * int exitCode = SitrepCli.execute(new PrintWriter(out), new PrintWriter(err), "rules");
 * }</pre>
 */
public final class SitrepCli {

  /** The system property naming the built-in converters picocli should not load (a regex). */
  private static final String PICOCLI_EXCLUDES = "picocli.converters.excludes";

  private SitrepCli() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line, e.g. {@code validate data.json}
   */
  public static void main(String[] args) {
    if (System.getProperty(PICOCLI_EXCLUDES) == null) {
      // picocli registers converters for java.sql and java.time types by reflection as it builds
      // the command line, which loads and initialises those packages: 30 ms of a run's start,
      // for types the tool does not convert (its one date, --as-of, has its own converter)
      System.setProperty(PICOCLI_EXCLUDES, "java\\.sql\\..*|java\\.time\\..*");
    }
    Charset console = stdoutCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
    int exitCode = execute(out, err, args);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /**
   * Runs the tool in-process, writing results to {@code out} and diagnostics to {@code err}.
   *
   * @param out where results go (reports, tables, converted data sent to {@code -})
   * @param err where errors, warnings and progress go
   * @param args the command line, e.g. {@code validate --format json data.json}
   * @return the exit code: 0 success, 1 validation errors found, 2 unreadable input or bad usage
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(System.in, out, err, args);
  }

  /**
   * Runs the tool in-process with its own standard input, which an argument {@code -} reads.
   *
   * <pre>{@code
   * InputStream in = Files.newInputStream(Path.of("data.jsonl"));
   * int exitCode = SitrepCli.execute(in, out, err, "validate", "--as-of", "2024-12-31", "-");
   * }</pre>
   *
   * @param in what {@code -} reads
   * @param out where results go (reports, tables, converted data sent to {@code -})
   * @param err where errors, warnings and progress go
   * @param args the command line
   * @return the exit code: 0 success, 1 validation errors found, 2 unreadable input or bad usage
   */
  public static int execute(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    try {
      return SitrepCommand.commandLine(in, out, err, args).execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "sitrep: out of memory ("
              + e.getMessage()
              + "); give the JVM more heap, e.g."
              + " java -Xmx1g -jar sitrep.jar ...");
      return 2;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The terminal's charset when there is one; UTF-8, the charset of JSON, into pipes and files. */
  private static Charset stdoutCharset() {
    return Terminal.console().map(Console::charset).orElse(StandardCharsets.UTF_8);
  }
}
