package org.sitrep.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.core.Dataset;
import org.sitrep.io.GeoJson;
import org.sitrep.io.GeoJsonResult;
import org.sitrep.io.SitrepJson;
import org.sitrep.samples.briefing.Briefing;
import org.sitrep.samples.scenario.BalochistanScenario;
import org.sitrep.stix.SitrepStix;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * The samples' main program: builds the founding scenario ({@link BalochistanScenario}, the Reuters
 * report of 20 November 2024 on Pakistan's planned offensive in Balochistan) with the public API,
 * prints a {@link Briefing} of it — a timeline, the actors and how they are involved, the questions
 * the article leaves open — and what {@link Validator#defaults()} finds in it, then writes it as a
 * JSON document, and beside it as a STIX 2.1 bundle ({@code .stix.json}, for OpenCTI, MISP or a
 * TAXII server) and as GeoJSON ({@code .geojson}, for QGIS, Leaflet or kepler.gl).
 *
 * <p>The document goes to the file named by the one optional argument, else to {@value
 * #DEFAULT_OUTPUT} under the working directory; the {@code -Dbrief} build passes {@code
 * samples/target/balochistan-2024.json}, so the bundle is {@code balochistan-2024.stix.json} and
 * the GeoJSON {@code balochistan-2024.geojson} in the same directory. Missing directories are
 * created; each file is written through a temporary file beside it and moved into place.
 *
 * <pre>{@code
 * BuildAndBrief.run(new String[] {"out/balochistan-2024.json"}, System.out);
 * }</pre>
 */
public final class BuildAndBrief {

  /** Where the JSON document goes when no argument names a file. */
  public static final String DEFAULT_OUTPUT = "target/balochistan-2024.json";

  private BuildAndBrief() {}

  /**
   * Runs the program; exits with status 2 and a usage line on standard error when given more than
   * one argument.
   *
   * @param args nothing, or the path of the JSON document to write
   * @throws IOException when the document cannot be written
   */
  public static void main(String[] args) throws IOException {
    try {
      run(args, System.out);
    } catch (IllegalArgumentException badArguments) {
      System.err.println(badArguments.getMessage());
      System.err.println("usage: BuildAndBrief [json-output-file]");
      System.exit(2);
    }
  }

  /**
   * Builds the scenario, prints its briefing and validation report to {@code out}, writes the
   * scenario's JSON document and prints where.
   *
   * @param args nothing, or the path of the JSON document to write
   * @param out where to print
   * @return the absolute path of the document written
   * @throws IOException when the document cannot be written
   * @throws IllegalArgumentException when given more than one argument
   */
  public static Path run(String[] args, PrintStream out) throws IOException {
    if (args.length > 1) {
      throw new IllegalArgumentException(
          "Expected at most one argument, the JSON output file; got " + args.length);
    }
    Dataset scenario = BalochistanScenario.dataset();
    new Briefing(scenario).printTo(out);

    ValidationReport report = Validator.defaults().validate(scenario);
    out.println();
    out.println("VALIDATION");
    report.toText().lines().forEach(line -> out.println(line.isEmpty() ? "" : "  " + line));

    Path target = Path.of(args.length == 1 ? args[0] : DEFAULT_OUTPUT).toAbsolutePath();
    Files.createDirectories(target.getParent());
    SitrepJson.strict().write(scenario, target);
    out.println();
    out.println("Wrote the " + scenario.size() + " records as JSON to " + target);

    Path bundle = beside(target, ".stix.json");
    SitrepStix.defaults().write(scenario, bundle);
    out.println("Wrote the STIX 2.1 bundle to " + bundle);
    Path geoJson = beside(target, ".geojson");
    GeoJsonResult places = GeoJson.featureCollection().write(scenario, geoJson);
    out.println(
        "Wrote "
            + places.features()
            + " places as GeoJSON to "
            + geoJson
            + " (without coordinates: "
            + String.join(", ", places.placesWithoutCoordinates())
            + ")");
    return target;
  }

  /** {@code dir/name.json} to {@code dir/name<suffix>}. */
  private static Path beside(Path document, String suffix) {
    String name = document.getFileName().toString();
    String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return document.resolveSibling(base + suffix);
  }
}
