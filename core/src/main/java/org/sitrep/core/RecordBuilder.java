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

  /**
   * Sets {@link SitrepRecord#name()}.
   *
   * @param name the name
   * @return this builder
   */
  B name(String name);

  /**
   * Sets {@link SitrepRecord#description()}.
   *
   * @param description the free-text description
   * @return this builder
   */
  B description(String description);

  /**
   * Adds one of {@link SitrepRecord#sources()}.
   *
   * @param source a source, added after those already added
   * @return this builder
   */
  B addSource(Source source);

  /**
   * Sets {@link SitrepRecord#confidence()}.
   *
   * @param confidence the confidence, 0-100
   * @return this builder
   */
  B confidence(Confidence confidence);

  /**
   * Adds one of {@link SitrepRecord#tags()}.
   *
   * @param tag a tag, added after those already added
   * @return this builder
   */
  B addTag(String tag);

  /**
   * Puts one of {@link SitrepRecord#externalIds()}.
   *
   * @param scheme the identifier scheme, e.g. {@code wikidata}
   * @param id the identifier in that scheme
   * @return this builder
   */
  B putExternalId(String scheme, String id);

  /**
   * Sets {@link SitrepRecord#created()}.
   *
   * @param created when the record was created
   * @return this builder
   */
  B created(Timestamp created);

  /**
   * Sets {@link SitrepRecord#modified()}.
   *
   * @param modified when the record was last changed
   * @return this builder
   */
  B modified(Timestamp modified);

  /**
   * Puts one of {@link SitrepRecord#extensions()}; the key starts with {@code x_}.
   *
   * @param key the property name, starting with {@code x_}
   * @param value its value
   * @return this builder
   */
  B putExtension(String key, ExtensionValue value);
}
