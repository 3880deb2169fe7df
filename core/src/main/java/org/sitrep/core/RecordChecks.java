package org.sitrep.core;

/** The well-formedness checks every record type runs when it is built. */
final class RecordChecks {

  private RecordChecks() {}

  static void check(SitrepRecord record) {
    String type = record.getClass().getSuperclass().getSimpleName();
    if (record.name().isBlank()) {
      throw new IllegalArgumentException(type + ".name must not be blank (id " + record.id() + ")");
    }
    if (record.id().type() != record.type()) {
      throw new IllegalArgumentException(
          type + ".id must be a " + record.type().wireName() + " id, was " + record.id());
    }
    Extensible.checkKeys(type + " " + record.id(), record.extensions());
  }
}
