package kehoach.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kehoach.Kehoach;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kehoach}: the top command; its subcommands do the work. */
@Command(
    name = "kehoach",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Drafts Vietnamese official plans (kế hoạch) from a structured plan model.")
public final class Main implements Runnable {
  /** Exit status for a model with problems, as for bad input generally. */
  public static final int PROBLEMS = 2;

  /** FreeMarker's system property naming the logging library it writes to. */
  private static final String FREEMARKER_LOGGER = "org.freemarker.loggerLibrary";

  /**
   * The subcommands by the name each one's {@code @Command} gives it, in the order the manual lists
   * them. picocli reads a subcommand's annotations, options and mixins by reflection when it is
   * added, and its classes (compiled for Java 5) are left out of the class-data archive: building
   * all eleven cost a cold {@code check} about a third of its time (docs/performance.md), so a run
   * naming one of them builds only that one.
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

  public static void main(String[] args) {
    // FreeMarker logs through java.util.logging unless told otherwise; kehoach reports every
    // template error itself (SandboxConfiguration), and setting up JUL cost a cold check about
    // 10 ms (docs/performance.md). A -Dorg.freemarker.loggerLibrary given to java is kept.
    if (System.getProperty(FREEMARKER_LOGGER) == null) {
      System.setProperty(FREEMARKER_LOGGER, "none");
    }
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  /**
   * Runs kehoach with {@code args}, writing to {@code out} and {@code err}; returns the exit code.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
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
    cli.setParameterExceptionHandler(Main::badArguments);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          err.println("kehoach: internal error (a bug; please report it with the input): " + e);
          e.printStackTrace(err);
          err.flush();
          return 70;
        });
    int code;
    try {
      code = cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // the documented limits (docs/security.md) keep every input well inside memory and stack;
      // should one still get through, say so in a line, not a thousand lines of stack
      err.println(
          "kehoach: internal error (a bug; please report it with the input): the input needed more "
              + (e instanceof OutOfMemoryError ? "memory" : "nesting")
              + " than kehoach has, although it is within the limits in docs/security.md");
      code = 70;
    }
    out.flush();
    err.flush();
    return code;
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
    return PROBLEMS;
  }

  private static PrintWriter utf8(java.io.PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** Prints the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"kehoach " + Kehoach.version()};
    }
  }
}
