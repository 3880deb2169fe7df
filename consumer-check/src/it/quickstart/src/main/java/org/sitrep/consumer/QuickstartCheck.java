package org.sitrep.consumer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.io.SitrepJson;
import org.sitrep.samples.Quickstart;

/**
 * Runs the README's quickstart (org.sitrep.samples.Quickstart, copied from sitrep-samples before
 * the build) and exits with status 1 unless it printed a JSON document, read it back equal and
 * validated it without findings, unless Sitrep was loaded the way the argument says: as named
 * modules ({@code module-path}) or from the class path ({@code class-path}), and unless
 * jackson-databind (optional in sitrep-io) was absent.
 */
public final class QuickstartCheck {

  private QuickstartCheck() {}

  /**
   * Runs and checks the quickstart.
   *
   * @param args {@code module-path} or {@code class-path}
   */
  public static void main(String[] args) {
    String mode = args.length == 1 ? args[0] : "";
    List<String> problems = new ArrayList<>();

    Module io = SitrepJson.class.getModule();
    Module consumer = QuickstartCheck.class.getModule();
    if (mode.equals("module-path")) {
      if (!"org.sitrep.io".equals(io.getName())
          || !"org.sitrep.consumer".equals(consumer.getName())) {
        problems.add("expected named modules, found " + io + " and " + consumer);
      }
    } else if (mode.equals("class-path")) {
      if (io.isNamed() || consumer.isNamed()) {
        problems.add("expected the class path, found " + io + " and " + consumer);
      }
    } else {
      problems.add("the argument must be module-path or class-path, not '" + mode + "'");
    }

    // sitrep-io's databind dependency is optional: the README's three artifacts run without it
    try {
      Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
      problems.add("jackson-databind is on the path, but nothing the quickstart uses needs it");
    } catch (ClassNotFoundException expected) {
      // as it should be
    }

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Quickstart.run(new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(printed);

    if (!printed.startsWith("{\n")) {
      problems.add("the output does not start with a JSON document");
    }
    if (!printed.contains("\"actor\": \"actor:bla\"")) {
      problems.add("the document does not name actor:bla as the perpetrator");
    }
    if (!printed.endsWith(
        "}\nRead back equal: true\n0 errors, 0 warnings, 0 info in 2 records\n")) {
      problems.add("the output does not end with the read-back check and an empty report");
    }

    if (!problems.isEmpty()) {
      problems.forEach(
          problem -> System.err.println("QUICKSTART FAILED (" + mode + "): " + problem));
      System.exit(1);
    }
    System.out.println("Quickstart passed on the " + mode.replace('-', ' ') + ": " + io);
  }
}
