package org.sitrep.core.internal;

/**
 * Thrown by the generated builders when a model field is given a null. Its message names the record
 * or value type and the field, e.g. {@code "Incident.name must not be null"}: the generated code
 * only knows the field, so the type is found on the stack, where the generated builder or
 * constructor that refused the null sits.
 */
public final class NullFieldException extends NullPointerException {

  private static final long serialVersionUID = 1L;
  private static final String GENERATED_PREFIX = "Immutable";

  /**
   * Creates the exception.
   *
   * @param field the field name the generated code passes, e.g. {@code name} or {@code sources
   *     element}
   */
  public NullFieldException(String field) {
    super(owner() + "." + field + " must not be null");
  }

  private static String owner() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .map(StackWalker.StackFrame::getClassName)
                    .map(name -> name.substring(name.lastIndexOf('.') + 1))
                    .filter(name -> name.startsWith(GENERATED_PREFIX))
                    .map(name -> name.substring(GENERATED_PREFIX.length()).replace("$Builder", ""))
                    .map(name -> name.replace('$', '.'))
                    .findFirst())
        .orElse("value");
  }
}
