package org.sitrep.io.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Certainty;
import org.sitrep.core.Exercise;
import org.sitrep.core.Investment;
import org.sitrep.core.Operation;
import org.sitrep.core.RecordType;
import org.sitrep.core.Statement;
import org.sitrep.core.WireNamed;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.taxonomy.IncidentSubCategory;

/** The schema's enumerations are the core enums' wire names, in declaration order. */
class SchemaEnumsTest {

  private static final JsonNode DEFS = SchemaValidation.tree().get("$defs");

  @Test
  void actorKindIsActorKind() {
    assertThat(schemaEnum("actorKind")).containsExactlyElementsOf(wireNames(Actor.Kind.class));
  }

  @Test
  void operationKindStatusAndDomainAreOperationEnums() {
    assertThat(schemaEnum("operationKind"))
        .containsExactlyElementsOf(wireNames(Operation.Kind.class));
    assertThat(schemaEnum("operationStatus"))
        .containsExactlyElementsOf(wireNames(Operation.Status.class));
    assertThat(schemaEnum("operationDomain"))
        .containsExactlyElementsOf(wireNames(Operation.Domain.class));
  }

  @Test
  void exerciseInvestmentAndStatementKindsAreTheirEnums() {
    assertThat(schemaEnum("exerciseKind"))
        .containsExactlyElementsOf(wireNames(Exercise.Kind.class));
    assertThat(schemaEnum("investmentKind"))
        .containsExactlyElementsOf(wireNames(Investment.Kind.class));
    assertThat(schemaEnum("statementKind"))
        .containsExactlyElementsOf(wireNames(Statement.Kind.class));
  }

  @Test
  void placeKindAndGeoPrecisionArePlaceEnums() {
    assertThat(schemaEnum("placeKind")).containsExactlyElementsOf(wireNames(Place.Kind.class));
    assertThat(schemaEnum("geoPrecision"))
        .containsExactlyElementsOf(wireNames(Place.GeoPrecision.class));
  }

  @Test
  void claimStatusIsClaimStatus() {
    assertThat(schemaEnum("claimStatus"))
        .containsExactlyElementsOf(wireNames(org.sitrep.core.Incident.ClaimStatus.class));
  }

  @Test
  void certaintyIsCertainty() {
    assertThat(schemaEnum("certainty")).containsExactlyElementsOf(wireNames(Certainty.class));
  }

  @Test
  void incidentCategoriesAndSubCategoriesAreTheTaxonomy() {
    assertThat(schemaEnum("incidentCategory"))
        .containsExactlyElementsOf(
            names(Arrays.asList(IncidentCategory.values()), IncidentCategory::wireName));
    assertThat(schemaEnum("incidentSubCategory"))
        .containsExactlyElementsOf(
            names(Arrays.asList(IncidentSubCategory.values()), IncidentSubCategory::wireName));
  }

  @Test
  void eachCategoryAllowsExactlyItsSubCategories() {
    JsonNode rules = DEFS.get("incident").get("allOf");
    assertThat(rules).hasSize(IncidentCategory.values().length);
    for (JsonNode rule : rules) {
      String category = rule.at("/if/properties/category/const").asText();
      IncidentCategory expected =
          IncidentCategory.findByWireName(category)
              .orElseThrow(
                  () -> new AssertionError("the schema names an unknown category " + category));
      List<String> allowed =
          new ArrayList<>(names(expected.subCategories(), IncidentSubCategory::wireName));
      allowed.add(null); // JSON null: no sub-category
      assertThat(texts(rule.at("/then/properties/subCategory/enum")))
          .as("sub-categories of %s", category)
          .containsExactlyElementsOf(allowed);
    }
  }

  @Test
  void recordDispatchCoversEveryRecordType() {
    List<String> types = names(Arrays.asList(RecordType.values()), RecordType::wireName);
    assertThat(texts(DEFS.at("/record/properties/type/enum"))).containsExactlyElementsOf(types);
    List<String> dispatched = new ArrayList<>();
    for (JsonNode branch : DEFS.at("/record/allOf")) {
      String type = branch.at("/if/properties/type/const").asText();
      dispatched.add(type);
      assertThat(branch.at("/then/$ref").asText()).isEqualTo("#/$defs/" + type);
      assertThat(DEFS.at("/" + type + "/properties/type/const").asText()).isEqualTo(type);
      assertThat(DEFS.at("/" + type + "/properties/id/$ref").asText())
          .isEqualTo("#/$defs/" + type + "Id");
      assertThat(DEFS.at("/" + type + "Id/pattern").asText())
          .isEqualTo("^" + type + ":[a-z0-9][a-z0-9._-]{0,127}$");
    }
    assertThat(dispatched).containsExactlyElementsOf(types);
    assertThat(DEFS.at("/anyId/pattern").asText())
        .isEqualTo("^(?:" + String.join("|", types) + "):[a-z0-9][a-z0-9._-]{0,127}$");
  }

  private static List<String> schemaEnum(String def) {
    JsonNode values = DEFS.get(def).get("enum");
    assertThat(values).as("$defs/%s/enum", def).isNotNull();
    return texts(values);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(value -> out.add(value.isNull() ? null : value.asText()));
    return out;
  }

  private static <E extends Enum<E> & WireNamed> List<String> wireNames(Class<E> type) {
    return names(Arrays.asList(type.getEnumConstants()), WireNamed::wireName);
  }

  private static <T> List<String> names(List<T> values, Function<? super T, String> name) {
    List<String> out = new ArrayList<>();
    values.forEach(value -> out.add(name.apply(value)));
    return out;
  }
}
