package org.sitrep.core.taxonomy;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.WireNamed;

/**
 * The sub-category of an incident: one constant per ACLED sub-event type ({@code sub_event_type}),
 * grouped by {@linkplain #category() category} and in the order of ACLED's codebook.
 *
 * <p>{@link #acledLabel()} is ACLED's label exactly; {@link #wireName()} is the stable
 * lower-kebab-case value of an incident's {@code subCategory} in Sitrep JSON. Wire names are unique
 * across all sub-categories, so a wire name alone identifies the sub-category. ACLED's {@code
 * "Other"} (a strategic development) is {@link #STRATEGIC_DEVELOPMENTS_OTHER}, wire name {@code
 * "strategic-developments-other"}; it is not a catch-all for labels this taxonomy does not know
 * (see the {@linkplain org.sitrep.core.taxonomy package documentation}).
 *
 * <pre>{@code
 * IncidentSubCategory sub = IncidentSubCategory.ofAcledLabel("Air/drone strike");
 * sub.wireName();  // "air-drone-strike"
 * sub.category();  // IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE
 * IncidentSubCategory.findByWireName("air-strike");  // Optional.empty()
 * }</pre>
 */
public enum IncidentSubCategory implements WireNamed {
  /** ACLED "Armed clash" (Battles). */
  ARMED_CLASH(IncidentCategory.BATTLES, "Armed clash", "armed-clash"),
  /** ACLED "Government regains territory" (Battles). */
  GOVERNMENT_REGAINS_TERRITORY(
      IncidentCategory.BATTLES, "Government regains territory", "government-regains-territory"),
  /** ACLED "Non-state actor overtakes territory" (Battles). */
  NON_STATE_ACTOR_OVERTAKES_TERRITORY(
      IncidentCategory.BATTLES,
      "Non-state actor overtakes territory",
      "non-state-actor-overtakes-territory"),

  /** ACLED "Chemical weapon" (Explosions/Remote violence). */
  CHEMICAL_WEAPON(
      IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon", "chemical-weapon"),
  /** ACLED "Air/drone strike" (Explosions/Remote violence). */
  AIR_DRONE_STRIKE(
      IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike", "air-drone-strike"),
  /** ACLED "Suicide bomb" (Explosions/Remote violence). */
  SUICIDE_BOMB(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb", "suicide-bomb"),
  /** ACLED "Shelling/artillery/missile attack" (Explosions/Remote violence). */
  SHELLING_ARTILLERY_MISSILE_ATTACK(
      IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE,
      "Shelling/artillery/missile attack",
      "shelling-artillery-missile-attack"),
  /** ACLED "Remote explosive/landmine/IED" (Explosions/Remote violence). */
  REMOTE_EXPLOSIVE_LANDMINE_IED(
      IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE,
      "Remote explosive/landmine/IED",
      "remote-explosive-landmine-ied"),
  /** ACLED "Grenade" (Explosions/Remote violence). */
  GRENADE(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE, "Grenade", "grenade"),

  /** ACLED "Sexual violence" (Violence against civilians). */
  SEXUAL_VIOLENCE(
      IncidentCategory.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence", "sexual-violence"),
  /** ACLED "Attack" (Violence against civilians). */
  ATTACK(IncidentCategory.VIOLENCE_AGAINST_CIVILIANS, "Attack", "attack"),
  /** ACLED "Abduction/forced disappearance" (Violence against civilians). */
  ABDUCTION_FORCED_DISAPPEARANCE(
      IncidentCategory.VIOLENCE_AGAINST_CIVILIANS,
      "Abduction/forced disappearance",
      "abduction-forced-disappearance"),

  /** ACLED "Peaceful protest" (Protests). */
  PEACEFUL_PROTEST(IncidentCategory.PROTESTS, "Peaceful protest", "peaceful-protest"),
  /** ACLED "Protest with intervention" (Protests). */
  PROTEST_WITH_INTERVENTION(
      IncidentCategory.PROTESTS, "Protest with intervention", "protest-with-intervention"),
  /** ACLED "Excessive force against protesters" (Protests). */
  EXCESSIVE_FORCE_AGAINST_PROTESTERS(
      IncidentCategory.PROTESTS,
      "Excessive force against protesters",
      "excessive-force-against-protesters"),

  /** ACLED "Violent demonstration" (Riots). */
  VIOLENT_DEMONSTRATION(IncidentCategory.RIOTS, "Violent demonstration", "violent-demonstration"),
  /** ACLED "Mob violence" (Riots). */
  MOB_VIOLENCE(IncidentCategory.RIOTS, "Mob violence", "mob-violence"),

  /** ACLED "Agreement" (Strategic developments). */
  AGREEMENT(IncidentCategory.STRATEGIC_DEVELOPMENTS, "Agreement", "agreement"),
  /** ACLED "Arrests" (Strategic developments). */
  ARRESTS(IncidentCategory.STRATEGIC_DEVELOPMENTS, "Arrests", "arrests"),
  /** ACLED "Change to group/activity" (Strategic developments). */
  CHANGE_TO_GROUP_ACTIVITY(
      IncidentCategory.STRATEGIC_DEVELOPMENTS,
      "Change to group/activity",
      "change-to-group-activity"),
  /** ACLED "Disrupted weapons use" (Strategic developments). */
  DISRUPTED_WEAPONS_USE(
      IncidentCategory.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use", "disrupted-weapons-use"),
  /** ACLED "Headquarters or base established" (Strategic developments). */
  HEADQUARTERS_OR_BASE_ESTABLISHED(
      IncidentCategory.STRATEGIC_DEVELOPMENTS,
      "Headquarters or base established",
      "headquarters-or-base-established"),
  /** ACLED "Looting/property destruction" (Strategic developments). */
  LOOTING_PROPERTY_DESTRUCTION(
      IncidentCategory.STRATEGIC_DEVELOPMENTS,
      "Looting/property destruction",
      "looting-property-destruction"),
  /** ACLED "Non-violent transfer of territory" (Strategic developments). */
  NON_VIOLENT_TRANSFER_OF_TERRITORY(
      IncidentCategory.STRATEGIC_DEVELOPMENTS,
      "Non-violent transfer of territory",
      "non-violent-transfer-of-territory"),
  /**
   * ACLED "Other" (Strategic developments): a strategic development that fits none of ACLED's other
   * sub-event types. Its wire name carries the category so that it is not read as a generic
   * "unknown" value.
   */
  STRATEGIC_DEVELOPMENTS_OTHER(
      IncidentCategory.STRATEGIC_DEVELOPMENTS, "Other", "strategic-developments-other");

  private static final Map<String, IncidentSubCategory> BY_ACLED_LABEL =
      Lookups.index(values(), IncidentSubCategory::acledLabel);

  private final IncidentCategory category;
  private final String acledLabel;
  private final String wireName;

  IncidentSubCategory(IncidentCategory category, String acledLabel, String wireName) {
    this.category = category;
    this.acledLabel = acledLabel;
    this.wireName = wireName;
  }

  /**
   * Returns the category this sub-category belongs to, as ACLED's event type of this sub-event
   * type.
   *
   * @return the category
   */
  public IncidentCategory category() {
    return category;
  }

  /**
   * Returns ACLED's label for this sub-event type, exactly as in ACLED data, e.g. {@code
   * "Shelling/artillery/missile attack"}.
   *
   * @return the ACLED {@code sub_event_type} label
   */
  public String acledLabel() {
    return acledLabel;
  }

  /**
   * Returns the name of this sub-category in Sitrep JSON, in lower-kebab-case, e.g. {@code
   * "shelling-artillery-missile-attack"}. Wire names are part of the format contract and never
   * change.
   *
   * @return the wire name
   */
  @Override
  public String wireName() {
    return wireName;
  }

  /**
   * Finds the sub-category with the given ACLED sub-event type label. Matching is exact and
   * case-sensitive. ACLED's sub-event type labels are unique across event types, so the label alone
   * identifies the sub-category; an importer should still check that {@link #category()} agrees
   * with the row's event type.
   *
   * @param acledLabel an ACLED {@code sub_event_type} value, e.g. {@code "Suicide bomb"}
   * @return the sub-category, or empty if ACLED's taxonomy as known here has no such sub-event type
   * @throws NullPointerException if {@code acledLabel} is null
   */
  public static Optional<IncidentSubCategory> findByAcledLabel(String acledLabel) {
    Objects.requireNonNull(acledLabel, "acledLabel");
    return Optional.ofNullable(BY_ACLED_LABEL.get(acledLabel));
  }

  /**
   * Returns the sub-category with the given ACLED sub-event type label. Matching is exact and
   * case-sensitive.
   *
   * @param acledLabel an ACLED {@code sub_event_type} value, e.g. {@code "Suicide bomb"}
   * @return the sub-category
   * @throws IllegalArgumentException if no sub-category has this label; the message lists the valid
   *     labels
   * @throws NullPointerException if {@code acledLabel} is null
   */
  public static IncidentSubCategory ofAcledLabel(String acledLabel) {
    return findByAcledLabel(acledLabel)
        .orElseThrow(
            () ->
                Lookups.unknown(
                    "ACLED sub-event type", acledLabel, values(), IncidentSubCategory::acledLabel));
  }

  /**
   * Finds the sub-category with the given wire name. Matching is exact and case-sensitive.
   *
   * @param wireName a Sitrep JSON sub-category value, e.g. {@code "suicide-bomb"}
   * @return the sub-category, or empty if no sub-category has this wire name
   * @throws NullPointerException if {@code wireName} is null
   */
  public static Optional<IncidentSubCategory> findByWireName(String wireName) {
    return WireNamed.find(IncidentSubCategory.class, wireName);
  }

  /**
   * Returns the sub-category with the given wire name. Matching is exact and case-sensitive.
   *
   * @param wireName a Sitrep JSON sub-category value, e.g. {@code "suicide-bomb"}
   * @return the sub-category
   * @throws IllegalArgumentException if no sub-category has this wire name; the message lists the
   *     valid wire names
   * @throws NullPointerException if {@code wireName} is null
   */
  public static IncidentSubCategory ofWireName(String wireName) {
    return findByWireName(wireName)
        .orElseThrow(
            () ->
                Lookups.unknown(
                    "incident sub-category", wireName, values(), IncidentSubCategory::wireName));
  }
}
