package org.sitrep.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Id;
import org.sitrep.core.time.TimeSpan;

/** The decoder's caches of ids and days: exact on their texts, whatever lands in a slot. */
class ValueCachesTest {

  private static int key(String text) {
    char[] chars = ("..." + text + "...").toCharArray();
    return DayCache.key(chars, 3, text.length());
  }

  @Test
  void everyPlainDayHasItsOwnKeyAndNothingElseHasOne() {
    Map<Integer, String> seen = new HashMap<>();
    String[] qualifiers = {"", "~", "?", "%"};
    for (int year : new int[] {0, 1, 999, 1999, 2024, 9999}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day += 1) {
          for (String qualifier : qualifiers) {
            String text = String.format("%04d-%02d-%02d%s", year, month, day, qualifier);
            int key = key(text);
            assertThat(key).as(text).isPositive();
            assertThat(seen.put(key, text)).as(text).isNull();
          }
        }
      }
    }
    for (String other :
        new String[] {
          "2024-03",
          "2024",
          "2024-XX-XX",
          "2024-03-1X",
          "2024-03-15/2024-03-16",
          "2024-03-15T10:00Z",
          "2024/03/15",
          "2024-03-15!",
          "2024-03-15~~",
          "-024-03-15",
          "2024-03-1",
          "２０２４-03-15",
          ""
        }) {
      assertThat(key(other)).as(other).isZero();
    }
  }

  @Test
  void aDayIsFoundOnlyUnderItsOwnKey() {
    DayCache days = new DayCache(4);
    TimeSpan march = TimeSpan.parse("2024-03-15");
    days.put(key("2024-03-15"), march);

    assertThat(days.find(key("2024-03-15"))).isSameAs(march);
    assertThat(days.find(key("2024-03-15~"))).isNull();
    assertThat(days.find(key("2024-03-16"))).isNull();
  }

  @Test
  void anIdIsFoundOnlyOnItsExactText() {
    IdCache ids = new IdCache(1); // one slot: every id collides
    Id<?> a = Id.parse("actor:a-1");
    char[] text = "actor:a-1".toCharArray();
    int hash = FlatTextCache.hash(text, 0, text.length);
    ids.put(a, hash);

    assertThat(ids.find(text, 0, text.length, hash)).isSameAs(a);
    char[] other = "actor:a-2".toCharArray();
    assertThat(ids.find(other, 0, other.length, hash)).as("same hash, other text").isNull();
    char[] shorter = "actor:a-".toCharArray();
    assertThat(ids.find(shorter, 0, shorter.length, hash)).isNull();

    Id<?> b = Id.parse("actor:a-2");
    ids.put(b, FlatTextCache.hash(other, 0, other.length));
    assertThat(ids.find(text, 0, text.length, hash)).as("replaced").isNull();
    assertThat(ids.find(other, 0, other.length, FlatTextCache.hash(other, 0, other.length)))
        .isSameAs(b);
  }

  @Test
  void anIdLongerThanASlotIsNotCached() {
    IdCache ids = new IdCache(8);
    String long_ = "actor:" + "x".repeat(IdCache.WIDTH);
    Id<?> id = Id.parse(long_);
    char[] text = long_.toCharArray();
    int hash = FlatTextCache.hash(text, 0, text.length);
    ids.put(id, hash);

    assertThat(ids.find(text, 0, text.length, hash)).isNull();
  }

  @Test
  void aStringIsFoundOnlyOnItsExactTextAndLongOnesAreNotCached() {
    StringCache strings = new StringCache(1); // one slot: every string collides
    char[] pk = "PK".toCharArray();
    int hash = FlatTextCache.hash(pk, 0, pk.length);
    strings.put("PK", hash);

    assertThat(strings.find(pk, 0, pk.length, hash)).isEqualTo("PK");
    char[] pl = "PL".toCharArray();
    assertThat(strings.find(pl, 0, pl.length, hash)).as("same hash, other text").isNull();
    assertThat(strings.find(pk, 0, 1, hash)).isNull();

    String long_ = "y".repeat(StringCache.WIDTH + 1);
    char[] text = long_.toCharArray();
    int longHash = FlatTextCache.hash(text, 0, text.length);
    strings.put(long_, longHash);
    assertThat(strings.find(text, 0, text.length, longHash)).isNull();
    assertThat(strings.find(pk, 0, pk.length, hash)).as("kept").isEqualTo("PK");
  }
}
