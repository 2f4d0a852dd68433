package kehoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kehoach.Kehoach;
import kehoach.budget.BudgetLine;
import kehoach.budget.ComputedBudget;
import kehoach.model.PlanException;
import kehoach.plan.ComputedAppendix;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Header;
import kehoach.plan.Part;
import kehoach.render.Renderer;
import kehoach.vi.VietnameseNumbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kehoach check}: validates plan models and prints what they will produce. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Checks plan models and prints a summary of each: the document's identity as it will be"
          + " printed, the outline with its numbering, and every budget table with its subtotals,"
          + " grand total and total in words.",
      "A model with problems gets one message per problem (file:line:column: field: what was"
          + " expected) and exit status 2; the first 100 are printed, and the rest counted.",
      "A model that passes renders: check lays the plan out as render does (with --templates,"
          + " the office's templates), short of writing the files."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every model is correct", "2:a model has problems"})
final class CheckCommand implements Callable<Integer> {
  private static final int WIDTH = 78;

  @Mixin ModelFiles models;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only problems, no summary.")
  boolean quiet;

  @Mixin TemplatesOption templates;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Renderer renderer;
    try {
      renderer = new Renderer(templates.get());
    } catch (PlanException e) {
      return Problems.report(e, err);
    }
    int status = 0;
    for (Path model : models.paths) {
      try {
        ComputedPlan plan = Kehoach.compute(model);
        // what render refuses past the model (a template's error, a character the layout adds)
        renderer.document(plan);
        if (!quiet) {
          summary(plan, model, out);
        }
      } catch (PlanException e) {
        status = Problems.report(e, err);
      }
    }
    out.flush();
    return status;
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
            + VietnameseNumbers.format(new java.math.BigDecimal(b.totalInDong()))
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
