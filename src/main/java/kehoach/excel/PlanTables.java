package kehoach.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.model.Appendix;
import kehoach.model.Block;
import kehoach.model.Plan;
import kehoach.plan.ComputedAppendix;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Grid;
import kehoach.plan.Part;

/**
 * The tables of a plan, data tables and budget tables alike, in the order the plan prints them:
 * those in the sections, then those in the appendices. A table is named by its number in that order
 * (from 1), by its budget id, or by the id of the appendix it is in.
 */
final class PlanTables {
  private PlanTables() {}

  /**
   * A table of the plan.
   *
   * @param index its place among the plan's tables, from 0
   * @param name its sheet name: the budget's id, the appendix's id, or "Bảng N"
   * @param appendix the id of the appendix it is in; empty in the sections
   * @param block the table as the model gives it
   */
  record Table(int index, String name, Optional<String> appendix, Block block) {
    Optional<Block.DataTable> data() {
      return block instanceof Block.DataTable d ? Optional.of(d) : Optional.empty();
    }

    Optional<Block.BudgetTable> budget() {
      return block instanceof Block.BudgetTable b ? Optional.of(b) : Optional.empty();
    }
  }

  static List<Table> of(Plan plan) {
    List<Block> blocks = new ArrayList<>();
    List<Optional<String>> where = new ArrayList<>();
    plan.sections().forEach(s -> collect(s.content(), Optional.empty(), blocks, where));
    for (Appendix a : plan.appendices()) {
      collect(a.content(), Optional.of(a.id()), blocks, where);
    }
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Optional<String> appendix = where.get(i);
      long inAppendix = where.stream().filter(w -> w.isPresent() && w.equals(appendix)).count();
      String name =
          b instanceof Block.BudgetTable t
              ? t.id()
              : appendix.isPresent() && inAppendix == 1 ? appendix.get() : "Bảng " + (i + 1);
      tables.add(new Table(i, name, appendix, b));
    }
    return List.copyOf(tables);
  }

  /** The table {@code ref} names: its number (from 1), budget id, appendix id or sheet name. */
  static Optional<Table> find(List<Table> tables, String ref) {
    String r = ref.strip();
    if (r.matches("\\d{1,6}")) {
      int n = Integer.parseInt(r);
      return n >= 1 && n <= tables.size() ? Optional.of(tables.get(n - 1)) : Optional.empty();
    }
    Optional<Table> named = tables.stream().filter(t -> t.name().equals(r)).findFirst();
    if (named.isPresent()) {
      return named;
    }
    return tables.stream().filter(t -> t.appendix().filter(r::equals).isPresent()).findFirst();
  }

  /** The printed grids of the plan's tables, in the same order. */
  static List<Grid> grids(ComputedPlan plan) {
    List<Grid> out = new ArrayList<>();
    grids(plan.body(), out);
    for (ComputedAppendix a : plan.appendices()) {
      grids(a.parts(), out);
    }
    return out;
  }

  private static void grids(List<Part> parts, List<Grid> out) {
    for (Part p : parts) {
      if (p instanceof Part.Table t) {
        out.add(t.grid());
      } else if (p instanceof Part.Heading h) {
        grids(h.parts(), out);
      }
    }
  }

  private static void collect(
      List<Block> blocks, Optional<String> appendix, List<Block> out, List<Optional<String>> at) {
    for (Block b : blocks) {
      if (b instanceof Block.DataTable || b instanceof Block.BudgetTable) {
        out.add(b);
        at.add(appendix);
      } else if (b instanceof Block.Heading h) {
        collect(h.content(), appendix, out, at);
      }
    }
  }
}
