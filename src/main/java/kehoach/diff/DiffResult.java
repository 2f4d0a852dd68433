package kehoach.diff;

import java.util.List;

/**
 * What changed between two versions of a plan. Empty strings stand for "not there".
 *
 * @param oldName the old version's file
 * @param newName the new version's file
 * @param changes changed, added, removed and moved paragraphs and table rows, in document order
 * @param budgets the budget tables' changes, line by line with their totals
 * @param unchangedParagraphs how many paragraphs are the same
 * @param unchangedRows how many table rows are the same
 */
public record DiffResult(
    String oldName,
    String newName,
    List<Change> changes,
    List<BudgetChange> budgets,
    int unchangedParagraphs,
    int unchangedRows) {

  public DiffResult {
    changes = List.copyOf(changes);
    budgets = List.copyOf(budgets);
  }

  public boolean same() {
    return changes.isEmpty() && budgets.stream().allMatch(BudgetChange::same);
  }

  /**
   * One change.
   *
   * @param type "changed", "added", "removed" or "moved"
   * @param place where it is in the new version (in the old one, when removed)
   * @param oldPlace where it was, for a move
   * @param oldText the text before
   * @param newText the text after
   * @param words for a changed paragraph, its words marked: "[-removed-]{+added+}"
   */
  public record Change(
      String type, String place, String oldPlace, String oldText, String newText, String words) {}

  /**
   * The changes of one budget table.
   *
   * @param table where the table is ("Biểu chi tiết")
   * @param unit its money unit ("đồng", "triệu đồng")
   * @param lines changed, added and removed lines
   * @param groups group subtotals that changed
   * @param total the grand total, when it changed
   * @param words the new total in words, when the total changed
   */
  public record BudgetChange(
      String table,
      String unit,
      List<LineChange> lines,
      List<AmountChange> groups,
      List<AmountChange> total,
      String words) {
    public BudgetChange {
      lines = List.copyOf(lines);
      groups = List.copyOf(groups);
      total = List.copyOf(total);
    }

    public boolean same() {
      return lines.isEmpty() && groups.isEmpty() && total.isEmpty();
    }
  }

  /**
   * A budget line: its figures before and after, as printed.
   *
   * @param type "changed", "added" or "removed"
   * @param label its number ("1", "-")
   * @param content what it is for
   * @param oldQuantity before; likewise the others
   */
  public record LineChange(
      String type,
      String label,
      String content,
      String oldQuantity,
      String newQuantity,
      String oldPrice,
      String newPrice,
      String oldAmount,
      String newAmount,
      String difference) {}

  /**
   * A subtotal or total that changed.
   *
   * @param label the group's number and title, or the total's label
   * @param oldAmount before, as printed
   * @param newAmount after
   * @param difference in đồng, with its sign: "+5.000.000 đồng"
   */
  public record AmountChange(String label, String oldAmount, String newAmount, String difference) {}
}
