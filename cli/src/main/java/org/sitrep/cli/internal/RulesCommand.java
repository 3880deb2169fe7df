package org.sitrep.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.validation.RuleDescriptor;
import org.sitrep.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep rules}: the validation catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "List the validation rules: code, default severity and description.")
final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "text (a table, the default) or json.")
  OutputFormat format;

  @Override
  public Integer call() throws java.io.IOException {
    List<RuleDescriptor> rules = Validator.catalogue();
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      ReportJson.writeRules(rules, out);
    } else {
      writeTable(rules, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void writeTable(List<RuleDescriptor> rules, PrintWriter out) {
    int codeWidth = "CODE".length();
    for (RuleDescriptor rule : rules) {
      codeWidth = Math.max(codeWidth, rule.code().length());
    }
    String row = "%-" + codeWidth + "s  %-8s  %s%n";
    out.printf(row, "CODE", "SEVERITY", "DESCRIPTION");
    for (RuleDescriptor rule : rules) {
      out.printf(row, rule.code(), rule.defaultSeverity().wireName(), rule.description());
    }
  }
}
