package org.sitrep.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which rules to switch off and which to re-grade, in a plain form a command-line tool or a
 * properties file can pass: entries {@code code=error}, {@code code=warning}, {@code code=info},
 * {@code code=off} or {@code !code} (off). Codes are checked against the validator's rules when it
 * is {@linkplain Validator.Builder#build() built}: an unknown code is an error. Immutable.
 *
 * <pre>{@code
 * ValidatorConfig config = ValidatorConfig.parse(List.of("casualties.order=error", "!source.missing"));
 * Validator validator = Validator.builder().config(config).build();
 * }</pre>
 */
public final class ValidatorConfig {

  private static final ValidatorConfig EMPTY = new ValidatorConfig(Set.of(), Map.of());

  private final Set<String> disabled;
  private final Map<String, Severity> severities;

  private ValidatorConfig(Set<String> disabled, Map<String, Severity> severities) {
    this.disabled = disabled;
    this.severities = severities;
  }

  /** {@return the configuration that changes nothing} */
  public static ValidatorConfig empty() {
    return EMPTY;
  }

  /**
   * Parses entries such as {@code casualties.order=error} and {@code !source.missing}. Blank
   * entries and entries starting with {@code #} are skipped; spaces around the parts are ignored. A
   * later entry for the same code wins.
   *
   * @param entries the entries, e.g. command-line arguments or the lines of a file
   * @return the configuration
   * @throws IllegalArgumentException naming the entry (from 1) and what is wrong with it
   */
  public static ValidatorConfig parse(List<String> entries) {
    Builder builder = new Builder();
    int number = 0;
    for (String entry : entries) {
      number++;
      Objects.requireNonNull(entry, "entry");
      String text = entry.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String where = "Validator configuration entry " + number + " '" + entry + "'";
      if (text.startsWith("!")) {
        builder.set(where, text.substring(1).strip(), "off");
        continue;
      }
      int equals = text.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException(
            where + ": expected code=error|warning|info|off or !code, e.g. casualties.order=error");
      }
      builder.set(where, text.substring(0, equals).strip(), text.substring(equals + 1).strip());
    }
    return builder.build();
  }

  /**
   * A configuration from a map of code to {@code error}, {@code warning}, {@code info} or {@code
   * off}, e.g. read from a properties file.
   *
   * @param settings code → setting
   * @return the configuration
   * @throws IllegalArgumentException naming the code and the bad setting
   */
  public static ValidatorConfig of(Map<String, String> settings) {
    Builder builder = new Builder();
    settings.forEach(
        (code, setting) ->
            builder.set(
                "Validator configuration '" + code + "=" + setting + "'",
                Objects.requireNonNull(code, "code").strip(),
                Objects.requireNonNull(setting, "setting").strip()));
    return builder.build();
  }

  /** {@return the codes of the rules to switch off, in the order given} */
  public Set<String> disabled() {
    return disabled;
  }

  /** {@return the new severities, by code, in the order given} */
  public Map<String, Severity> severities() {
    return severities;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof ValidatorConfig validatorConfig
            && disabled.equals(validatorConfig.disabled)
            && severities.equals(validatorConfig.severities));
  }

  @Override
  public int hashCode() {
    return 31 * disabled.hashCode() + severities.hashCode();
  }

  /** For example {@code ValidatorConfig{disabled=[source.missing], severities={...}}}. */
  @Override
  public String toString() {
    return "ValidatorConfig{disabled=" + disabled + ", severities=" + severities + "}";
  }

  private static final class Builder {
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();

    void set(String where, String code, String setting) {
      if (code.isEmpty()) {
        throw new IllegalArgumentException(where + ": the rule code is missing");
      }
      disabled.remove(code);
      severities.remove(code);
      if (setting.equalsIgnoreCase("off")) {
        disabled.add(code);
        return;
      }
      try {
        severities.put(code, Severity.parse(setting));
      } catch (IllegalArgumentException badSeverity) {
        throw new IllegalArgumentException(
            where + ": unknown setting '" + setting + "', expected error, warning, info or off",
            badSeverity);
      }
    }

    ValidatorConfig build() {
      return new ValidatorConfig(
          Collections.unmodifiableSet(new LinkedHashSet<>(disabled)),
          Collections.unmodifiableMap(new LinkedHashMap<>(severities)));
    }
  }
}
