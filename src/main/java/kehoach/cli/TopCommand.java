package kehoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kehoach}: the top command, as picocli reads it; its subcommands do the work. */
@Command(
    name = "kehoach",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Drafts Vietnamese official plans (kế hoạch) from a structured plan model.")
final class TopCommand implements Runnable {
  /**
   * The subcommands by the name each one's {@code @Command} gives it, in the order the manual lists
   * them. picocli reads a subcommand's annotations, options and mixins by reflection when it is
   * added: building all eleven cost a cold command about a third of its time (docs/performance.md),
   * so a run naming one of them builds only that one.
   */
  static final List<Map.Entry<String, Class<?>>> COMMANDS =
      List.of(
          Map.entry("check", CheckCommand.class),
          Map.entry("render", RenderCommand.class),
          Map.entry("diff", DiffCommand.class),
          Map.entry("batch", BatchCommand.class),
          Map.entry("export-budget", ExportBudgetCommand.class),
          Map.entry("import-budget", ImportBudgetCommand.class),
          Map.entry("export-table", ExportTableCommand.class),
          Map.entry("import-table", ImportTableCommand.class),
          Map.entry("import", ImportCommand.class),
          Map.entry("lint", LintCommand.class),
          Map.entry("serve", ServeCommand.class),
          Map.entry("help", CommandLine.HelpCommand.class));

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs {@code args} through picocli; returns the exit code. */
  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new TopCommand());
    // "help", a misspelt name (answered with the names near it) and the top command's own options
    // need every subcommand
    Optional<Class<?>> named =
        COMMANDS.stream()
            .filter(
                c -> args.length > 0 && c.getKey().equals(args[0]) && !c.getKey().equals("help"))
            .<Class<?>>map(Map.Entry::getValue)
            .findFirst();
    if (named.isPresent()) {
      cli.addSubcommand(named.get());
    } else {
      COMMANDS.forEach(c -> cli.addSubcommand(c.getValue()));
    }
    cli.setOut(out);
    cli.setErr(err);
    // every file name on the command line, not only the models', gets the clear message of a name
    // the system's character set cannot hold
    cli.registerConverter(Path.class, new ModelFiles.FileName());
    cli.setParameterExceptionHandler(TopCommand::badArguments);
    cli.setExecutionExceptionHandler((e, commandLine, parsed) -> Main.internalError(e, err));
    return cli.execute(args);
  }

  /**
   * A wrong option or argument: the message and where the manual is, not the whole manual, which
   * would push the message off the screen.
   */
  private static int badArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("kehoach: " + e.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for the options.");
    }
    err.flush();
    return Main.PROBLEMS;
  }
}
