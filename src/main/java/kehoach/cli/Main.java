package kehoach.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import kehoach.Kehoach;
import picocli.CommandLine;

/**
 * {@code kehoach}'s entry point: a plain {@code check} ({@link Check#plain}) runs at once, any
 * other command line goes to picocli ({@link TopCommand}). This class refers to no picocli class
 * but the version provider, loaded only when picocli asks for it, so that such a check never loads
 * picocli.
 */
public final class Main {
  /** Exit status for a model with problems, as for bad input generally. */
  public static final int PROBLEMS = 2;

  /** FreeMarker's system property naming the logging library it writes to. */
  private static final String FREEMARKER_LOGGER = "org.freemarker.loggerLibrary";

  public static void main(String[] args) {
    // FreeMarker logs through java.util.logging unless told otherwise; kehoach reports every
    // template error itself (SandboxConfiguration), and setting up JUL cost a cold check about
    // 10 ms (docs/performance.md). A -Dorg.freemarker.loggerLibrary given to java is kept.
    if (System.getProperty(FREEMARKER_LOGGER) == null) {
      System.setProperty(FREEMARKER_LOGGER, "none");
    }
    forgetRefusedArchive();
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  /** The launcher's name for the class-data archive it gave this run, when it holds Java's own. */
  static final String ARCHIVE = "kehoach.archive";

  /**
   * Removes the class-data archive the launcher gave this run ({@value #ARCHIVE}) when Java did not
   * map it: made by another Java, or for the jar at another path, it is refused without a word, and
   * with it Java's own classes (the check's archive holds them), so every run would be slower than
   * with none (0.5 against 0.3 s). The launcher makes a missing one again on its next run.
   */
  static void forgetRefusedArchive() {
    String archive = System.getProperty(ARCHIVE);
    if (archive == null || System.getProperty("java.vm.info", "").contains("sharing")) {
      return;
    }
    try {
      Files.deleteIfExists(Path.of(archive));
    } catch (IOException | InvalidPathException | SecurityException e) {
      // left as it is: the run goes on without it, as before
    }
  }

  /**
   * Runs kehoach with {@code args}, writing to {@code out} and {@code err}; returns the exit code.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, true);
  }

  /**
   * As {@link #run(String[], PrintWriter, PrintWriter)}; with {@code plainCheck} false, a plain
   * {@code check} is read by picocli too, as {@code CheckTest} compares.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean plainCheck) {
    Optional<Check.Arguments> check = plainCheck ? Check.plain(args) : Optional.empty();
    int code;
    try {
      if (check.isPresent()) {
        // the common check, without picocli's start (docs/performance.md); the same handling of
        // a bug as picocli's run below
        try {
          code = Check.run(check.get(), out, err);
        } catch (RuntimeException e) {
          code = internalError(e, err);
        }
      } else {
        code = TopCommand.execute(args, out, err);
      }
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

  /** A bug: a line that says so, then its stack; exit status 70. */
  static int internalError(Exception e, PrintWriter err) {
    err.println("kehoach: internal error (a bug; please report it with the input): " + e);
    e.printStackTrace(err);
    err.flush();
    return 70;
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
