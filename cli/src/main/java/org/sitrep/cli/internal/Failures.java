package org.sitrep.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what goes wrong into one line on stderr and exit code 2; the stack trace only with {@code
 * --debug}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println("sitrep: " + describe(exception));
    if (debug(parseResult)) {
      exception.printStackTrace(err);
    } else if (!(exception instanceof Failure) && !(exception instanceof UncheckedIOException)) {
      err.println("sitrep: run with --debug for the stack trace");
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  /** A wrong command line: what is wrong, suggestions, and where to find help; exit code 2. */
  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("sitrep: " + exception.getMessage());
    UnmatchedArgumentException.printSuggestions(exception, err);
    err.println(
        "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static String describe(Exception exception) {
    if (exception instanceof Failure) {
      return String.valueOf(exception.getMessage()); // a failure is made with its message
    }
    if (exception instanceof UncheckedIOException uncheckedIOException) {
      // an UncheckedIOException always has its cause (its constructors require one)
      return describe(Objects.requireNonNull(uncheckedIOException.getCause()));
    }
    if (exception instanceof IOException iOException) {
      return describe(iOException);
    }
    String message = exception.getMessage();
    return exception.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine(message));
  }

  /** A missing or forbidden file's exception has the file for its message; others, more. */
  private static String describe(IOException exception) {
    return exception instanceof NoSuchFileException || exception instanceof AccessDeniedException
        ? exception.getMessage() + ": " + reason(exception)
        : reason(exception);
  }

  /**
   * Why an I/O operation failed, in a few words for after a file name: {@code no such file}, {@code
   * permission denied}, or the first line of the message.
   *
   * @param cause what was thrown; an {@link UncheckedIOException} stands for its cause
   */
  static String reason(Throwable cause) {
    Throwable e =
        cause instanceof UncheckedIOException unchecked
            ? Objects.requireNonNull(unchecked.getCause())
            : cause;
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : oneLine(message);
  }

  /** The first line of a message. */
  private static String oneLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end).strip();
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
