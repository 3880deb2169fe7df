package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Each known-bad file under src/test/resources/bad fails with a precise, one-line error. */
class BadFilesTest {

  private static AbstractThrowableAssert<?, ? extends Throwable> reading(String file) {
    return assertThatThrownBy(() -> SitrepJson.strict().readDataset(Resources.path("bad/" + file)))
        .isInstanceOf(SitrepReadException.class);
  }

  @Test
  void unknown_property() {
    reading("unknown-property.json")
        .hasFieldOrPropertyWithValue("problem.code", "unknown-property")
        .hasFieldOrPropertyWithValue("problem.line", 11)
        .hasFieldOrPropertyWithValue("problem.column", 7)
        .hasFieldOrPropertyWithValue("problem.pointer", "/records/0/colour")
        .hasMessage(
            "line 11, column 7 (/records/0/colour, record actor:bla): unknown property 'colour':"
                + " not a property of an actor; a property of your own is an extension: name it"
                + " x_colour");
  }

  @Test
  void unknown_type() {
    reading("unknown-type.json")
        .hasFieldOrPropertyWithValue("problem.code", "unknown-type")
        .hasFieldOrPropertyWithValue("problem.line", 7)
        .hasFieldOrPropertyWithValue("problem.column", 15)
        .hasFieldOrPropertyWithValue("problem.pointer", "/records/0/type")
        .hasMessage(
            "line 7, column 15 (/records/0/type): unknown record type 'incdent' (expected actor,"
                + " incident, operation, exercise, investment or statement)");
  }

  @Test
  void wrong_json_type() {
    reading("wrong-json-type.json")
        .hasFieldOrPropertyWithValue("problem.code", "wrong-json-type")
        .hasFieldOrPropertyWithValue("problem.line", 11)
        .hasFieldOrPropertyWithValue("problem.column", 15)
        .hasFieldOrPropertyWithValue("problem.pointer", "/records/0/tags")
        .hasMessage(
            "line 11, column 15 (/records/0/tags, record actor:bla): expected an array, found the"
                + " string \"separatist\"");
  }

  @Test
  void malformed_id() {
    reading("malformed-id.json")
        .hasFieldOrPropertyWithValue("problem.code", "malformed-value")
        .hasFieldOrPropertyWithValue("problem.line", 23)
        .hasFieldOrPropertyWithValue("problem.column", 20)
        .hasFieldOrPropertyWithValue("problem.pointer", "/records/1/perpetrators/1/actor")
        .hasMessageStartingWith(
            "line 23, column 20 (/records/1/perpetrators/1/actor, record"
                + " incident:2024-10-06-karachi-airport): Malformed id 'actr:bla': unknown kind"
                + " 'actr'")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void malformed_edtf_date() {
    reading("malformed-edtf-date.json")
        .hasFieldOrPropertyWithValue("problem.code", "malformed-value")
        .hasFieldOrPropertyWithValue("problem.line", 11)
        .hasFieldOrPropertyWithValue("problem.column", 15)
        .hasFieldOrPropertyWithValue("problem.pointer", "/records/0/date")
        .hasMessageStartingWith(
            "line 11, column 15 (/records/0/date, record incident:2024-10-06-karachi-airport):"
                + " malformed date: Invalid EDTF date '2024-13-06': month 13 out of range")
        .hasCauseInstanceOf(java.time.format.DateTimeParseException.class);
  }

  @Test
  void wrong_kind_reference() {
    reading("wrong-kind-reference.json")
        .hasFieldOrPropertyWithValue("problem.code", "wrong-kind")
        .hasFieldOrPropertyWithValue("problem.line", 11)
        .hasFieldOrPropertyWithValue("problem.column", 17)
        .hasFieldOrPropertyWithValue("problem.pointer", "/records/0/parent")
        .hasMessage(
            "line 11, column 17 (/records/0/parent, record actor:pakistan-army): reference"
                + " 'incident:2024-10-06-karachi-airport' names an incident, expected an actor id"
                + " (actor:...)");
  }

  @Test
  void missing_name() {
    reading("missing-name.json")
        .hasFieldOrPropertyWithValue("problem.code", "missing-property")
        .hasFieldOrPropertyWithValue("problem.line", 6)
        .hasFieldOrPropertyWithValue("problem.column", 5)
        .hasFieldOrPropertyWithValue("problem.pointer", "/records/0")
        .hasMessage(
            "line 6, column 5 (/records/0, record exercise:china-pakistan-ct-2024): missing"
                + " required property 'name' of an exercise")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void number_for_a_string() {
    reading("number-for-string.json")
        .hasFieldOrPropertyWithValue("problem.code", "wrong-json-type")
        .hasFieldOrPropertyWithValue("problem.line", 9)
        .hasFieldOrPropertyWithValue("problem.column", 15)
        .hasFieldOrPropertyWithValue("problem.pointer", "/records/0/name")
        .hasMessage(
            "line 9, column 15 (/records/0/name, record statement:pmo-2024-11-19): expected a"
                + " string, found the number 42");
  }

  @Test
  void truncated_json() {
    reading("truncated.json")
        .hasFieldOrPropertyWithValue("problem.code", "syntax")
        .hasFieldOrPropertyWithValue("problem.line", 10)
        .hasFieldOrPropertyWithValue("problem.column", 21)
        .hasFieldOrPropertyWithValue("problem.pointer", "/records/0/kind")
        .hasMessage(
            "line 10, column 21 (/records/0/kind, record investment:cpec): malformed JSON:"
                + " Unexpected end-of-input in VALUE_STRING")
        .hasCauseInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
  }

  @Test
  void x_without_underscore() {
    reading("x-without-underscore.json")
        .hasFieldOrPropertyWithValue("problem.code", "unknown-property")
        .hasFieldOrPropertyWithValue("problem.line", 11)
        .hasFieldOrPropertyWithValue("problem.column", 7)
        .hasFieldOrPropertyWithValue("problem.pointer", "/records/0/x-review")
        .hasMessage(
            "line 11, column 7 (/records/0/x-review, record"
                + " operation:balochistan-comprehensive-operation): unknown property 'x-review':"
                + " not a property of an operation; extension properties must start with 'x_'"
                + " (lower case, underscore)");
  }
}
