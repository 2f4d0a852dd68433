package kehoach.layout;

import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.util.Optional;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;

/**
 * One run of the templates, on a thread of its own so that it can be bounded: its stack size bounds
 * how deeply macros and {@code #include}s nest (a {@link StackOverflowError} there ends the run,
 * not kehoach), and the caller waits only {@link TemplateLimits#time} for it, then interrupts it,
 * which FreeMarker's interruption checks turn into the end of the run. Every way a run can fail
 * becomes one {@link Problem} naming the template.
 */
final class TemplateRun {
  /** How long a run that was interrupted has to stop before it is stopped by force. */
  private static final long GRACE_MILLIS = 2000;

  private final Template main;
  private final Object model;
  private final TemplateLimits limits;
  private final TemplateOutput output;
  private volatile Environment env;
  private volatile Throwable failure;
  private volatile boolean finished;

  private TemplateRun(Template main, Object model, TemplateLimits limits) {
    this.main = main;
    this.model = model;
    this.limits = limits;
    this.output = new TemplateOutput(limits.outputChars());
  }

  /**
   * The output of {@code main} (and what it includes) with {@code model}.
   *
   * @throws PlanException when a template fails, runs too long, writes too much or nests too deeply
   */
  static TemplateOutput process(Template main, Object model, TemplateLimits limits)
      throws PlanException {
    TemplateRun run = new TemplateRun(main, model, limits);
    run.runWithin();
    return run.output;
  }

  private void runWithin() throws PlanException {
    Thread thread = new Thread(null, this::run, "kehoach-templates", limits.stackBytes());
    thread.setDaemon(true);
    thread.start();
    try {
      thread.join(Math.max(1, limits.time().toMillis()));
      if (!finished) {
        throw tooLong(thread);
      }
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the templates ran", e);
    }
    if (failure != null) {
      throw problem(failure);
    }
  }

  private void run() {
    try {
      env = main.createProcessingEnvironment(model, output);
      env.process();
    } catch (StackOverflowError e) {
      failure = new TooDeep(SandboxConfiguration.lastLoaded());
    } catch (Exception | Error e) {
      failure = e;
    } finally {
      finished = true;
    }
  }

  /** A run past its time: where it is now, then stopped (by force if it ignores interruption). */
  @SuppressWarnings("removal")
  private PlanException tooLong(Thread thread) throws InterruptedException {
    Where where = Where.sampled(env, 9);
    thread.interrupt();
    thread.join(GRACE_MILLIS);
    if (thread.isAlive()) {
      // a loop inside one built-in (a huge ?join, say) sees no interruption check; Java 17 can
      // still stop such a thread, and later Javas leave it running as a daemon, out of reach
      try {
        thread.stop();
      } catch (UnsupportedOperationException e) {
        // nothing more can be done; the daemon thread ends with the process
      }
    }
    return new PlanException(
        new Problem(
            where.location(),
            "",
            "the templates ran longer than the limit of "
                + seconds()
                + " and were stopped (a #list or macro without end?)"));
  }

  private String seconds() {
    long millis = limits.time().toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
  }

  /** Marks a run that ran out of stack: macros or templates nested without end. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String template;

    TooDeep(String template) {
      super(null, null, false, false);
      this.template = template;
    }
  }

  private PlanException problem(Throwable failure) {
    if (failure instanceof TooDeep tooDeep) {
      return new PlanException(
          new Problem(
              Where.of(tooDeep.template).location(),
              "",
              "macros or #includes nest too deeply (a macro or template that calls itself"
                  + " without end?)"));
    }
    if (failure instanceof TemplateOutput.TooLong tooLong) {
      return new PlanException(
          new Problem(
              tooLong.where.location(),
              "",
              "the templates wrote more than the limit of "
                  + limits.outputChars()
                  + " characters (a #list without end?)"));
    }
    return problemOf(failure);
  }

  /** A template's mistake as a problem naming its file, line and column. */
  static PlanException problemOf(Throwable failure) {
    if (failure instanceof ParseException e) {
      return templateProblem(
          e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage());
    }
    if (failure instanceof TemplateException e) {
      String name = Optional.ofNullable(e.getTemplateSourceName()).orElse(Layout.MAIN);
      int line = Optional.ofNullable(e.getLineNumber()).orElse(0);
      int column = Optional.ofNullable(e.getColumnNumber()).orElse(0);
      return templateProblem(name, line, column, summary(e.getMessageWithoutStackTop()));
    }
    if (failure instanceof IOException e) {
      return new PlanException(
          new Problem(Location.ofFile(Layout.MAIN), "", "cannot be read: " + e.getMessage()));
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(failure);
  }

  private static PlanException templateProblem(String name, int line, int column, String message) {
    return new PlanException(new Problem(new Where(name, line, column).location(), "", message));
  }

  private static final String BEGIN_INNER = "---begin-message---";
  private static final String END_INNER = "---end-message---";

  /** FreeMarker's message without its tips and stack: what failed, and why. */
  private static String summary(String message) {
    // a template made with ?interpret wraps its error in another: the inner one says what failed
    int begin = message.indexOf(BEGIN_INNER);
    int end = message.lastIndexOf(END_INNER);
    if (begin >= 0 && end > begin) {
      return summary(message.substring(begin + BEGIN_INNER.length(), end));
    }
    StringBuilder out = new StringBuilder();
    int kept = 0;
    for (String line : message.strip().split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("----") || l.startsWith("Tip:") || l.startsWith("==>")) {
        continue;
      }
      if (l.startsWith("FTL stack") || kept == 2) {
        break;
      }
      out.append(kept++ == 0 ? "" : " ").append(l);
    }
    return out.toString();
  }
}
