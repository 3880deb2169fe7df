package org.sitrep.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Exercise;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.Operation;
import org.sitrep.core.RecordType;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.TimeSpan;
import org.sitrep.core.time.Timestamp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep stats}: counts by record type and incident category, the date span and the most
 * involved actors, in one pass. Memory grows with the number of distinct actors, not records.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Summarise a Sitrep file: records by type, incidents by category, the date span and the"
          + " ten most involved actors. Streams in constant memory per record."
    })
final class StatsCommand implements Callable<Integer> {

  /** How many actors the ranking shows. */
  static final int TOP = 10;

  @Spec CommandSpec spec;

  @ParentCommand SitrepCommand parent;

  @Parameters(paramLabel = "FILE", description = "A document or JSON Lines; - for standard input.")
  String file;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "text (for people, the default) or json (for machines).")
  OutputFormat format;

  @Option(
      names = "--from",
      paramLabel = "json|jsonl|acled|ucdp",
      description =
          "Read FILE as a document (json), JSON Lines (jsonl), an ACLED CSV export (acled) or a"
              + " UCDP GED CSV export (ucdp); by default the content tells.")
  @Nullable DataFormat from;

  private final Map<RecordType, Integer> byType = new EnumMap<>(RecordType.class);
  private final Map<IncidentCategory, Integer> byCategory = new EnumMap<>(IncidentCategory.class);
  private final Map<Id<Actor>, int[]> involvements = new HashMap<>();
  private final Map<Id<Actor>, String> actorNames = new HashMap<>();
  private @Nullable LocalDate earliest;
  private @Nullable LocalDate latest;
  private int total;
  private long rowsRejected;

  @Override
  public Integer call() throws IOException {
    Input input = Input.of(file, parent.stdin());
    try (Records records = Records.open(input, from)) {
      Progress progress = parent.progress(spec.commandLine().getErr(), input);
      try {
        for (SitrepRecord record = records.next(); record != null; record = records.next()) {
          count(record);
          progress.tick();
        }
      } finally {
        progress.done();
      }
      rowsRejected = records.reportRows(spec.commandLine().getErr());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      writeJson(input.label(), out);
    } else {
      writeText(input.label(), out);
    }
    out.flush();
    return rowsRejected > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private void count(SitrepRecord record) {
    total++;
    byType.merge(record.type(), 1, Integer::sum);
    record.when().ifPresent(this::span);
    if (record instanceof Actor actor) {
      actorNames.put(actor.id(), record.name());
    } else if (record instanceof Incident incident) {
      byCategory.merge(incident.category(), 1, Integer::sum);
      involve(incident.perpetrators());
      involve(incident.targets());
    } else if (record instanceof Operation operation) {
      involve(operation.conductedBy());
      involve(operation.against());
      involve(operation.jointWith());
    } else if (record instanceof Exercise exercise) {
      involve(exercise.participants());
    }
  }

  private void span(TimeSpan when) {
    if (when instanceof Timestamp stamp) {
      // the day written, not every day the instant is somewhere
      LocalDate day = stamp.localDay();
      earliest = earliest == null || day.isBefore(earliest) ? day : earliest;
      latest = latest == null || day.isAfter(latest) ? day : latest;
      return;
    }
    when.earliestDay()
        .ifPresent(day -> earliest = earliest == null || day.isBefore(earliest) ? day : earliest);
    when.latestDay()
        .ifPresent(day -> latest = latest == null || day.isAfter(latest) ? day : latest);
  }

  private void involve(List<Involvement> involved) {
    for (Involvement involvement : involved) {
      involvements.computeIfAbsent(involvement.actor(), id -> new int[1])[0]++;
    }
  }

  /** The most involved actors: by count, then by id. */
  private List<Map.Entry<Id<Actor>, int[]>> top() {
    List<Map.Entry<Id<Actor>, int[]>> ranked = new ArrayList<>(involvements.entrySet());
    ranked.sort(
        Comparator.<Map.Entry<Id<Actor>, int[]>>comparingInt(e -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey));
    return ranked.subList(0, Math.min(TOP, ranked.size()));
  }

  private void writeText(String label, PrintWriter out) {
    out.printf("%s: %,d records%n", label, total);
    out.println();
    out.println("Records by type:");
    for (RecordType type : RecordType.values()) {
      out.printf("  %-12s %,10d%n", type.wireName(), byType.getOrDefault(type, 0));
    }
    if (!byCategory.isEmpty()) {
      out.println();
      out.println("Incidents by category:");
      byCategory.forEach(
          (category, count) -> out.printf("  %-28s %,10d%n", category.wireName(), count));
    }
    out.println();
    out.println(
        "Date span: "
            + (earliest == null ? "unknown" : earliest)
            + " to "
            + (latest == null ? "unknown" : latest));
    List<Map.Entry<Id<Actor>, int[]>> top = top();
    if (!top.isEmpty()) {
      out.println();
      out.println("Most involved actors:");
      for (Map.Entry<Id<Actor>, int[]> entry : top) {
        String name = actorNames.get(entry.getKey());
        out.printf(
            "  %,10d  %s%s%n",
            entry.getValue()[0], entry.getKey(), name == null ? "" : "  " + name);
      }
    }
  }

  private void writeJson(String label, PrintWriter out) throws IOException {
    try (JsonGenerator json = ReportJson.generator(out)) {
      json.writeStartObject();
      json.writeStringField("file", label);
      json.writeNumberField("records", total);
      json.writeObjectFieldStart("byType");
      for (RecordType type : RecordType.values()) {
        json.writeNumberField(type.wireName(), byType.getOrDefault(type, 0));
      }
      json.writeEndObject();
      json.writeObjectFieldStart("incidentsByCategory");
      for (Map.Entry<IncidentCategory, Integer> entry : byCategory.entrySet()) {
        json.writeNumberField(entry.getKey().wireName(), entry.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("dateSpan");
      if (earliest != null) {
        json.writeStringField("earliest", earliest.toString());
      }
      if (latest != null) {
        json.writeStringField("latest", latest.toString());
      }
      json.writeEndObject();
      json.writeArrayFieldStart("topActors");
      for (Map.Entry<Id<Actor>, int[]> entry : top()) {
        json.writeStartObject();
        json.writeStringField("actor", entry.getKey().toString());
        String name = actorNames.get(entry.getKey());
        if (name != null) {
          json.writeStringField("name", name);
        }
        json.writeNumberField("involvements", entry.getValue()[0]);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }
}
