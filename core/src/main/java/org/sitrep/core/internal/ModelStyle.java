package org.sitrep.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the Sitrep model, applied to every model package through its {@code
 * package-info.java}.
 *
 * <p>Generated implementations stay package-private and hidden behind the hand-written public type
 * ({@code Incident.builder()}, never {@code ImmutableIncident}); collections are plain JDK
 * collections ({@code jdkOnly}) so that Guava on a user's class path changes nothing; a null is
 * refused with a {@link NullFieldException} that names the type and the field.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    clearBuilder = true,
    throwForNullPointer = NullFieldException.class,
    // No @Generated on generated classes: users compile against core without Immutables, and
    // javac would warn about the missing annotation type in every class that uses the model.
    allowedClasspathAnnotations = {Override.class},
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = false),
    allParameters = false,
    privateNoargConstructor = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases"})
public @interface ModelStyle {}
