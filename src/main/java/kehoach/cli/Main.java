package kehoach.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kehoach.Kehoach;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kehoach}: the top command; its subcommands do the work. */
@Command(
    name = "kehoach",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Drafts Vietnamese official plans (kế hoạch) from a structured plan model.",
    subcommands = {
      CheckCommand.class,
      RenderCommand.class,
      DiffCommand.class,
      BatchCommand.class,
      ExportBudgetCommand.class,
      ImportBudgetCommand.class,
      ExportTableCommand.class,
      ImportTableCommand.class,
      ImportCommand.class,
      LintCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit status for a model with problems, as for bad input generally. */
  public static final int PROBLEMS = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  /**
   * Runs kehoach with {@code args}, writing to {@code out} and {@code err}; returns the exit code.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
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
