package org.sitrep.stix;

import static org.sitrep.stix.StixVocabulary.CERTAINTY;
import static org.sitrep.stix.StixVocabulary.EXTENSION_TYPE;
import static org.sitrep.stix.StixVocabulary.PROPERTY;
import static org.sitrep.stix.StixVocabulary.PROPERTY_EXTENSION;
import static org.sitrep.stix.StixVocabulary.RECORD;
import static org.sitrep.stix.StixVocabulary.ROLE;
import static org.sitrep.stix.StixVocabulary.SPEC_VERSION;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.Exercise;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Investment;
import org.sitrep.core.Involvement;
import org.sitrep.core.Operation;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.Source;
import org.sitrep.core.Statement;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.time.Timestamp;

/** Builds the STIX bundle of one dataset; one instance per export. */
final class BundleWriter {

  private final ObjectMapper tree;
  private final ObjectMapper sitrep;
  private final Dataset dataset;
  private final String defaultTime;
  private final Map<Id<?>, String> stixIds = new HashMap<>();
  private final Map<Id<?>, SitrepRecord> byId = new HashMap<>();
  private final Map<String, ObjectNode> locations = new LinkedHashMap<>();
  private final Map<String, ObjectNode> relationships = new LinkedHashMap<>();

  BundleWriter(ObjectMapper tree, ObjectMapper sitrep, Dataset dataset) {
    this.tree = tree;
    this.sitrep = sitrep;
    this.dataset = dataset;
    this.defaultTime = StixVocabulary.timestamp(dataset.asOf());
    for (SitrepRecord record : dataset.records()) {
      stixIds.putIfAbsent(record.id(), stixIdOf(record));
      byId.putIfAbsent(record.id(), record);
    }
  }

  ObjectNode bundle() {
    List<ObjectNode> records = new ArrayList<>();
    for (SitrepRecord record : dataset.records()) {
      records.add(recordObject(record));
    }
    ArrayNode objects = tree.createArrayNode();
    objects.add(producer());
    objects.add(extensionDefinition());
    objects.add(report(records));
    records.forEach(objects::add);
    locations.values().forEach(objects::add);
    relationships.values().forEach(objects::add);
    ObjectNode bundle = tree.createObjectNode();
    bundle.put("type", "bundle");
    bundle.put("id", StixIds.of("bundle", "bundle:" + compact(objects)));
    bundle.set("objects", objects);
    return bundle;
  }

  // ---------------------------------------------------------------- structural objects

  private ObjectNode producer() {
    ObjectNode node =
        object(
            "identity",
            StixIds.PRODUCER,
            StixVocabulary.DEFINITION_TIME,
            StixVocabulary.DEFINITION_TIME);
    node.put("name", "Sitrep");
    node.put("description", "The Sitrep SDK for structured security-situation data.");
    node.put("identity_class", "system");
    return node;
  }

  private ObjectNode extensionDefinition() {
    ObjectNode node = tree.createObjectNode();
    node.put("type", "extension-definition");
    node.put("spec_version", SPEC_VERSION);
    node.put("id", StixIds.EXTENSION_DEFINITION);
    node.put("created_by_ref", StixIds.PRODUCER);
    node.put("created", StixVocabulary.DEFINITION_TIME);
    node.put("modified", StixVocabulary.DEFINITION_TIME);
    node.put("name", "Sitrep record");
    node.put(
        "description",
        "The whole Sitrep record (wire format 1.0) an object was made from, in property "
            + "'sitrep_record', so that nothing is lost: casualty estimates, fuzzy dates, periods, "
            + "certainties, roles. Relationships made from a record name the record property "
            + "('sitrep_property') and the involvement's certainty and role; the report of a "
            + "dataset carries its title and as-of day.");
    node.put("schema", StixVocabulary.SCHEMA_URL);
    node.put("version", "1.0");
    node.putArray("extension_types").add(PROPERTY_EXTENSION);
    return node;
  }

  private ObjectNode report(List<ObjectNode> records) {
    ObjectNode node =
        object(
            "report",
            StixIds.of("report", "dataset:" + dataset.title() + " " + dataset.asOf()),
            defaultTime,
            defaultTime);
    node.put("name", dataset.title());
    node.put("published", defaultTime);
    Set<String> refs = new LinkedHashSet<>();
    records.forEach(r -> refs.add(r.get("id").asText()));
    refs.addAll(locations.keySet().isEmpty() ? List.of() : idsOf(locations.values()));
    refs.addAll(idsOf(relationships.values()));
    refs(node, "object_refs", refs);
    ObjectNode extension = extension(node);
    extension.put(StixVocabulary.VERSION, "1.0");
    extension.put(StixVocabulary.TITLE, dataset.title());
    extension.put(StixVocabulary.AS_OF, dataset.asOf().toString());
    return node;
  }

  // ---------------------------------------------------------------- records

  private ObjectNode recordObject(SitrepRecord record) {
    String id = Objects.requireNonNull(stixIds.get(record.id()), "every record has a STIX id");
    String created = record.created().map(BundleWriter::time).orElse(defaultTime);
    String modified = record.modified().map(BundleWriter::time).orElse(created);
    ObjectNode node = object(StixIds.typeOf(id), id, created, modified);
    if (record instanceof Actor actor) {
      actor(actor, node, StixIds.typeOf(id));
    } else if (record instanceof Incident incident) {
      incident(incident, node, created, modified);
    } else if (record instanceof Operation operation) {
      operation(operation, node, created, modified);
    } else if (record instanceof Exercise exercise) {
      exercise(exercise, node, created, modified);
    } else if (record instanceof Investment investment) {
      investment(investment, node, created, modified);
    } else {
      statement((Statement) record, node);
    }
    if (!record.tags().isEmpty()) {
      ArrayNode labels = node.putArray("labels");
      record.tags().forEach(labels::add);
    }
    record.confidence().ifPresent(c -> node.put("confidence", c.value()));
    externalReferences(record, node);
    extension(node).set(RECORD, recordJson(record));
    return node;
  }

  private void actor(Actor actor, ObjectNode node, String stixType) {
    nameAndDescription(actor, node);
    if (!stixType.equals("identity")) { // threat-actor or intrusion-set
      strings(node, "aliases", actor.aliases());
    } else {
      node.put("identity_class", StixVocabulary.identityClass(actor.kind()));
      StixVocabulary.sector(actor.kind()).ifPresent(s -> node.putArray("sectors").add(s));
    }
  }

  private void incident(Incident incident, ObjectNode node, String created, String modified) {
    nameAndDescription(incident, node);
    String source = node.get("id").asText();
    involvements(
        incident,
        source,
        "perpetrators",
        "attributed-to",
        incident.perpetrators(),
        created,
        modified);
    involvements(incident, source, "targets", "targets", incident.targets(), created, modified);
    incident.place().ifPresent(p -> locatedAt(incident, source, "place", p, created, modified));
  }

  private void operation(Operation operation, ObjectNode node, String created, String modified) {
    nameAndDescription(operation, node);
    String source = node.get("id").asText();
    involvements(
        operation,
        source,
        "conductedBy",
        "attributed-to",
        operation.conductedBy(),
        created,
        modified);
    involvements(operation, source, "against", "targets", operation.against(), created, modified);
    for (int i = 0; i < operation.area().size(); i++) {
      locatedAt(operation, source, "area/" + i, operation.area().get(i), created, modified);
    }
  }

  private void exercise(Exercise exercise, ObjectNode node, String created, String modified) {
    nameAndDescription(exercise, node);
    node.put("context", "unspecified");
    Set<String> refs = new LinkedHashSet<>();
    exercise.participants().forEach(p -> refs.add(reference(p.actor())));
    exercise.host().ifPresent(h -> refs.add(reference(h)));
    exercise.announcedBy().ifPresent(a -> refs.add(reference(a)));
    refs(node, "object_refs", refs);
    String source = node.get("id").asText();
    exercise.place().ifPresent(p -> locatedAt(exercise, source, "place", p, created, modified));
  }

  private void investment(Investment investment, ObjectNode node, String created, String modified) {
    nameAndDescription(investment, node);
    node.put("context", "unspecified");
    Set<String> refs = new LinkedHashSet<>();
    investment.investors().forEach(i -> refs.add(reference(i)));
    investment.host().ifPresent(h -> refs.add(reference(h)));
    investment.partOf().ifPresent(p -> refs.add(reference(p)));
    refs(node, "object_refs", refs);
    String source = node.get("id").asText();
    for (int i = 0; i < investment.assets().size(); i++) {
      locatedAt(investment, source, "assets/" + i, investment.assets().get(i), created, modified);
    }
  }

  private void statement(Statement statement, ObjectNode node) {
    node.put("abstract", statement.name());
    node.put("content", statement.text().or(statement::description).orElse(statement.name()));
    Set<String> authors = new LinkedHashSet<>();
    statement.speaker().map(byId::get).ifPresent(a -> authors.add(a.name()));
    statement.onBehalfOf().map(byId::get).ifPresent(a -> authors.add(a.name()));
    strings(node, "authors", authors);
    Set<String> refs = new LinkedHashSet<>();
    statement.about().forEach(a -> refs.add(reference(a)));
    statement.speaker().ifPresent(s -> refs.add(reference(s)));
    statement.onBehalfOf().ifPresent(s -> refs.add(reference(s)));
    refs(node, "object_refs", refs);
  }

  // ---------------------------------------------------------------- relationships, locations

  private void involvements(
      SitrepRecord record,
      String source,
      String property,
      String type,
      List<Involvement> involvements,
      String created,
      String modified) {
    for (int i = 0; i < involvements.size(); i++) {
      Involvement involvement = involvements.get(i);
      String at = property + "/" + i;
      ObjectNode relationship =
          relationship(record, at, type, source, reference(involvement.actor()), created, modified);
      StixVocabulary.confidence(involvement.certainty())
          .ifPresent(c -> relationship.put("confidence", c));
      ObjectNode extension = extension(relationship);
      extension.put(PROPERTY, at);
      extension.put(CERTAINTY, involvement.certainty().wireName());
      involvement.role().ifPresent(r -> extension.put(ROLE, r));
    }
  }

  private void locatedAt(
      SitrepRecord record, String source, String at, Place place, String created, String modified) {
    Optional<String> location = location(place);
    if (location.isEmpty()) {
      return; // no country and no coordinates: not a valid STIX location; the record keeps it
    }
    ObjectNode relationship =
        relationship(record, at, "located-at", source, location.get(), created, modified);
    extension(relationship).put(PROPERTY, at);
  }

  private ObjectNode relationship(
      SitrepRecord record,
      String at,
      String type,
      String source,
      String target,
      String created,
      String modified) {
    String id = StixIds.of("relationship", record.id() + " " + at);
    ObjectNode node = object("relationship", id, created, modified);
    node.put("relationship_type", type);
    node.put("source_ref", source);
    node.put("target_ref", target);
    relationships.put(id, node);
    return node;
  }

  /** The id of the place's location object, made on first use; empty when STIX cannot hold it. */
  private Optional<String> location(Place place) {
    Optional<Coordinates> coordinates = place.coordinates();
    if (place.country().isEmpty() && coordinates.isEmpty()) {
      return Optional.empty();
    }
    String key =
        String.join(
            "|",
            place.name(),
            text(place.kind().map(Enum::name)),
            text(place.country()),
            text(place.admin1()),
            text(place.admin2()),
            text(place.locality()),
            text(coordinates.map(c -> c.latitude() + "," + c.longitude())));
    String id = StixIds.of("location", "place:" + key);
    if (!locations.containsKey(id)) {
      ObjectNode node = object("location", id, defaultTime, defaultTime);
      node.put("name", place.name());
      coordinates.ifPresent(
          c -> node.put("latitude", c.latitude()).put("longitude", c.longitude()));
      place.country().ifPresent(c -> node.put("country", c));
      place.admin1().ifPresent(a -> node.put("administrative_area", a));
      place.locality().ifPresent(l -> node.put("city", l));
      locations.put(id, node);
    }
    return Optional.of(id);
  }

  // ---------------------------------------------------------------- common parts

  private ObjectNode object(String type, String id, String created, String modified) {
    ObjectNode node = tree.createObjectNode();
    node.put("type", type);
    node.put("spec_version", SPEC_VERSION);
    node.put("id", id);
    node.put("created", created);
    node.put("modified", modified);
    return node;
  }

  private static void nameAndDescription(SitrepRecord record, ObjectNode node) {
    node.put("name", record.name());
    record.description().ifPresent(d -> node.put("description", d));
  }

  private void externalReferences(SitrepRecord record, ObjectNode node) {
    ArrayNode references = tree.createArrayNode();
    for (Source source : record.sources()) {
      ObjectNode reference = references.addObject();
      reference.put(
          "source_name", source.publisher().or(source::title).or(source::url).orElse("source"));
      List<String> parts = new ArrayList<>();
      source.title().ifPresent(parts::add);
      source.published().ifPresent(p -> parts.add("published " + p));
      source.quote().ifPresent(q -> parts.add("\"" + q + "\""));
      if (!parts.isEmpty() || source.url().isEmpty()) {
        reference.put("description", parts.isEmpty() ? "source" : String.join(", ", parts));
      }
      source.url().ifPresent(u -> reference.put("url", u));
    }
    record
        .externalIds()
        .forEach(
            (scheme, value) -> {
              if (!scheme.equals("stix")) {
                references.addObject().put("source_name", scheme).put("external_id", value);
              }
            });
    if (!references.isEmpty()) {
      node.set("external_references", references);
    }
  }

  /** The object's Sitrep extension, created on first use under {@code extensions}. */
  private ObjectNode extension(ObjectNode node) {
    ObjectNode extensions =
        node.has("extensions") ? (ObjectNode) node.get("extensions") : node.putObject("extensions");
    if (!extensions.has(StixIds.EXTENSION_DEFINITION)) {
      extensions.putObject(StixIds.EXTENSION_DEFINITION).put(EXTENSION_TYPE, PROPERTY_EXTENSION);
    }
    return (ObjectNode) extensions.get(StixIds.EXTENSION_DEFINITION);
  }

  /** The record's Sitrep JSON as a tree whose numbers keep their text. */
  private JsonNode recordJson(SitrepRecord record) {
    try (JsonParser parser = tree.getFactory().createParser(sitrep.writeValueAsString(record))) {
      return TreeReader.read(parser, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String compact(JsonNode node) {
    try {
      return tree.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The STIX id of a referenced record: its object's, or derived from the id when absent. */
  private String reference(Id<?> id) {
    String known = stixIds.get(id);
    return known != null ? known : StixIds.of(StixVocabulary.stixType(id.type()), id.toString());
  }

  /**
   * A record's STIX id: its {@code stix} external id when of a type the record maps to (for an
   * actor any of identity, threat-actor, intrusion-set), else derived from its Sitrep id.
   */
  private static String stixIdOf(SitrepRecord record) {
    String type =
        record instanceof Actor actor
            ? StixVocabulary.stixType(actor.kind())
            : StixVocabulary.stixType(record.type());
    String external = record.externalIds().get("stix");
    if (external != null && StixIds.isIdentifier(external)) {
      String externalType = StixIds.typeOf(external);
      if (externalType.equals(type)
          || (record instanceof Actor && StixVocabulary.ACTOR_TYPES.contains(externalType))) {
        return external;
      }
    }
    return StixIds.of(type, record.id().toString());
  }

  private static String time(Timestamp timestamp) {
    return StixVocabulary.timestamp(timestamp.toInstant());
  }

  private static void refs(ObjectNode node, String property, Set<String> refs) {
    ArrayNode array = node.putArray(property);
    if (refs.isEmpty()) {
      array.add(StixIds.EXTENSION_DEFINITION); // STIX requires one reference at least
    } else {
      refs.forEach(array::add);
    }
  }

  private static void strings(ObjectNode node, String property, Iterable<String> values) {
    if (values.iterator().hasNext()) {
      ArrayNode array = node.putArray(property);
      values.forEach(array::add);
    }
  }

  private static List<String> idsOf(Iterable<ObjectNode> nodes) {
    List<String> ids = new ArrayList<>();
    nodes.forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }
}
