package org.sitrep.stix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Actor;
import org.sitrep.core.Certainty;
import org.sitrep.core.Confidence;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.Operation;
import org.sitrep.core.RecordBuilder;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.Statement;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.Timestamp;

/** Turns the objects of one parsed bundle into a dataset; one instance per import. */
final class BundleReader {

  /** One entry of the bundle's objects with a type and an id. */
  private record Entry(int index, String id, String type, JsonNode node) {}

  /** A record being built from a STIX object without the Sitrep extension. */
  private static final class Native {
    final Id<?> id;
    final Supplier<SitrepRecord> build;
    final Operation.@Nullable Builder operation;
    final Incident.@Nullable Builder incident;
    boolean hasPlace;

    Native(
        Id<?> id,
        Supplier<SitrepRecord> build,
        Operation.@Nullable Builder operation,
        Incident.@Nullable Builder incident) {
      this.id = id;
      this.build = build;
      this.operation = operation;
      this.incident = incident;
    }
  }

  private final ObjectMapper tree;
  private final ObjectMapper sitrep;
  private final LocalDate fallbackAsOf;

  private final List<UnmappedObject> unmapped = new ArrayList<>();
  private final Map<Integer, SitrepRecord> records = new HashMap<>();
  private final Map<Integer, Native> natives = new LinkedHashMap<>();
  private final Map<String, Id<?>> sitrepIds = new HashMap<>();
  private final Map<String, Native> nativesById = new HashMap<>();
  private final Set<String> fromExtension = new HashSet<>();
  private final Map<String, Entry> locations = new HashMap<>();
  private final Set<String> usedLocations = new HashSet<>();
  private @Nullable String title;
  private @Nullable LocalDate asOf;
  private @Nullable LocalDate latestTimestamp;

  BundleReader(ObjectMapper tree, ObjectMapper sitrep, LocalDate fallbackAsOf) {
    this.tree = tree;
    this.sitrep = sitrep;
    this.fallbackAsOf = fallbackAsOf;
  }

  StixImport read(JsonNode objects, @Nullable String bundleId) {
    List<Entry> entries = new ArrayList<>();
    List<Entry> relationships = new ArrayList<>();
    List<Entry> locationEntries = new ArrayList<>();
    int count = objects.size();
    for (int i = 0; i < count; i++) {
      JsonNode node = objects.get(i);
      if (!node.isObject()) {
        unmapped.add(new UnmappedObject(i, "", "", "not a JSON object"));
        continue;
      }
      String type = text(node, "type");
      String id = text(node, "id");
      if (type == null || id == null) {
        unmapped.add(
            new UnmappedObject(
                i,
                id == null ? "" : id,
                type == null ? "" : type,
                type == null && id == null
                    ? "no 'type' and no 'id'"
                    : type == null ? "no 'type'" : "no 'id'"));
        continue;
      }
      Entry entry = new Entry(i, id, type, node);
      noteTimestamp(node);
      if (type.equals("relationship")) {
        relationships.add(entry);
      } else if (type.equals("location")) {
        locationEntries.add(entry);
        locations.putIfAbsent(id, entry);
      } else {
        entries.add(entry);
      }
    }
    for (Entry entry : entries) {
      object(entry);
    }
    for (Entry entry : relationships) {
      relationship(entry);
    }
    for (Entry entry : locationEntries) {
      if (!usedLocations.contains(entry.id)) {
        unmapped.add(
            new UnmappedObject(
                entry.index,
                entry.id,
                entry.type,
                "a location that no mapped object is located at"));
      }
    }
    List<Integer> order = new ArrayList<>(records.keySet());
    for (Map.Entry<Integer, Native> pending : natives.entrySet()) {
      try {
        records.put(pending.getKey(), pending.getValue().build.get());
        order.add(pending.getKey());
      } catch (RuntimeException e) {
        Entry entry = entryAt(entries, pending.getKey());
        unmapped.add(
            new UnmappedObject(
                entry.index,
                entry.id,
                entry.type,
                "cannot build a Sitrep record: " + e.getMessage()));
      }
    }
    order.sort(Integer::compare);
    List<SitrepRecord> inOrder = new ArrayList<>();
    order.forEach(i -> inOrder.add(records.get(i)));
    unmapped.sort((a, b) -> Integer.compare(a.index(), b.index()));
    Dataset dataset =
        Dataset.of(
            title != null ? title : "STIX " + (bundleId == null ? "bundle" : bundleId),
            asOf != null ? asOf : latestTimestamp != null ? latestTimestamp : fallbackAsOf,
            inOrder);
    return new StixImport(dataset, count, unmapped);
  }

  // ---------------------------------------------------------------- objects

  private void object(Entry entry) {
    JsonNode extension = entry.node.path("extensions").path(StixIds.EXTENSION_DEFINITION);
    if (entry.id.equals(StixIds.EXTENSION_DEFINITION) || entry.id.equals(StixIds.PRODUCER)) {
      return; // Sitrep's own extension definition and its creator
    }
    if (extension.has(StixVocabulary.RECORD)) {
      fromSitrepExtension(entry, extension.get(StixVocabulary.RECORD));
      return;
    }
    if (entry.type.equals("report") && extension.has(StixVocabulary.AS_OF)) {
      try {
        asOf = LocalDate.parse(extension.path(StixVocabulary.AS_OF).asText());
        title = extension.path(StixVocabulary.TITLE).asText(text(entry.node, "name"));
      } catch (DateTimeParseException e) {
        unmapped(entry, "the Sitrep report's as_of is not a day: " + e.getMessage());
      }
      return;
    }
    String name = text(entry.node, "name");
    switch (entry.type) {
      case "identity", "threat-actor", "intrusion-set" -> named(entry, name, this::actor);
      case "campaign" -> named(entry, name, this::campaign);
      case "incident" -> named(entry, name, this::incident);
      case "note" -> note(entry);
      case "report" -> {
        if (title == null && name != null) {
          title = name;
          return; // the dataset's title
        }
        unmapped(
            entry,
            "a report is a container of other objects; only the first report's name "
                + "is kept, as the dataset's title");
      }
      case "marking-definition" -> unmapped(entry, "data markings are not kept by Sitrep");
      case "extension-definition" ->
          unmapped(
              entry, "an extension definition other than Sitrep's; its extensions are not kept");
      default -> unmapped(entry, "Sitrep has no record type for STIX type '" + entry.type + "'");
    }
  }

  private void fromSitrepExtension(Entry entry, JsonNode json) {
    try {
      SitrepRecord record = sitrep.readValue(tree.writeValueAsString(json), SitrepRecord.class);
      records.put(entry.index, record);
      sitrepIds.putIfAbsent(entry.id, record.id());
      fromExtension.add(entry.id);
    } catch (JsonProcessingException e) {
      unmapped(entry, "its Sitrep record cannot be read: " + firstLine(e.getOriginalMessage()));
    }
  }

  private void actor(Entry entry, String name) {
    Id<Actor> id = Id.actor(slug(entry.id));
    Actor.Builder actor = Actor.builder().id(id).name(name).kind(actorKind(entry));
    if (!entry.type.equals("identity")) {
      actor.addTag("stix:" + entry.type);
    }
    for (JsonNode alias : entry.node.path("aliases")) {
      if (alias.isTextual()) {
        actor.addAlias(alias.asText());
      }
    }
    common(entry, actor);
    pending(entry, new Native(id, actor::build, null, null));
  }

  private static Actor.Kind actorKind(Entry entry) {
    if (!entry.type.equals("identity")) {
      return Actor.Kind.OTHER; // a threat actor may be a state, an army, a gang or a person
    }
    String identityClass = entry.node.path("identity_class").asText("");
    return switch (identityClass) {
      case "individual" -> Actor.Kind.PERSON;
      case "group", "class" -> Actor.Kind.CIVILIAN_GROUP;
      default -> Actor.Kind.OTHER;
    };
  }

  private void campaign(Entry entry, String name) {
    Id<Operation> id = Id.operation(slug(entry.id));
    Operation.Builder operation = Operation.builder().id(id).name(name).kind(Operation.Kind.OTHER);
    common(entry, operation);
    pending(entry, new Native(id, operation::build, operation, null));
  }

  private void incident(Entry entry, String name) {
    Optional<IncidentCategory> category = Optional.empty();
    for (JsonNode label : entry.node.path("labels")) {
      category =
          IncidentCategory.findByAcledLabel(label.asText())
              .or(() -> IncidentCategory.findByWireName(label.asText()));
      if (category.isPresent()) {
        break;
      }
    }
    if (category.isEmpty()) {
      unmapped(
          entry,
          "a Sitrep incident needs an event category (an ACLED event type) and this "
              + "incident has none among its labels; it is not guessed");
      return;
    }
    Id<Incident> id = Id.incident(slug(entry.id));
    Incident.Builder incident = Incident.builder().id(id).name(name).category(category.get());
    common(entry, incident);
    pending(entry, new Native(id, incident::build, null, incident));
  }

  private void note(Entry entry) {
    String content = text(entry.node, "content");
    if (content == null) {
      unmapped(entry, "a note without 'content'");
      return;
    }
    String name = Optional.ofNullable(text(entry.node, "abstract")).orElse(shorten(content));
    Id<Statement> id = Id.statement(slug(entry.id));
    Statement.Builder statement =
        Statement.builder().id(id).name(name).kind(Statement.Kind.STATEMENT).text(content);
    common(entry, statement);
    List<String> refs = new ArrayList<>();
    entry.node.path("object_refs").forEach(r -> refs.add(r.asText()));
    pending(
        entry,
        new Native(
            id,
            () -> {
              for (String ref : refs) {
                Id<?> about = sitrepIds.get(ref);
                if (about != null) {
                  statement.addAbout(about);
                }
              }
              return statement.build();
            },
            null,
            null));
  }

  private void common(Entry entry, RecordBuilder<?> builder) {
    JsonNode node = entry.node;
    String description = text(node, "description");
    if (description != null) {
      builder.description(description);
    }
    JsonNode confidence = node.path("confidence");
    if (confidence.isInt() && confidence.asInt() >= 0 && confidence.asInt() <= 100) {
      builder.confidence(Confidence.of(confidence.asInt()));
    }
    for (JsonNode label : node.path("labels")) {
      if (label.isTextual() && !label.asText().isBlank()) {
        builder.addTag(label.asText());
      }
    }
    timestamp(node, "created").ifPresent(builder::created);
    timestamp(node, "modified").ifPresent(builder::modified);
    builder.putExternalId("stix", entry.id);
    for (JsonNode reference : node.path("external_references")) {
      String sourceName = text(reference, "source_name");
      String externalId = text(reference, "external_id");
      if (sourceName == null) {
        continue;
      }
      if (externalId != null && !sourceName.equals("stix")) {
        builder.putExternalId(sourceName, externalId);
      } else {
        Source.Builder source = Source.builder().publisher(sourceName);
        Optional.ofNullable(text(reference, "description")).ifPresent(source::title);
        Optional.ofNullable(text(reference, "url")).ifPresent(source::url);
        builder.addSource(source.build());
      }
    }
  }

  private void pending(Entry entry, Native record) {
    natives.put(entry.index, record);
    nativesById.putIfAbsent(entry.id, record);
    sitrepIds.putIfAbsent(entry.id, record.id);
  }

  // ---------------------------------------------------------------- relationships

  private void relationship(Entry entry) {
    String type = Optional.ofNullable(text(entry.node, "relationship_type")).orElse("");
    String source = Optional.ofNullable(text(entry.node, "source_ref")).orElse("");
    String target = Optional.ofNullable(text(entry.node, "target_ref")).orElse("");
    JsonNode extension = entry.node.path("extensions").path(StixIds.EXTENSION_DEFINITION);
    if (fromExtension.contains(source)) {
      if (extension.has(StixVocabulary.PROPERTY)) {
        if (type.equals("located-at")) {
          usedLocations.add(target);
        }
        return; // made from the record, which came back whole
      }
      unmapped(
          entry,
          "its source came back whole from its Sitrep extension; relationships "
              + "added outside Sitrep are not merged into it");
      return;
    }
    Native from = nativesById.get(source);
    if (from == null) {
      unmapped(entry, "'" + type + "' from " + source + ", which did not map to a record");
      return;
    }
    Certainty certainty = certainty(extension, type);
    if (type.equals("located-at")) {
      Entry location = locations.get(target);
      if (location == null) {
        unmapped(entry, "'located-at' a target that is not a location in this bundle");
        return;
      }
      Optional<Place> place = place(location.node);
      if (place.isEmpty()) {
        unmapped(entry, "'located-at' a location without a name, region or country");
      } else if (from.operation != null) {
        from.operation.addArea(place.get());
        usedLocations.add(target);
      } else if (from.incident != null && !from.hasPlace) {
        from.incident.place(place.get());
        from.hasPlace = true;
        usedLocations.add(target);
      } else {
        unmapped(
            entry,
            "'located-at' from a "
                + StixIds.typeOf(source)
                + ", which holds no (further) place in Sitrep");
      }
      return;
    }
    Id<?> to = sitrepIds.get(target);
    if (to == null || !(to.type() == org.sitrep.core.RecordType.ACTOR)) {
      unmapped(entry, "'" + type + "' to " + target + ", which did not map to an actor");
      return;
    }
    @SuppressWarnings("unchecked")
    Id<Actor> actor = (Id<Actor>) to;
    Involvement involvement = involvement(actor, certainty, extension);
    if (type.equals("attributed-to") && from.incident != null) {
      from.incident.addPerpetrator(involvement);
    } else if (type.equals("targets") && from.incident != null) {
      from.incident.addTarget(involvement);
    } else if (type.equals("attributed-to") && from.operation != null) {
      from.operation.addConductedBy(involvement);
    } else if (type.equals("targets") && from.operation != null) {
      from.operation.addAgainst(involvement);
    } else {
      unmapped(
          entry,
          "'"
              + type
              + "' from a "
              + StixIds.typeOf(source)
              + " to a "
              + StixIds.typeOf(target)
              + " has no Sitrep counterpart");
    }
  }

  private static Involvement involvement(Id<Actor> actor, Certainty certainty, JsonNode extension) {
    Involvement.Builder builder = Involvement.builder().actor(actor).certainty(certainty);
    String role = text(extension, StixVocabulary.ROLE);
    if (role != null) {
      builder.role(role);
    }
    return builder.build();
  }

  /** The extension's certainty; else attributed-to is attributed and anything else confirmed. */
  private static Certainty certainty(JsonNode extension, String type) {
    String wire = text(extension, StixVocabulary.CERTAINTY);
    for (Certainty certainty : Certainty.values()) {
      if (certainty.wireName().equals(wire)) {
        return certainty;
      }
    }
    return type.equals("attributed-to") ? Certainty.ATTRIBUTED : Certainty.CONFIRMED;
  }

  private static Optional<Place> place(JsonNode location) {
    String name = text(location, "name");
    String country = text(location, "country");
    String region = text(location, "region");
    String city = text(location, "city");
    String admin = text(location, "administrative_area");
    String label =
        name != null
            ? name
            : city != null ? city : admin != null ? admin : country != null ? country : region;
    if (label == null) {
      return Optional.empty();
    }
    Place.Builder place = Place.builder().name(label);
    Optional.ofNullable(country).ifPresent(place::country);
    Optional.ofNullable(admin).ifPresent(place::admin1);
    Optional.ofNullable(city).ifPresent(place::locality);
    JsonNode latitude = location.path("latitude");
    JsonNode longitude = location.path("longitude");
    if (latitude.isNumber() && longitude.isNumber()) {
      place.coordinates(Coordinates.of(latitude.asDouble(), longitude.asDouble()));
    }
    return Optional.of(place.build());
  }

  // ---------------------------------------------------------------- helpers

  /** Maps an object that must have a name, or reports it unmapped when it has none. */
  private void named(Entry entry, @Nullable String name, BiConsumer<Entry, String> map) {
    if (name == null || name.isBlank()) {
      unmapped(entry, "no 'name'");
    } else {
      map.accept(entry, name);
    }
  }

  private void unmapped(Entry entry, String reason) {
    unmapped.add(new UnmappedObject(entry.index, entry.id, entry.type, reason));
  }

  private void noteTimestamp(JsonNode node) {
    for (String property : new String[] {"modified", "created"}) {
      Optional<Timestamp> time = timestamp(node, property);
      if (time.isPresent()) {
        LocalDate day = time.get().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        if (latestTimestamp == null || day.isAfter(latestTimestamp)) {
          latestTimestamp = day;
        }
        return;
      }
    }
  }

  private static Optional<Timestamp> timestamp(JsonNode node, String property) {
    String text = text(node, property);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Timestamp.parse(text));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A Sitrep slug for a STIX id: {@code stix-} and the UUID in lower case. */
  private static String slug(String stixId) {
    int dashes = stixId.indexOf("--");
    String uuid = (dashes < 0 ? stixId : stixId.substring(dashes + 2)).toLowerCase(Locale.ROOT);
    String slug = "stix-" + uuid.replaceAll("[^a-z0-9._-]", "-");
    return slug.length() > Id.MAX_SLUG_LENGTH ? slug.substring(0, Id.MAX_SLUG_LENGTH) : slug;
  }

  private static String shorten(String text) {
    String line = firstLine(text).strip();
    return line.length() <= 80 ? (line.isEmpty() ? "note" : line) : line.substring(0, 79) + "…";
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static Entry entryAt(List<Entry> entries, int index) {
    for (Entry entry : entries) {
      if (entry.index == index) {
        return entry;
      }
    }
    throw new IllegalStateException("no entry at " + index);
  }

  static @Nullable String text(JsonNode node, String property) {
    JsonNode value = node.get(property);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
