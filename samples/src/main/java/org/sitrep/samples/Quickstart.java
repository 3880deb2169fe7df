package org.sitrep.samples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.Actor;
import org.sitrep.core.Certainty;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.Source;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.io.SitrepJson;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * The README's quickstart: builds one incident and the actor it names, writes them as a JSON
 * document, reads it back and validates it. The code between {@code quickstart:begin} and {@code
 * quickstart:end} is the README's code block, word for word; a test keeps the two equal.
 *
 * <pre>{@code
 * Quickstart.run(new String[0], System.out);
 * }</pre>
 */
public final class Quickstart {

  private Quickstart() {}

  /**
   * Runs the program.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(args, System.out);
  }

  /**
   * Builds, writes, reads back and validates the two records, printing the JSON document, whether
   * it read back equal, and the validation report.
   *
   * @param args none
   * @param out where to print
   */
  public static void run(String[] args, PrintStream out) {
    // spotless:off (the README shows this region as written here)
    // quickstart:begin
    // The whole program, imports included: samples/src/main/java/org/sitrep/samples/Quickstart.java
    Actor bla = Actor.builder()
        .id(Id.actor("bla"))
        .name("Baloch Liberation Army")
        .kind(Actor.Kind.ARMED_GROUP)
        .build();
    Incident bombing = Incident.builder()
        .id(Id.incident("2024-10-06-karachi-airport"))
        .name("Suicide bombing outside Karachi's airport")
        .category(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE)
        .date(FuzzyDate.parse("2024-10-06"))
        .place(Place.builder().name("Karachi").country("PK").build())
        .addPerpetrator(Involvement.of(bla.id(), Certainty.CLAIMED))
        .addClaimedBy(bla.id())
        .addSource(Source.builder()
            .publisher("Reuters")
            .published(FuzzyDate.parse("2024-11-20"))
            .build())
        .build();
    Dataset dataset = Dataset.of("Quickstart", LocalDate.of(2024, 11, 20), List.of(bla, bombing));

    String json = SitrepJson.strict().writeString(dataset);  // or write(dataset, path)
    Dataset read = SitrepJson.strict().readDataset(json);     // or readDataset(path)
    ValidationReport report = Validator.defaults().validate(read);

    out.print(json);  // out: System.out, or any PrintStream
    out.println("Read back equal: " + read.equals(dataset));
    out.print(report.toText());  // 0 errors, 0 warnings, 0 info in 2 records
    // quickstart:end
    // spotless:on
  }
}
