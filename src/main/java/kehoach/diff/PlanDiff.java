package kehoach.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kehoach.Kehoach;
import kehoach.diff.DiffResult.Change;
import kehoach.document.Reproducible;
import kehoach.document.XhtmlDocument;
import kehoach.docx.DocxWriter;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.render.Renderer;

/** Compares two versions of a plan. */
public final class PlanDiff {
  private PlanDiff() {}

  /** Compares {@code oldFile} with {@code newFile}; each a plan model or a DOCX. */
  public static DiffResult compare(Path oldFile, Path newFile, Optional<Path> templates)
      throws PlanException {
    List<Unit> before = Versions.read(oldFile, templates);
    List<Unit> after = Versions.read(newFile, templates);
    return compare(oldFile.toString(), before, newFile.toString(), after);
  }

  /**
   * Writes {@code redline}: the new version, a plan model, laid out as it renders, with every
   * change from {@code oldFile} (a model or a DOCX) as a Word tracked change.
   */
  public static void redline(Path oldFile, Path newModel, Path redline, Optional<Path> templates)
      throws PlanException, IOException {
    if (newModel.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
      throw new PlanException(
          new Problem(
              Location.ofFile(newModel.toString()),
              "",
              "a redline is laid out from the new version's model; give NEW as .yaml or .json"));
    }
    List<Unit> before = Versions.read(oldFile, templates);
    XhtmlDocument document = new Renderer(templates).document(Kehoach.compute(newModel));
    List<Unit> after = Versions.fromDocument(document);
    String date = Reproducible.timestamp(document).toString();
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    DocxWriter.write(document, docx, Redline.between(before, after, date));
    Path folder = redline.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Renderer.writeWhole(redline, docx.toByteArray());
  }

  static DiffResult compare(String oldName, List<Unit> before, String newName, List<Unit> after) {
    List<BudgetTable> oldBudgets = BudgetTable.find(before);
    List<BudgetTable> newBudgets = BudgetTable.find(after);
    // Budget rows are compared figure by figure below; the rest unit by unit.
    List<Unit> a = withoutRowsOf(before, oldBudgets);
    List<Unit> b = withoutRowsOf(after, newBudgets);
    List<Change> changes = new ArrayList<>();
    int sameParagraphs = 0;
    int sameRows = 0;
    List<AbstractDelta<String>> deltas = DiffUtils.diff(texts(a), texts(b), true).getDeltas();
    for (AbstractDelta<String> d : deltas) {
      int from = d.getSource().getPosition();
      int to = d.getTarget().getPosition();
      int removed = d.getSource().size();
      int added = d.getTarget().size();
      if (d.getType() == DeltaType.EQUAL) {
        for (int i = 0; i < removed; i++) {
          if (a.get(from + i).isRow()) {
            sameRows++;
          } else {
            sameParagraphs++;
          }
        }
        continue;
      }
      changes.addAll(run(a.subList(from, from + removed), b.subList(to, to + added)));
    }
    List<DiffResult.BudgetChange> budgets = new ArrayList<>();
    for (int i = 0; i < Math.min(oldBudgets.size(), newBudgets.size()); i++) {
      budgets.add(oldBudgets.get(i).compareWith(newBudgets.get(i)));
    }
    return new DiffResult(oldName, newName, findMoves(changes), budgets, sameParagraphs, sameRows);
  }

  /**
   * The changes of a run of units replaced by another: those alike paired as changed (see {@link
   * Pairs}), the others removed or added, in the order of the document.
   */
  private static List<Change> run(List<Unit> removed, List<Unit> added) {
    List<Change> changes = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (Pairs.Pair p : Pairs.of(texts(removed), texts(added))) {
      for (; i < p.before(); i++) {
        changes.add(removal(removed.get(i)));
      }
      for (; j < p.after(); j++) {
        changes.add(addition(added.get(j)));
      }
      Unit o = removed.get(i++);
      Unit n = added.get(j++);
      changes.add(
          new Change(
              "changed", n.place(), "", o.text(), n.text(), Words.marked(o.text(), n.text())));
    }
    for (; i < removed.size(); i++) {
      changes.add(removal(removed.get(i)));
    }
    for (; j < added.size(); j++) {
      changes.add(addition(added.get(j)));
    }
    return changes;
  }

  private static Change removal(Unit o) {
    return new Change("removed", o.place(), "", o.text(), "", "");
  }

  private static Change addition(Unit n) {
    return new Change("added", n.place(), "", "", n.text(), "");
  }

  /** A paragraph removed in one place and added unchanged in another was moved. */
  private static List<Change> findMoves(List<Change> changes) {
    List<Change> out = new ArrayList<>(changes);
    for (int i = 0; i < out.size(); i++) {
      Change removed = out.get(i);
      if (!removed.type().equals("removed")) {
        continue;
      }
      for (int j = 0; j < out.size(); j++) {
        Change added = out.get(j);
        if (added.type().equals("added")
            && Places.withoutLabel(added.newText())
                .equals(Places.withoutLabel(removed.oldText()))) {
          out.set(
              j,
              new Change(
                  "moved", added.place(), removed.place(), removed.oldText(), added.newText(), ""));
          out.remove(i);
          i--;
          break;
        }
      }
    }
    return out;
  }

  /** The units less the budget tables' rows and the words under them, which the budget reports. */
  private static List<Unit> withoutRowsOf(List<Unit> units, List<BudgetTable> budgets) {
    Set<Integer> tables = budgets.stream().map(BudgetTable::index).collect(Collectors.toSet());
    List<Unit> out = new ArrayList<>();
    boolean afterBudget = false;
    for (Unit u : units) {
      boolean budgetRow = u.isRow() && tables.contains(u.table());
      boolean words = afterBudget && !u.isRow() && u.text().startsWith("(Bằng chữ:");
      if (!budgetRow && !words) {
        out.add(u);
      }
      afterBudget = budgetRow;
    }
    return out;
  }

  private static List<String> texts(List<Unit> units) {
    return units.stream()
        .map(u -> u.isRow() ? "row\u0000" + u.text() : Places.withoutLabel(u.text()))
        .toList();
  }
}
