package org.sitrep.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentCategoryTest {

  /** The published contract: constant, ACLED label, wire name. Changing a row breaks users. */
  private static final List<Arguments> CONTRACT =
      List.of(
          Arguments.of(IncidentCategory.BATTLES, "Battles", "battles"),
          Arguments.of(
              IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE,
              "Explosions/Remote violence",
              "explosions-remote-violence"),
          Arguments.of(
              IncidentCategory.VIOLENCE_AGAINST_CIVILIANS,
              "Violence against civilians",
              "violence-against-civilians"),
          Arguments.of(IncidentCategory.PROTESTS, "Protests", "protests"),
          Arguments.of(IncidentCategory.RIOTS, "Riots", "riots"),
          Arguments.of(
              IncidentCategory.STRATEGIC_DEVELOPMENTS,
              "Strategic developments",
              "strategic-developments"));

  static Stream<Arguments> contract() {
    return CONTRACT.stream();
  }

  @Test
  void hasAcledsSixEventTypesInCodebookOrder() {
    assertThat(IncidentCategory.values())
        .containsExactly(
            IncidentCategory.BATTLES,
            IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE,
            IncidentCategory.VIOLENCE_AGAINST_CIVILIANS,
            IncidentCategory.PROTESTS,
            IncidentCategory.RIOTS,
            IncidentCategory.STRATEGIC_DEVELOPMENTS);
    assertThat(CONTRACT)
        .extracting(row -> (IncidentCategory) row.get()[0])
        .containsExactly(IncidentCategory.values());
  }

  @ParameterizedTest
  @MethodSource("contract")
  void namesMatchThePublishedContract(IncidentCategory category, String label, String wire) {
    assertThat(category.acledLabel()).isEqualTo(label);
    assertThat(category.wireName()).isEqualTo(wire);
  }

  @ParameterizedTest
  @MethodSource("contract")
  void lookupsRoundTrip(IncidentCategory category, String label, String wire) {
    assertThat(IncidentCategory.findByAcledLabel(label)).contains(category);
    assertThat(IncidentCategory.ofAcledLabel(label)).isSameAs(category);
    assertThat(IncidentCategory.findByWireName(wire)).contains(category);
    assertThat(IncidentCategory.ofWireName(wire)).isSameAs(category);
  }

  @Test
  void subCategoriesAreThoseNamingTheCategoryInCodebookOrder() {
    for (IncidentCategory category : IncidentCategory.values()) {
      assertThat(category.subCategories())
          .as(category.name())
          .isNotEmpty()
          .allSatisfy(sub -> assertThat(sub.category()).isSameAs(category))
          .containsExactlyElementsOf(
              Arrays.stream(IncidentSubCategory.values())
                  .filter(sub -> sub.category() == category)
                  .toList());
    }
    assertThat(Arrays.stream(IncidentCategory.values()).flatMap(c -> c.subCategories().stream()))
        .containsExactly(IncidentSubCategory.values());
  }

  @Test
  void subCategoriesOfExplosionsFollowTheCodebook() {
    assertThat(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE.subCategories())
        .containsExactly(
            IncidentSubCategory.CHEMICAL_WEAPON,
            IncidentSubCategory.AIR_DRONE_STRIKE,
            IncidentSubCategory.SUICIDE_BOMB,
            IncidentSubCategory.SHELLING_ARTILLERY_MISSILE_ATTACK,
            IncidentSubCategory.REMOTE_EXPLOSIVE_LANDMINE_IED,
            IncidentSubCategory.GRENADE);
  }

  @Test
  void subCategoriesCannotBeModified() {
    List<IncidentSubCategory> battles = IncidentCategory.BATTLES.subCategories();
    assertThatThrownBy(() -> battles.add(IncidentSubCategory.GRENADE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "battles", "BATTLES", " Battles", "Strategic Developments", "Explosions"})
  void unknownAcledLabelsAreNotFound(String label) {
    assertThat(IncidentCategory.findByAcledLabel(label)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Battles", "BATTLES", "explosions_remote_violence", "other"})
  void unknownWireNamesAreNotFound(String wire) {
    assertThat(IncidentCategory.findByWireName(wire)).isEmpty();
  }

  @Test
  void ofAcledLabelRejectsAnUnknownLabelListingTheValidOnes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IncidentCategory.ofAcledLabel("Strategic Developments"))
        .withMessage(
            "Unknown ACLED event type \"Strategic Developments\"; expected one of: \"Battles\","
                + " \"Explosions/Remote violence\", \"Violence against civilians\", \"Protests\","
                + " \"Riots\", \"Strategic developments\"");
  }

  @Test
  void ofWireNameRejectsAnUnknownNameListingTheValidOnes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IncidentCategory.ofWireName("battle"))
        .withMessage(
            "Unknown incident category \"battle\"; expected one of: \"battles\","
                + " \"explosions-remote-violence\", \"violence-against-civilians\", \"protests\","
                + " \"riots\", \"strategic-developments\"");
  }

  @Test
  void lookupsRejectNull() {
    assertThatNullPointerException()
        .isThrownBy(() -> IncidentCategory.findByAcledLabel(null))
        .withMessage("acledLabel");
    assertThatNullPointerException()
        .isThrownBy(() -> IncidentCategory.ofAcledLabel(null))
        .withMessage("acledLabel");
    assertThatNullPointerException()
        .isThrownBy(() -> IncidentCategory.findByWireName(null))
        .withMessage("wireName");
    assertThatNullPointerException()
        .isThrownBy(() -> IncidentCategory.ofWireName(null))
        .withMessage("wireName");
  }
}
