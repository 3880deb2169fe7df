package org.sitrep.validation;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Id;

/**
 * One problem a rule found in one record: the rule's code and severity, the record (id and
 * position), the JSON pointer of the offending field, a message a person can act on, the other
 * record involved where there is one, and machine-readable arguments. Immutable.
 *
 * <pre>{@code
 * for (Finding finding : report.findings()) {
 *   System.out.println(finding.severity().wireName() + " " + finding.code() + " "
 *       + finding.recordId() + finding.pointer() + ": " + finding.message());
 *   finding.related().ifPresent(other -> System.out.println("  see " + other));
 * }
 * }</pre>
 */
public final class Finding {

  /**
   * The order of a report: by record position, then pointer (segment by segment, indexes by
   * number), then code, then message.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparingInt(Finding::position)
          .thenComparing(Finding::pointer, Pointer::compare)
          .thenComparing(Finding::code)
          .thenComparing(Finding::message);

  private final String code;
  private final Severity severity;
  private final int position;
  private final @Nullable Id<?> recordId;
  private final String pointer;
  private final String message;
  private final @Nullable Id<?> related;
  private final Map<String, String> arguments;

  private Finding(Details details) {
    this.code = details.code;
    this.severity = details.severity;
    this.position = details.position;
    this.recordId = details.recordId;
    this.pointer = details.pointer;
    this.message = details.message;
    this.related = details.related;
    this.arguments =
        details.arguments == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(details.arguments));
  }

  /**
   * {@return a finding made outside a rule: a reader's problem with a record, say, merged into a
   * report with {@link ValidationReport#of}} Rules report through their context instead.
   *
   * <pre>{@code
   * Finding unread = Finding.of("read.unknown-property", Severity.ERROR, 3, Id.actor("bla"),
   *     "/colour", "unknown property 'colour'", Map.of("line", "12", "column", "7"));
   * }</pre>
   *
   * @param code the code, e.g. {@code read.unknown-property}
   * @param severity how serious the finding is
   * @param position the record's position in the dataset, from 0
   * @param pointer a JSON Pointer into the record, e.g. {@code /place}
   * @param message the text for people
   * @param recordId the record's id, or null when it could not be read
   * @param arguments machine-readable details, such as a line and column
   * @throws IllegalArgumentException when the pointer is neither empty nor starts with {@code /}
   */
  public static Finding of(
      String code,
      Severity severity,
      int position,
      @Nullable Id<?> recordId,
      String pointer,
      String message,
      Map<String, String> arguments) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Details details = new Details(code, severity, position, recordId, pointer, message);
    arguments.forEach(details::argument);
    return details.toFinding();
  }

  /** {@return the code of the rule that found it, e.g. {@code period.inverted}} */
  public String code() {
    return code;
  }

  /** {@return how serious it is, after configuration} */
  public Severity severity() {
    return severity;
  }

  /** {@return the position of the record in the dataset or stream, from 0} */
  public int position() {
    return position;
  }

  /**
   * {@return the id of the record at fault; null only for a record that could not be read far
   * enough to know its id ({@link StreamingValidation#skip})}
   */
  public @Nullable Id<?> recordId() {
    return recordId;
  }

  /**
   * {@return the JSON pointer of the offending field relative to the record, e.g. {@code /period}
   * or {@code /perpetrators/1/actor}; empty for the record as a whole} It names where the field is
   * or would be: for a missing field it names the absent property.
   */
  public String pointer() {
    return pointer;
  }

  /**
   * {@return the pointer relative to a Sitrep document, the record's place in {@code records}
   * prefixed: {@code /records/3/period}} This is the {@code instanceLocation} of the report's JSON
   * form.
   */
  public String documentPointer() {
    return "/records/" + position + pointer;
  }

  /** {@return what is wrong and what to do about it, for a person} */
  public String message() {
    return message;
  }

  /**
   * {@return the other record involved, e.g. the actor a reference names; empty where there is
   * none}
   */
  public Optional<Id<?>> related() {
    return Optional.ofNullable(related);
  }

  /**
   * {@return machine-readable facts, in the order the rule gave them: the referenced id, both
   * dates, the counts compared} Each rule's arguments are listed in the module's README.
   */
  public Map<String, String> arguments() {
    return arguments;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Finding that)) {
      return false;
    }
    return position == that.position
        && code.equals(that.code)
        && severity == that.severity
        && Objects.equals(recordId, that.recordId)
        && pointer.equals(that.pointer)
        && message.equals(that.message)
        && Objects.equals(related, that.related)
        && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, position, recordId, pointer, message, related, arguments);
  }

  /** For example {@code error period.inverted operation:x/period: The period ends ...}. */
  @Override
  public String toString() {
    return severity.wireName() + " " + code + " " + recordId + pointer + ": " + message;
  }

  /**
   * The details of a finding being reported, returned by {@link RecordContext#report(String,
   * String)} and {@link DatasetContext#report(int, String, String)}: add the other record involved
   * and arguments before the rule returns. Not thread-safe.
   *
   * <pre>{@code
   * context.report(Pointer.of(PropertyNames.PARENT), "Parent " + parent + " is not in the dataset")
   *     .related(parent)
   *     .argument("referenced", parent.toString());
   * }</pre>
   */
  public static final class Details {
    private final String code;
    private final Severity severity;
    private int position;
    private final @Nullable Id<?> recordId;
    private final String pointer;
    private final String message;
    private @Nullable Id<?> related;
    private @Nullable Map<String, String> arguments;

    Details(
        String code,
        Severity severity,
        int position,
        @Nullable Id<?> recordId,
        String pointer,
        String message) {
      this.code = code;
      this.severity = severity;
      this.position = position;
      this.recordId = recordId;
      this.pointer = Objects.requireNonNull(pointer, "pointer");
      this.message = Objects.requireNonNull(message, "message");
      if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
        throw new IllegalArgumentException(
            "Rule "
                + code
                + " reported pointer '"
                + pointer
                + "': a JSON pointer is empty or"
                + " starts with '/' (build it with Pointer.of)");
      }
    }

    /**
     * Names the other record involved.
     *
     * @param other e.g. the record a reference names
     * @return these details
     */
    public Details related(Id<?> other) {
      this.related = Objects.requireNonNull(other, "related");
      return this;
    }

    /**
     * Adds a machine-readable argument; a repeated name replaces the earlier value.
     *
     * @param name e.g. {@code referenced}, {@code start}, {@code end}
     * @param value the value as text, e.g. an id or an EDTF date
     * @return these details
     */
    public Details argument(String name, String value) {
      if (arguments == null) {
        arguments = new LinkedHashMap<>(4);
      }
      arguments.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Places details reported before the record's position was known (checked ahead). */
    void at(int recordPosition) {
      this.position = recordPosition;
    }

    Finding toFinding() {
      return new Finding(this);
    }
  }
}
