package org.sitrep.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.invoke.MethodHandle;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Actor;
import org.sitrep.core.Casualties;
import org.sitrep.core.Certainty;
import org.sitrep.core.Confidence;
import org.sitrep.core.Estimate;
import org.sitrep.core.Id;
import org.sitrep.core.Incident;
import org.sitrep.core.Involvement;
import org.sitrep.core.Source;
import org.sitrep.core.geo.Place;
import org.sitrep.core.taxonomy.IncidentCategory;
import org.sitrep.core.time.FuzzyDate;

class ModelFieldsTest {

  private static Object get(MethodHandle getter, Object value) throws Throwable {
    return (Object) getter.invokeExact(value);
  }

  @Test
  void aGetterReadsWhatTheOptionalAccessorHoldsAndNullWhenAbsent() throws Throwable {
    Incident full =
        Incident.builder()
            .id(Id.incident("a"))
            .name("A")
            .category(IncidentCategory.BATTLES)
            .description("described")
            .confidence(Confidence.of(80))
            .date(FuzzyDate.parse("2024-03-15"))
            .place(Place.of("Karachi", Place.Kind.CITY))
            .build();
    Incident bare =
        Incident.builder()
            .id(Id.incident("b"))
            .name("B")
            .category(IncidentCategory.BATTLES)
            .build();

    MethodHandle description = ModelFields.getter(Incident.class, "description");
    MethodHandle confidence = ModelFields.getter(Incident.class, "confidence");
    MethodHandle date = ModelFields.getter(Incident.class, "date");
    MethodHandle place = ModelFields.getter(Incident.class, "place");

    assertThat(get(description, full)).isEqualTo(full.description().orElseThrow());
    assertThat(get(confidence, full)).isEqualTo(full.confidence().orElseThrow());
    assertThat(get(date, full)).isEqualTo(full.date().orElseThrow());
    assertThat(get(place, full)).isSameAs(full.place().orElseThrow());
    assertThat(get(description, bare)).isNull();
    assertThat(get(confidence, bare)).isNull();
    assertThat(get(date, bare)).isNull();
    assertThat(get(place, bare)).isNull();
  }

  @Test
  void nestedValuesAndOtherPackagesHaveGettersToo() throws Throwable {
    Involvement involvement =
        Involvement.builder()
            .actor(Id.actor("x"))
            .certainty(Certainty.CLAIMED)
            .role("gunmen")
            .build();
    Casualties casualties = Casualties.builder().killed(Estimate.of(3)).build();
    Source source = Source.builder().publisher("Dawn").build();
    Place place = Place.builder().name("Quetta").country("PK").build();

    assertThat(get(ModelFields.getter(Involvement.class, "role"), involvement)).isEqualTo("gunmen");
    assertThat(get(ModelFields.getter(Involvement.class, "attributedBy"), involvement)).isNull();
    assertThat(get(ModelFields.getter(Casualties.class, "killed"), casualties))
        .isEqualTo(Estimate.of(3));
    assertThat(get(ModelFields.getter(Casualties.class, "injured"), casualties)).isNull();
    assertThat(get(ModelFields.getter(Source.class, "publisher"), source)).isEqualTo("Dawn");
    assertThat(get(ModelFields.getter(Place.class, "country"), place)).isEqualTo("PK");
    assertThat(get(ModelFields.getter(Place.class, "kind"), place)).isNull();
  }

  @Test
  void aGetterRefusesAnotherType() {
    MethodHandle place = ModelFields.getter(Incident.class, "place");
    Actor actor = Actor.builder().id(Id.actor("x")).name("X").kind(Actor.Kind.ARMED_GROUP).build();

    assertThatThrownBy(() -> get(place, actor)).isInstanceOf(ClassCastException.class);
  }

  @Test
  void onlyTheModelsValueTypesAndTheirPropertiesHaveGetters() {
    assertThatThrownBy(() -> ModelFields.getter(String.class, "value"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an abstract value type of the model");
    assertThatThrownBy(() -> ModelFields.getter(Incident.class, "nothing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no property nothing in org.sitrep.core.ImmutableIncident");
    assertThatThrownBy(() -> ModelFields.getter(Estimate.class, "low"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
