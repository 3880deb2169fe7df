package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.Affiliation;
import org.sitrep.core.Casualties;
import org.sitrep.core.Estimate;
import org.sitrep.core.Involvement;
import org.sitrep.core.Link;
import org.sitrep.core.Money;
import org.sitrep.core.PropertyNames;
import org.sitrep.core.RecordType;
import org.sitrep.core.Source;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;

/**
 * Every accessor of every record and value type appears in a full golden file, so that a new or
 * renamed accessor cannot be silently left out of the wire format.
 */
class CompletenessTest {

  private static final ObjectMapper TREES = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void every_accessor_of_a_record_type_is_in_its_full_golden_file(RecordType type)
      throws Exception {
    JsonNode record = node(type.wireName() + "-full.json", "/records/0");

    assertThat(record.get(PropertyNames.TYPE).asText()).isEqualTo(type.wireName());
    assertThat(accessors(type.javaType())).isNotEmpty().allSatisfy(name -> present(record, name));
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void every_record_type_has_a_minimal_golden_file(RecordType type) throws Exception {
    JsonNode record = node(type.wireName() + "-minimal.json", "/records/0");

    assertThat(record.get(PropertyNames.TYPE).asText()).isEqualTo(type.wireName());
  }

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(Involvement.class, "incident-full.json", "/records/0/perpetrators/0"),
        Arguments.of(Affiliation.class, "actor-full.json", "/records/0/affiliations/0"),
        Arguments.of(Source.class, "actor-full.json", "/records/0/sources/0"),
        Arguments.of(Casualties.class, "incident-full.json", "/records/0/casualties"),
        Arguments.of(
            Casualties.Breakdown.class, "incident-full.json", "/records/0/casualties/breakdowns/0"),
        Arguments.of(Place.class, "incident-full.json", "/records/0/place"),
        Arguments.of(Coordinates.class, "incident-full.json", "/records/0/place/coordinates"),
        Arguments.of(Estimate.class, "incident-full.json", "/records/0/casualties/killed"),
        Arguments.of(Money.class, "investment-full.json", "/records/0/value"),
        Arguments.of(Link.class, "operation-full.json", "/records/0/triggeredBy/0"));
  }

  @ParameterizedTest
  @MethodSource("values")
  void every_accessor_of_a_value_type_is_in_a_full_golden_file(
      Class<?> type, String file, String pointer) throws Exception {
    JsonNode value = node(file, pointer);

    assertThat(accessors(type)).isNotEmpty().allSatisfy(name -> present(value, name));
  }

  private static JsonNode node(String file, String pointer) throws Exception {
    JsonNode node =
        TREES.readTree(Resources.text("contract/" + file)).at(JsonPointer.compile(pointer));
    assertThat(node.isObject()).as(file + pointer).isTrue();
    return node;
  }

  /** The wire name of each accessor: record components, or the public abstract getters. */
  static List<String> accessors(Class<?> type) {
    List<String> names = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        names.add(component.getName());
      }
    } else if (type == Estimate.class) {
      for (Method method : type.getDeclaredMethods()) {
        if (method.getReturnType() == java.util.OptionalInt.class) {
          names.add(method.getName());
        }
      }
    } else {
      for (Method method : allPublic(type)) {
        int modifiers = method.getModifiers();
        boolean accessor =
            !Modifier.isStatic(modifiers)
                && !Modifier.isFinal(modifiers)
                && method.getParameterCount() == 0
                && !method.getReturnType().getSimpleName().equals("Builder")
                && !Arrays.asList("toString", "hashCode").contains(method.getName());
        if (accessor && !names.contains(method.getName())) {
          names.add(method.getName());
        }
      }
    }
    return names;
  }

  private static List<Method> allPublic(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (method.getDeclaringClass() != Object.class) {
        methods.add(method);
      }
    }
    return methods;
  }

  private static void present(JsonNode object, String accessor) {
    if (accessor.equals("extensions")) {
      assertThat(object.fieldNames()).toIterable().anyMatch(name -> name.startsWith("x_"));
    } else {
      String property = accessor.equals("currencyCode") ? PropertyNames.CURRENCY : accessor;
      assertThat(object.has(property)).as("property %s", property).isTrue();
    }
  }
}
