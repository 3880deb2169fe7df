package org.sitrep.cli.internal;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The console, when stdin and stdout are a terminal. Before JDK 22, {@link System#console()} is
 * null unless they are; from JDK 22 on it is never null, and {@code Console.isTerminal()} (asked by
 * reflection, as this code compiles for Java 17) tells.
 */
public final class Terminal {

  private Terminal() {}

  /**
   * The console of a terminal on stdin and stdout.
   *
   * @return the console, or empty when either is redirected
   */
  // the null check is right before JDK 22; isTerminal() is asked where it exists
  @SuppressWarnings("SystemConsoleNull")
  public static Optional<Console> console() {
    Console console = System.console();
    if (console == null) {
      return Optional.empty();
    }
    return isTerminal(console) ? Optional.of(console) : Optional.empty();
  }

  private static boolean isTerminal(Console console) {
    Method isTerminal;
    try {
      isTerminal = Console.class.getMethod("isTerminal");
    } catch (NoSuchMethodException beforeJdk22) {
      return true; // a console exists only for a terminal
    }
    try {
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (IllegalAccessException | InvocationTargetException e) {
      return false;
    }
  }
}
