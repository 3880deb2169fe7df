package org.sitrep.core;

import org.sitrep.core.time.Timestamp;

/**
 * The setters every record builder has: the fields of {@link SitrepRecord} but the typed id. Code
 * that fills any record type (an importer, a reader) can set them once for all six builders.
 *
 * <pre>{@code
 * static <B extends RecordBuilder<B>> B cite(B builder, Source source) {
 *   return builder.addSource(source).confidence(Confidence.of(70));
 * }
 * Incident incident = cite(Incident.builder(), reuters).id(...).name(...).category(...).build();
 * }</pre>
 *
 * @param <B> the builder type, returned for chaining
 */
public interface RecordBuilder<B extends RecordBuilder<B>> {

  /** Sets {@link SitrepRecord#name()}. */
  B name(String name);

  /** Sets {@link SitrepRecord#description()}. */
  B description(String description);

  /** Adds one of {@link SitrepRecord#sources()}. */
  B addSource(Source source);

  /** Sets {@link SitrepRecord#confidence()}. */
  B confidence(Confidence confidence);

  /** Adds one of {@link SitrepRecord#tags()}. */
  B addTag(String tag);

  /** Puts one of {@link SitrepRecord#externalIds()}. */
  B putExternalId(String scheme, String id);

  /** Sets {@link SitrepRecord#created()}. */
  B created(Timestamp created);

  /** Sets {@link SitrepRecord#modified()}. */
  B modified(Timestamp modified);

  /** Puts one of {@link SitrepRecord#extensions()}; the key starts with {@code x_}. */
  B putExtension(String key, ExtensionValue value);
}
