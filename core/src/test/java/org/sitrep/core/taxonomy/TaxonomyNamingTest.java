package org.sitrep.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Rules every taxonomy name follows, so that a constant added later cannot break them. */
class TaxonomyNamingTest {

  private static final String LOWER_KEBAB_CASE = "[a-z0-9]+(-[a-z0-9]+)*";

  @Test
  void categoryWireNamesAreUniqueLowerKebabCase() {
    assertThat(Arrays.stream(IncidentCategory.values()).map(IncidentCategory::wireName))
        .allMatch(wire -> wire.matches(LOWER_KEBAB_CASE))
        .doesNotHaveDuplicates();
  }

  @Test
  void subCategoryWireNamesAreUniqueLowerKebabCase() {
    assertThat(Arrays.stream(IncidentSubCategory.values()).map(IncidentSubCategory::wireName))
        .allMatch(wire -> wire.matches(LOWER_KEBAB_CASE))
        .doesNotHaveDuplicates();
  }

  @Test
  void acledLabelsAreUnique() {
    assertThat(Arrays.stream(IncidentCategory.values()).map(IncidentCategory::acledLabel))
        .doesNotHaveDuplicates();
    assertThat(Arrays.stream(IncidentSubCategory.values()).map(IncidentSubCategory::acledLabel))
        .doesNotHaveDuplicates();
  }

  @Test
  void wireNameIsTheConstantNameInLowerKebabCase() {
    for (IncidentCategory category : IncidentCategory.values()) {
      assertThat(category.wireName()).isEqualTo(kebab(category));
    }
    for (IncidentSubCategory sub : IncidentSubCategory.values()) {
      assertThat(sub.wireName()).isEqualTo(kebab(sub));
    }
  }

  @Test
  void wireNameFollowsTheAcledLabelExceptForStrategicDevelopmentsOther() {
    for (IncidentCategory category : IncidentCategory.values()) {
      assertThat(category.wireName()).isEqualTo(slug(category.acledLabel()));
    }
    for (IncidentSubCategory sub : IncidentSubCategory.values()) {
      String expected =
          sub == IncidentSubCategory.STRATEGIC_DEVELOPMENTS_OTHER
              ? sub.category().wireName() + "-" + slug(sub.acledLabel())
              : slug(sub.acledLabel());
      assertThat(sub.wireName()).as(sub.name()).isEqualTo(expected);
    }
  }

  @Test
  void everyRoundTripReturnsTheSameConstant() {
    for (IncidentCategory category : IncidentCategory.values()) {
      assertThat(IncidentCategory.ofAcledLabel(category.acledLabel())).isSameAs(category);
      assertThat(IncidentCategory.ofWireName(category.wireName())).isSameAs(category);
    }
    for (IncidentSubCategory sub : IncidentSubCategory.values()) {
      assertThat(IncidentSubCategory.ofAcledLabel(sub.acledLabel())).isSameAs(sub);
      assertThat(IncidentSubCategory.ofWireName(sub.wireName())).isSameAs(sub);
    }
  }

  private static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String slug(String label) {
    return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
