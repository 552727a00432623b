package dev.regintel.app.cli;

import dev.regintel.app.internal.RegintelException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code regintel}: the top-level command. Its subcommands are the list in the annotation below; a
 * new command ({@code export}, {@code import}, ...) is a class of its own and one entry there.
 */
@Command(
    name = "regintel",
    description = "Regulatory-intelligence knowledge graph for device cybersecurity.",
    subcommands = {
      ServeCommand.class,
      LoadCommand.class,
      CrawlCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      KeysCommand.class,
      BenchStandIn.class,
      HelpCommand.class
    },
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    sortOptions = false,
    usageHelpWidth = 100,
    synopsisHeading = "Usage: ",
    descriptionHeading = "%n",
    parameterListHeading = "%nOperands:%n",
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n")
public final class RegintelCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "name a command");
  }

  /**
   * The command line of {@code regintel}, ready to {@link CommandLine#execute execute}: usage
   * errors exit with 2, a {@link RegintelException} with 1.
   *
   * @param replacements commands that take the place of the subcommand of the same name (the bench
   *     module's {@code bench} takes the place of {@link BenchStandIn})
   */
  public static CommandLine commandLine(Object... replacements) {
    CommandLine line = new CommandLine(new RegintelCommand());
    for (Object replacement : replacements) {
      CommandLine sub = new CommandLine(replacement);
      line.getCommandSpec().removeSubcommand(sub.getCommandName());
      line.addSubcommand(sub);
    }
    // Here, not in the annotation, whose attributes the subcommands inherit.
    line.getCommandSpec()
        .usageMessage()
        .footer("%nRun 'regintel COMMAND --help' for a command's options.");
    // Set last: these setters reach only the subcommands there are.
    return line.setParameterExceptionHandler(RegintelCommand::usageError)
        .setExecutionExceptionHandler(RegintelCommand::failure);
  }

  /** The message, a suggestion for a typo, the usage line, where to find more; status 2. */
  static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.print(command.getHelp().fullSynopsis());
    err.println("Run '" + name + " --help' for more.");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** A {@link RegintelException} anywhere in the causes is told as its message; status 1. */
  static int failure(Exception e, CommandLine command, ParseResult parsed) throws Exception {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RegintelException failure) {
        command
            .getErr()
            .println(command.getCommandSpec().qualifiedName() + ": " + failure.getMessage());
        command.getErr().flush();
        return 1;
      }
    }
    throw e;
  }
}
