package org.sitrep.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.Id;
import org.sitrep.core.SitrepRecord;

/** The table's answers are those of a plain map from id text to first position. */
class IdTableTest {

  private static Actor actor(String slug) {
    return Actor.builder().id(Id.actor(slug)).name(slug).kind(Actor.Kind.ARMED_GROUP).build();
  }

  /** Records with ids drawn from fewer slugs than records, so that many repeat. */
  private static SitrepRecord[] records(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SitrepRecord[] records = new SitrepRecord[count];
    for (int i = 0; i < count; i++) {
      records[i] = actor("a" + random.nextInt(Math.max(1, count * 2 / 3)));
    }
    return records;
  }

  private static void assertLikeAMap(SitrepRecord[] records, ToIntFunction<String> hash) {
    IdTable table = IdTable.of(records, records.length, hash);
    Map<String, Integer> firsts = new HashMap<>();
    boolean repeats = false;
    for (int position = 0; position < records.length; position++) {
      String text = records[position].id().toString();
      Integer first = firsts.putIfAbsent(text, position);
      repeats |= first != null;
      assertThat(table.firstOf(position)).isEqualTo(first == null ? position : first);
      assertThat(table.record(position)).isSameAs(records[position]);
    }
    assertThat(table.size()).isEqualTo(records.length);
    assertThat(table.hasRepeats()).isEqualTo(repeats);
    firsts.forEach((text, first) -> assertThat(table.first(text)).isEqualTo(first));
    assertThat(table.first("actor:nobody")).isEqualTo(-1);
    assertThat(table.first("incident:a1")).isEqualTo(-1);
  }

  @Test
  void answersAsAMapDoesWithTheStringsHashAndWithCollisionsForced() {
    for (int count : new int[] {0, 1, 2, 3, 100, 10_000}) {
      for (long seed = 1; seed <= 3; seed++) {
        SitrepRecord[] records = records(count, seed);
        assertLikeAMap(records, String::hashCode);
        assertLikeAMap(records, text -> Math.floorMod(text.hashCode(), 3));
        assertLikeAMap(records, text -> 7);
      }
    }
  }

  @Test
  void indexesOnlyTheRecordsBeforeTheSizeGiven() {
    SitrepRecord[] records = {actor("a"), actor("b"), null};
    IdTable table = IdTable.of(records, 2, null);

    assertThat(table.first("actor:b")).isEqualTo(1);
    assertThat(table.hasRepeats()).isFalse();
    assertThatThrownBy(() -> table.record(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> IdTable.of(records, 4, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDatasetKeepsTheTableOfItsRecordsInOrder() {
    List<SitrepRecord> records = new ArrayList<>(List.of(records(500, 7)));
    Dataset dataset = Dataset.of("repeats", LocalDate.of(2024, 11, 20), records);
    IdTable table = IdTable.of(dataset);

    assertThat(table.size()).isEqualTo(records.size());
    for (int position = 0; position < records.size(); position++) {
      assertThat(table.record(position)).isSameAs(records.get(position));
      int first = table.firstOf(position);
      assertThat(records.get(first).id()).isEqualTo(records.get(position).id());
      assertThat(table.first(records.get(position).id().toString())).isEqualTo(first);
      SitrepRecord resolved = dataset.resolve(records.get(position).id()).orElseThrow();
      assertThat(resolved).isSameAs(records.get(first));
    }
  }
}
