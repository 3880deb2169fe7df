package org.sitrep.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.core.Actor;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.SitrepRecord;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.FuzzyDate;

class CompactIndexTest {

  /** Every id hashes to one of three values: every lookup meets collisions. */
  static final IdHash THREE_VALUES = text -> Math.floorMod(text.hashCode(), 3);

  @TempDir Path spillDirectory;

  /** The forms of the index, with the good hash and with collisions forced. */
  enum Form {
    IN_MEMORY,
    IN_MEMORY_COLLIDING,
    SPILLING,
    SPILLING_SMALL_SEGMENTS,
    SPILLING_COLLIDING;

    CompactIndex make(Path directory) {
      return switch (this) {
        case IN_MEMORY -> CompactIndex.inMemory(0);
        case IN_MEMORY_COLLIDING -> CompactIndex.inMemory(0, THREE_VALUES);
        case SPILLING -> CompactIndex.spilling(directory);
        case SPILLING_SMALL_SEGMENTS -> CompactIndex.spilling(directory, IdHash.CHARACTERS, 8);
        case SPILLING_COLLIDING -> CompactIndex.spilling(directory, THREE_VALUES, 8);
      };
    }
  }

  static Actor actor(String text, Actor.Kind kind) {
    return Actor.builder().id(Id.parse(text, Actor.class)).name(text).kind(kind).build();
  }

  static Incident incident(String text) {
    return Incident.builder()
        .id(Id.parse(text, Incident.class))
        .name(text)
        .category(IncidentCategory.EXPLOSIONS_REMOTE_VIOLENCE)
        .date(FuzzyDate.parse("2024-10-06"))
        .build();
  }

  /** Ids of many lengths (up to the longest slug), so that entries end at every segment offset. */
  static List<String> pool(Random random, int size) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String slug = i + "-" + "x".repeat(random.nextInt(i % 7 == 0 ? 120 : 12));
      ids.add((i % 3 == 0 ? "incident:" : "actor:") + slug);
    }
    return ids;
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void answersAsAHashMapDoesOnRandomIds(Form form) {
    Random random = new Random(15 + form.ordinal());
    List<String> pool = pool(random, 700);
    Map<String, Integer> first = new HashMap<>();
    Map<String, Actor.Kind> kinds = new HashMap<>();
    List<String> byPosition = new ArrayList<>();
    Actor.Kind[] allKinds = Actor.Kind.values();
    try (CompactIndex index = form.make(spillDirectory)) {
      for (int n = 0; n < 4_000; n++) {
        String text = pool.get(random.nextInt(pool.size()));
        if (random.nextInt(20) == 0) {
          boolean known = random.nextBoolean();
          int position = index.addUnreadable(known ? Id.parse(text) : null);
          assertThat(position).isEqualTo(byPosition.size());
          byPosition.add(known ? text : null);
          continue;
        }
        SitrepRecord record =
            text.startsWith("actor:")
                ? actor(text, allKinds[random.nextInt(allKinds.length)])
                : incident(text);
        int position = index.add(record);
        assertThat(position).isEqualTo(byPosition.size());
        byPosition.add(text);
        first.putIfAbsent(text, position);
        if (record instanceof Actor actor) {
          kinds.putIfAbsent(text, actor.kind());
        }
        assertThat(index.firstOfLast()).as("first of %s", text).isEqualTo(first.get(text));
        if (n % 500 == 0) {
          assertSameAnswers(index, pool, first, kinds, byPosition);
        }
      }
      assertSameAnswers(index, pool, first, kinds, byPosition);
    }
  }

  /** Hashes that differ in their two high bits only: the table's slot is the same for all. */
  static final IdHash FOUR_HIGH_VALUES = text -> (long) Math.floorMod(text.hashCode(), 4) << 62;

  /**
   * Ids looked up before they are added, then added, then looked up again, over and over, as a
   * stream's forward references are: the spilling index, with its front cache, answers as a map
   * does — with the good hash, with three hash values (one front set for all, every probe
   * colliding), with four that share the table's slot but not the front's set, and with sixteen
   * that share one front set of four entries (each lookup may evict another's entry). Half the
   * lookups are of an equal string, not the one first looked up.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void idsLookedUpBeforeAndAfterTheyAreAddedAnswerAsAMapDoes(int hashChoice) {
    IdHash hash =
        switch (hashChoice) {
          case 0 -> IdHash.CHARACTERS;
          case 1 -> THREE_VALUES;
          case 2 -> FOUR_HIGH_VALUES;
          default -> text -> Math.floorMod(text.hashCode(), 16);
        };
    Random random = new Random(40 + hashChoice);
    List<String> pool = pool(random, 300);
    Map<String, Integer> first = new HashMap<>();
    try (CompactIndex index = CompactIndex.spilling(spillDirectory, hash, 8)) {
      for (int n = 0; n < 3_000; n++) {
        for (int k = 0; k < 4; k++) {
          String looked = pool.get(random.nextInt(pool.size()));
          String text = random.nextBoolean() ? looked : String.valueOf(looked.toCharArray());
          assertThat(index.find(text))
              .as("find %s after %d records", text, n)
              .isEqualTo(first.getOrDefault(looked, -1));
        }
        String text = pool.get(random.nextInt(pool.size()));
        SitrepRecord record =
            text.startsWith("actor:") ? actor(text, Actor.Kind.STATE) : incident(text);
        first.putIfAbsent(text, index.add(record));
        assertThat(index.firstOfLast()).isEqualTo(first.get(text));
      }
    }
  }

  /**
   * Records indexed in advance answer, after each add, as records indexed one by one do: first
   * positions, kinds, and ids not added yet not found. Ids repeat as equal but distinct strings,
   * and enough of them for many regions of the table; with three hash values, every lookup
   * collides.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void recordsIndexedInAdvanceAnswerAsRecordsIndexedOneByOne(boolean colliding) {
    Random random = new Random(colliding ? 3 : 4);
    int count = colliding ? 3_000 : 60_000;
    List<String> pool = pool(random, count * 3 / 4);
    Actor.Kind[] allKinds = Actor.Kind.values();
    SitrepRecord[] records = new SitrepRecord[count];
    for (int i = 0; i < count; i++) {
      String text = new String(pool.get(random.nextInt(pool.size())).toCharArray());
      records[i] =
          text.startsWith("actor:")
              ? actor(text, allKinds[random.nextInt(allKinds.length)])
              : incident(text);
    }
    try (CompactIndex advance =
            colliding
                ? CompactIndex.inMemory(records, THREE_VALUES)
                : CompactIndex.inMemory(records);
        CompactIndex oneByOne =
            colliding ? CompactIndex.inMemory(0, THREE_VALUES) : CompactIndex.inMemory(0)) {
      for (int i = 0; i < count; i++) {
        assertThat(advance.add(records[i])).isEqualTo(oneByOne.add(records[i])).isEqualTo(i);
        assertThat(advance.firstOfLast()).as("record %d", i).isEqualTo(oneByOne.firstOfLast());
        assertThat(advance.size()).isEqualTo(i + 1);
        if (i % (count / 10) == 0 || i == count - 1) {
          for (int asked = 0; asked < pool.size(); asked += colliding ? 1 : 7) {
            String text = pool.get(asked);
            assertThat(advance.find(text)).as(text).isEqualTo(oneByOne.find(text));
            assertThat(advance.actorKind(text)).as(text).isEqualTo(oneByOne.actorKind(text));
          }
          assertThat(advance.find("actor:never-seen")).isEqualTo(-1);
          assertThat(advance.id(i)).isEqualTo(records[i].id());
        }
      }
    }
  }

  @Test
  void recordsIndexedInAdvanceAreAddedInTheirOrderOnly() {
    SitrepRecord[] records = {incident("incident:a"), incident("incident:b")};
    try (CompactIndex index = CompactIndex.inMemory(records)) {
      assertThatThrownBy(() -> index.add(records[1]))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Record 0 is not the record indexed in advance");
      assertThat(index.find("incident:a")).isEqualTo(-1);
      index.add(records[0]);
      assertThat(index.find("incident:a")).isZero();
      assertThat(index.find("incident:b")).isEqualTo(-1);
      assertThatThrownBy(() -> index.id(1)).isInstanceOf(IndexOutOfBoundsException.class);
      index.add(records[1]);
      assertThatThrownBy(() -> index.add(records[1])).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> index.addUnreadable(null)).isInstanceOf(IllegalStateException.class);
    }
  }

  /** A null record stops the indexing: the records before it are indexed. */
  @Test
  void recordsIndexedInAdvanceStopAtANull() {
    SitrepRecord[] records = {incident("incident:a"), null, incident("incident:b")};
    try (CompactIndex index = CompactIndex.inMemory(records)) {
      index.add(records[0]);
      assertThat(index.find("incident:a")).isZero();
      assertThat(index.find("incident:b")).isEqualTo(-1);
    }
  }

  private static void assertSameAnswers(
      CompactIndex index,
      List<String> pool,
      Map<String, Integer> first,
      Map<String, Actor.Kind> kinds,
      List<String> byPosition) {
    assertThat(index.size()).isEqualTo(byPosition.size());
    List<String> asked = new ArrayList<>(pool);
    asked.add("actor:never-seen");
    asked.add("incident:never-seen");
    for (String text : asked) {
      Id<?> id = Id.parse(text);
      int expected = first.getOrDefault(text, -1);
      assertThat(index.find(text)).as(text).isEqualTo(expected);
      assertThat(index.contains(id)).as(text).isEqualTo(expected >= 0);
      assertThat(index.position(id))
          .as(text)
          .isEqualTo(expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected));
      assertThat(index.actorKind(text)).as(text).isEqualTo(Optional.ofNullable(kinds.get(text)));
    }
    for (int position = 0; position < byPosition.size(); position++) {
      String text = byPosition.get(position);
      assertThat(index.id(position)).isEqualTo(text == null ? null : Id.parse(text));
    }
  }

  @Test
  void theSpillIsOnDiskWhileInUseAndGoneWhenClosed() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc/self/fd");
    CompactIndex index = CompactIndex.spilling(spillDirectory, IdHash.CHARACTERS, 8);
    Random random = new Random(7);
    List<String> pool = pool(random, 300);
    for (String text : pool) {
      index.add(text.startsWith("actor:") ? actor(text, Actor.Kind.STATE) : incident(text));
    }
    index.pending().add(0, 1, 2, 3, "actor:forward");

    assertThat(openFilesIn(spillDirectory)).isEqualTo(2);
    assertThat(index.find(pool.get(0))).isZero();
    index.close();

    assertThat(openFilesIn(spillDirectory)).isZero();
    try (Stream<Path> left = Files.list(spillDirectory)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void pendingReferencesComeBackInOrderFromTheHeapAndFromTheFile() {
    for (CompactIndex index :
        List.of(CompactIndex.inMemory(0), CompactIndex.spilling(spillDirectory))) {
      try (index) {
        PendingReferences store = index.pending();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
          String target = "actor:t-" + "y".repeat(i % 130);
          store.add(i, i % 26, i * 31, i % 3, target);
          expected.add(i + " " + (i % 26) + " " + (i * 31) + " " + (i % 3) + " " + target);
        }
        List<String> seen = new ArrayList<>();
        store.forEach(
            (position, field, listIndex, extra, target) ->
                seen.add(position + " " + field + " " + listIndex + " " + extra + " " + target));
        assertThat(store.size()).isEqualTo(5_000);
        assertThat(seen).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void unresolvedReferencesAreThoseTheTestRefusesInOrderAndARememberedTargetIsAskedOnce() {
    // more distinct targets than a file's store remembers the answer for: the last ones are asked
    // about at every reference
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < PendingReferences.REMEMBERED_TARGETS + 300; i++) {
      targets.add("actor:t-" + i);
    }
    Set<String> remembered = Set.copyOf(targets.subList(0, PendingReferences.REMEMBERED_TARGETS));
    // about one target in five unresolved; or only those not remembered
    List<Predicate<String>> tests =
        List.of(target -> Math.floorMod(target.hashCode(), 5) != 0, remembered::contains);
    for (Predicate<String> resolved : tests) {
      for (CompactIndex index :
          List.of(CompactIndex.inMemory(0), CompactIndex.spilling(spillDirectory))) {
        try (index) {
          PendingReferences store = index.pending();
          Random random = new Random(11);
          List<String> expected = new ArrayList<>();
          for (int i = 0; i < targets.size() + 20_000; i++) {
            // every target once, then remembered and other ones again, as equal strings but not
            // the same ones
            int which =
                i < targets.size()
                    ? i
                    : i % 2 == 0 ? random.nextInt(400) : targets.size() - 1 - random.nextInt(300);
            String target = new String(targets.get(which));
            store.add(i, i % 26, i % 4, 0, target);
            if (!resolved.test(target)) {
              expected.add(i + " " + (i % 26) + " " + (i % 4) + " " + target);
            }
          }
          Map<String, Integer> asked = new HashMap<>();
          List<String> seen = new ArrayList<>();
          store.forEachUnresolved(
              target -> {
                asked.merge(target, 1, Integer::sum);
                return resolved.test(target);
              },
              (position, field, listIndex, extra, target) ->
                  seen.add(position + " " + field + " " + listIndex + " " + target));

          assertThat(seen).hasSizeGreaterThan(1_000).containsExactlyElementsOf(expected);
          if (index instanceof SpilledIndex) {
            assertThat(remembered).allSatisfy(target -> assertThat(asked).containsEntry(target, 1));
          }
        }
      }
    }
  }

  @Test
  void aFileOfReferencesWhoseTargetsAreAllResolvedAsksOncePerTargetAndVisitsNone() {
    try (CompactIndex index = CompactIndex.spilling(spillDirectory)) {
      PendingReferences store = index.pending();
      for (int i = 0; i < 50_000; i++) {
        store.add(i, 1, 0, 0, "actor:t-" + i % 1_000);
      }
      List<String> asked = new ArrayList<>();
      List<Integer> visited = new ArrayList<>();
      store.forEachUnresolved(
          target -> {
            asked.add(target);
            return true;
          },
          (position, field, listIndex, extra, target) -> visited.add(position));

      assertThat(visited).isEmpty();
      assertThat(asked).hasSize(1_000).doesNotHaveDuplicates();
      List<String> all = new ArrayList<>();
      store.forEach((position, field, listIndex, extra, target) -> all.add(target));
      assertThat(all).hasSize(50_000).element(49_999).isEqualTo("actor:t-999");
    }
  }

  @Test
  void targetsWhoseCharactersHashAlikeKeepTheirOwnAnswers() {
    // "Aa" and "BB" have the same String.hashCode(), the hash of the answers kept
    assertThat("actor:Aa".hashCode()).isEqualTo("actor:BB".hashCode());
    try (CompactIndex index = CompactIndex.spilling(spillDirectory)) {
      PendingReferences store = index.pending();
      for (int i = 0; i < 1_000; i++) {
        store.add(i, 1, 0, 0, i % 2 == 0 ? "actor:Aa" : "actor:BB");
      }
      List<String> seen = new ArrayList<>();
      store.forEachUnresolved(
          "actor:Aa"::equals,
          (position, field, listIndex, extra, target) -> seen.add(position + " " + target));

      assertThat(seen).hasSize(500).allSatisfy(line -> assertThat(line).endsWith(" actor:BB"));
      assertThat(seen.get(0)).isEqualTo("1 actor:BB");
    }
  }

  @Test
  void aSpillFileIsNewAndItsOwnersOnly() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc/self/fd");
    try (FileChannel first = TempFiles.open(spillDirectory, "sitrep-test-");
        FileChannel second = TempFiles.open(spillDirectory, "sitrep-test-")) {
      List<Path> open = openFileLinksIn(spillDirectory);
      assertThat(open).hasSize(2);
      for (Path link : open) {
        // the link of an unlinked file still leads to it
        assertThat(Files.getPosixFilePermissions(link))
            .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.size(link)).isZero();
      }
      assertThat(first.write(ByteBuffer.wrap(new byte[] {1, 2, 3}))).isEqualTo(3);
      assertThat(second.size()).isZero();
    }
    assertThat(openFilesIn(spillDirectory)).isZero();
  }

  @Test
  void aSpillFileThatCannotBeMadeNamesItsDirectory() {
    Path missing = spillDirectory.resolve("missing");
    assertThatThrownBy(() -> TempFiles.open(missing, "sitrep-test-"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("Cannot make a temporary file in " + missing + ": ");
  }

  /** The /proc/self/fd links of this process's open files in a directory. */
  static List<Path> openFileLinksIn(Path directory) throws IOException {
    String prefix = directory.toRealPath().toString();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(fd -> target(fd).startsWith(prefix)).toList();
    }
  }

  /** How many of this process's open files are in a directory (deleted ones included). */
  static long openFilesIn(Path directory) throws IOException {
    return openFileLinksIn(directory).size();
  }

  private static String target(Path fd) {
    try {
      return Files.readSymbolicLink(fd).toString();
    } catch (IOException gone) {
      return "";
    }
  }
}
