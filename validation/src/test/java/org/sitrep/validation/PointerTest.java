package org.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.PropertyNames;

class PointerTest {

  @Test
  void joinsSegments() {
    assertThat(Pointer.of(PropertyNames.PERPETRATORS, 1, PropertyNames.ACTOR))
        .isEqualTo("/perpetrators/1/actor");
  }

  @Test
  void escapesTildeAndSlash() {
    assertThat(Pointer.of("externalIds", "a/b~c")).isEqualTo("/externalIds/a~1b~0c");
  }

  @Test
  void ordersIndexesByNumberAndParentsFirst() {
    List<String> pointers =
        new ArrayList<>(List.of("/targets/10/actor", "/targets/2/actor", "/targets", "/date", ""));

    pointers.sort(Pointer::compare);

    assertThat(pointers)
        .containsExactly("", "/date", "/targets", "/targets/2/actor", "/targets/10/actor");
  }
}
