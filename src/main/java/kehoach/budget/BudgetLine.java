package kehoach.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A computed line of a budget table.
 *
 * @param path where the line is in the model
 * @param depth 0 for top-level lines
 * @param label its number in the TT column ("I", "1", "-")
 * @param kind group, item or percentage line
 * @param content nội dung
 * @param unit đơn vị tính
 * @param quantity số lượng
 * @param price đơn giá, in the table's unit
 * @param amount thành tiền, in the table's unit
 * @param note ghi chú
 * @param lines the lines of a group
 * @param span the columns its content covers, its own and those to its right: 1 for its own only
 */
public record BudgetLine(
    String path,
    int depth,
    String label,
    Kind kind,
    String content,
    Optional<String> unit,
    Optional<BigDecimal> quantity,
    Optional<BigDecimal> price,
    BigDecimal amount,
    Optional<String> note,
    List<BudgetLine> lines,
    int span) {

  public BudgetLine {
    lines = List.copyOf(lines);
  }

  /** A line whose content takes its own column only. */
  public BudgetLine(
      String path,
      int depth,
      String label,
      Kind kind,
      String content,
      Optional<String> unit,
      Optional<BigDecimal> quantity,
      Optional<BigDecimal> price,
      BigDecimal amount,
      Optional<String> note,
      List<BudgetLine> lines) {
    this(path, depth, label, kind, content, unit, quantity, price, amount, note, lines, 1);
  }

  /** What a line is. */
  public enum Kind {
    GROUP,
    ITEM,
    PERCENTAGE
  }

  public boolean isGroup() {
    return kind == Kind.GROUP;
  }
}
