package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Dataset;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;

/** An x_ string with control characters reads back equal to the value written. */
class ExtensionTextTest {

  @Test
  void controlCharactersAreEscapedAsTheCodecWritesThem() {
    ExtensionValue value = ExtensionValue.ofString("a\u001fb\u0001c\bd\fe\tf\ng\rh");
    assertThat(value.json()).isEqualTo("\"a\\u001Fb\\u0001c\\bd\\fe\\tf\\ng\\rh\"");

    Actor actor =
        Actor.builder()
            .id(Id.actor("a"))
            .name("A")
            .kind(Actor.Kind.OTHER)
            .putExtension("x_note", value)
            .build();
    Dataset dataset = Dataset.of("t", LocalDate.of(2024, 11, 20), List.of(actor));
    assertThat(SitrepJson.strict().readDataset(SitrepJson.strict().writeString(dataset)))
        .isEqualTo(dataset);
  }
}
