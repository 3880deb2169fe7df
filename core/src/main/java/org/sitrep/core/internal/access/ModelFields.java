package org.sitrep.core.internal.access;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The fields behind the model's optional properties, read without an {@code Optional}, for the
 * encoder. An accessor such as {@code Incident.place()} wraps its field in a new {@code Optional}
 * on every call, and on JDK 17 the JIT does not remove it ({@code Optional.ofNullable} merges the
 * new object with {@code Optional.empty()}): a record written costs some thirty of them. A getter
 * from here reads the field itself, null when the property is absent. Not public API: users take
 * the accessors.
 *
 * <pre>{@code
 * static final MethodHandle PLACE = ModelFields.getter(Incident.class, "place");
 * Place place = (Place) PLACE.invokeExact((Object) incident); // null when absent
 * }</pre>
 */
public final class ModelFields {

  private ModelFields() {}

  /**
   * A getter of the field that holds {@code property} in instances of the model type {@code type}
   * (the field of its Immutables implementation, {@code ImmutableIncident} for {@code Incident}),
   * of type {@code (Object)Object}: the value, or null when an optional property is absent. Called
   * with anything but an instance of {@code type}, it throws {@link ClassCastException}.
   *
   * @param type an abstract value type of Sitrep's model, e.g. {@code Incident.class}
   * @param property the name of one of its properties whose value is an object
   * @return the getter, to be kept in a {@code static final} field and called with {@code
   *     invokeExact}
   * @throws IllegalArgumentException when {@code type} is not a value type of the model or has no
   *     such property
   */
  public static MethodHandle getter(Class<?> type, String property) {
    if (!type.getPackageName().startsWith("org.sitrep.core")
        || !Modifier.isAbstract(type.getModifiers())
        || type.isInterface()) {
      throw new IllegalArgumentException(type + " is not an abstract value type of the model");
    }
    String implementation = type.getPackageName() + ".Immutable" + type.getSimpleName();
    try {
      Class<?> generated = Class.forName(implementation, false, type.getClassLoader());
      if (!type.isAssignableFrom(generated)) {
        throw new IllegalArgumentException(implementation + " does not implement " + type);
      }
      Field field = generated.getDeclaredField(property);
      if (field.getType().isPrimitive() || Modifier.isStatic(field.getModifiers())) {
        throw new IllegalArgumentException(
            property + " of " + type.getSimpleName() + " does not hold an object");
      }
      MethodHandles.Lookup lookup =
          MethodHandles.privateLookupIn(generated, MethodHandles.lookup());
      return lookup
          .unreflectGetter(field)
          .asType(MethodType.methodType(Object.class, Object.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(
          "no property " + property + " in " + implementation + ": " + e, e);
    }
  }
}
