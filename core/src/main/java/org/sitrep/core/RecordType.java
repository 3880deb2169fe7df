package org.sitrep.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The six kinds of Sitrep record. Each constant knows its wire name, which is also the {@code kind}
 * part of every id of that type ({@code actor:bla}), and its Java type.
 *
 * <pre>{@code
 * RecordType type = RecordType.findByWireName("incident").orElseThrow();
 * Class<? extends SitrepRecord> javaType = type.javaType(); // Incident.class
 * }</pre>
 */
public enum RecordType implements WireNamed {
  /** An {@link Actor}: a state, armed group, person, company, ... */
  ACTOR("actor", Actor.class),
  /** An {@link Incident}: something that happened at a place and time. */
  INCIDENT("incident", Incident.class),
  /** An {@link Operation}: what a state or army does about a threat. */
  OPERATION("operation", Operation.class),
  /** An {@link Exercise}: a military or security exercise. */
  EXERCISE("exercise", Exercise.class),
  /** An {@link Investment}: a programme, project or loan that is at stake. */
  INVESTMENT("investment", Investment.class),
  /** A {@link Statement}: who said what, on whose behalf. */
  STATEMENT("statement", Statement.class);

  /** The constants, copied once: {@link #values()} copies its array on every call. */
  private static final RecordType[] ALL = values();

  private final String wireName;
  private final Class<? extends SitrepRecord> javaType;

  RecordType(String wireName, Class<? extends SitrepRecord> javaType) {
    this.wireName = wireName;
    this.javaType = javaType;
  }

  /** The lower-case name used on the wire and as the {@code kind} of ids, e.g. {@code "actor"}. */
  @Override
  public String wireName() {
    return wireName;
  }

  /** {@return the Java type of records of this type, e.g. {@code Actor.class}} */
  public Class<? extends SitrepRecord> javaType() {
    return javaType;
  }

  /**
   * The record type with this wire name.
   *
   * @param wireName a name such as {@code "incident"}
   * @return the type, or empty when no record type has that name
   */
  public static Optional<RecordType> findByWireName(String wireName) {
    return WireNamed.find(RecordType.class, wireName);
  }

  /** The type whose wire name is the first {@code length} characters of an id, or null. */
  static @Nullable RecordType ofIdPrefix(String id, int length) {
    for (RecordType type : ALL) {
      if (type.wireName.length() == length && id.startsWith(type.wireName)) {
        return type;
      }
    }
    return null;
  }

  /**
   * The record type of a Java record class.
   *
   * @param javaType one of the six record interfaces or a subclass of one
   * @return the matching type
   * @throws IllegalArgumentException when the class is not a Sitrep record type
   */
  public static RecordType of(Class<?> javaType) {
    for (RecordType type : ALL) {
      if (type.javaType == javaType) {
        return type;
      }
    }
    for (RecordType type : ALL) {
      if (type.javaType.isAssignableFrom(javaType)) {
        return type;
      }
    }
    throw new IllegalArgumentException(javaType.getName() + " is not a Sitrep record type");
  }
}
