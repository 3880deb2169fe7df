package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdTest {

  @Test
  void factoriesGiveTheKindOfTheirType() {
    assertThat(Id.actor("bla")).hasToString("actor:bla");
    assertThat(Id.incident("2024-10-06-karachi-airport").type()).isEqualTo(RecordType.INCIDENT);
    assertThat(Id.operation("x").type()).isEqualTo(RecordType.OPERATION);
    assertThat(Id.exercise("x").type()).isEqualTo(RecordType.EXERCISE);
    assertThat(Id.investment("cpec").type()).isEqualTo(RecordType.INVESTMENT);
    assertThat(Id.statement("x").slug()).isEqualTo("x");
  }

  @Test
  void parseReturnsAnIdOfTheKindItNames() {
    Id<?> id = Id.parse("statement:pmo-2024-11-19");
    assertThat(id.type()).isEqualTo(RecordType.STATEMENT);
    assertThat(id).isEqualTo(Id.statement("pmo-2024-11-19"));
    assertThat(id.hashCode()).isEqualTo(Id.statement("pmo-2024-11-19").hashCode());
  }

  @Test
  void typedParseRefusesAnotherKind() {
    assertThat(Id.parse("actor:bla", Actor.class)).isEqualTo(Id.actor("bla"));
    assertThatThrownBy(() -> Id.parse("incident:x", Actor.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Id 'incident:x' names an incident, expected an actor");
  }

  @Test
  void asChecksTheKind() {
    Id<?> any = Id.parse("actor:bla");
    Id<Actor> actor = any.as(Actor.class);
    assertThat(actor.slug()).isEqualTo("bla");
    assertThatThrownBy(() -> any.as(Incident.class)).hasMessageContaining("not an incident");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "bla|Malformed id 'bla': expected <kind>:<slug>, e.g. actor:bla",
        "actr:bla|unknown kind 'actr' at index 0",
        "actor:|slug must be 1 to 128 characters, was 0",
        "actor:Bla|character 'B' at index 6 not allowed",
        "actor:-bla|character '-' at index 6 not allowed",
        "actor:bla bla|character ' ' at index 9 not allowed",
        "actor:bla:x|character ':' at index 9 not allowed"
      })
  void malformedIdsAreRefusedNamingThePosition(String text, String message) {
    assertThatThrownBy(() -> Id.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "0", "a.b_c-d", "2024-10-06-karachi-airport"})
  void wellFormedSlugsAreAccepted(String slug) {
    assertThat(Id.actor(slug).slug()).isEqualTo(slug);
  }

  @Test
  void slugLengthIsBounded() {
    String longest = "a".repeat(Id.MAX_SLUG_LENGTH);
    assertThat(Id.actor(longest).slug()).hasSize(128);
    assertThatThrownBy(() -> Id.actor(longest + "a")).hasMessageContaining("was 129");
  }

  @Test
  void idsOrderByText() {
    assertThat(Id.actor("b").compareTo(Id.incident("a"))).isNegative();
    assertThat(Id.actor("a")).isLessThan(Id.actor("b"));
  }
}
