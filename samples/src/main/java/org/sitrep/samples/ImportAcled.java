package org.sitrep.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.tabular.AcledCsv;
import org.sitrep.tabular.TabularFormatException;
import org.sitrep.tabular.TabularReader;
import org.sitrep.validation.ValidationReport;
import org.sitrep.validation.Validator;

/**
 * Imports an ACLED export, keeps the events of one country (Pakistan unless told otherwise) and
 * prints a short briefing of them: the rows read, the events by type, the reported fatalities, the
 * most active actors, the deadliest events, and what validation says.
 *
 * <pre>{@code
 * ImportAcled ../shared/data/acledR/acled_old_deletion_dummy_south_asia.csv
 * ImportAcled acled-2024.csv IN
 * }</pre>
 *
 * <p>The file streams through {@link AcledCsv#open(Path)}: only the chosen country's records are
 * held. Exit status: 0 when every row imported, 1 when rows were rejected (they are listed), 2 when
 * the file is not an ACLED export or the arguments are wrong.
 */
public final class ImportAcled {

  private ImportAcled() {}

  /**
   * Runs the program and exits with its status.
   *
   * @param args the ACLED CSV file, and optionally an ISO 3166-1 alpha-2 country code
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out));
  }

  /**
   * Imports {@code args[0]} and prints the briefing of the events in {@code args[1]} (default
   * {@code PK}).
   *
   * @param args the ACLED CSV file, and optionally a country code
   * @param out where to print
   * @return 0 when every row imported, 1 when rows were rejected, 2 on wrong input
   * @throws IOException when the file cannot be read
   */
  public static int run(String[] args, PrintStream out) throws IOException {
    if (args.length < 1 || args.length > 2 || !Files.isRegularFile(Path.of(args[0]))) {
      out.println("usage: ImportAcled <acled-export.csv> [country code, default PK]");
      return 2;
    }
    String country = args.length == 2 ? args[1] : "PK";
    List<Incident> incidents = new ArrayList<>();
    Map<Id<Actor>, Actor> actors = new HashMap<>();
    LocalDate latest = LocalDate.MIN;
    long rowsRead;
    long rejected;
    try (TabularReader reader = AcledCsv.open(Path.of(args[0]))) {
      while (reader.hasNext()) {
        SitrepRecord record = reader.next();
        if (record instanceof Actor actor) {
          actors.put(actor.id(), actor);
        } else if (record instanceof Incident incident
            && incident.place().flatMap(p -> p.country()).filter(country::equals).isPresent()) {
          incidents.add(incident);
          LocalDate day = incident.date().flatMap(TimeSpan::latestDay).orElse(latest);
          latest = day.isAfter(latest) ? day : latest;
        }
      }
      rowsRead = reader.rowsRead();
      rejected = reader.rowsRejected();
      reader.problems().forEach(problem -> out.println("rejected: " + problem));
    } catch (TabularFormatException notAcled) {
      out.println(notAcled.getMessage());
      return 2;
    }
    // the actors the kept incidents name, so that the dataset validates on its own
    List<SitrepRecord> records = new ArrayList<>();
    incidents.stream()
        .flatMap(i -> Stream.concat(i.perpetrators().stream(), i.targets().stream()))
        .map(Involvement::actor)
        .distinct()
        .map(actors::get)
        .forEach(records::add);
    records.addAll(incidents);
    LocalDate asOf = latest.equals(LocalDate.MIN) ? LocalDate.now(ZoneOffset.UTC) : latest;
    Dataset dataset = Dataset.of("ACLED events in " + country, asOf, records);

    out.println(
        args[0]
            + ": "
            + rowsRead
            + " rows read, "
            + rejected
            + " rejected; "
            + incidents.size()
            + " events in "
            + country);
    printBriefing(dataset, out);
    ValidationReport report = Validator.defaults().validate(dataset);
    out.println("Validation: " + report.summary());
    return rejected > 0 ? 1 : 0;
  }

  private static void printBriefing(Dataset dataset, PrintStream out) {
    List<Incident> incidents = dataset.incidents();
    if (incidents.isEmpty()) {
      return;
    }
    LocalDate first = LocalDate.MAX;
    LocalDate last = LocalDate.MIN;
    Map<IncidentCategory, Integer> byCategory = new EnumMap<>(IncidentCategory.class);
    Map<Id<Actor>, Integer> byActor = new HashMap<>();
    long killed = 0;
    for (Incident incident : incidents) {
      LocalDate from = incident.date().flatMap(TimeSpan::earliestDay).orElse(first);
      LocalDate to = incident.date().flatMap(TimeSpan::latestDay).orElse(last);
      first = from.isBefore(first) ? from : first;
      last = to.isAfter(last) ? to : last;
      byCategory.merge(incident.category(), 1, Integer::sum);
      killed += fatalities(incident);
      incident.perpetrators().forEach(i -> byActor.merge(i.actor(), 1, Integer::sum));
      incident.targets().forEach(i -> byActor.merge(i.actor(), 1, Integer::sum));
    }
    out.println("From " + first + " to " + last + "; " + killed + " reported fatalities.");
    out.println("Events by type:");
    byCategory.forEach(
        (category, count) -> out.printf("  %-28s %5d%n", category.acledLabel(), count));
    out.println("Most active actors:");
    byActor.entrySet().stream()
        .sorted(
            Map.Entry.<Id<Actor>, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(5)
        .forEach(
            e ->
                out.printf(
                    "  %-45s %5d events%n",
                    dataset.resolve(e.getKey()).map(Actor::name).orElse(e.getKey().toString()),
                    e.getValue()));
    out.println("Deadliest events:");
    incidents.stream()
        .filter(i -> fatalities(i) > 0)
        .sorted(
            Comparator.comparingInt(ImportAcled::fatalities)
                .reversed()
                .thenComparing(i -> i.id().toString()))
        .limit(3)
        .forEach(
            i ->
                out.println(
                    "  "
                        + i.date().map(Object::toString).orElse("?")
                        + "  "
                        + i.name()
                        + ": "
                        + fatalities(i)
                        + " killed ("
                        + i.externalIds().get("acled")
                        + ")"));
  }

  private static int fatalities(Incident incident) {
    return incident.casualties().flatMap(c -> c.killed()).map(k -> k.best().orElse(0)).orElse(0);
  }
}
