package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;

class RecordsTest {

  private static Incident karachi() {
    return Incident.builder()
        .id(Id.incident("2024-10-06-karachi-airport"))
        .name("Suicide bombing outside Jinnah International Airport, Karachi")
        .category(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE)
        .subCategory(IncidentSubCategory.SUICIDE_BOMB)
        .date(FuzzyDate.parse("2024-10-06"))
        .place(
            Place.builder()
                .name("Jinnah International Airport")
                .kind(Place.Kind.SITE)
                .country("PK")
                .locality("Karachi")
                .coordinates(Coordinates.of(24.9065, 67.1608))
                .build())
        .addPerpetrator(Involvement.of(Id.actor("bla"), Certainty.CLAIMED))
        .casualties(
            Casualties.builder()
                .killed(Estimate.of(2))
                .addBreakdown(Casualties.Breakdown.killed("Chinese nationals", 2))
                .build())
        .suicide(true)
        .addClaimedBy(Id.actor("bla"))
        .build();
  }

  @Test
  void builderBuildsAndAccessorsReadBack() {
    Incident incident = karachi();
    assertThat(incident.type()).isEqualTo(RecordType.INCIDENT);
    assertThat(incident.id()).isEqualTo(Id.incident("2024-10-06-karachi-airport"));
    assertThat(incident.perpetrators())
        .extracting(Involvement::certainty)
        .containsExactly(Certainty.CLAIMED);
    assertThat(incident.casualties().orElseThrow().killed().orElseThrow().best()).hasValue(2);
    assertThat(incident.when()).contains(FuzzyDate.parse("2024-10-06"));
    assertThat(incident.sources()).isEmpty();
    assertThat(incident.description()).isEmpty();
  }

  @Test
  void toBuilderChangesACopyAndLeavesTheOriginal() {
    Incident incident = karachi();
    Incident changed = incident.toBuilder().name("Karachi airport bombing").build();
    assertThat(changed.name()).isEqualTo("Karachi airport bombing");
    assertThat(incident.name()).startsWith("Suicide bombing");
    assertThat(changed.id()).isEqualTo(incident.id());
    assertThat(changed).isNotEqualTo(incident);
    assertThat(incident.toBuilder().build()).isEqualTo(incident).hasSameHashCodeAs(incident);
  }

  @Test
  void collectionsAreUnmodifiable() {
    Incident incident = karachi();
    List<Involvement> perpetrators = incident.perpetrators();
    assertThatThrownBy(() -> perpetrators.add(Involvement.confirmed(Id.actor("x"))))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> incident.tags().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void missingRequiredFieldsAreNamedWithTheRecordType() {
    assertThatThrownBy(() -> Actor.builder().id(Id.actor("bla")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot build Actor")
        .hasMessageContaining("name")
        .hasMessageContaining("kind");
  }

  @Test
  void nullsAreRefusedNamingTheRecordTypeAndField() {
    assertThatThrownBy(() -> Incident.builder().name(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Incident.name must not be null");
    assertThatThrownBy(() -> Actor.builder().addAlias((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Actor.aliases element must not be null");
    assertThatThrownBy(() -> Place.builder().putGazetteerId("wikidata", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("Place.gazetteerIds value");
  }

  @Test
  void blankNameIsRefused() {
    assertThatThrownBy(
            () -> Actor.builder().id(Id.actor("x")).name("  ").kind(Actor.Kind.OTHER).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Actor.name must not be blank (id actor:x)");
  }

  @Test
  void subCategoryMustBelongToTheCategory() {
    assertThatThrownBy(() -> karachi().toBuilder().category(IncidentCategory.BATTLES).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("suicide-bomb belongs to explosions-remote-violence, not to battles");
  }

  @Test
  void extensionKeysMustStartWithX() {
    ExtensionValue value = ExtensionValue.ofJson("{\"a\":1}");
    assertThat(karachi().toBuilder().putExtension("x_desk", value).build().extensions())
        .containsEntry("x_desk", value);
    assertThatThrownBy(() -> karachi().toBuilder().putExtension("desk", value).build())
        .hasMessageContaining("key 'desk' must start with 'x_'");
    assertThatThrownBy(() -> Place.builder().name("p").putExtension("x_", value).build())
        .hasMessageContaining("Place.extensions");
  }

  @Test
  void everyRecordTypeBuildsWithItsRequiredFields() {
    List<SitrepRecord> records =
        List.of(
            Actor.builder().id(Id.actor("a")).name("A").kind(Actor.Kind.STATE).build(),
            karachi(),
            Operation.builder()
                .id(Id.operation("o"))
                .name("O")
                .kind(Operation.Kind.MILITARY_OFFENSIVE)
                .putDomain(Operation.Domain.AIR, Certainty.UNKNOWN)
                .addTriggeredBy(Link.of(Id.incident("i"), Certainty.UNKNOWN))
                .build(),
            Exercise.builder()
                .id(Id.exercise("e"))
                .name("E")
                .kind(Exercise.Kind.COUNTER_TERRORISM)
                .period(Period.parse("2024-11-21~/2024-12-15~"))
                .build(),
            Investment.builder()
                .id(Id.investment("cpec"))
                .name("CPEC")
                .kind(Investment.Kind.PROGRAMME)
                .value(Money.approximately(new BigDecimal("65000000000"), "USD"))
                .build(),
            Statement.builder()
                .id(Id.statement("s"))
                .name("S")
                .kind(Statement.Kind.NO_COMMENT)
                .addAbout(Id.operation("o"))
                .build());
    assertThat(records).extracting(SitrepRecord::type).containsExactly(RecordType.values());
    assertThat(records).allSatisfy(r -> assertThat(r.id().type()).isEqualTo(r.type()));
    assertThat(((Exercise) records.get(3)).joint()).isFalse();
    assertThat(((Statement) records.get(5)).quoted()).isFalse();
  }

  private static <B extends RecordBuilder<B>> B common(B builder) {
    return builder
        .name("Shared")
        .description("set through RecordBuilder")
        .addSource(Source.builder().publisher("Reuters").build())
        .confidence(Confidence.of(70))
        .addTag("cpec")
        .putExternalId("wikidata", "Q1")
        .created(org.sitrep.core.time.Timestamp.parse("2024-11-20T10:00:00Z"))
        .modified(org.sitrep.core.time.Timestamp.parse("2024-11-20T11:00:00Z"))
        .putExtension("x_desk", ExtensionValue.ofString("asia"));
  }

  @Test
  void everyRecordBuilderSetsTheCommonFieldsThroughOneInterface() {
    List<SitrepRecord> records =
        List.of(
            common(Actor.builder()).id(Id.actor("a")).kind(Actor.Kind.STATE).build(),
            common(Incident.builder())
                .id(Id.incident("i"))
                .category(IncidentCategory.BATTLES)
                .build(),
            common(Operation.builder()).id(Id.operation("o")).kind(Operation.Kind.OTHER).build(),
            common(Exercise.builder()).id(Id.exercise("e")).kind(Exercise.Kind.OTHER).build(),
            common(Investment.builder()).id(Id.investment("v")).kind(Investment.Kind.OTHER).build(),
            common(Statement.builder())
                .id(Id.statement("s"))
                .kind(Statement.Kind.STATEMENT)
                .build());
    assertThat(records)
        .allSatisfy(
            r -> {
              assertThat(r.name()).isEqualTo("Shared");
              assertThat(r.description()).contains("set through RecordBuilder");
              assertThat(r.sources()).hasSize(1);
              assertThat(r.confidence()).contains(Confidence.of(70));
              assertThat(r.tags()).containsExactly("cpec");
              assertThat(r.externalIds()).containsEntry("wikidata", "Q1");
              assertThat(r.created()).isPresent();
              assertThat(r.modified()).isPresent();
              assertThat(r.extensions()).containsKey("x_desk");
            });
  }

  @Test
  void recordTypesMapBothWays() {
    for (RecordType type : RecordType.values()) {
      assertThat(RecordType.findByWireName(type.wireName())).contains(type);
      assertThat(RecordType.of(type.javaType())).isEqualTo(type);
    }
    assertThat(RecordType.findByWireName("event")).isEmpty();
  }

  @Test
  void confidenceIsTheStixScale() {
    assertThat(Confidence.of(0).stixLabel()).isEqualTo("None");
    assertThat(Confidence.of(29).stixLabel()).isEqualTo("Low");
    assertThat(Confidence.of(30).stixLabel()).isEqualTo("Med");
    assertThat(Confidence.of(70).stixLabel()).isEqualTo("High");
    assertThatThrownBy(() -> Confidence.of(101)).hasMessage("confidence must be 0-100, was 101");
  }

  @Test
  void moneyKeepsTheCodeAndKnowsTheCurrency() {
    Money cpec = Money.approximately(new BigDecimal("65000000000"), "USD");
    assertThat(cpec.currency())
        .hasValueSatisfying(c -> assertThat(c.getCurrencyCode()).isEqualTo("USD"));
    assertThat(Money.of(BigDecimal.ONE, "XYZ").currency()).isEmpty();
    assertThat(cpec.amount()).isEqualByComparingTo("6.5E10");
  }

  @Test
  void estimatesKeepAbsentPartsAbsent() {
    Estimate best = Estimate.of(2);
    assertThat(best.low()).isEmpty();
    assertThat(best.best()).hasValue(2);
    assertThat(best.central()).isEqualTo(2);
    assertThat(Estimate.range(10, 15).central()).isEqualTo(10);
    assertThat(Estimate.of(10, 12, 15)).hasToString("Estimate{low=10, best=12, high=15}");
    assertThat(Estimate.of(1, 2, 3)).isEqualTo(Estimate.of(1, 2, 3)).isNotEqualTo(Estimate.of(2));
  }

  @Test
  void extensionStringsAreEscaped() {
    assertThat(ExtensionValue.ofString("a \"b\"\n").json()).isEqualTo("\"a \\\"b\\\"\\n\"");
    assertThat(ExtensionValue.ofJson("null")).isSameAs(ExtensionValue.NULL);
  }

  @Test
  void wireNamedLooksUpConstants() {
    assertThat(WireNamed.find(Actor.Kind.class, "armed-group")).contains(Actor.Kind.ARMED_GROUP);
    assertThat(WireNamed.find(Certainty.class, "maybe")).isEmpty();
  }
}
