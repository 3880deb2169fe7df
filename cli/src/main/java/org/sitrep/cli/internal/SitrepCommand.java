package org.sitrep.cli.internal;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.time.FuzzyDate;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code sitrep} command: holds the subcommands and the global options ({@code
 * --debug}, {@code --progress}). Public only for {@link org.sitrep.cli.SitrepCli}, in a package the
 * module does not export.
 *
 * <pre>{@code
 * String[] args = {"rules"};
 * int exitCode = SitrepCommand.commandLine(System.in, out, err, args).execute(args);
 * }</pre>
 */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validate, convert and summarise Sitrep JSON documents and JSON Lines.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success; validate found no errors",
      "  1  validate found errors",
      "  2  unreadable input, unwritable output or a wrong command line"
    })
public final class SitrepCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of a failure, not just its one-line description.")
  boolean debug;

  @Option(
      names = "--progress",
      paramLabel = "auto|always|never",
      defaultValue = "auto",
      scope = ScopeType.INHERIT,
      description = {
        "The progress line on stderr (records read, rate): auto shows it for a large input when"
            + " stdin and stdout are a terminal (Java cannot ask about stderr), always for any"
            + " input, never not at all. Default: auto."
      })
  ProgressMode progress;

  private InputStream stdin = System.in;

  /**
   * The command line of the tool for the given arguments, with its streams and error handlers in
   * place. When the first argument names a subcommand ({@code validate}, {@code convert}, {@code
   * stats}, {@code rules}), that subcommand is the only one added: picocli builds each one's model
   * from its annotations as it is added, and the others took about 20 ms of every run's start. Any
   * other command line (options first, {@code --help}, {@code completion}, a misspelt name) gets
   * them all, so that the top-level usage, the completion script and picocli's suggestions list
   * every one.
   *
   * @param in what {@code -} reads
   * @param out where results go
   * @param err where diagnostics go
   * @param args the arguments that {@link CommandLine#execute(String...)} will be given
   * @return the command line, ready to execute {@code args}
   */
  public static CommandLine commandLine(
      InputStream in, PrintWriter out, PrintWriter err, String... args) {
    SitrepCommand top = new SitrepCommand();
    top.stdin = in;
    CommandLine commandLine = new CommandLine(top);
    Object alone = args.length == 0 ? null : subcommand(args[0]);
    if (alone != null) {
      commandLine.addSubcommand(alone);
    } else {
      for (String name : SUBCOMMANDS) {
        commandLine.addSubcommand(Objects.requireNonNull(subcommand(name), name));
      }
      commandLine.addSubcommand("completion", completion());
    }
    // the tool's own converter, so that it does not depend on picocli's java.time converters,
    // which SitrepCli.main leaves unloaded
    commandLine.registerConverter(LocalDate.class, SitrepCommand::day);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new Failures());
    commandLine.setParameterExceptionHandler(new Failures());
    return commandLine;
  }

  /** The subcommands' names, in the order of the help ({@code completion} comes last). */
  private static final List<String> SUBCOMMANDS = List.of("validate", "convert", "stats", "rules");

  /** A new subcommand of this name, or null when none has it. */
  private static @Nullable Object subcommand(String name) {
    return switch (name) {
      case "validate" -> new ValidateCommand();
      case "convert" -> new ConvertCommand();
      case "stats" -> new StatsCommand();
      case "rules" -> new RulesCommand();
      default -> null;
    };
  }

  /** {@code sitrep completion}: picocli's script generator, named and described for the tool. */
  private static CommandLine completion() {
    CommandLine completionLine = new CommandLine(new AutoComplete.GenerateCompletion());
    CommandSpec completion = completionLine.getCommandSpec();
    completion.name("completion");
    completion.versionProvider(new VersionProvider());
    completion
        .usageMessage()
        .hidden(false)
        .description("Print a bash/zsh completion script: source <(sitrep completion)");
    return completionLine;
  }

  /**
   * A day given on the command line ({@code --as-of}): {@code YYYY-MM-DD}, years 0000 to 9999, read
   * by the core's date parser (setting up java.time's formatters took about 20 ms of each run).
   */
  static LocalDate day(String text) {
    FuzzyDate date;
    try {
      date = FuzzyDate.parse(text);
    } catch (DateTimeParseException e) {
      throw notADay(text, ": " + e.getMessage());
    }
    if (date.precision() != FuzzyDate.Precision.DAY
        || date.hasUnspecifiedDigits()
        || date.isApproximate()
        || date.isUncertain()) {
      throw notADay(text, "");
    }
    return date.earliest();
  }

  private static CommandLine.TypeConversionException notADay(String text, String why) {
    return new CommandLine.TypeConversionException(
        "'" + text + "' is not a day (YYYY-MM-DD)" + why);
  }

  /** What {@code -} reads: standard input, or what a test supplies. */
  InputStream stdin() {
    return stdin;
  }

  /**
   * The progress line of one input, as {@code --progress} asks; {@code auto} takes a console (stdin
   * and stdout a terminal) for a terminal on stderr, the nearest Java 17 can tell.
   *
   * @param err where the line goes
   * @param input what is read
   */
  Progress progress(PrintWriter err, Input input) {
    return new Progress(
        err,
        input.label(),
        input.size(),
        progress,
        Terminal.console().isPresent(),
        System::nanoTime);
  }

  /** Without a subcommand: the usage on stderr, and exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("sitrep: missing command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
