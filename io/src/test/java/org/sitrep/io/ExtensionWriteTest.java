package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;

/** An extension value is written as the one JSON value it holds, or refused. */
class ExtensionWriteTest {

  private static Actor withExtension(String json) {
    return Actor.builder()
        .id(Id.actor("x"))
        .name("X")
        .kind(Actor.Kind.OTHER)
        .putExtension("x_v", ExtensionValue.ofJson(json))
        .build();
  }

  private static String write(Actor actor) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = SitrepJson.strict().newRecordWriter(out)) {
      writer.write(actor);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void oneValueIsWrittenAsItIs() throws IOException {
    assertThat(write(withExtension("{\"a\":[1,2.50,true,null]}")))
        .isEqualTo(
            "{\"type\":\"actor\",\"id\":\"actor:x\",\"name\":\"X\",\"kind\":\"other\","
                + "\"x_v\":{\"a\":[1,2.50,true,null]}}\n");
  }

  @Test
  void twoValuesAreRefused() {
    assertThatThrownBy(() -> write(withExtension("{\"a\":1} {}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extension x_v holds more than one JSON value: {\"a\":1} {}");
    assertThatThrownBy(() -> write(withExtension("1 2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extension x_v holds more than one JSON value: 1 2");
  }

  @Test
  void malformedJsonIsRefused() {
    assertThatThrownBy(() -> write(withExtension("[1,")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "extension x_v holds malformed JSON: Unexpected end-of-input within/between Array"
                + " entries");
  }
}
