package org.sitrep.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sitrep.core.Dataset;
import org.sitrep.samples.briefing.Briefing;
import org.sitrep.samples.scenario.BalochistanScenario;

/**
 * The samples' main program: builds the founding scenario ({@link BalochistanScenario}, the
 * Reuters report of 20 November 2024 on Pakistan's planned offensive in Balochistan) with the
 * public API and prints a {@link Briefing} of it: a timeline, the actors and how they are
 * involved, and the questions the article leaves open.
 *
 * <p>With no argument the briefing goes to standard out; with one, it is written to that file
 * (UTF-8, through a temporary file in the same directory, moved into place).
 *
 * <pre>{@code
 * BuildAndBrief.run(new String[0], System.out);
 * }</pre>
 */
public final class BuildAndBrief {

  private BuildAndBrief() {}

  /**
   * Runs the program; exits with status 2 and a usage line on standard error when given more
   * than one argument.
   *
   * @param args nothing, or the path of the file to write the briefing to
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    try {
      run(args, System.out);
    } catch (IllegalArgumentException badArguments) {
      System.err.println(badArguments.getMessage());
      System.err.println("usage: BuildAndBrief [briefing-output-file]");
      System.exit(2);
    }
  }

  /**
   * Builds the scenario and prints its briefing to {@code out}, or to the file named by {@code
   * args[0]} when given; then prints where it went.
   *
   * @param args nothing, or the path of the file to write the briefing to
   * @param out where to print the briefing or, when writing a file, its path
   * @throws IOException when the file cannot be written
   * @throws IllegalArgumentException when given more than one argument
   */
  public static void run(String[] args, PrintStream out) throws IOException {
    if (args.length > 1) {
      throw new IllegalArgumentException(
          "Expected at most one argument, the briefing output file; got " + args.length);
    }
    Dataset scenario = BalochistanScenario.dataset();
    Briefing briefing = new Briefing(scenario);
    if (args.length == 0) {
      briefing.printTo(out);
      return;
    }
    Path target = Path.of(args[0]).toAbsolutePath();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream text = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      briefing.printTo(text);
    }
    writeAtomically(target, bytes.toByteArray());
    out.println("Wrote the briefing of " + scenario.size() + " records to " + target);
  }

  private static void writeAtomically(Path target, byte[] content) throws IOException {
    Path directory = target.getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
    try {
      Files.write(temporary, content);
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
