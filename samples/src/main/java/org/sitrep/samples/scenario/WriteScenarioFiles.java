package org.sitrep.samples.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.io.SitrepJson;

/**
 * Writes the checked-in JSON documents of the scenarios, {@value #SCENARIO_FILE} ({@link
 * BalochistanScenario}) and {@value #BROKEN_FILE} ({@link BrokenScenario}), with {@link
 * SitrepJson#strict()} (pretty). A test fails when the files under {@code samples/data} differ from
 * what this writes; after changing a scenario or the wire format, run it from the repository root
 * and read the diff before committing:
 *
 * <pre>{@code
 * ./mvnw -B -q -pl samples exec:java \
 *     -Dexec.mainClass=org.sitrep.samples.scenario.WriteScenarioFiles
 * git diff samples/data
 * }</pre>
 *
 * <p>The one optional argument is the directory to write to, {@value #DEFAULT_DIRECTORY} by
 * default; it must exist, so that a run from the wrong directory fails instead of writing
 * elsewhere.
 */
public final class WriteScenarioFiles {

  /** The file name of the founding scenario's document. */
  public static final String SCENARIO_FILE = "balochistan-2024.json";

  /** The file name of the broken scenario's document. */
  public static final String BROKEN_FILE = "balochistan-2024-broken.json";

  /** The directory written to when no argument names one, relative to the repository root. */
  public static final String DEFAULT_DIRECTORY = "samples/data";

  private WriteScenarioFiles() {}

  /**
   * Runs the program; exits with status 2 and the reason on standard error when the directory does
   * not exist or more than one argument is given.
   *
   * @param args nothing, or the directory to write to
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    try {
      run(args, System.out);
    } catch (IllegalArgumentException badArguments) {
      System.err.println(badArguments.getMessage());
      System.err.println("usage: WriteScenarioFiles [directory]");
      System.exit(2);
    }
  }

  /**
   * Writes both documents to the directory named by {@code args[0]}, else {@value
   * #DEFAULT_DIRECTORY}, and prints their paths.
   *
   * @param args nothing, or the directory to write to
   * @param out where to print the paths written
   * @return the paths written: the scenario's, then the broken scenario's
   * @throws IOException when a file cannot be written
   * @throws IllegalArgumentException when the directory does not exist, or given more than one
   *     argument
   */
  public static List<Path> run(String[] args, PrintStream out) throws IOException {
    if (args.length > 1) {
      throw new IllegalArgumentException(
          "Expected at most one argument, the directory to write to; got " + args.length);
    }
    Path directory = Path.of(args.length == 1 ? args[0] : DEFAULT_DIRECTORY).toAbsolutePath();
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException(
          "No directory "
              + directory
              + ": run from the repository root, or name the directory to write to");
    }
    Path scenario = directory.resolve(SCENARIO_FILE);
    Path broken = directory.resolve(BROKEN_FILE);
    SitrepJson.strict().write(BalochistanScenario.dataset(), scenario);
    SitrepJson.strict().write(BrokenScenario.dataset(), broken);
    out.println("Wrote " + scenario);
    out.println("Wrote " + broken);
    return List.of(scenario, broken);
  }
}
