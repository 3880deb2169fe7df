package org.sitrep.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CanonicalTextsTest {

  @Test
  void anEqualTextGetsTheStringHeldAndAnotherTextItself() {
    CanonicalTexts canonical = new CanonicalTexts();
    String first = "actor:g-0042";
    String equal = String.valueOf(first.toCharArray());
    long hash = IdHash.CHARACTERS.hash(first);

    assertThat(canonical.of(first, hash)).isSameAs(first);
    assertThat(canonical.of(equal, hash)).isSameAs(first);

    // another text on the same entry takes it: it is given back as it is, and then held
    String other = "actor:g-0043";
    assertThat(canonical.of(other, hash)).isSameAs(other);
    assertThat(canonical.of(String.valueOf(other.toCharArray()), hash)).isSameAs(other);
    assertThat(canonical.of(equal, hash)).isSameAs(equal);
  }

  /** Threads sharing one table on texts that collide on a few entries always get an equal text. */
  @Test
  @SuppressWarnings({"ReferenceEquality", "StringEquality"}) // counts the strings held
  void threadsSharingItAlwaysGetAnEqualText() throws Exception {
    CanonicalTexts canonical = new CanonicalTexts();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  int held = 0;
                  for (int i = 0; i < 200_000; i++) {
                    String text = "actor:g-" + (i % 37);
                    String got = canonical.of(text, (long) (i % 5) << 60); // 37 texts, 5 entries
                    assertThat(got).isEqualTo(text);
                    held += got == text ? 0 : 1;
                  }
                  return held;
                }));
      }
      int held = 0;
      for (Future<Integer> result : results) {
        held += result.get();
      }
      assertThat(held).isPositive();
    } finally {
      pool.shutdownNow();
    }
  }
}
