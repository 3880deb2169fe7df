package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;
import org.sitrep.core.time.Timestamp;

/**
 * The equals/hashCode contracts of core's hand-written value classes, checked by EqualsVerifier:
 * reflexive, symmetric, transitive, consistent with hashCode, every significant field used, and the
 * derived fields (an id's type, a timestamp's parsed value, a dataset's index) left out. Records
 * (Money, Confidence, Coordinates, Link) and the Immutables classes have generated equals and are
 * not listed.
 */
class EqualsContractTest {

  private static final Actor A =
      Actor.builder().id(Id.actor("a")).name("A").kind(Actor.Kind.STATE).build();
  private static final Actor B =
      Actor.builder().id(Id.actor("b")).name("B").kind(Actor.Kind.PERSON).build();

  @Test
  void id() {
    EqualsVerifier.forClass(Id.class)
        .withIgnoredFields("type") // derived from the text
        .withNonnullFields("text") // every factory checks it
        .withPrefabValues(Id.class, Id.actor("a"), Id.incident("b"))
        .verify();
  }

  @Test
  void estimate() {
    EqualsVerifier.forClass(Estimate.class).verify();
    assertThat(Estimate.of(3)).isNotEqualTo(Estimate.range(3, 3)).isEqualTo(Estimate.of(3));
  }

  @Test
  void extensionValue() {
    EqualsVerifier.forClass(ExtensionValue.class)
        .withPrefabValues(
            ExtensionValue.class, ExtensionValue.ofJson("1"), ExtensionValue.ofJson("[2]"))
        .withNonnullFields("json")
        .verify();
  }

  @Test
  void fuzzyDate() {
    EqualsVerifier.forClass(FuzzyDate.class)
        .withNonnullFields("precision")
        .withIgnoredFields("text") // its text, made from the other fields on first toString()
        .verify();
  }

  @Test
  void period() {
    EqualsVerifier.forClass(Period.class)
        .withPrefabValues(FuzzyDate.class, FuzzyDate.parse("2024-10"), FuzzyDate.parse("2023~"))
        .withNonnullFields("startKind", "endKind") // start and end are null when open or unknown
        .verify();
  }

  @Test
  void timestamp() {
    EqualsVerifier.forClass(Timestamp.class)
        .withIgnoredFields("value") // parsed from the text
        .withNonnullFields("text")
        .verify();
  }

  @Test
  void dataset() {
    EqualsVerifier.forClass(Dataset.class)
        .withIgnoredFields("ids", "repeats", "duplicateIds") // built from the records
        .withPrefabValues(SitrepRecord.class, A, B)
        .withPrefabValues(List.class, List.of(A), List.of(B))
        .suppress(Warning.NULL_FIELDS) // the constructor refuses null title, asOf and records
        .verify();
  }

  @Test
  void theIgnoredFieldsAreDerived() {
    // Equal ids are of one type, equal timestamps at one instant: ignoring the fields loses
    // nothing.
    assertThat(Id.parse("actor:a").type()).isEqualTo(Id.actor("a").type());
    assertThat(Timestamp.parse("2024-10-06T23:00:00.5+05:00").toInstant())
        .isEqualTo(Timestamp.parse("2024-10-06T23:00:00.5+05:00").toInstant());
    assertThat(Timestamp.parse("2024-10-06T18:00:00.5Z"))
        .isNotEqualTo(Timestamp.parse("2024-10-06T23:00:00.5+05:00"));
    Dataset twice = Dataset.of("t", LocalDate.of(2024, 1, 1), List.of(A, A));
    assertThat(twice).isEqualTo(Dataset.of("t", LocalDate.of(2024, 1, 1), List.of(A, A)));
    assertThat(twice.duplicateIds()).containsExactly(A.id());
  }
}
