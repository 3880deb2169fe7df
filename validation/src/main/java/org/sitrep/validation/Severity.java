package org.sitrep.validation;

import org.sitrep.core.WireNamed;

/**
 * How serious a finding is, most serious first: an {@link #ERROR} makes a dataset invalid, a {@link
 * #WARNING} deserves a look, an {@link #INFO} is a remark.
 *
 * <pre>{@code
 * Severity severity = Severity.parse("warning");
 * boolean serious = severity.isAtLeast(Severity.WARNING); // true
 * }</pre>
 */
public enum Severity implements WireNamed {
  /** The data is wrong: the dataset is not valid. */
  ERROR("error"),
  /** The data is suspicious or incomplete. */
  WARNING("warning"),
  /** A remark; nothing is wrong. */
  INFO("info");

  private final String wireName;

  Severity(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The lower-case name used in reports and configuration: {@code error}, {@code warning}, {@code
   * info}.
   */
  @Override
  public String wireName() {
    return wireName;
  }

  /**
   * {@return whether this severity is as serious as the other or more: {@code
   * ERROR.isAtLeast(WARNING)}}
   *
   * @param other the other severity
   */
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  /**
   * The severity with this name, in any case.
   *
   * @param name {@code error}, {@code warning} or {@code info}
   * @return the severity
   * @throws IllegalArgumentException naming the accepted values when the name is none of them
   */
  public static Severity parse(String name) {
    for (Severity severity : values()) {
      if (severity.wireName.equalsIgnoreCase(name)) {
        return severity;
      }
    }
    throw new IllegalArgumentException(
        "Unknown severity '" + name + "', expected error, warning or info");
  }
}
