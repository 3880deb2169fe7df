package org.sitrep.validation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is: its stable code, its default severity and a one-line description.
 *
 * <p>Codes are lower-case, dot-separated words such as {@code period.inverted}; a code names one
 * rule forever and is never reused for another.
 *
 * <pre>{@code
 * RuleDescriptor mine = new RuleDescriptor(
 *     "acme.incident-name", Severity.WARNING, "an incident's name repeats its id");
 * }</pre>
 *
 * @param code the stable code, e.g. {@code ref.unresolved}
 * @param defaultSeverity the severity of its findings unless a configuration changes it
 * @param description what the rule reports, in one line
 */
public record RuleDescriptor(String code, Severity defaultSeverity, String description) {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  /**
   * Checks the parts.
   *
   * @param code the rule's code, e.g. {@code ref.unresolved}
   * @param defaultSeverity the severity of its findings unless configured
   * @param description what the rule checks, for people
   * @throws IllegalArgumentException when the code is not dot-separated lower-case words or the
   *     description is blank
   */
  public RuleDescriptor {
    Objects.requireNonNull(code, "RuleDescriptor.code");
    Objects.requireNonNull(defaultSeverity, "RuleDescriptor.defaultSeverity");
    Objects.requireNonNull(description, "RuleDescriptor.description");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "Malformed rule code '"
              + code
              + "': expected dot-separated lower-case words, e.g. acme.incident-name");
    }
    if (description.isBlank()) {
      throw new IllegalArgumentException("Rule " + code + " needs a description");
    }
  }
}
