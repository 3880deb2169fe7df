package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.FuzzyDate;
import org.sitrep.core.time.Period;

class DatasetTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 11, 20);

  private static final Actor BLA =
      Actor.builder()
          .id(Id.actor("bla"))
          .name("Baloch Liberation Army")
          .kind(Actor.Kind.ARMED_GROUP)
          .build();
  private static final Actor CHINESE =
      Actor.builder()
          .id(Id.actor("chinese-nationals"))
          .name("Chinese nationals")
          .kind(Actor.Kind.CIVILIAN_GROUP)
          .build();

  private static Incident incident(String slug, String date, Involvement... perpetrators) {
    return Incident.builder()
        .id(Id.incident(slug))
        .name(slug)
        .category(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE)
        .date(FuzzyDate.parse(date))
        .addPerpetrators(perpetrators)
        .build();
  }

  private static final Incident KARACHI =
      incident("karachi", "2024-10-06", Involvement.of(BLA.id(), Certainty.CLAIMED));
  private static final Incident OTHER = incident("other", "2024-08");
  private static final Exercise EXERCISE =
      Exercise.builder()
          .id(Id.exercise("ct-2024"))
          .name("CT exercise")
          .kind(Exercise.Kind.COUNTER_TERRORISM)
          .period(Period.parse("2024-11-21~/2024-12-15~"))
          .build();

  private static Dataset dataset(SitrepRecord... records) {
    return Dataset.of("test", AS_OF, List.of(records));
  }

  @Test
  void keepsRecordsInOrderWithTypedViews() {
    Dataset dataset = dataset(KARACHI, BLA, EXERCISE, OTHER, CHINESE);
    assertThat(dataset.records()).containsExactly(KARACHI, BLA, EXERCISE, OTHER, CHINESE);
    assertThat(dataset.actors()).containsExactly(BLA, CHINESE);
    assertThat(dataset.incidents()).containsExactly(KARACHI, OTHER);
    assertThat(dataset.exercises()).containsExactly(EXERCISE);
    assertThat(dataset.operations()).isEmpty();
    assertThat(dataset.investments()).isEmpty();
    assertThat(dataset.statements()).isEmpty();
    assertThat(dataset.size()).isEqualTo(5);
    assertThat(dataset.title()).isEqualTo("test");
    assertThat(dataset.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void resolvesTypedReferences() {
    Dataset dataset = dataset(KARACHI, BLA);
    Actor found = dataset.resolve(Id.actor("bla")).orElseThrow();
    assertThat(found).isSameAs(BLA);
    assertThat(dataset.resolve(Id.actor("nobody"))).isEmpty();
    assertThat(dataset.contains(KARACHI.id())).isTrue();
  }

  @Test
  void findsIncidentsInvolvingAnActor() {
    Incident claimed = incident("claimed", "2024-09").toBuilder().addClaimedBy(BLA.id()).build();
    Incident targeted =
        incident("targeted", "2024-09").toBuilder()
            .addTarget(Involvement.confirmed(CHINESE.id()))
            .build();
    Dataset dataset = dataset(BLA, CHINESE, KARACHI, OTHER, claimed, targeted);
    assertThat(dataset.incidentsInvolving(BLA.id())).containsExactly(KARACHI, claimed);
    assertThat(dataset.incidentsInvolving(CHINESE.id())).containsExactly(targeted);
  }

  @Test
  void findsRecordsOverlappingAPeriodByTheirPossibleDays() {
    Dataset dataset = dataset(BLA, KARACHI, OTHER, EXERCISE);
    assertThat(dataset.overlapping(Period.parse("2024-10/2024-11")))
        .containsExactly(KARACHI, EXERCISE);
    assertThat(dataset.overlapping(FuzzyDate.parse("2024-08-31"))).containsExactly(OTHER);
    assertThat(dataset.overlapping(Period.parse("2024-12-10/.."))).containsExactly(EXERCISE);
  }

  @Test
  void holdsRepeatedIdsAndSaysWhichRepeat() {
    Actor blaAgain = BLA.toBuilder().description("another version").build();
    Dataset dataset = dataset(BLA, KARACHI, blaAgain, BLA);
    assertThat(dataset.size()).isEqualTo(4);
    assertThat(dataset.duplicateIds()).containsExactly(BLA.id());
    assertThat(dataset.recordsWithId(BLA.id())).containsExactly(BLA, blaAgain, BLA);
    assertThat(dataset.recordsWithId(KARACHI.id())).containsExactly(KARACHI);
    assertThat(dataset.resolve(BLA.id())).containsSame(BLA);
  }

  @Test
  void saysWhichIdsRepeatInTheOrderTheyFirstRepeat() {
    Actor blaAgain = BLA.toBuilder().description("another version").build();
    Dataset dataset = dataset(BLA, KARACHI, KARACHI, blaAgain, KARACHI);
    assertThat(dataset.duplicateIds()).containsExactly(KARACHI.id(), BLA.id());
    assertThat(dataset.recordsWithId(BLA.id())).containsExactly(BLA, blaAgain);
    assertThat(dataset.recordsWithId(KARACHI.id())).containsExactly(KARACHI, KARACHI, KARACHI);
    assertThat(dataset.resolve(blaAgain.id())).containsSame(BLA);
    assertThat(dataset.contains(Id.actor("nobody"))).isFalse();
    assertThat(dataset.recordsWithId(Id.actor("nobody"))).isEmpty();
  }

  @Test
  void mergeCollapsesIdenticalRecordsAndKeepsAndReportsConflicts() {
    Actor blaChanged = BLA.toBuilder().addAlias("BLA").build();
    Dataset first = dataset(BLA, KARACHI);
    Dataset second =
        Dataset.of("second", AS_OF.plusDays(1), List.of(KARACHI, blaChanged, EXERCISE));

    Dataset.Merge merge = first.merge(second);

    assertThat(merge.dataset().records()).containsExactly(BLA, KARACHI, blaChanged, EXERCISE);
    assertThat(merge.conflicts()).containsExactly(BLA.id());
    assertThat(merge.dataset().duplicateIds()).containsExactly(BLA.id());
    assertThat(merge.dataset().title()).isEqualTo("test");
    assertThat(merge.dataset().asOf()).isEqualTo(AS_OF.plusDays(1));
  }

  @Test
  void mergeOfIdenticalDatasetsIsTheSameRecords() {
    Dataset dataset = dataset(BLA, KARACHI);
    Dataset.Merge merge = dataset.merge(dataset);
    assertThat(merge.conflicts()).isEmpty();
    assertThat(merge.dataset()).isEqualTo(dataset);
  }

  @Test
  void aMergeKeepsItsOwnCopyOfTheConflicts() {
    List<Id<?>> given = new ArrayList<>(List.of(Id.actor("bla")));
    Dataset.Merge merge = new Dataset.Merge(dataset(BLA), given);
    given.add(Id.actor("other"));

    assertThat(merge.conflicts()).containsExactly(Id.actor("bla"));
    assertThatThrownBy(() -> merge.conflicts().add(Id.actor("x")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Dataset.Merge(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dataset");
  }

  @Test
  void builderNamesWhatIsMissing() {
    assertThatThrownBy(() -> Dataset.builder().title("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Dataset, required asOf not set");
    assertThatThrownBy(() -> Dataset.builder().add(BLA).add(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Dataset.records[1] must not be null");
  }
}
