package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Id;

/**
 * The messages a new user meets for common mistakes say what is wrong and how to fix it. Every case
 * below is read as one JSON Lines line and its message compared with the reviewed golden text
 * {@code messages/read-messages.txt}; on a difference the actual text is written to {@code
 * target/read-messages.actual.txt} to review and copy.
 */
class MessagesGoldenTest {

  private static final String INCIDENT =
      "{\"type\":\"incident\",\"id\":\"incident:a\",\"name\":\"A\",\"category\":\"battles\"";

  /** Each mistake: what it is, and the line. */
  private static final List<String[]> CASES =
      List.of(
          new String[] {"a day-first date", INCIDENT + ",\"date\":\"26/04/2022\"}"},
          new String[] {"a month-first date", INCIDENT + ",\"date\":\"04/26/2022\"}"},
          new String[] {"an ambiguous date with dots", INCIDENT + ",\"date\":\"05.04.2022\"}"},
          new String[] {
            "a misspelt property", INCIDENT + ",\"casualities\":{\"killed\":{\"best\":2}}}"
          },
          new String[] {"a snake-case property", INCIDENT + ",\"sub_category\":\"armed-clash\"}"},
          new String[] {"a property of one's own", INCIDENT + ",\"colour\":\"red\"}"},
          new String[] {"an extension with a hyphen", INCIDENT + ",\"x-colour\":\"red\"}"},
          new String[] {
            "a misspelt property of a value", INCIDENT + ",\"casualties\":{\"kiled\":{\"best\":2}}}"
          },
          new String[] {
            "ACLED's label for a category",
            "{\"type\":\"incident\",\"id\":\"incident:a\",\"name\":\"A\","
                + "\"category\":\"Explosions/Remote violence\"}"
          },
          new String[] {
            "ACLED's label for a sub-category", INCIDENT + ",\"subCategory\":\"Armed clash\"}"
          },
          new String[] {
            "an enumeration value in Java's spelling",
            "{\"type\":\"actor\",\"id\":\"actor:a\",\"name\":\"A\",\"kind\":\"ARMED_GROUP\"}"
          },
          new String[] {
            "a record without type, its id saying the type",
            "{\"id\":\"operation:azm-e-istehkam\",\"name\":\"Azm-e-Istehkam\"}"
          },
          new String[] {"a null type", "{\"type\":null,\"id\":\"actor:a\",\"name\":\"A\"}"});

  @Test
  void messagesMatchTheReviewedGoldenText() throws IOException {
    StringBuilder actual = new StringBuilder();
    for (String[] mistake : CASES) {
      actual.append("## ").append(mistake[0]).append('\n').append(mistake[1]).append('\n');
      try (RecordReader reader = SitrepJson.strict().openRecords(mistake[1])) {
        reader.next();
        actual.append("(no error)\n\n");
      } catch (SitrepReadException e) {
        actual
            .append("[")
            .append(e.problem().code())
            .append("] ")
            .append(e.getMessage())
            .append("\n\n");
      }
    }
    actual.append("## a typed id given a whole id\nId.actor(\"actor:bla\")\n");
    try {
      Id.actor("actor:bla");
      actual.append("(no error)\n");
    } catch (IllegalArgumentException e) {
      actual.append(e.getMessage()).append('\n');
    }

    String golden = Resources.text("messages/read-messages.txt");
    if (!golden.contentEquals(actual)) {
      Files.writeString(
          Path.of("target", "read-messages.actual.txt"), actual, StandardCharsets.UTF_8);
    }
    assertThat(actual.toString()).isEqualTo(golden);
  }
}
