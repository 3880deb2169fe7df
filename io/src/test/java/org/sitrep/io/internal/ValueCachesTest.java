package org.sitrep.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Id;
import org.sitrep.core.taxonomy.IncidentSubCategory;
import org.sitrep.core.time.TimeSpan;

/**
 * The decoder's caches of ids, strings and days and its enumeration matching: exact on their texts,
 * whatever lands in a slot, and the same on the line's bytes as on the parser's characters.
 */
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
  void theDaysOfADecadeAndTheQualifiedFormsOfADayKeepTheirSlots() {
    DayCache days = new DayCache(4096);
    Map<String, TimeSpan> spans = new HashMap<>();
    for (java.time.LocalDate day = java.time.LocalDate.of(2015, 1, 1);
        day.getYear() < 2025;
        day = day.plusDays(1)) {
      spans.put(day.toString(), TimeSpan.parse(day.toString()));
    }
    spans.forEach((text, span) -> days.put(key(text), span));
    spans.forEach((text, span) -> assertThat(days.find(key(text))).as(text).isSameAs(span));

    List<String> forms = List.of("2024-03-15", "2024-03-15~", "2024-03-15?", "2024-03-15%");
    for (String text : forms) {
      spans.put(text, TimeSpan.parse(text));
      days.put(key(text), spans.get(text));
    }
    for (String text : forms) {
      assertThat(days.find(key(text))).as(text).isSameAs(spans.get(text));
    }
  }

  @Property(tries = 300)
  void aCacheGivesTheValueOfExactlyTheTextLookedUpAndKeepsTheLastTwoOfAPair(
      @ForAll("smallTexts") List<String> puts) {
    StringCache strings = new StringCache(4); // two pairs of slots: texts collide often
    Map<Integer, List<String>> byPair = new HashMap<>();
    List<String> stored = new ArrayList<>();
    for (String text : puts) {
      char[] chars = text.toCharArray();
      int hash = ByteWords.hash(chars, 0, chars.length);
      if (strings.find(chars, 0, chars.length, hash) != null) {
        continue; // the decoder stores only what it did not find
      }
      String value = new String(text); // a value of its own, to tell it by identity
      strings.put(value, hash);
      stored.add(value);
      List<String> pair = byPair.computeIfAbsent((hash & 3) >>> 1, k -> new ArrayList<>());
      pair.remove(text);
      pair.add(text);
      assertThat(strings.find(chars, 0, chars.length, hash)).isSameAs(value);
    }
    for (String text : puts) {
      char[] chars = text.toCharArray();
      String found = strings.find(chars, 0, chars.length, ByteWords.hash(chars, 0, chars.length));
      // null, or the value stored last for exactly this text
      String last = null;
      for (String value : stored) {
        if (value.equals(text)) {
          last = value;
        }
      }
      if (found != null) {
        assertThat(found).as(text).isSameAs(last);
      }
    }
    // two texts whose hashes name the same slot are both kept
    for (List<String> pair : byPair.values()) {
      List<String> texts = pair.subList(Math.max(0, pair.size() - 1), pair.size());
      for (String text : texts) {
        char[] chars = text.toCharArray();
        assertThat(strings.find(chars, 0, chars.length, ByteWords.hash(chars, 0, chars.length)))
            .as(text)
            .isEqualTo(text);
      }
    }
  }

  @Test
  void twoTextsOfTheSameSlotAreBothKept() {
    IdCache ids = new IdCache(8);
    String first = "actor:a-0";
    int slot = ByteWords.hash(first.toCharArray(), 0, first.length()) & 7;
    String second = null;
    for (int i = 1; second == null; i++) {
      String text = "actor:a-" + i;
      if ((ByteWords.hash(text.toCharArray(), 0, text.length()) & 7) == slot) {
        second = text;
      }
    }
    for (String text : List.of(first, second)) {
      ids.put(Id.parse(text), ByteWords.hash(text.toCharArray(), 0, text.length()));
    }
    for (String text : List.of(first, second)) {
      char[] chars = text.toCharArray();
      Id<?> found = ids.find(chars, 0, chars.length, ByteWords.hash(chars, 0, chars.length));
      assertThat(found).as(text).isEqualTo(Id.parse(text));
      byte[] line = inLine(text, 2, false);
      assertThat(ids.find(line, 2, text.length(), ByteWords.hash(chars, 0, chars.length)))
          .isSameAs(found);
    }
  }

  @Test
  void anIdIsFoundOnlyOnItsExactText() {
    IdCache ids = new IdCache(1); // one slot: every id collides
    Id<?> a = Id.parse("actor:a-1");
    char[] text = "actor:a-1".toCharArray();
    int hash = ByteWords.hash(text, 0, text.length);
    ids.put(a, hash);

    assertThat(ids.find(text, 0, text.length, hash)).isSameAs(a);
    char[] other = "actor:a-2".toCharArray();
    assertThat(ids.find(other, 0, other.length, hash)).as("same hash, other text").isNull();
    char[] shorter = "actor:a-".toCharArray();
    assertThat(ids.find(shorter, 0, shorter.length, hash)).isNull();

    Id<?> b = Id.parse("actor:a-2");
    ids.put(b, ByteWords.hash(other, 0, other.length));
    assertThat(ids.find(text, 0, text.length, hash)).as("replaced").isNull();
    assertThat(ids.find(other, 0, other.length, ByteWords.hash(other, 0, other.length)))
        .isSameAs(b);
  }

  @Test
  void anIdLongerThanASlotIsNotCached() {
    IdCache ids = new IdCache(8);
    String long_ = "actor:" + "x".repeat(IdCache.WIDTH);
    Id<?> id = Id.parse(long_);
    char[] text = long_.toCharArray();
    int hash = ByteWords.hash(text, 0, text.length);
    ids.put(id, hash);

    assertThat(ids.find(text, 0, text.length, hash)).isNull();
  }

  @Test
  void aStringIsFoundOnlyOnItsExactTextAndLongOnesAreNotCached() {
    StringCache strings = new StringCache(1); // one slot: every string collides
    char[] pk = "PK".toCharArray();
    int hash = ByteWords.hash(pk, 0, pk.length);
    strings.put("PK", hash);

    assertThat(strings.find(pk, 0, pk.length, hash)).isEqualTo("PK");
    char[] pl = "PL".toCharArray();
    assertThat(strings.find(pl, 0, pl.length, hash)).as("same hash, other text").isNull();
    assertThat(strings.find(pk, 0, 1, hash)).isNull();

    String long_ = "y".repeat(StringCache.WIDTH + 1);
    char[] text = long_.toCharArray();
    int longHash = ByteWords.hash(text, 0, text.length);
    strings.put(long_, longHash);
    assertThat(strings.find(text, 0, text.length, longHash)).isNull();
    assertThat(strings.find(pk, 0, pk.length, hash)).as("kept").isEqualTo("PK");
  }

  /** Short texts of the characters that matter: digits, dashes, qualifiers, letters, non-ASCII. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789-~?%aX é\u0130\u00ff").ofMaxLength(13),
        Arbitraries.strings().ascii().ofMaxLength(60),
        Arbitraries.integers()
            .between(0, 99_999_999)
            .map(n -> String.format("%04d-%02d-%02d", n / 10_000, n / 100 % 100, n % 100)),
        Arbitraries.of(IncidentSubCategory.values()).map(IncidentSubCategory::wireName));
  }

  /**
   * The text's Latin-1 bytes (a character above U+00FF as '?') at {@code at} in a line, or last.
   */
  private static byte[] inLine(String text, int at, boolean last) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    byte[] line = new byte[at + bytes.length + (last ? 0 : 9)];
    java.util.Arrays.fill(line, (byte) '"');
    System.arraycopy(bytes, 0, line, at, bytes.length);
    return line;
  }

  @Property(tries = 3000)
  void theKeysAndHashesOfBytesAreThoseOfTheirCharacters(
      @ForAll("texts") String text, @ForAll @IntRange(max = 9) int at, @ForAll boolean last) {
    byte[] line = inLine(text, at, last);
    char[] chars = ("..." + text).toCharArray();
    int length = text.length();
    boolean latin1 = text.chars().allMatch(c -> c <= 0xff);
    if (latin1) {
      assertThat(ByteWords.hash(line, at, length)).isEqualTo(ByteWords.hash(chars, 3, length));
    }
    if (text.chars().allMatch(c -> c < 0x80)) {
      assertThat(DayCache.key(line, at, length)).isEqualTo(DayCache.key(chars, 3, length));
      assertThat(
              ValueDecoder.SUB_CATEGORIES.match(line, at, length, ByteWords.hash(line, at, length)))
          .isEqualTo(ValueDecoder.SUB_CATEGORIES.match(chars, 3, length));
    }
  }

  @Property(tries = 3000)
  void theTokenizerHashesAPlainStringAsTheCachesDo(
      @ForAll("texts") String text, @ForAll @IntRange(max = 9) int blanks) throws Exception {
    boolean plain = text.chars().allMatch(c -> c >= 0x20 && c < 0x80 && c != '"' && c != '\\');
    if (!plain) {
      return;
    }
    byte[] line =
        ("{\"name\":" + " ".repeat(blanks) + "\"" + text + "\"}")
            .getBytes(StandardCharsets.US_ASCII);
    FastLineParser parser = new FastLineParser(StreamReadConstraints.defaults());
    parser.reset(line, 0, line.length);
    parser.nextToken();
    parser.nextToken();
    parser.nextToken();
    assertThat(parser.isPlainText()).isTrue();
    assertThat(parser.textHash()).isEqualTo(ByteWords.hash(text.toCharArray(), 0, text.length()));
  }

  @Provide
  Arbitrary<List<String>> smallTexts() {
    return Arbitraries.strings().withChars("ab").ofMinLength(1).ofMaxLength(3).list().ofMaxSize(12);
  }

  @Property(tries = 1000)
  void aStringIsFoundOnItsBytesExactlyWhenOnItsCharacters(
      @ForAll("texts") String stored, @ForAll("texts") String looked, @ForAll int at) {
    StringCache strings = new StringCache(1); // one slot: every string collides
    strings.put(stored, ByteWords.hash(stored.toCharArray(), 0, stored.length()));
    List<String> texts = new ArrayList<>(List.of(looked, stored));
    for (String text : texts) {
      char[] chars = text.toCharArray();
      int hash = ByteWords.hash(chars, 0, chars.length);
      String byChars = strings.find(chars, 0, chars.length, hash);
      boolean cached =
          !stored.isEmpty()
              && stored.length() <= StringCache.WIDTH
              && stored.chars().allMatch(c -> c <= 0xff);
      assertThat(byChars).isEqualTo(cached && text.equals(stored) ? stored : null);
      if (text.chars().allMatch(c -> c < 0x80)) {
        byte[] line = inLine(text, Math.floorMod(at, 9), at < 0);
        assertThat(strings.find(line, Math.floorMod(at, 9), text.length(), hash))
            .isEqualTo(byChars);
      }
    }
  }
}
