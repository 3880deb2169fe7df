package org.sitrep.core;

import org.sitrep.core.internal.ExtensionKeys;

/**
 * The well-formedness checks every record type runs when it is built. A well-formed record passes
 * them without allocating: messages are built only on failure.
 */
final class RecordChecks {

  private RecordChecks() {}

  static void check(SitrepRecord record) {
    if (record.name().isBlank()) {
      throw new IllegalArgumentException(
          typeName(record) + ".name must not be blank (id " + record.id() + ")");
    }
    if (record.id().type() != record.type()) {
      throw new IllegalArgumentException(
          typeName(record)
              + ".id must be a "
              + record.type().wireName()
              + " id, was "
              + record.id());
    }
    if (!record.extensions().isEmpty()) {
      ExtensionKeys.check(record.extensions(), () -> typeName(record) + " " + record.id());
    }
  }

  private static String typeName(SitrepRecord record) {
    return record.type().javaType().getSimpleName();
  }
}
