package org.sitrep.testkit;

import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;
import org.sitrep.core.ExtensionValue;
import org.sitrep.core.Id;
import org.sitrep.core.RecordType;
import org.sitrep.core.SitrepRecord;

/**
 * Assertions on one {@link SitrepRecord}.
 *
 * <pre>{@code
 * assertThat(record)
 *     .hasId(Id.incident("2024-10-06-karachi-airport"))
 *     .hasType(RecordType.INCIDENT)
 *     .hasSources()
 *     .hasExtension("x_score", "2.5");
 * }</pre>
 */
public final class RecordAssert extends AbstractObjectAssert<RecordAssert, SitrepRecord> {

  RecordAssert(SitrepRecord actual) {
    super(actual, RecordAssert.class);
  }

  /**
   * The record has this id.
   *
   * @param id the id
   * @return this assertion, to chain more
   */
  public RecordAssert hasId(Id<?> id) {
    isNotNull();
    if (!actual.id().equals(id)) {
      failWithMessage("Expected the id %s, but was %s", id, actual.id());
    }
    return this;
  }

  /**
   * The record has the id written {@code type:slug}.
   *
   * @param id the id, e.g. {@code actor:bla}
   * @return this assertion, to chain more
   */
  public RecordAssert hasId(String id) {
    return hasId(Id.parse(id));
  }

  /**
   * The record is of this type.
   *
   * @param type the record type
   * @return this assertion, to chain more
   */
  public RecordAssert hasType(RecordType type) {
    isNotNull();
    if (actual.type() != type) {
      failWithMessage(
          "Expected %s to be of type %s, but it is %s", actual.id(), type, actual.type());
    }
    return this;
  }

  /**
   * The record has this name.
   *
   * @param name the name
   * @return this assertion, to chain more
   */
  public RecordAssert hasName(String name) {
    isNotNull();
    if (!actual.name().equals(name)) {
      failWithMessage(
          "Expected %s to be named \"%s\", but was \"%s\"", actual.id(), name, actual.name());
    }
    return this;
  }

  /**
   * The record cites at least one source.
   *
   * @return this assertion, to chain more
   */
  public RecordAssert hasSources() {
    isNotNull();
    if (actual.sources().isEmpty()) {
      failWithMessage("Expected %s to cite a source, but it cites none", actual.id());
    }
    return this;
  }

  /**
   * The record has an {@code x_} extension under this key.
   *
   * @param key the key, starting with {@code x_}
   * @return this assertion, to chain more
   */
  public RecordAssert hasExtension(String key) {
    isNotNull();
    if (!actual.extensions().containsKey(key)) {
      failWithMessage(
          "Expected %s to have the extension %s, but its extensions are %s",
          actual.id(), key, actual.extensions().keySet());
    }
    return this;
  }

  /**
   * The record has an {@code x_} extension under this key with this JSON text.
   *
   * @param key the key, starting with {@code x_}
   * @param json the value as JSON text, e.g. {@code "\"text\""}
   * @return this assertion, to chain more
   */
  public RecordAssert hasExtension(String key, String json) {
    hasExtension(key);
    ExtensionValue value = Objects.requireNonNull(actual.extensions().get(key), key);
    if (!Objects.equals(value.json(), json)) {
      failWithMessage("Expected %s.%s to be %s, but was %s", actual.id(), key, json, value.json());
    }
    return this;
  }

  /**
   * The record has this confidence, 0 to 100.
   *
   * @param confidence the confidence
   * @return this assertion, to chain more
   */
  public RecordAssert hasConfidence(int confidence) {
    isNotNull();
    if (actual.confidence().isEmpty() || actual.confidence().get().value() != confidence) {
      failWithMessage(
          "Expected %s to have confidence %s, but had %s",
          actual.id(), confidence, actual.confidence().map(c -> "" + c.value()).orElse("none"));
    }
    return this;
  }
}
