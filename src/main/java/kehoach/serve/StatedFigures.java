package kehoach.serve;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.load.PlanLoader;
import kehoach.model.Appendix;
import kehoach.model.Block;
import kehoach.model.BudgetRow;
import kehoach.model.Plan;
import kehoach.model.PlanException;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Planner;

/**
 * The figures of a plan computed without the ones its author stated, in its tables and its text. A
 * clerk changing a quantity in the page's budget grid makes the stated total (and a stated line
 * amount) disagree until it is updated; the page still shows the computed figures, next to the
 * problem that says which stated figure to change.
 */
final class StatedFigures {
  /**
   * A total or the words stated in the text, {@code ${total=74.580.000}}: the placeholder without
   * its stated value ({@code kehoach.plan.Planner}'s syntax) prints the computed one unchecked.
   */
  private static final Pattern STATED_IN_TEXT =
      Pattern.compile("\\$\\{(\\s*(?:total|words)\\s*(?::\\s*[^=\\s}]+)?\\s*)=[^}]*}");

  private StatedFigures() {}

  /**
   * The plan of {@code text} computed with every stated amount that kehoach computes (totals,
   * groups, quantity × price, percentages) left out, or empty when it has other problems too.
   */
  static Optional<ComputedPlan> ignored(String name, String text) {
    try {
      String unstated =
          STATED_IN_TEXT
              .matcher(text)
              .replaceAll(m -> Matcher.quoteReplacement("${" + m.group(1) + "}"));
      PlanLoader.Loaded loaded = PlanLoader.load(name, unstated);
      return Optional.of(Planner.compute(without(loaded.plan()), loaded.sources()));
    } catch (PlanException e) {
      return Optional.empty();
    }
  }

  static Plan without(Plan p) {
    return new Plan(
        p.issuer(),
        p.document(),
        p.title(),
        p.bases(),
        p.sections().stream().map(StatedFigures::heading).toList(),
        p.closing(),
        p.recipients(),
        p.archive(),
        p.signature(),
        p.appendices().stream().map(StatedFigures::appendix).toList(),
        p.words());
  }

  private static Appendix appendix(Appendix a) {
    return new Appendix(
        a.id(), a.label(), a.title(), a.attached(), blocks(a.content()), a.landscape());
  }

  private static Block.Heading heading(Block.Heading h) {
    return new Block.Heading(h.title(), h.text(), h.numbering(), h.role(), blocks(h.content()));
  }

  private static List<Block> blocks(List<Block> blocks) {
    return blocks.stream().map(StatedFigures::block).toList();
  }

  private static Block block(Block b) {
    if (b instanceof Block.Heading h) {
      return heading(h);
    }
    if (b instanceof Block.BudgetTable t) {
      return new Block.BudgetTable(
          t.id(),
          t.unit(),
          t.columns(),
          t.columnNumbers(),
          rows(t.rows()),
          t.totalLabel(),
          Optional.empty(),
          t.numbering(),
          t.unitLine(),
          t.wordsLine());
    }
    return b;
  }

  private static List<BudgetRow> rows(List<BudgetRow> rows) {
    return rows.stream().map(StatedFigures::row).toList();
  }

  /** A line's stated amount goes when kehoach computes it; a lump sum is the figure itself. */
  private static BudgetRow row(BudgetRow r) {
    boolean computed =
        r.isGroup()
            || r.percent().isPresent()
            || (r.quantity().isPresent() && r.price().isPresent());
    return new BudgetRow(
        r.id(),
        r.stt(),
        r.content(),
        r.unit(),
        r.quantity(),
        r.price(),
        computed ? Optional.empty() : r.amount(),
        r.percent(),
        r.note(),
        rows(r.rows()),
        r.span());
  }
}
