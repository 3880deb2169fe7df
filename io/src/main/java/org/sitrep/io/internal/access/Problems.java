package org.sitrep.io.internal.access;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.Id;
import org.sitrep.io.ReadProblem;
import org.sitrep.io.SitrepReadException;

/**
 * How the reader creates {@link ReadProblem}s and {@link SitrepReadException}s, whose constructors
 * are not public: {@code ReadProblem} hands its constructors over when its class is initialised
 * (the JDK's "shared secrets" pattern), so that the public API offers no way to make a problem the
 * reader did not find. Not API: exported only so that Sitrep's STIX reader can report a bundle that
 * is not JSON however the jars are placed.
 *
 * <pre>{@code
 * throw Problems.exception(ReadProblem.SYNTAX, 3, 7, "", null, "not JSON: ...", cause);
 * }</pre>
 */
public final class Problems {

  /** The constructors {@link ReadProblem} hands over; implemented in {@code org.sitrep.io}. */
  public interface Constructors {

    /** A problem, as {@link Problems#problem} describes it. */
    ReadProblem problem(
        String code, int line, int column, String pointer, @Nullable Id<?> recordId, String detail);

    /** The exception a strict reader throws for the problem. */
    SitrepReadException exception(ReadProblem problem, @Nullable Throwable cause);
  }

  private static volatile @Nullable Constructors constructors;

  private Problems() {}

  /**
   * Called once, by {@link ReadProblem}'s static initialiser.
   *
   * @throws IllegalStateException when called a second time
   */
  public static synchronized void install(Constructors given) {
    if (constructors != null) {
      throw new IllegalStateException("the read problem constructors are installed already");
    }
    constructors = given;
  }

  /**
   * A read problem.
   *
   * @param code one of the codes of {@link ReadProblem}, e.g. {@link ReadProblem#SYNTAX}
   * @param line the 1-based line, or -1 when not known
   * @param column the 1-based column, or -1 when not known
   * @param pointer the JSON Pointer (RFC 6901) of the offending value; {@code ""} is the root
   * @param recordId the id of the record being read, or null when not (yet) known
   * @param detail what is wrong, one line
   */
  public static ReadProblem problem(
      String code, int line, int column, String pointer, @Nullable Id<?> recordId, String detail) {
    return constructors().problem(code, line, column, pointer, recordId, detail);
  }

  /** The exception for a new problem (arguments as {@link #problem}), with its cause or null. */
  public static SitrepReadException exception(
      String code,
      int line,
      int column,
      String pointer,
      @Nullable Id<?> recordId,
      String detail,
      @Nullable Throwable cause) {
    Constructors made = constructors();
    return made.exception(made.problem(code, line, column, pointer, recordId, detail), cause);
  }

  /** The exception for a problem found before, with its cause or null. */
  public static SitrepReadException exception(ReadProblem problem, @Nullable Throwable cause) {
    return constructors().exception(problem, cause);
  }

  private static Constructors constructors() {
    Constructors made = constructors;
    if (made == null) {
      try {
        // initialising ReadProblem installs its constructors
        Class.forName(ReadProblem.class.getName(), true, ReadProblem.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("ReadProblem is missing from org.sitrep.io", e);
      }
      made =
          Objects.requireNonNull(
              constructors, "ReadProblem did not install its constructors when initialised");
    }
    return made;
  }
}
