package org.sitrep.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.sitrep.core.taxonomy.IncidentCategory.BATTLES;
import static org.sitrep.core.taxonomy.IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE;
import static org.sitrep.core.taxonomy.IncidentCategory.PROTESTS;
import static org.sitrep.core.taxonomy.IncidentCategory.RIOTS;
import static org.sitrep.core.taxonomy.IncidentCategory.STRATEGIC_DEVELOPMENTS;
import static org.sitrep.core.taxonomy.IncidentCategory.VIOLENCE_AGAINST_CIVILIANS;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentSubCategoryTest {

  /**
   * The published contract: constant, category, ACLED label, wire name, in declaration order.
   * Changing a row breaks users.
   */
  private static final List<Arguments> CONTRACT =
      List.of(
          row(IncidentSubCategory.ARMED_CLASH, BATTLES, "Armed clash", "armed-clash"),
          row(
              IncidentSubCategory.GOVERNMENT_REGAINS_TERRITORY,
              BATTLES,
              "Government regains territory",
              "government-regains-territory"),
          row(
              IncidentSubCategory.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
              BATTLES,
              "Non-state actor overtakes territory",
              "non-state-actor-overtakes-territory"),
          row(
              IncidentSubCategory.CHEMICAL_WEAPON,
              EXPLOSIONS_REMOTE_VIOLENCE,
              "Chemical weapon",
              "chemical-weapon"),
          row(
              IncidentSubCategory.AIR_DRONE_STRIKE,
              EXPLOSIONS_REMOTE_VIOLENCE,
              "Air/drone strike",
              "air-drone-strike"),
          row(
              IncidentSubCategory.SUICIDE_BOMB,
              EXPLOSIONS_REMOTE_VIOLENCE,
              "Suicide bomb",
              "suicide-bomb"),
          row(
              IncidentSubCategory.SHELLING_ARTILLERY_MISSILE_ATTACK,
              EXPLOSIONS_REMOTE_VIOLENCE,
              "Shelling/artillery/missile attack",
              "shelling-artillery-missile-attack"),
          row(
              IncidentSubCategory.REMOTE_EXPLOSIVE_LANDMINE_IED,
              EXPLOSIONS_REMOTE_VIOLENCE,
              "Remote explosive/landmine/IED",
              "remote-explosive-landmine-ied"),
          row(IncidentSubCategory.GRENADE, EXPLOSIONS_REMOTE_VIOLENCE, "Grenade", "grenade"),
          row(
              IncidentSubCategory.SEXUAL_VIOLENCE,
              VIOLENCE_AGAINST_CIVILIANS,
              "Sexual violence",
              "sexual-violence"),
          row(IncidentSubCategory.ATTACK, VIOLENCE_AGAINST_CIVILIANS, "Attack", "attack"),
          row(
              IncidentSubCategory.ABDUCTION_FORCED_DISAPPEARANCE,
              VIOLENCE_AGAINST_CIVILIANS,
              "Abduction/forced disappearance",
              "abduction-forced-disappearance"),
          row(
              IncidentSubCategory.PEACEFUL_PROTEST,
              PROTESTS,
              "Peaceful protest",
              "peaceful-protest"),
          row(
              IncidentSubCategory.PROTEST_WITH_INTERVENTION,
              PROTESTS,
              "Protest with intervention",
              "protest-with-intervention"),
          row(
              IncidentSubCategory.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
              PROTESTS,
              "Excessive force against protesters",
              "excessive-force-against-protesters"),
          row(
              IncidentSubCategory.VIOLENT_DEMONSTRATION,
              RIOTS,
              "Violent demonstration",
              "violent-demonstration"),
          row(IncidentSubCategory.MOB_VIOLENCE, RIOTS, "Mob violence", "mob-violence"),
          row(IncidentSubCategory.AGREEMENT, STRATEGIC_DEVELOPMENTS, "Agreement", "agreement"),
          row(IncidentSubCategory.ARRESTS, STRATEGIC_DEVELOPMENTS, "Arrests", "arrests"),
          row(
              IncidentSubCategory.CHANGE_TO_GROUP_ACTIVITY,
              STRATEGIC_DEVELOPMENTS,
              "Change to group/activity",
              "change-to-group-activity"),
          row(
              IncidentSubCategory.DISRUPTED_WEAPONS_USE,
              STRATEGIC_DEVELOPMENTS,
              "Disrupted weapons use",
              "disrupted-weapons-use"),
          row(
              IncidentSubCategory.HEADQUARTERS_OR_BASE_ESTABLISHED,
              STRATEGIC_DEVELOPMENTS,
              "Headquarters or base established",
              "headquarters-or-base-established"),
          row(
              IncidentSubCategory.LOOTING_PROPERTY_DESTRUCTION,
              STRATEGIC_DEVELOPMENTS,
              "Looting/property destruction",
              "looting-property-destruction"),
          row(
              IncidentSubCategory.NON_VIOLENT_TRANSFER_OF_TERRITORY,
              STRATEGIC_DEVELOPMENTS,
              "Non-violent transfer of territory",
              "non-violent-transfer-of-territory"),
          row(
              IncidentSubCategory.STRATEGIC_DEVELOPMENTS_OTHER,
              STRATEGIC_DEVELOPMENTS,
              "Other",
              "strategic-developments-other"));

  private static Arguments row(
      IncidentSubCategory sub, IncidentCategory category, String label, String wire) {
    return Arguments.of(sub, category, label, wire);
  }

  static Stream<Arguments> contract() {
    return CONTRACT.stream();
  }

  @Test
  void hasAcledsTwentyFiveSubEventTypes() {
    assertThat(IncidentSubCategory.values()).hasSize(25);
    assertThat(CONTRACT)
        .extracting(row -> (IncidentSubCategory) row.get()[0])
        .containsExactly(IncidentSubCategory.values());
  }

  @ParameterizedTest
  @MethodSource("contract")
  void namesAndCategoryMatchThePublishedContract(
      IncidentSubCategory sub, IncidentCategory category, String label, String wire) {
    assertThat(sub.category()).isSameAs(category);
    assertThat(sub.acledLabel()).isEqualTo(label);
    assertThat(sub.wireName()).isEqualTo(wire);
    assertThat(category.subCategories()).contains(sub);
  }

  @ParameterizedTest
  @MethodSource("contract")
  void lookupsRoundTrip(
      IncidentSubCategory sub, IncidentCategory category, String label, String wire) {
    assertThat(IncidentSubCategory.findByAcledLabel(label)).contains(sub);
    assertThat(IncidentSubCategory.ofAcledLabel(label)).isSameAs(sub);
    assertThat(IncidentSubCategory.findByWireName(wire)).contains(sub);
    assertThat(IncidentSubCategory.ofWireName(wire)).isSameAs(sub);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "other",
        "OTHER",
        "Other ",
        "Armed Clash",
        "Excessive force against protestors",
        "Air strike",
        "Battles"
      })
  void unknownAcledLabelsAreNotFound(String label) {
    assertThat(IncidentSubCategory.findByAcledLabel(label)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "other", "Other", "armed_clash", "Armed-clash", "air-strike", "battles"})
  void unknownWireNamesAreNotFound(String wire) {
    assertThat(IncidentSubCategory.findByWireName(wire)).isEmpty();
  }

  @Test
  void ofAcledLabelRejectsAnUnknownLabelListingTheValidOnes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IncidentSubCategory.ofAcledLabel("Air strike"))
        .withMessageStartingWith(
            "Unknown ACLED sub-event type \"Air strike\"; expected one of: \"Armed clash\", ")
        .withMessageContaining("\"Remote explosive/landmine/IED\"")
        .withMessageEndingWith("\"Non-violent transfer of territory\", \"Other\"");
  }

  @Test
  void ofWireNameRejectsAnUnknownNameListingTheValidOnes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IncidentSubCategory.ofWireName("other"))
        .withMessageStartingWith(
            "Unknown incident sub-category \"other\"; expected one of: \"armed-clash\", ")
        .withMessageContaining("\"remote-explosive-landmine-ied\"")
        .withMessageEndingWith(
            "\"non-violent-transfer-of-territory\", \"strategic-developments-other\"");
  }

  @Test
  void lookupsRejectNull() {
    assertThatNullPointerException()
        .isThrownBy(() -> IncidentSubCategory.findByAcledLabel(null))
        .withMessage("acledLabel");
    assertThatNullPointerException()
        .isThrownBy(() -> IncidentSubCategory.ofAcledLabel(null))
        .withMessage("acledLabel");
    assertThatNullPointerException()
        .isThrownBy(() -> IncidentSubCategory.findByWireName(null))
        .withMessage("wireName");
    assertThatNullPointerException()
        .isThrownBy(() -> IncidentSubCategory.ofWireName(null))
        .withMessage("wireName");
  }
}
