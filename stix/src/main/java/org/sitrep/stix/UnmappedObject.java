package org.sitrep.stix;

import java.util.Objects;

/**
 * A STIX object an import did not turn into Sitrep data, and why: an object type Sitrep has no
 * record for, a relationship between objects that did not map, an object without {@code type} or
 * {@code id}.
 *
 * <pre>{@code
 * for (UnmappedObject object : result.unmapped()) {
 *   System.out.println(object.index() + " " + object.type() + " " + object.id() + ": " + object.reason());
 * }
 * }</pre>
 *
 * @param index the object's position in the bundle's {@code objects}, from 0
 * @param id the object's {@code id}, or {@code ""} when it has none
 * @param type the object's {@code type}, or {@code ""} when it has none
 * @param reason why it was not mapped, one line
 */
public record UnmappedObject(int index, String id, String type, String reason) {

  /**
   * Checks that no component is null.
   *
   * @param index the object's position in the bundle's {@code objects}, from 0
   * @param id the object's {@code id}, or {@code ""} when it has none
   * @param type the object's {@code type}, or {@code ""} when it has none
   * @param reason why it was not mapped, one line
   */
  public UnmappedObject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return "objects/"
        + index
        + " "
        + (type.isEmpty() ? "(no type)" : type)
        + " "
        + (id.isEmpty() ? "(no id)" : id)
        + ": "
        + reason;
  }
}
