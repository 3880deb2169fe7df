package org.sitrep.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class SitrepCommandTest {

  private static CommandLine commandLine(String... args) {
    return SitrepCommand.commandLine(
        new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()),
        args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "convert", "stats", "rules"})
  void aCommandLineThatNamesItsSubcommandFirstHasThatOneAloneWithTheSameModel(String name) {
    CommandLine alone = commandLine(name, "--help");
    CommandLine all = commandLine();

    assertThat(alone.getSubcommands()).containsOnlyKeys(name);
    CommandLine subcommand = alone.getSubcommands().get(name);
    assertThat(subcommand.getUsageMessage())
        .isEqualTo(all.getSubcommands().get(name).getUsageMessage())
        .startsWith("Usage: sitrep " + name + " ")
        .contains("--debug", "--progress"); // the inherited options too
    assertThat(subcommand.getParent().getCommandName()).isEqualTo("sitrep");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "--help", "--debug", "validat", "completion", "-V"})
  void anyOtherCommandLineHasEverySubcommandInTheOrderOfTheHelp(String first) {
    CommandLine all = first.isEmpty() ? commandLine() : commandLine(first, "validate");

    assertThat(all.getSubcommands().keySet())
        .containsExactly("validate", "convert", "stats", "rules", "completion");
    assertThat(all.getUsageMessage())
        .contains("validate", "convert", "stats", "rules", "completion");
  }
}
