package kehoach.diff;

import java.util.List;
import kehoach.diff.DiffResult.AmountChange;
import kehoach.diff.DiffResult.BudgetChange;
import kehoach.diff.DiffResult.Change;
import kehoach.diff.DiffResult.LineChange;

/**
 * A diff for a terminal: changes by place, budget lines with their figures, the rest summarised.
 */
public final class TextReport {
  private TextReport() {}

  public static String of(DiffResult d) {
    StringBuilder out = new StringBuilder();
    out.append(d.oldName()).append(" → ").append(d.newName()).append('\n');
    int budgetChanges = d.budgets().stream().mapToInt(b -> b.lines().size()).sum();
    if (d.same()) {
      out.append("No differences: ")
          .append(d.unchangedParagraphs())
          .append(" paragraphs and ")
          .append(d.unchangedRows())
          .append(" table rows are the same.\n");
      return out.toString();
    }
    out.append(d.changes().size())
        .append(d.changes().size() == 1 ? " change" : " changes")
        .append(budgetChanges > 0 ? " and " + budgetChanges + " changed budget lines" : "")
        .append("; ")
        .append(d.unchangedParagraphs())
        .append(" paragraphs and ")
        .append(d.unchangedRows())
        .append(" table rows unchanged.\n\n");
    for (Change c : d.changes()) {
      out.append(change(c)).append('\n');
    }
    for (BudgetChange b : d.budgets()) {
      if (!b.same()) {
        out.append('\n').append(budget(b));
      }
    }
    return out.toString();
  }

  private static String change(Change c) {
    return switch (c.type()) {
      case "changed" -> c.place() + ": changed: " + c.words();
      case "added" -> c.place() + ": added: " + c.newText();
      case "removed" -> c.place() + ": removed: " + c.oldText();
      default -> c.place() + ": moved here from " + c.oldPlace() + ": " + c.newText();
    };
  }

  private static String budget(BudgetChange b) {
    StringBuilder out = new StringBuilder();
    out.append("Budget, ").append(b.table()).append(" (").append(b.unit()).append("):\n");
    for (LineChange l : b.lines()) {
      out.append("  ")
          .append(l.type())
          .append(' ')
          .append(l.label())
          .append(' ')
          .append(l.content())
          .append(": ");
      out.append(figures(l)).append(" (").append(l.difference()).append(")\n");
    }
    for (AmountChange g : b.groups()) {
      out.append("  subtotal ").append(amount(g)).append('\n');
    }
    for (AmountChange t : b.total()) {
      out.append("  total ").append(amount(t)).append('\n');
    }
    if (!b.words().isEmpty()) {
      out.append("  in words: ").append(b.words()).append('\n');
    }
    return out.toString();
  }

  private static String figures(LineChange l) {
    return switch (l.type()) {
      case "added" -> figures(l.newQuantity(), l.newPrice(), l.newAmount());
      case "removed" -> figures(l.oldQuantity(), l.oldPrice(), l.oldAmount());
      default ->
          String.join(
              ", ",
              List.of(
                      arrow("quantity", l.oldQuantity(), l.newQuantity()),
                      arrow("unit price", l.oldPrice(), l.newPrice()),
                      arrow("amount", l.oldAmount(), l.newAmount()))
                  .stream()
                  .filter(s -> !s.isEmpty())
                  .toList());
    };
  }

  private static String figures(String quantity, String price, String amount) {
    return quantity.isEmpty() || price.isEmpty()
        ? amount
        : quantity + " × " + price + " = " + amount;
  }

  private static String arrow(String what, String before, String after) {
    return before.equals(after)
        ? ""
        : what + " " + (before.isEmpty() ? "–" : before) + " → " + (after.isEmpty() ? "–" : after);
  }

  private static String amount(AmountChange a) {
    String label = a.label().length() > 60 ? a.label().substring(0, 59) + "…" : a.label();
    return label + ": " + a.oldAmount() + " → " + a.newAmount() + " (" + a.difference() + ")";
  }
}
