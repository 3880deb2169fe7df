package org.sitrep.core.taxonomy;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitrep.core.WireNamed;

/**
 * The category of an incident: one constant per ACLED event type ({@code event_type}), in the order
 * of ACLED's codebook.
 *
 * <p>{@link #acledLabel()} is ACLED's label exactly; {@link #wireName()} is the stable
 * lower-kebab-case value of an incident's {@code category} in Sitrep JSON. See the {@linkplain
 * org.sitrep.core.taxonomy package documentation} for how unknown labels are handled.
 *
 * <pre>{@code
 * IncidentCategory category = IncidentCategory.ofAcledLabel("Explosions/Remote violence");
 * category.wireName();       // "explosions-remote-violence"
 * category.subCategories();  // [CHEMICAL_WEAPON, AIR_DRONE_STRIKE, SUICIDE_BOMB, ...]
 * }</pre>
 */
public enum IncidentCategory implements WireNamed {
  /** ACLED "Battles": violent interactions between two organised armed groups. */
  BATTLES("Battles", "battles"),
  /** ACLED "Explosions/Remote violence": one-sided violence by explosives or remote means. */
  EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence", "explosions-remote-violence"),
  /** ACLED "Violence against civilians": violence by an organised armed group on civilians. */
  VIOLENCE_AGAINST_CIVILIANS("Violence against civilians", "violence-against-civilians"),
  /** ACLED "Protests": public demonstrations in which the demonstrators are not violent. */
  PROTESTS("Protests", "protests"),
  /** ACLED "Riots": violent events in which demonstrators or mobs engage in violence. */
  RIOTS("Riots", "riots"),
  /** ACLED "Strategic developments": significant events that are neither violence nor protest. */
  STRATEGIC_DEVELOPMENTS("Strategic developments", "strategic-developments");

  private static final Map<String, IncidentCategory> BY_ACLED_LABEL =
      Lookups.index(values(), IncidentCategory::acledLabel);

  private final String acledLabel;
  private final String wireName;

  IncidentCategory(String acledLabel, String wireName) {
    this.acledLabel = acledLabel;
    this.wireName = wireName;
  }

  /**
   * Returns ACLED's label for this event type, exactly as in ACLED data, e.g. {@code
   * "Explosions/Remote violence"}.
   *
   * @return the ACLED {@code event_type} label
   */
  public String acledLabel() {
    return acledLabel;
  }

  /**
   * Returns the name of this category in Sitrep JSON, in lower-kebab-case, e.g. {@code
   * "explosions-remote-violence"}. Wire names are part of the format contract and never change.
   *
   * @return the wire name
   */
  @Override
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the sub-categories of this category, in the order of ACLED's codebook.
   *
   * @return an unmodifiable, non-empty list of the sub-categories whose {@link
   *     IncidentSubCategory#category()} is this category
   */
  public List<IncidentSubCategory> subCategories() {
    return Objects.requireNonNull(
        SubCategories.BY_CATEGORY.get(this), "every category has sub-categories");
  }

  /**
   * Finds the category with the given ACLED event type label. Matching is exact and case-sensitive.
   *
   * @param acledLabel an ACLED {@code event_type} value, e.g. {@code "Battles"}
   * @return the category, or empty if ACLED's taxonomy as known here has no such event type
   * @throws NullPointerException if {@code acledLabel} is null
   */
  public static Optional<IncidentCategory> findByAcledLabel(String acledLabel) {
    Objects.requireNonNull(acledLabel, "acledLabel");
    return Optional.ofNullable(BY_ACLED_LABEL.get(acledLabel));
  }

  /**
   * Returns the category with the given ACLED event type label. Matching is exact and
   * case-sensitive.
   *
   * @param acledLabel an ACLED {@code event_type} value, e.g. {@code "Battles"}
   * @return the category
   * @throws IllegalArgumentException if no category has this label; the message lists the valid
   *     labels
   * @throws NullPointerException if {@code acledLabel} is null
   */
  public static IncidentCategory ofAcledLabel(String acledLabel) {
    return findByAcledLabel(acledLabel)
        .orElseThrow(
            () ->
                Lookups.unknown(
                    "ACLED event type", acledLabel, values(), IncidentCategory::acledLabel));
  }

  /**
   * Finds the category with the given wire name. Matching is exact and case-sensitive.
   *
   * @param wireName a Sitrep JSON category value, e.g. {@code "battles"}
   * @return the category, or empty if no category has this wire name
   * @throws NullPointerException if {@code wireName} is null
   */
  public static Optional<IncidentCategory> findByWireName(String wireName) {
    return WireNamed.find(IncidentCategory.class, wireName);
  }

  /**
   * Returns the category with the given wire name. Matching is exact and case-sensitive.
   *
   * @param wireName a Sitrep JSON category value, e.g. {@code "battles"}
   * @return the category
   * @throws IllegalArgumentException if no category has this wire name; the message lists the valid
   *     wire names
   * @throws NullPointerException if {@code wireName} is null
   */
  public static IncidentCategory ofWireName(String wireName) {
    return findByWireName(wireName)
        .orElseThrow(
            () ->
                Lookups.unknown(
                    "incident category", wireName, values(), IncidentCategory::wireName));
  }

  /**
   * The sub-categories of each category, built on first use: building them while this enum is being
   * initialised could read {@link IncidentSubCategory#values()} before that enum's constants exist,
   * since each sub-category refers back to its category.
   */
  private static final class SubCategories {
    static final Map<IncidentCategory, List<IncidentSubCategory>> BY_CATEGORY =
        Collections.unmodifiableMap(
            Arrays.stream(IncidentSubCategory.values())
                .collect(
                    Collectors.groupingBy(
                        IncidentSubCategory::category,
                        () -> new EnumMap<>(IncidentCategory.class),
                        Collectors.toUnmodifiableList())));
  }
}
