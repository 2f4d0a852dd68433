package kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.budget.BudgetLine;
import kehoach.budget.ComputedBudget;
import kehoach.layout.BundledLayout;
import kehoach.model.PlanException;
import kehoach.plan.ComputedAppendix;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Header;
import kehoach.plan.Part;
import kehoach.render.Renderer;
import kehoach.vi.VietnameseNumbers;

/**
 * The work of {@code kehoach check}, apart from its command line: {@link CheckCommand} is how
 * picocli runs it, and {@link #plain} reads the common command line without picocli, whose start
 * (reading the command's annotations, building its model) is still about 25 ms of a cold check
 * (docs/performance.md). Nothing here refers to picocli, so that a run through {@link #plain} never
 * loads it.
 */
final class Check {
  private static final int WIDTH = 78;

  /** What a check was asked for: the models, whether only problems are printed, the templates. */
  record Arguments(List<Path> models, boolean quiet, Optional<Path> templates) {}

  private Check() {}

  /**
   * The arguments of {@code args} when they are a plain check ({@code check}, then model files,
   * {@code -q} or {@code --quiet} once, {@code -t DIR}, {@code --templates DIR} or {@code
   * --templates=DIR} once), read as picocli reads them; empty for anything else (help, a mistake,
   * an {@code @file}, {@code --}, a name the system cannot hold, no model, picocli's own settings),
   * which picocli reads and answers. {@code CheckTest} holds this to {@link CheckCommand}'s
   * options.
   */
  static Optional<Arguments> plain(String[] args) {
    if (args.length < 2 || !args[0].equals("check") || picocliSettings()) {
      return Optional.empty();
    }
    List<Path> models = new ArrayList<>();
    boolean quiet = false;
    String templates = null;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-q") || a.equals("--quiet")) {
        if (quiet) {
          return Optional.empty();
        }
        quiet = true;
      } else if (a.equals("-t") || a.equals("--templates") || a.startsWith("--templates=")) {
        if (templates != null) {
          return Optional.empty();
        }
        if (a.startsWith("--templates=")) {
          templates = a.substring("--templates=".length());
        } else if (i + 1 < args.length) {
          templates = args[++i];
        } else {
          return Optional.empty();
        }
        if (!plainWord(templates)) {
          return Optional.empty();
        }
      } else if (plainWord(a)) {
        Optional<Path> model = path(a);
        if (model.isEmpty()) {
          return Optional.empty();
        }
        models.add(model.get());
      } else {
        return Optional.empty();
      }
    }
    if (models.isEmpty()) {
      return Optional.empty();
    }
    Optional<Path> folder = Optional.empty();
    if (templates != null) {
      folder = path(templates);
      if (folder.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(new Arguments(List.copyOf(models), quiet, folder));
  }

  /**
   * Whether picocli is given settings of its own as system properties ({@code picocli.trimQuotes},
   * {@code picocli.trace} …), which change how it reads a command line: picocli reads it then.
   */
  private static boolean picocliSettings() {
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith("picocli.")) {
        return true;
      }
    }
    return false;
  }

  /** A word picocli takes as it is: not empty, not an option, not an {@code @file}. */
  private static boolean plainWord(String a) {
    return !a.isEmpty() && !a.startsWith("-") && !a.startsWith("@");
  }

  private static Optional<Path> path(String name) {
    try {
      return Optional.of(Path.of(name));
    } catch (InvalidPathException e) {
      // picocli's run gives the message (ModelFiles.FileName)
      return Optional.empty();
    }
  }

  /**
   * Checks each model and prints its summary to {@code out}, its problems to {@code err}; returns
   * the exit status. An office's templates are read on a thread of their own while the first model
   * loads, and so are the bundled ones for a {@link #large} model. The bundled ones lay out only a
   * plan {@link BundledLayout} cannot vouch for: what they could refuse of the others is known
   * without running them, and FreeMarker, the templates and the XML parser were two thirds of a
   * cold check (docs/architecture.md).
   */
  static int run(Arguments arguments, PrintWriter out, PrintWriter err) {
    Prepared prepared =
        arguments.templates().isPresent() || large(arguments.models())
            ? Prepared.start(arguments.templates())
            : null;
    List<Path> models = arguments.models();
    Attempt first = Attempt.of(models.get(0));
    Renderer renderer = null;
    if (arguments.templates().isPresent()) {
      try {
        renderer = prepared.renderer();
      } catch (PlanException e) {
        // templates that cannot be used are the one problem reported, before any model's
        return Problems.report(e, err);
      }
    }
    int status = 0;
    for (int i = 0; i < models.size(); i++) {
      Attempt attempt = i == 0 ? first : Attempt.of(models.get(i));
      try {
        ComputedPlan plan = attempt.plan();
        // what render refuses past the model (a template's error, a character the layout adds)
        if (renderer != null || !BundledLayout.accepts(plan)) {
          if (renderer == null) {
            renderer = (prepared != null ? prepared : Prepared.start(Optional.empty())).renderer();
          }
          renderer.document(plan);
        }
        if (!arguments.quiet()) {
          summary(plan, models.get(i), out);
        }
      } catch (PlanException e) {
        status = Problems.report(e, err);
      }
    }
    out.flush();
    return status;
  }

  /**
   * Whether a model is so large that its plan is likely to be laid out: the bundled templates are
   * then made ready on a second thread while the first model loads, as for an office's. Ninh
   * Thuận's 27 KB is bounded at a seventh of what {@link BundledLayout} vouches for.
   */
  private static boolean large(List<Path> models) {
    for (Path model : models) {
      try {
        if (Files.size(model) > LARGE) {
          return true;
        }
      } catch (IOException | SecurityException e) {
        // its loading reports it
      }
    }
    return false;
  }

  /** A model file larger than this is {@link #large}. */
  private static final long LARGE = 128 * 1024;

  /** A model computed, or its problems: what {@link #plan} gives or throws. */
  private interface Attempt {
    ComputedPlan plan() throws PlanException;

    static Attempt of(Path model) {
      try {
        ComputedPlan plan = Kehoach.compute(model);
        return () -> plan;
      } catch (PlanException e) {
        return () -> {
          throw e;
        };
      }
    }
  }

  /**
   * The renderer, made on a thread of its own: setting up FreeMarker and parsing the bundled
   * templates takes about as long as loading and computing a plan, and a second core does it
   * meanwhile. Its refusal, or a bug there, is handed to the thread that asks for it. A thread and
   * {@code join}, not a {@code FutureTask}, whose set-up of variable handles was 2 ms of a cold
   * check on the main thread.
   */
  private static final class Prepared extends Thread {
    private final Optional<Path> templates;
    // written by this thread before it ends, read after join (which orders the two)
    private Renderer renderer;
    private Throwable failure;

    private Prepared(Optional<Path> templates) {
      super("kehoach-prepare");
      this.templates = templates;
      setDaemon(true);
    }

    static Prepared start(Optional<Path> templates) {
      Prepared p = new Prepared(templates);
      p.start();
      return p;
    }

    @Override
    public void run() {
      try {
        Renderer made = new Renderer(templates);
        made.prepare();
        renderer = made;
      } catch (PlanException | RuntimeException | Error e) {
        failure = e;
      }
    }

    /** The renderer, once it is made; a folder of templates that is not one is refused. */
    Renderer renderer() throws PlanException {
      boolean interrupted = false;
      while (true) {
        try {
          join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (failure instanceof PlanException refused) {
        throw refused;
      }
      if (failure instanceof RuntimeException bug) {
        throw bug;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      return renderer;
    }
  }

  private static void summary(ComputedPlan plan, Path model, PrintWriter out) {
    out.println(model + ": no problems found.");
    out.println();
    Header h = plan.header();
    h.parentAgency().ifPresent(out::println);
    out.println(String.join(" ", h.agency()));
    out.println(h.numberLine());
    out.println(h.placeAndDate());
    if (h.draft()) {
      out.println("DỰ THẢO");
    }
    out.println(h.documentName());
    h.title().forEach(out::println);
    out.println();
    out.println("Outline:");
    plan.body().forEach(p -> outline(p, out));
    for (ComputedAppendix a : plan.appendices()) {
      out.println("  " + a.name() + ": " + shorten(a.title(), WIDTH - a.name().length() - 4));
    }
    for (ComputedBudget b : plan.budgets().values()) {
      out.println();
      budget(b, out);
    }
    out.println();
    out.println(String.join(" / ", plan.signature()) + ": " + plan.signer());
    out.println();
  }

  private static void outline(Part part, PrintWriter out) {
    if (part instanceof Part.Heading h) {
      String indent = "  ".repeat(h.level());
      String head = h.label().isEmpty() ? "" : h.label() + " ";
      String title = h.title().isEmpty() ? h.text().plain() : h.title().plain();
      out.println(indent + head + shorten(title, WIDTH - indent.length() - head.length()));
      h.parts().forEach(p -> outline(p, out));
    }
  }

  private static void budget(ComputedBudget b, PrintWriter out) {
    out.println("Budget \"" + b.id() + "\" (Đơn vị tính: " + b.unit().label() + "):");
    b.forEachLine(
        line -> {
          if (line.isGroup()) {
            row(out, "  ".repeat(line.depth() + 1) + line.label(), line.content(), line);
          }
        });
    String total = VietnameseNumbers.format(b.total());
    out.println(pad("  " + b.totalLabel(), WIDTH - total.length()) + total);
    out.println(
        "  Bằng chữ: "
            + VietnameseNumbers.format(new BigDecimal(b.totalInDong()))
            + " đồng ("
            + b.words()
            + ")");
  }

  private static void row(PrintWriter out, String label, String content, BudgetLine line) {
    String amount = VietnameseNumbers.format(line.amount());
    String head = pad(label, 8);
    out.println(
        head
            + pad(
                shorten(content, WIDTH - head.length() - amount.length() - 2),
                WIDTH - head.length() - amount.length())
            + amount);
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }

  private static String shorten(String s, int max) {
    String one = s.replace('\n', ' ');
    return one.length() <= max ? one : one.substring(0, Math.max(0, max - 1)) + "…";
  }
}
