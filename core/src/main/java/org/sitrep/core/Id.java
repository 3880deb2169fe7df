package org.sitrep.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The typed id of a record, which is also the typed reference to it.
 *
 * <p>On the wire an id is {@code <kind>:<slug>}, where {@code kind} is the record type ({@code
 * actor}, {@code incident}, ...) and the slug matches {@code [a-z0-9][a-z0-9._-]{0,127}}. The type
 * parameter makes references type-safe: an {@code Id<Actor>} cannot be passed where an {@code
 * Id<Incident>} is expected.
 *
 * <pre>{@code
 * Id<Actor> bla = Id.actor("bla");
 * Id<Incident> karachi = Id.parse("incident:2024-10-06-karachi-airport", Incident.class);
 * Id<?> any = Id.parse("statement:pmo-2024-11-19");
 * assert bla.toString().equals("actor:bla");
 * }</pre>
 *
 * @param <T> the record type this id names
 */
// T is read by the compiler alone: it types the id (Id<Actor>), and no field needs it
@SuppressWarnings("UnusedTypeParameter")
public final class Id<T extends SitrepRecord> implements Comparable<Id<?>> {

  /** The longest slug allowed. */
  public static final int MAX_SLUG_LENGTH = 128;

  private final RecordType type;

  /** The wire form, {@code <kind>:<slug>}; the slug is cut from it on demand. */
  private final String text;

  private Id(RecordType type, String text) {
    this.type = type;
    this.text = text;
  }

  /**
   * An id of the given record type.
   *
   * @param javaType the record type, e.g. {@code Actor.class}
   * @param slug the part after the colon
   * @param <T> the record type
   * @return the id
   * @throws IllegalArgumentException when the slug is malformed
   */
  public static <T extends SitrepRecord> Id<T> of(Class<T> javaType, String slug) {
    RecordType type = RecordType.of(javaType);
    String kind = type.wireName();
    if (slug != null
        && slug.length() > kind.length()
        && slug.charAt(kind.length()) == ':'
        && slug.startsWith(kind)) {
      throw new IllegalArgumentException(
          "Malformed id slug '"
              + slug
              + "': drop the '"
              + kind
              + ":' prefix (Id."
              + kind
              + "(\""
              + slug.substring(kind.length() + 1)
              + "\")), or parse the whole id with Id.parse(\""
              + slug
              + "\")");
    }
    checkSlug(slug, 0, slug);
    return new Id<>(type, type.wireName() + ':' + slug);
  }

  /**
   * {@return an actor id, e.g. {@code Id.actor("bla")} is {@code actor:bla}}
   *
   * @param slug the part after the colon
   */
  public static Id<Actor> actor(String slug) {
    return of(Actor.class, slug);
  }

  /**
   * {@return an incident id}
   *
   * @param slug the part after the colon
   */
  public static Id<Incident> incident(String slug) {
    return of(Incident.class, slug);
  }

  /**
   * {@return an operation id}
   *
   * @param slug the part after the colon
   */
  public static Id<Operation> operation(String slug) {
    return of(Operation.class, slug);
  }

  /**
   * {@return an exercise id}
   *
   * @param slug the part after the colon
   */
  public static Id<Exercise> exercise(String slug) {
    return of(Exercise.class, slug);
  }

  /**
   * {@return an investment id}
   *
   * @param slug the part after the colon
   */
  public static Id<Investment> investment(String slug) {
    return of(Investment.class, slug);
  }

  /**
   * {@return a statement id}
   *
   * @param slug the part after the colon
   */
  public static Id<Statement> statement(String slug) {
    return of(Statement.class, slug);
  }

  /**
   * Parses {@code <kind>:<slug>} into an id of whatever type its kind names.
   *
   * @param text the id as written on the wire
   * @return the id
   * @throws IllegalArgumentException naming the position and the problem when malformed
   */
  public static Id<?> parse(String text) {
    Objects.requireNonNull(text, "id");
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "Malformed id '" + text + "': expected <kind>:<slug>, e.g. actor:bla");
    }
    RecordType type = RecordType.ofIdPrefix(text, colon);
    if (type == null) {
      throw new IllegalArgumentException(
          "Malformed id '"
              + text
              + "': unknown kind '"
              + text.substring(0, colon)
              + "' at index 0 (expected actor, incident, operation, exercise, investment or"
              + " statement)");
    }
    checkSlug(text, colon + 1, text);
    return new Id<>(type, text);
  }

  /**
   * Parses an id that must name a record of the given type.
   *
   * @param text the id as written on the wire
   * @param javaType the expected record type
   * @param <T> the record type
   * @return the id
   * @throws IllegalArgumentException when malformed or of another kind
   */
  @SuppressWarnings("unchecked")
  public static <T extends SitrepRecord> Id<T> parse(String text, Class<T> javaType) {
    Id<?> id = parse(text);
    RecordType expected = RecordType.of(javaType);
    if (id.type != expected) {
      throw new IllegalArgumentException(
          "Id '"
              + text
              + "' names "
              + withArticle(id.type)
              + ", expected "
              + withArticle(expected));
    }
    return (Id<T>) id;
  }

  /** "an actor", "an incident", "a statement": for messages. */
  private static String withArticle(RecordType type) {
    String name = type.wireName();
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  /** Checks the slug that runs from {@code offset} to the end of {@code text}, in place. */
  private static void checkSlug(String text, int offset, String whole) {
    Objects.requireNonNull(text, "slug");
    int length = text.length() - offset;
    if (length == 0 || length > MAX_SLUG_LENGTH) {
      throw new IllegalArgumentException(
          "Malformed id '"
              + whole
              + "': slug must be 1 to "
              + MAX_SLUG_LENGTH
              + " characters, was "
              + length);
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(offset + i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || (i > 0 && (c == '.' || c == '_' || c == '-'));
      if (!ok) {
        throw new IllegalArgumentException(
            "Malformed id '"
                + whole
                + "': character '"
                + c
                + "' at index "
                + (offset + i)
                + " not allowed (slug is [a-z0-9][a-z0-9._-]*)");
      }
    }
  }

  /** {@return the record type this id names} */
  public RecordType type() {
    return type;
  }

  /** {@return the part after the colon, e.g. {@code bla} in {@code actor:bla}} */
  public String slug() {
    return text.substring(type.wireName().length() + 1);
  }

  /**
   * {@return this id as an id of the given type, for code that holds an {@code Id<?>}}
   *
   * @param <U> the record type
   * @param javaType the record type's class, e.g. {@code Actor.class}
   * @throws IllegalArgumentException when this id names another type
   */
  @SuppressWarnings("unchecked")
  public <U extends SitrepRecord> Id<U> as(Class<U> javaType) {
    if (RecordType.of(javaType) != type) {
      throw new IllegalArgumentException(
          "Id '"
              + text
              + "' names "
              + withArticle(type)
              + ", not "
              + withArticle(RecordType.of(javaType)));
    }
    return (Id<U>) this;
  }

  /** Ids order by kind, then slug. */
  @Override
  public int compareTo(Id<?> other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || (other instanceof Id && text.equals(((Id<?>) other).text));
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The wire form, {@code <kind>:<slug>}. */
  @Override
  public String toString() {
    return text;
  }
}
