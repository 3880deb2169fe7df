package org.sitrep.validation.internal;

import java.lang.invoke.MethodHandle;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Casualties;
import org.sitrep.core.Estimate;
import org.sitrep.core.Incident;
import org.sitrep.core.Source;
import org.sitrep.core.geo.Coordinates;
import org.sitrep.core.geo.Place;
import org.sitrep.core.internal.access.ModelFields;
import org.sitrep.core.time.TimeSpan;

/**
 * The optional fields on an incident's path through the fused checks, read as the value or null
 * with core's {@link ModelFields} getters: the generated accessors make an {@code Optional} per
 * call that C2 in JDK 17 does not drop, eight a synthetic incident. Each getter is a constant
 * {@link MethodHandle} of type {@code (Object)Object}, called with {@code invokeExact} (so the
 * result is taken as an {@code Object}, then cast), which the JIT compiles to a plain field load.
 *
 * <p>An absent value is found by comparing the result with {@link #ABSENT}, a reference that is
 * null, before the cast. The first tier inlines the handle, so it records no profile of what the
 * call returned, and C2 reads that empty profile as "never null": a cast of the result, or a test
 * {@code value == null} (the {@code ifnull} bytecode), is compiled as a speculation that it is not
 * null, and the first absent value threw the compiled record checks away ({@code
 * speculate_null_check}, once for each compiled method that inlined the getter, each then compiled
 * again). A comparison of two references ({@code if_acmp}) is compiled from its branch profile, as
 * any other branch; the cast after it sees no null.
 */
final class OptionalFields {

  private static final MethodHandle INCIDENT_DATE = ModelFields.getter(Incident.class, "date");
  private static final MethodHandle INCIDENT_PLACE = ModelFields.getter(Incident.class, "place");
  private static final MethodHandle INCIDENT_CASUALTIES =
      ModelFields.getter(Incident.class, "casualties");
  private static final MethodHandle CASUALTIES_KILLED =
      ModelFields.getter(Casualties.class, "killed");
  private static final MethodHandle CASUALTIES_INJURED =
      ModelFields.getter(Casualties.class, "injured");
  private static final MethodHandle SOURCE_PUBLISHED =
      ModelFields.getter(Source.class, "published");
  private static final MethodHandle SOURCE_ACCESSED = ModelFields.getter(Source.class, "accessed");
  private static final MethodHandle PLACE_COUNTRY = ModelFields.getter(Place.class, "country");
  private static final MethodHandle PLACE_COORDINATES =
      ModelFields.getter(Place.class, "coordinates");

  /** Null, compared with by reference: see the class comment. */
  private static final @Nullable Object ABSENT = null;

  private OptionalFields() {}

  /** {@code incident.date().orElse(null)}. */
  static @Nullable TimeSpan date(Incident incident) {
    try {
      Object value = INCIDENT_DATE.invokeExact((Object) incident);
      return value == ABSENT ? null : (TimeSpan) value;
    } catch (Throwable unexpected) {
      throw failed(unexpected);
    }
  }

  /** {@code incident.place().orElse(null)}. */
  static @Nullable Place place(Incident incident) {
    try {
      Object value = INCIDENT_PLACE.invokeExact((Object) incident);
      return value == ABSENT ? null : (Place) value;
    } catch (Throwable unexpected) {
      throw failed(unexpected);
    }
  }

  /** {@code incident.casualties().orElse(null)}. */
  static @Nullable Casualties casualties(Incident incident) {
    try {
      Object value = INCIDENT_CASUALTIES.invokeExact((Object) incident);
      return value == ABSENT ? null : (Casualties) value;
    } catch (Throwable unexpected) {
      throw failed(unexpected);
    }
  }

  /** {@code casualties.killed().orElse(null)}. */
  static @Nullable Estimate killed(Casualties casualties) {
    try {
      Object value = CASUALTIES_KILLED.invokeExact((Object) casualties);
      return value == ABSENT ? null : (Estimate) value;
    } catch (Throwable unexpected) {
      throw failed(unexpected);
    }
  }

  /** {@code casualties.injured().orElse(null)}. */
  static @Nullable Estimate injured(Casualties casualties) {
    try {
      Object value = CASUALTIES_INJURED.invokeExact((Object) casualties);
      return value == ABSENT ? null : (Estimate) value;
    } catch (Throwable unexpected) {
      throw failed(unexpected);
    }
  }

  /** {@code source.published().orElse(null)}. */
  static @Nullable TimeSpan published(Source source) {
    try {
      Object value = SOURCE_PUBLISHED.invokeExact((Object) source);
      return value == ABSENT ? null : (TimeSpan) value;
    } catch (Throwable unexpected) {
      throw failed(unexpected);
    }
  }

  /** {@code source.accessed().orElse(null)}. */
  static @Nullable TimeSpan accessed(Source source) {
    try {
      Object value = SOURCE_ACCESSED.invokeExact((Object) source);
      return value == ABSENT ? null : (TimeSpan) value;
    } catch (Throwable unexpected) {
      throw failed(unexpected);
    }
  }

  /** {@code place.country().orElse(null)}. */
  static @Nullable String country(Place place) {
    try {
      Object value = PLACE_COUNTRY.invokeExact((Object) place);
      return value == ABSENT ? null : (String) value;
    } catch (Throwable unexpected) {
      throw failed(unexpected);
    }
  }

  /** {@code place.coordinates().orElse(null)}. */
  static @Nullable Coordinates coordinates(Place place) {
    try {
      Object value = PLACE_COORDINATES.invokeExact((Object) place);
      return value == ABSENT ? null : (Coordinates) value;
    } catch (Throwable unexpected) {
      throw failed(unexpected);
    }
  }

  /** A getter failed: only a bug can get here (the receiver is never null, and of its type). */
  private static RuntimeException failed(Throwable unexpected) {
    if (unexpected instanceof RuntimeException runtime) {
      return runtime;
    }
    if (unexpected instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(unexpected);
  }
}
