package kehoach.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import kehoach.model.MoneyUnit;

/**
 * A budget table with every amount computed.
 *
 * @param id the table's id
 * @param unit the money unit of its amounts
 * @param lines the top-level lines
 * @param totalLabel the total row's label with the groups it adds up: "TỔNG CỘNG (1+2+3)"
 * @param total the grand total in the table's unit
 * @param totalInDong the grand total in đồng
 * @param words the grand total in words: "Bảy mươi bốn triệu, năm trăm tám mươi nghìn đồng"
 */
public record ComputedBudget(
    String id,
    MoneyUnit unit,
    List<BudgetLine> lines,
    String totalLabel,
    BigDecimal total,
    BigInteger totalInDong,
    String words) {

  public ComputedBudget {
    lines = List.copyOf(lines);
  }

  /** Visits every line, depth first, in printed order. */
  public void forEachLine(Consumer<BudgetLine> visitor) {
    visit(lines, visitor);
  }

  private static void visit(List<BudgetLine> lines, Consumer<BudgetLine> visitor) {
    for (BudgetLine line : lines) {
      visitor.accept(line);
      visit(line.lines(), visitor);
    }
  }
}
