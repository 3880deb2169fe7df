package org.sitrep.io.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schema itself, and what it accepts and refuses, one rule at a time. */
class SitrepSchemaTest {

  private static final String INCIDENT_HEAD =
      "{\"type\":\"incident\",\"id\":\"incident:x\",\"name\":\"X\",\"category\":\"battles\"";

  @Test
  void isValidAgainstTheDraft202012MetaSchema() {
    List<Error> errors = SchemaValidation.validateAgainstMetaSchema();
    assertThat(errors).as(SchemaValidation.describe(errors)).isEmpty();
  }

  @Test
  void namesItsDialectAndId() {
    JsonNode schema = SchemaValidation.tree();
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asText()).isEqualTo(SchemaValidation.ID);
  }

  @Test
  void acceptsADocumentWithOneRecordOfEachType() {
    String document =
        "{\"sitrep\":\"1.0\",\"title\":\"T\",\"asOf\":\"2024-11-20\",\"records\":["
            + "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"},"
            + INCIDENT_HEAD
            + "},"
            + "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"other\"},"
            + "{\"type\":\"exercise\",\"id\":\"exercise:e\",\"name\":\"E\",\"kind\":\"naval\"},"
            + "{\"type\":\"investment\",\"id\":\"investment:i\",\"name\":\"I\",\"kind\":\"loan\"},"
            + "{\"type\":\"statement\",\"id\":\"statement:s\",\"name\":\"S\",\"kind\":\"denial\"}"
            + "]}";
    assertValid(SchemaValidation.validateDocument(document));
  }

  @Test
  void refusesAnotherVersionAndUnknownDocumentProperties() {
    List<Error> errors =
        SchemaValidation.validateDocument(
            "{\"sitrep\":\"2.0\",\"title\":\"T\",\"asOf\":\"2024-11-20\",\"records\":[],"
                + "\"x_note\":1}");
    assertThat(errors)
        .anySatisfy(error -> assertError(error, "/sitrep", "const"))
        .anySatisfy(
            error -> {
              assertError(error, "", "additionalProperties");
              assertThat(error.getMessage()).contains("'x_note'");
            });
  }

  @Test
  void refusesAnAsOfThatIsNotACalendarDay() {
    assertThat(
            SchemaValidation.validateDocument(
                "{\"sitrep\":\"1.0\",\"title\":\"T\",\"asOf\":\"2023-02-29\",\"records\":[]}"))
        .singleElement()
        .satisfies(error -> assertError(error, "/asOf", "pattern"));
  }

  @Test
  void refusesARecordWithoutOrWithAnUnknownType() {
    assertThat(SchemaValidation.validateRecord("{\"id\":\"actor:bla\",\"name\":\"BLA\"}"))
        .singleElement()
        .satisfies(
            error -> {
              assertError(error, "", "required");
              assertThat(error.getMessage()).contains("'type'");
            });
    assertThat(SchemaValidation.validateRecord("{\"type\":\"event\",\"id\":\"event:x\"}"))
        .singleElement()
        .satisfies(error -> assertError(error, "/type", "enum"));
  }

  @Test
  void refusesAnIdOfAnotherKindAndATypedReferenceOfTheWrongKind() {
    List<Error> errors =
        SchemaValidation.validateRecord(
            "{\"type\":\"actor\",\"id\":\"incident:bla\",\"name\":\"BLA\",\"kind\":\"person\","
                + "\"parent\":\"incident:x\"}");
    assertThat(errors)
        .anySatisfy(error -> assertPattern(error, "/id", "^actor:"))
        .anySatisfy(error -> assertPattern(error, "/parent", "^actor:"));
  }

  @Test
  void refusesMalformedSlugs() {
    for (String id :
        List.of("actor:", "actor:-bla", "actor:BLA", "actor:bla bla", "actor:" + "a".repeat(129))) {
      assertThat(
              SchemaValidation.validateRecord(
                  "{\"type\":\"actor\",\"id\":\"" + id + "\",\"name\":\"N\",\"kind\":\"person\"}"))
          .as(id)
          .singleElement()
          .satisfies(error -> assertError(error, "/id", "pattern"));
    }
    assertValid(
        SchemaValidation.validateRecord(
            "{\"type\":\"actor\",\"id\":\"actor:"
                + "a".repeat(128)
                + "\",\"name\":\"N\","
                + "\"kind\":\"person\"}"));
  }

  @Test
  void statementsAreAboutRecordsOfAnyType() {
    assertValid(
        SchemaValidation.validateRecord(
            "{\"type\":\"statement\",\"id\":\"statement:s\",\"name\":\"S\",\"kind\":\"statement\","
                + "\"about\":[\"operation:o\",\"actor:bla\",\"incident:x\"]}"));
    assertThat(
            SchemaValidation.validateRecord(
                "{\"type\":\"statement\",\"id\":\"statement:s\",\"name\":\"S\","
                    + "\"kind\":\"statement\",\"about\":[\"event:x\"]}"))
        .anySatisfy(error -> assertError(error, "/about/0", "pattern"));
  }

  @Test
  void refusesASubCategoryOfAnotherCategory() {
    assertValid(
        SchemaValidation.validateRecord(
            INCIDENT_HEAD.replace("battles", "explosions-remote-violence")
                + ",\"subCategory\":\"suicide-bomb\"}"));
    assertThat(
            SchemaValidation.validateRecord(INCIDENT_HEAD + ",\"subCategory\":\"suicide-bomb\"}"))
        .singleElement()
        .satisfies(
            error -> {
              assertError(error, "/subCategory", "enum");
              assertThat(error.getMessage()).contains("armed-clash").doesNotContain("grenade");
            });
  }

  @Test
  void nullStandsForAnAbsentOptionalProperty() {
    assertValid(
        SchemaValidation.validateRecord(
            INCIDENT_HEAD
                + ",\"description\":null,\"subCategory\":null,\"date\":null,\"place\":null,"
                + "\"perpetrators\":null,\"casualties\":{\"killed\":{\"best\":2,\"low\":null},"
                + "\"injured\":null,\"perpetratorsIncluded\":null},\"suicide\":null,"
                + "\"claimedBy\":null,\"sources\":null,\"confidence\":null,\"tags\":null,"
                + "\"externalIds\":null,\"created\":null,\"modified\":null}"));
  }

  @Test
  void nullIsRefusedForRequiredPropertiesAndInsideArrays() {
    assertThat(
            SchemaValidation.validateRecord(
                "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":null,\"kind\":\"person\","
                    + "\"aliases\":[null]}"))
        .anySatisfy(error -> assertError(error, "/name", "type"))
        .anySatisfy(error -> assertError(error, "/aliases/0", "type"));
  }

  @Test
  void refusesABlankName() {
    assertThat(
            SchemaValidation.validateRecord(
                "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\" \\t\",\"kind\":\"person\"}"))
        .singleElement()
        .satisfies(error -> assertError(error, "/name", "pattern"));
  }

  @Test
  void extensionsAreAllowedOnRecordsAndExtensibleValues() {
    assertValid(
        SchemaValidation.validateRecord(
            INCIDENT_HEAD
                + ",\"place\":{\"name\":\"Karachi\",\"x_p\":[1,{\"a\":null}]},"
                + "\"perpetrators\":[{\"actor\":\"actor:bla\",\"certainty\":\"claimed\",\"x_i\":1}],"
                + "\"casualties\":{\"killed\":{\"best\":2},\"x_c\":\"c\"},"
                + "\"sources\":[{\"publisher\":\"Reuters\",\"x_s\":null}],\"x_r\":{\"rank\":3}}"));
    assertValid(
        SchemaValidation.validateRecord(
            "{\"type\":\"actor\",\"id\":\"actor:p\",\"name\":\"P\",\"kind\":\"person\","
                + "\"affiliations\":[{\"organisation\":\"actor:o\",\"role\":\"R\",\"x_a\":true}]}"));
  }

  /**
   * Each case: a property, where the object that refuses it sits, and the name refused. A validator
   * also reports that the enclosing optional objects are not {@code null}: optional properties are
   * {@code anyOf} the value and {@code null}.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"casualties\":{\"killed\":{\"best\":2,\"x_e\":1}} | /casualties/killed | x_e",
        "\"casualties\":{\"breakdowns\":[{\"group\":\"g\",\"x_b\":1}]} | /casualties/breakdowns/0 | x_b",
        "\"place\":{\"name\":\"K\",\"coordinates\":{\"latitude\":1,\"longitude\":2,\"x_c\":1}}"
            + " | /place/coordinates | x_c",
        "\"x_\":1 | '' | x_",
        "\"X_upper\":1 | '' | X_upper",
        "\"perpetrator\":[] | '' | perpetrator"
      })
  void refusesExtensionsWhereNoneAreKeptAndUnknownProperties(
      String property, String pointer, String name) {
    assertThat(SchemaValidation.validateRecord(INCIDENT_HEAD + "," + property + "}"))
        .filteredOn(error -> !error.getKeyword().equals("type"))
        .singleElement()
        .satisfies(
            error -> {
              assertError(error, pointer, "additionalProperties");
              assertThat(error.getMessage()).contains("'" + name + "'");
            });
  }

  @Test
  void refusesExtensionsOnLinksAndMoney() {
    assertThat(
            SchemaValidation.validateRecord(
                "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"other\","
                    + "\"triggeredBy\":[{\"target\":\"incident:x\",\"certainty\":\"unknown\","
                    + "\"x_l\":1}]}"))
        .singleElement()
        .satisfies(error -> assertError(error, "/triggeredBy/0", "additionalProperties"));
    assertThat(
            SchemaValidation.validateRecord(
                "{\"type\":\"investment\",\"id\":\"investment:i\",\"name\":\"I\",\"kind\":\"loan\","
                    + "\"value\":{\"amount\":65000000000,\"currency\":\"USD\",\"x_m\":1}}"))
        .anySatisfy(error -> assertError(error, "/value", "additionalProperties"));
  }

  @Test
  void anEstimateNeedsALowABestOrAHigh() {
    assertThat(SchemaValidation.validateRecord(INCIDENT_HEAD + ",\"casualties\":{\"killed\":{}}}"))
        .anySatisfy(error -> assertError(error, "/casualties/killed", "required"));
    assertThat(
            SchemaValidation.validateRecord(
                INCIDENT_HEAD + ",\"casualties\":{\"killed\":{\"best\":null}}}"))
        .anySatisfy(error -> assertError(error, "/casualties/killed", "required"));
    assertValid(
        SchemaValidation.validateRecord(
            INCIDENT_HEAD + ",\"casualties\":{\"killed\":{\"low\":-1,\"high\":-9}}}"));
  }

  @Test
  void confidenceIsAnIntegerFrom0To100() {
    assertValid(SchemaValidation.validateRecord(INCIDENT_HEAD + ",\"confidence\":100}"));
    for (String confidence : List.of("101", "-1", "50.5", "\"high\"")) {
      assertThat(
              SchemaValidation.validateRecord(
                  INCIDENT_HEAD + ",\"confidence\":" + confidence + "}"))
          .as(confidence)
          .anySatisfy(error -> assertThat(error.getInstanceLocation()).hasToString("/confidence"));
    }
  }

  @Test
  void domainsAreKeyedByDomainWithCertainties() {
    String head =
        "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"other\",";
    assertValid(
        SchemaValidation.validateRecord(
            head + "\"domains\":{\"ground\":\"confirmed\",\"air\":\"unknown\"}}"));
    assertThat(SchemaValidation.validateRecord(head + "\"domains\":{\"space\":\"confirmed\"}}"))
        .anySatisfy(error -> assertThat(error.getKeyword()).isEqualTo("propertyNames"));
    assertThat(SchemaValidation.validateRecord(head + "\"domains\":{\"air\":\"maybe\"}}"))
        .anySatisfy(error -> assertError(error, "/domains/air", "enum"));
  }

  @Test
  void anIncidentDateIsAPeriodATimestampOrAFuzzyDate() {
    for (String date :
        List.of("2024-10-06", "2024-10~", "2024-11-21~/2024-12-15~", "2024-10-06T23:00:00+05:00")) {
      assertValid(SchemaValidation.validateRecord(INCIDENT_HEAD + ",\"date\":\"" + date + "\"}"));
    }
    for (String date :
        List.of("2024-10-32", "2024-11-21~/2024-13", "2024-10-06T25:00:00Z", "2024-10-06T23:00")) {
      assertThat(SchemaValidation.validateRecord(INCIDENT_HEAD + ",\"date\":\"" + date + "\"}"))
          .as(date)
          .anySatisfy(error -> assertError(error, "/date", "pattern"));
    }
  }

  @Test
  void announcedIsAFuzzyDateAndCreatedATimestamp() {
    String head = "{\"type\":\"exercise\",\"id\":\"exercise:e\",\"name\":\"E\",\"kind\":\"naval\",";
    assertThat(SchemaValidation.validateRecord(head + "\"announced\":\"2024-11-19/2024-11-20\"}"))
        .anySatisfy(error -> assertError(error, "/announced", "pattern"));
    assertThat(SchemaValidation.validateRecord(head + "\"created\":\"2024-11-19\"}"))
        .anySatisfy(error -> assertError(error, "/created", "pattern"));
    assertValid(
        SchemaValidation.validateRecord(
            head
                + "\"announced\":\"2024-11-19\",\"period\":\"2024-11-21~/2024-12-15~\","
                + "\"created\":\"2024-11-20T04:30:00Z\"}"));
  }

  private static void assertValid(List<Error> errors) {
    assertThat(errors).as(SchemaValidation.describe(errors)).isEmpty();
  }

  private static void assertError(Error error, String pointer, String keyword) {
    assertThat(error.getInstanceLocation()).as(error.toString()).hasToString(pointer);
    assertThat(error.getKeyword()).as(error.toString()).isEqualTo(keyword);
  }

  private static void assertPattern(Error error, String pointer, String patternStart) {
    assertError(error, pointer, "pattern");
    assertThat(error.getMessage()).contains(patternStart);
  }
}
