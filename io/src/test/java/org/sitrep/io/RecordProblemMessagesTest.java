package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact message of each record-level read problem of a document: code, line, column, pointer,
 * record id and detail, so that a changed check, hint or position shows. Every input is one record
 * of a one-line document (the columns count characters from the start of the document).
 */
class RecordProblemMessagesTest {

  static String document(String record) {
    return "{\"sitrep\":\"1.0\",\"title\":\"t\",\"asOf\":\"2024-11-20\",\"records\":["
        + record
        + "]}";
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"ARMED_GROUP\"}",
            "malformed-value",
            "line 1, column 113 (/records/0/kind, record actor:bla): unknown actor kind 'ARMED_GROUP': did you mean 'armed-group'? (expected state, government-body, military, security-force, armed-group, political-party, person, company, international-organization, media, civilian-group or other)"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"Armed group\"}",
            "malformed-value",
            "line 1, column 113 (/records/0/kind, record actor:bla): unknown actor kind 'Armed group': did you mean 'armed-group'? (expected state, government-body, military, security-force, armed-group, political-party, person, company, international-organization, media, civilian-group or other)"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armd-grop\"}",
            "malformed-value",
            "line 1, column 113 (/records/0/kind, record actor:bla): unknown actor kind 'armd-grop': did you mean 'armed-group'? (expected state, government-body, military, security-force, armed-group, political-party, person, company, international-organization, media, civilian-group or other)"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"zzzzzzzzz\"}",
            "malformed-value",
            "line 1, column 113 (/records/0/kind, record actor:bla): unknown actor kind 'zzzzzzzzz' (expected state, government-body, military, security-force, armed-group, political-party, person, company, international-organization, media, civilian-group or other)"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"Explosions/Remote violence\"}",
            "malformed-value",
            "line 1, column 119 (/records/0/category, record incident:k): unknown incident category 'Explosions/Remote violence': that is ACLED's label, the wire name is 'explosions-remote-violence' (expected battles, explosions-remote-violence, violence-against-civilians, protests, riots or strategic-developments)"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"subCategory\":\"Armed clash\"}",
            "malformed-value",
            "line 1, column 143 (/records/0/subCategory, record incident:k): unknown incident sub-category 'Armed clash': that is ACLED's label, the wire name is 'armed-clash' (expected armed-clash, government-regains-territory, non-state-actor-overtakes-territory, chemical-weapon, air-drone-strike, suicide-bomb, shelling-artillery-missile-attack, remote-explosive-landmine-ied, grenade, sexual-violence, attack, abduction-forced-disappearance, peaceful-protest, protest-with-intervention, excessive-force-against-protesters, violent-demonstration, mob-violence, agreement, arrests, change-to-group-activity, disrupted-weapons-use, headquarters-or-base-established, looting-property-destruction, non-violent-transfer-of-territory or strategic-developments-other)"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"subCategory\":\"armed-clsh\"}",
            "malformed-value",
            "line 1, column 143 (/records/0/subCategory, record incident:k): unknown incident sub-category 'armed-clsh': did you mean 'armed-clash'? (expected armed-clash, government-regains-territory, non-state-actor-overtakes-territory, chemical-weapon, air-drone-strike, suicide-bomb, shelling-artillery-missile-attack, remote-explosive-landmine-ied, grenade, sexual-violence, attack, abduction-forced-disappearance, peaceful-protest, protest-with-intervention, excessive-force-against-protesters, violent-demonstration, mob-violence, agreement, arrests, change-to-group-activity, disrupted-weapons-use, headquarters-or-base-established, looting-property-destruction, non-violent-transfer-of-territory or strategic-developments-other)"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"nmae\":\"x\"}",
            "unknown-property",
            "line 1, column 127 (/records/0/nmae, record actor:bla): unknown property 'nmae': not a property of an actor; did you mean 'name'?"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"Kind\":\"x\"}",
            "unknown-property",
            "line 1, column 127 (/records/0/Kind, record actor:bla): unknown property 'Kind': not a property of an actor; did you mean 'kind'?"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"knd\":\"x\"}",
            "unknown-property",
            "line 1, column 127 (/records/0/knd, record actor:bla): unknown property 'knd': not a property of an actor; did you mean 'kind'?"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"x-foo\":1}",
            "unknown-property",
            "line 1, column 127 (/records/0/x-foo, record actor:bla): unknown property 'x-foo': not a property of an actor; extension properties must start with 'x_' (lower case, underscore)"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"X_foo\":1}",
            "unknown-property",
            "line 1, column 127 (/records/0/X_foo, record actor:bla): unknown property 'X_foo': not a property of an actor; extension properties must start with 'x_' (lower case, underscore)"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"xXfoo\":1}",
            "unknown-property",
            "line 1, column 127 (/records/0/xXfoo, record actor:bla): unknown property 'xXfoo': not a property of an actor; extension properties must start with 'x_' (lower case, underscore)"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"x\":1}",
            "unknown-property",
            "line 1, column 127 (/records/0/x, record actor:bla): unknown property 'x': not a property of an actor; a property of your own is an extension: name it x_x"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"x_\":1}",
            "unknown-property",
            "line 1, column 127 (/records/0/x_, record actor:bla): unknown property 'x_': not a property of an actor; extension properties must start with 'x_' (lower case, underscore)"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"alias\":[]}",
            "unknown-property",
            "line 1, column 127 (/records/0/alias, record actor:bla): unknown property 'alias': not a property of an actor; a property of your own is an extension: name it x_alias"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"external_ids\":{}}",
            "unknown-property",
            "line 1, column 127 (/records/0/external_ids, record actor:bla): unknown property 'external_ids': not a property of an actor; did you mean 'externalIds'?"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"confidence\":101}",
            "malformed-value",
            "line 1, column 140 (/records/0/confidence, record actor:bla): confidence must be 0-100, was 101"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"confidence\":3000000000}",
            "malformed-value",
            "line 1, column 140 (/records/0/confidence, record actor:bla): integer 3000000000 out of range (-2147483648 to 2147483647)"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"confidence\":1.5}",
            "wrong-json-type",
            "line 1, column 140 (/records/0/confidence, record actor:bla): expected an integer, found the number 1.5"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"\\ud800x\",\"kind\":\"armed-group\"}",
            "malformed-value",
            "line 1, column 100 (/records/0/name, record actor:bla): a lone surrogate \\ud800 at index 0 of the string: text must be Unicode (I-JSON, RFC 7493); remove it or give its pair"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"a\\udc00\",\"kind\":\"armed-group\"}",
            "malformed-value",
            "line 1, column 100 (/records/0/name, record actor:bla): a lone surrogate \\udc00 at index 1 of the string: text must be Unicode (I-JSON, RFC 7493); remove it or give its pair"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":12345678901234567890123456789012345678901234567890,\"kind\":\"armed-group\"}",
            "wrong-json-type",
            "line 1, column 100 (/records/0/name, record actor:bla): expected a string, found the number 1234567890123456789012345678901234567..."),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":true,\"kind\":\"armed-group\"}",
            "wrong-json-type",
            "line 1, column 100 (/records/0/name, record actor:bla): expected a string, found true"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":false,\"kind\":\"armed-group\"}",
            "wrong-json-type",
            "line 1, column 100 (/records/0/name, record actor:bla): expected a string, found false"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":{},\"kind\":\"armed-group\"}",
            "wrong-json-type",
            "line 1, column 100 (/records/0/name, record actor:bla): expected a string, found an object"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":[],\"kind\":\"armed-group\"}",
            "wrong-json-type",
            "line 1, column 100 (/records/0/name, record actor:bla): expected a string, found an array"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"parent\":\"incident:k\"}",
            "wrong-kind",
            "line 1, column 136 (/records/0/parent, record actor:bla): reference 'incident:k' names an incident, expected an actor id (actor:...)"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"parent\":\"operation:o\"}",
            "wrong-kind",
            "line 1, column 136 (/records/0/parent, record actor:bla): reference 'operation:o' names an operation, expected an actor id (actor:...)"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"parent\":\"nokind\"}",
            "malformed-value",
            "line 1, column 136 (/records/0/parent, record actor:bla): Malformed id 'nokind': expected <kind>:<slug>, e.g. actor:bla"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"parent\":5}",
            "wrong-json-type",
            "line 1, column 136 (/records/0/parent, record actor:bla): expected an id string, found the number 5"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"bla\",\"name\":\"BLA\",\"kind\":\"armed-group\"}",
            "malformed-value",
            "line 1, column 81 (/records/0/id): Malformed id 'bla': expected <kind>:<slug>, e.g. actor:bla"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\"}",
            "missing-property",
            "line 1, column 60 (/records/0, record actor:bla): missing required properties 'name', 'kind' of an actor"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"n\"}",
            "missing-property",
            "line 1, column 60 (/records/0, record actor:bla): missing required property 'kind' of an actor"),
        Arguments.of(
            "{\"id\":\"actor:bla\",\"name\":\"n\"}",
            "missing-property",
            "line 1, column 60 (/records/0, record actor:bla): missing property 'type' of record actor:bla: its id says it is an actor, add \"type\": \"actor\""),
        Arguments.of(
            "{\"id\":\"operation:o\",\"name\":\"n\"}",
            "missing-property",
            "line 1, column 60 (/records/0, record operation:o): missing property 'type' of record operation:o: its id says it is an operation, add \"type\": \"operation\""),
        Arguments.of(
            "{\"id\":\"incident:o\",\"name\":\"n\"}",
            "missing-property",
            "line 1, column 60 (/records/0, record incident:o): missing property 'type' of record incident:o: its id says it is an incident, add \"type\": \"incident\""),
        Arguments.of(
            "{\"id\":\"bogus\",\"name\":\"n\"}",
            "missing-property",
            "line 1, column 60 (/records/0): missing property 'type' of record bogus"),
        Arguments.of(
            "{\"id\":\":x\",\"name\":\"n\"}",
            "missing-property",
            "line 1, column 60 (/records/0): missing property 'type' of record :x"),
        Arguments.of(
            "{\"id\":\"widget:x\",\"name\":\"n\"}",
            "missing-property",
            "line 1, column 60 (/records/0): missing property 'type' of record widget:x"),
        Arguments.of(
            "{\"id\":5}",
            "missing-property",
            "line 1, column 60 (/records/0): missing property 'type'"),
        Arguments.of(
            "{}", "missing-property", "line 1, column 60 (/records/0): missing property 'type'"),
        Arguments.of(
            "{\"name\":\"n\",\"type\":\"actr\"}",
            "unknown-type",
            "line 1, column 60 (/records/0/type): unknown record type 'actr' (expected actor, incident, operation, exercise, investment or statement)"),
        Arguments.of(
            "{\"name\":\"n\",\"type\":null}",
            "missing-property",
            "line 1, column 79 (/records/0/type): missing property 'type' (it is null): name the record type, e.g. \"type\": \"incident\""),
        Arguments.of(
            "{\"name\":\"n\",\"type\":5}",
            "wrong-json-type",
            "line 1, column 79 (/records/0/type): expected a record type string, found the number 5"),
        Arguments.of(
            "{\"name\":\"n\",\"type\":\"actor\",\"type\":\"actor\"}",
            "duplicate-property",
            "line 1, column 94 (/records/0/type): property 'type' given twice"),
        Arguments.of(
            "{\"type\":\"actor\",\"type\":\"actor\"}",
            "duplicate-property",
            "line 1, column 83 (/records/0/type): property 'type' given twice"),
        Arguments.of(
            "{\"type\":null}",
            "missing-property",
            "line 1, column 68 (/records/0/type): missing property 'type' (it is null): name the record type, e.g. \"type\": \"incident\""),
        Arguments.of(
            "{\"type\":7}",
            "wrong-json-type",
            "line 1, column 68 (/records/0/type): expected a record type string, found the number 7"),
        Arguments.of(
            "{\"type\":\"bogus\"}",
            "unknown-type",
            "line 1, column 68 (/records/0/type): unknown record type 'bogus' (expected actor, incident, operation, exercise, investment or statement)"),
        Arguments.of(
            "{\"name\":\"BLA\",\"type\":\"actor\",\"id\":\"actor:bla\",\"kind\":\"armed-group\",\"colour\":1}",
            "unknown-property",
            "line 1, column 60 (/records/0/colour, record actor:bla): unknown property 'colour': not a property of an actor; a property of your own is an extension: name it x_colour"),
        Arguments.of(
            "{\"name\":\"BLA\",\"type\":\"actor\",\"id\":\"actor:bla\",\"kind\":\"bad\"}",
            "malformed-value",
            "line 1, column 60 (/records/0/kind, record actor:bla): unknown actor kind 'bad' (expected state, government-body, military, security-force, armed-group, political-party, person, company, international-organization, media, civilian-group or other)"),
        Arguments.of(
            "{\"name\":\"BLA\",\"type\":\"actor\",\"id\":\"actor:bla\"}",
            "missing-property",
            "line 1, column 60 (/records/0, record actor:bla): missing required property 'kind' of an actor"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"casualties\":{\"killed\":{}}}",
            "missing-property",
            "line 1, column 152 (/records/0/casualties/killed, record incident:k): an estimate needs at least one of low, best, high"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"casualties\":{\"killed\":{\"best\":1,\"worst\":2}}}",
            "unknown-property",
            "line 1, column 162 (/records/0/casualties/killed/worst, record incident:k): unknown property 'worst': not a property of an estimate"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"casualties\":{\"breakdowns\":[{\"killed\":{\"best\":1}}]}}",
            "missing-property",
            "line 1, column 157 (/records/0/casualties/breakdowns/0, record incident:k): missing required property 'group' of a casualty breakdown"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"casualties\":{\"breakdowns\":[5]}}",
            "wrong-json-type",
            "line 1, column 157 (/records/0/casualties/breakdowns/0, record incident:k): expected a breakdown object, found the number 5"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"casualties\":{\"breakdowns\":[{\"group\":\"g\",\"dead\":1}]}}",
            "unknown-property",
            "line 1, column 170 (/records/0/casualties/breakdowns/0/dead, record incident:k): unknown property 'dead': not a property of a casualty breakdown"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"casualties\":{\"wounded\":1}}",
            "unknown-property",
            "line 1, column 143 (/records/0/casualties/wounded, record incident:k): unknown property 'wounded': not a property of casualties; a property of your own is an extension: name it x_wounded"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"place\":{\"name\":\"P\",\"coordinates\":{\"latitude\":1}}}",
            "missing-property",
            "line 1, column 163 (/records/0/place/coordinates, record incident:k): missing required property 'longitude'"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"place\":{\"name\":\"P\",\"coordinates\":{\"longitude\":1}}}",
            "missing-property",
            "line 1, column 163 (/records/0/place/coordinates, record incident:k): missing required property 'latitude'"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"place\":{\"name\":\"P\",\"coordinates\":{\"latitude\":1,\"longitude\":1,\"alt\":1}}}",
            "unknown-property",
            "line 1, column 191 (/records/0/place/coordinates/alt, record incident:k): unknown property 'alt': not a property of coordinates"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"place\":{\"name\":\"P\",\"coordinates\":{\"latitude\":\"1\",\"longitude\":1}}}",
            "wrong-json-type",
            "line 1, column 175 (/records/0/place/coordinates/latitude, record incident:k): expected a number, found the string \"1\""),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"place\":{\"name\":\"P\",\"kind\":\"town\"}}",
            "malformed-value",
            "line 1, column 156 (/records/0/place/kind, record incident:k): unknown place kind 'town' (expected country, admin1, admin2, city or site)"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"place\":{\"name\":\"P\",\"district\":\"D\"}}",
            "unknown-property",
            "line 1, column 149 (/records/0/place/district, record incident:k): unknown property 'district': not a property of a place; a property of your own is an extension: name it x_district"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"place\":5}",
            "wrong-json-type",
            "line 1, column 137 (/records/0/place, record incident:k): expected an object, found the number 5"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"perpetrators\":{}}",
            "wrong-json-type",
            "line 1, column 144 (/records/0/perpetrators, record incident:k): expected an array, found an object"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"perpetrators\":[{}]}",
            "missing-property",
            "line 1, column 145 (/records/0/perpetrators/0, record incident:k): missing required properties 'actor', 'certainty' of an involvement"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"perpetrators\":[{\"actor\":\"actor:a\",\"certainty\":\"sure\"}]}",
            "malformed-value",
            "line 1, column 176 (/records/0/perpetrators/0/certainty, record incident:k): unknown certainty 'sure' (expected confirmed, claimed, attributed, suspected or unknown)"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"perpetrators\":[{\"actor\":\"actor:a\",\"certainty\":\"confirmed\",\"rol\":\"x\"}]}",
            "unknown-property",
            "line 1, column 188 (/records/0/perpetrators/0/rol, record incident:k): unknown property 'rol': not a property of an involvement; did you mean 'role'?"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"date\":\"2024-13\"}",
            "malformed-value",
            "line 1, column 136 (/records/0/date, record incident:k): malformed date: Invalid EDTF date '2024-13': month 13 out of range 01-12 or seasons 21-24 at index 5"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"date\":5}",
            "wrong-json-type",
            "line 1, column 136 (/records/0/date, record incident:k): expected a date string, found the number 5"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"suicide\":\"yes\"}",
            "wrong-json-type",
            "line 1, column 139 (/records/0/suicide, record incident:k): expected true or false, found the string \"yes\""),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"created\":\"yesterday\"}",
            "malformed-value",
            "line 1, column 139 (/records/0/created, record incident:k): malformed date: Text 'yesterday' could not be parsed at index 0"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"claimStatus\":\"maybe\"}",
            "malformed-value",
            "line 1, column 143 (/records/0/claimStatus, record incident:k): unknown claim status 'maybe' (expected claimed, unclaimed, denied, disputed or unknown)"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"affects\":[\"actor:a\"]}",
            "wrong-kind",
            "line 1, column 140 (/records/0/affects/0, record incident:k): reference 'actor:a' names an actor, expected an investment id (investment:...)"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"sources\":[{\"publisher\":\"P\",\"autor\":\"x\"}]}",
            "unknown-property",
            "line 1, column 157 (/records/0/sources/0/autor, record incident:k): unknown property 'autor': not a property of a source; a property of your own is an extension: name it x_autor"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"sources\":[5]}",
            "wrong-json-type",
            "line 1, column 140 (/records/0/sources/0, record incident:k): expected a source object, found the number 5"),
        Arguments.of(
            "{\"type\":\"investment\",\"id\":\"investment:i\",\"name\":\"I\",\"kind\":\"loan\",\"value\":{\"amount\":\"1\",\"currency\":\"USD\"}}",
            "wrong-json-type",
            "line 1, column 144 (/records/0/value/amount, record investment:i): expected a number, found the string \"1\""),
        Arguments.of(
            "{\"type\":\"investment\",\"id\":\"investment:i\",\"name\":\"I\",\"kind\":\"loan\",\"value\":{\"currency\":\"USD\"}}",
            "missing-property",
            "line 1, column 134 (/records/0/value, record investment:i): missing required property 'amount'"),
        Arguments.of(
            "{\"type\":\"investment\",\"id\":\"investment:i\",\"name\":\"I\",\"kind\":\"loan\",\"value\":{\"amount\":1}}",
            "missing-property",
            "line 1, column 134 (/records/0/value, record investment:i): missing required property 'currency'"),
        Arguments.of(
            "{\"type\":\"investment\",\"id\":\"investment:i\",\"name\":\"I\",\"kind\":\"loan\",\"value\":{\"amount\":1,\"currency\":\"USD\",\"rate\":2}}",
            "unknown-property",
            "line 1, column 163 (/records/0/value/rate, record investment:i): unknown property 'rate': not a property of an amount of money"),
        Arguments.of(
            "{\"type\":\"investment\",\"id\":\"investment:i\",\"name\":\"I\",\"kind\":\"loan\",\"value\":{\"amount\":1,\"currency\":\"USD\",\"approximate\":\"yes\"}}",
            "wrong-json-type",
            "line 1, column 177 (/records/0/value/approximate, record investment:i): expected true or false, found the string \"yes\""),
        Arguments.of(
            "{\"type\":\"investment\",\"id\":\"investment:i\",\"name\":\"I\",\"kind\":\"loan\",\"partOf\":\"incident:k\"}",
            "wrong-kind",
            "line 1, column 135 (/records/0/partOf, record investment:i): reference 'incident:k' names an incident, expected an investment id (investment:...)"),
        Arguments.of(
            "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"counter-terrorism\",\"domains\":{\"space\":\"confirmed\"}}",
            "malformed-value",
            "line 1, column 156 (/records/0/domains/space, record operation:o): unknown domain 'space' (expected ground, air, naval, cyber or intelligence)"),
        Arguments.of(
            "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"counter-terrorism\",\"domains\":{\"air\":\"sure\"}}",
            "malformed-value",
            "line 1, column 154 (/records/0/domains/air, record operation:o): unknown certainty 'sure' (expected confirmed, claimed, attributed, suspected or unknown)"),
        Arguments.of(
            "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"counter-terrorism\",\"status\":\"done\"}",
            "malformed-value",
            "line 1, column 146 (/records/0/status, record operation:o): unknown operation status 'done' (expected proposed, approved, ongoing, suspended or concluded)"),
        Arguments.of(
            "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"counter-terorism\"}",
            "malformed-value",
            "line 1, column 117 (/records/0/kind, record operation:o): unknown operation kind 'counter-terorism': did you mean 'counter-terrorism'? (expected military-offensive, counter-insurgency, counter-terrorism, intelligence-based, security-operation, peacekeeping or other)"),
        Arguments.of(
            "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"counter-terrorism\",\"period\":\"2024-99\"}",
            "malformed-value",
            "line 1, column 146 (/records/0/period, record operation:o): malformed date: Invalid EDTF interval '2024-99': month 99 out of range 01-12 or seasons 21-24 at index 5"),
        Arguments.of(
            "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"counter-terrorism\",\"announced\":\"someday\"}",
            "malformed-value",
            "line 1, column 149 (/records/0/announced, record operation:o): malformed date: Invalid EDTF date 'someday': unexpected 's', expected a digit at index 0"),
        Arguments.of(
            "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"counter-terrorism\",\"triggeredBy\":[{\"target\":\"incident:k\"}]}",
            "missing-property",
            "line 1, column 152 (/records/0/triggeredBy/0, record operation:o): missing required property 'certainty'"),
        Arguments.of(
            "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"counter-terrorism\",\"triggeredBy\":[{\"certainty\":\"confirmed\"}]}",
            "missing-property",
            "line 1, column 152 (/records/0/triggeredBy/0, record operation:o): missing required property 'target'"),
        Arguments.of(
            "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"counter-terrorism\",\"triggeredBy\":[{\"target\":\"incident:k\",\"certainty\":\"confirmed\",\"why\":1}]}",
            "unknown-property",
            "line 1, column 199 (/records/0/triggeredBy/0/why, record operation:o): unknown property 'why': not a property of a link"),
        Arguments.of(
            "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"counter-terrorism\",\"triggeredBy\":[5]}",
            "wrong-json-type",
            "line 1, column 152 (/records/0/triggeredBy/0, record operation:o): expected a link object, found the number 5"),
        Arguments.of(
            "{\"type\":\"exercise\",\"id\":\"exercise:e\",\"name\":\"E\",\"kind\":\"drill\"}",
            "malformed-value",
            "line 1, column 115 (/records/0/kind, record exercise:e): unknown exercise kind 'drill' (expected counter-terrorism, field-training, naval, air, command-post or other)"),
        Arguments.of(
            "{\"type\":\"exercise\",\"id\":\"exercise:e\",\"name\":\"E\",\"kind\":\"other\",\"joint\":1}",
            "wrong-json-type",
            "line 1, column 131 (/records/0/joint, record exercise:e): expected true or false, found the number 1"),
        Arguments.of(
            "{\"type\":\"statement\",\"id\":\"statement:s\",\"name\":\"S\",\"kind\":\"speech\"}",
            "malformed-value",
            "line 1, column 117 (/records/0/kind, record statement:s): unknown statement kind 'speech' (expected statement, claim-of-responsibility, denial, announcement or no-comment)"),
        Arguments.of(
            "{\"type\":\"statement\",\"id\":\"statement:s\",\"name\":\"S\",\"kind\":\"other\",\"about\":[5]}",
            "malformed-value",
            "line 1, column 117 (/records/0/kind, record statement:s): unknown statement kind 'other' (expected statement, claim-of-responsibility, denial, announcement or no-comment)"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"affiliations\":[{\"organisation\":\"actor:o\",\"role\":\"r\",\"rank\":1}]}",
            "unknown-property",
            "line 1, column 180 (/records/0/affiliations/0/rank, record actor:bla): unknown property 'rank': not a property of an affiliation; a property of your own is an extension: name it x_rank"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"affiliations\":[5]}",
            "wrong-json-type",
            "line 1, column 143 (/records/0/affiliations/0, record actor:bla): expected an affiliation object, found the number 5"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"affiliations\":[{}]}",
            "missing-property",
            "line 1, column 143 (/records/0/affiliations/0, record actor:bla): missing required properties 'organisation', 'role' of an affiliation"),
        Arguments.of(
            "{\"type\":\"incident\",\"type\":\"incident\"}",
            "duplicate-property",
            "line 1, column 86 (/records/0/type): property 'type' given twice"),
        Arguments.of(
            "{\"type\":\"operation\",\"type\":\"operation\"}",
            "duplicate-property",
            "line 1, column 87 (/records/0/type): property 'type' given twice"),
        Arguments.of(
            "{\"type\":\"exercise\",\"type\":\"exercise\"}",
            "duplicate-property",
            "line 1, column 86 (/records/0/type): property 'type' given twice"),
        Arguments.of(
            "{\"type\":\"investment\",\"type\":\"investment\"}",
            "duplicate-property",
            "line 1, column 88 (/records/0/type): property 'type' given twice"),
        Arguments.of(
            "{\"type\":\"statement\",\"type\":\"statement\"}",
            "duplicate-property",
            "line 1, column 87 (/records/0/type): property 'type' given twice"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":5}",
            "wrong-json-type",
            "line 1, column 113 (/records/0/kind, record actor:bla): expected an actor kind string, found the number 5"),
        Arguments.of(
            "5",
            "wrong-json-type",
            "line 1, column 60 (/records/0): expected a record object, found the number 5"),
        Arguments.of(
            "\"actor:bla\"",
            "wrong-json-type",
            "line 1, column 60 (/records/0): expected a record object, found the string \"actor:bla\""),
        Arguments.of(
            "[]",
            "wrong-json-type",
            "line 1, column 60 (/records/0): expected a record object, found an array"),
        Arguments.of(
            "null",
            "wrong-json-type",
            "line 1, column 60 (/records/0): expected a record object, found null"),
        Arguments.of(
            "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"counter-terrorism\",\"area\":[5]}",
            "wrong-json-type",
            "line 1, column 145 (/records/0/area/0, record operation:o): expected a place object, found the number 5"),
        Arguments.of(
            "{\"type\":\"investment\",\"id\":\"investment:i\",\"name\":\"I\",\"kind\":\"loan\",\"assets\":[{\"name\":\"P\",\"kind\":\"admin\"}]}",
            "malformed-value",
            "line 1, column 155 (/records/0/assets/0/kind, record investment:i): unknown place kind 'admin': did you mean 'admin1'? (expected country, admin1, admin2, city or site)"),
        Arguments.of(
            "{\"type\":\"investment\",\"id\":\"investment:i\",\"name\":\"I\",\"kind\":\"loan\",\"assets\":[{\"name\":\"P\",\"kind\":\"cite\"}]}",
            "malformed-value",
            "line 1, column 155 (/records/0/assets/0/kind, record investment:i): unknown place kind 'cite': did you mean 'city'? (expected country, admin1, admin2, city or site)"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"aliases\":[null]}",
            "wrong-json-type",
            "line 1, column 138 (/records/0/aliases/0, record actor:bla): expected a string, found null"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"confidence\":\"1234567890123456789012345678901234567890\"}",
            "wrong-json-type",
            "line 1, column 140 (/records/0/confidence, record actor:bla): expected an integer, found the string \"1234567890123456789012345678901234567890\""),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"confidence\":\"12345678901234567890123456789012345678901\"}",
            "wrong-json-type",
            "line 1, column 140 (/records/0/confidence, record actor:bla): expected an integer, found the string \"1234567890123456789012345678901234567...\""),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"confidence\":\"5\"}",
            "wrong-json-type",
            "line 1, column 140 (/records/0/confidence, record actor:bla): expected an integer, found the string \"5\""),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"nmaex\":1}",
            "unknown-property",
            "line 1, column 127 (/records/0/nmaex, record actor:bla): unknown property 'nmaex': not a property of an actor; a property of your own is an extension: name it x_nmaex"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"kindxy\":1}",
            "unknown-property",
            "line 1, column 127 (/records/0/kindxy, record actor:bla): unknown property 'kindxy': not a property of an actor; did you mean 'kind'?"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"ex_ter_nal_ids\":{}}",
            "unknown-property",
            "line 1, column 127 (/records/0/ex_ter_nal_ids, record actor:bla): unknown property 'ex_ter_nal_ids': not a property of an actor; did you mean 'externalIds'?"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"ind\":1}",
            "unknown-property",
            "line 1, column 127 (/records/0/ind, record actor:bla): unknown property 'ind': not a property of an actor; did you mean 'id'?"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"BLA\",\"kind\":\"armed-group\",\"z\":1}",
            "unknown-property",
            "line 1, column 127 (/records/0/z, record actor:bla): unknown property 'z': not a property of an actor; a property of your own is an extension: name it x_z"),
        Arguments.of(
            "{\"type\":\"actor\",\"id\":\"actor:bla\",\"name\":\"a\\ud800\",\"kind\":\"armed-group\"}",
            "malformed-value",
            "line 1, column 100 (/records/0/name, record actor:bla): a lone surrogate \\ud800 at index 1 of the string: text must be Unicode (I-JSON, RFC 7493); remove it or give its pair"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"casualties\":{\"killed\":{\"best\":1,\"x-low\":2}}}",
            "unknown-property",
            "line 1, column 162 (/records/0/casualties/killed/x-low, record incident:k): unknown property 'x-low': not a property of an estimate; extension properties must start with 'x_' (lower case, underscore)"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"casualties\":{\"killed\":{\"best\":1,\"xlow\":2}}}",
            "unknown-property",
            "line 1, column 162 (/records/0/casualties/killed/xlow, record incident:k): unknown property 'xlow': not a property of an estimate; did you mean 'low'?"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"casualties\":{\"killed\":{\"best\":1,\"Xx\":2}}}",
            "unknown-property",
            "line 1, column 162 (/records/0/casualties/killed/Xx, record incident:k): unknown property 'Xx': not a property of an estimate"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"casualties\":{\"killed\":{\"best\":1,\"X\":2}}}",
            "unknown-property",
            "line 1, column 162 (/records/0/casualties/killed/X, record incident:k): unknown property 'X': not a property of an estimate"),
        Arguments.of(
            "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"counter-terrorism\",\"period\":5}",
            "wrong-json-type",
            "line 1, column 146 (/records/0/period, record operation:o): expected a date string, found the number 5"),
        Arguments.of(
            "{\"type\":\"operation\",\"id\":\"operation:o\",\"name\":\"O\",\"kind\":\"counter-terrorism\",\"domains\":[]}",
            "wrong-json-type",
            "line 1, column 147 (/records/0/domains, record operation:o): expected an object, found an array"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"casualties\":{\"killed\":{\"best\":\"1\"}}}",
            "wrong-json-type",
            "line 1, column 160 (/records/0/casualties/killed/best, record incident:k): expected an integer, found the string \"1\""),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"casualties\":{\"killed\":{\"best\":1.5}}}",
            "wrong-json-type",
            "line 1, column 160 (/records/0/casualties/killed/best, record incident:k): expected an integer, found the number 1.5"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"casualties\":{\"injured\":{\"low\":99999999999}}}",
            "malformed-value",
            "line 1, column 160 (/records/0/casualties/injured/low, record incident:k): integer 99999999999 out of range (-2147483648 to 2147483647)"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"x_ok\":1,\"tags\":[5]}",
            "wrong-json-type",
            "line 1, column 146 (/records/0/tags/0, record incident:k): expected a string, found the number 5"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"externalIds\":{\"acled\":5}}",
            "wrong-json-type",
            "line 1, column 152 (/records/0/externalIds/acled, record incident:k): expected a string, found the number 5"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"perpetrators\":[{\"actor\":\"actor:a\",\"certainty\":\"confirmed\",\"attributedBy\":\"incident:k\"}]}",
            "wrong-kind",
            "line 1, column 203 (/records/0/perpetrators/0/attributedBy, record incident:k): reference 'incident:k' names an incident, expected an actor id (actor:...)"),
        Arguments.of(
            "{\"type\":\"statement\",\"id\":\"statement:s\",\"name\":\"S\",\"kind\":\"denial\",\"about\":[5]}",
            "wrong-json-type",
            "line 1, column 135 (/records/0/about/0, record statement:s): expected an id string, found the number 5"),
        Arguments.of(
            "{\"type\":\"statement\",\"id\":\"statement:s\",\"name\":\"S\",\"kind\":\"denial\",\"about\":[\"x:y\"]}",
            "malformed-value",
            "line 1, column 135 (/records/0/about/0, record statement:s): Malformed id 'x:y': unknown kind 'x' at index 0 (expected actor, incident, operation, exercise, investment or statement)"),
        Arguments.of(
            "{\"type\":\"incident\",\"id\":\"incident:k\",\"name\":\"K\",\"category\":\"battles\",\"sources\":[{\"publisher\":\"P\",\"published\":\"soon\"}]}",
            "malformed-value",
            "line 1, column 169 (/records/0/sources/0/published, record incident:k): malformed date: Invalid EDTF date 'soon': unexpected 's', expected a digit at index 0"));
  }

  @ParameterizedTest
  @MethodSource("problems")
  void aStrictReaderRefusesTheRecordWithThisMessage(String record, String code, String message) {
    assertThatThrownBy(() -> SitrepJson.strict().read(document(record)))
        .isInstanceOfSatisfying(
            SitrepReadException.class,
            e -> {
              assertThat(e.problem().code()).isEqualTo(code);
              assertThat(e.getMessage()).isEqualTo(message);
            });
  }

  @ParameterizedTest
  @MethodSource("problems")
  void aLenientReaderWarnsTheSame(String record, String code, String message) {
    ReadResult result = SitrepJson.lenient().read(document(record));
    // a record with an unknown property is read without it; any other problem leaves it out
    assertThat(result.dataset().records())
        .hasSize(code.equals(ReadProblem.UNKNOWN_PROPERTY) ? 1 : 0);
    assertThat(result.warnings()).hasSize(1);
    ReadProblem warning = result.warnings().get(0);
    assertThat(warning.code()).isEqualTo(code);
    assertThat(warning.message()).isEqualTo(message);
  }
}
