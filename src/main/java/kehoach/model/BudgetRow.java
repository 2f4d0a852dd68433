package kehoach.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A line of a budget table: an item, or a group when it has rows of its own.
 *
 * <p>An item's amount is quantity × unit price when both are given, a percentage of other lines
 * when {@link #percent} is given, and otherwise the amount written. A group's amount is the sum of
 * its rows; its quantity and unit, when given, are only printed.
 *
 * @param id how a percentage line refers to this line
 * @param stt số thứ tự: the line's own label in the TT column, "" for a line without a number;
 *     empty to number it automatically (see {@link RowNumbers})
 * @param content nội dung: what the money is for
 * @param unit đơn vị tính: "Ngày", "Người x ngày"
 * @param quantity số lượng
 * @param price đơn giá, in the table's money unit
 * @param amount thành tiền as written: checked against the computed amount, or the amount itself
 *     for a lump sum
 * @param percent the line is this percentage of other lines
 * @param note ghi chú
 * @param rows the rows of a group
 * @param span the columns its content covers, its own and those to its right (unit, quantity,
 *     price), as far as the amount column: 1 for its own only
 */
public record BudgetRow(
    Optional<String> id,
    Optional<String> stt,
    String content,
    Optional<String> unit,
    Optional<BigDecimal> quantity,
    Optional<BigDecimal> price,
    Optional<BigDecimal> amount,
    Optional<Percentage> percent,
    Optional<String> note,
    List<BudgetRow> rows,
    int span) {

  public BudgetRow {
    rows = List.copyOf(rows);
    if (span < 1) {
      throw new IllegalArgumentException("a content spans at least its own column: " + span);
    }
  }

  /** A line whose content takes its own column only. */
  public BudgetRow(
      Optional<String> id,
      Optional<String> stt,
      String content,
      Optional<String> unit,
      Optional<BigDecimal> quantity,
      Optional<BigDecimal> price,
      Optional<BigDecimal> amount,
      Optional<Percentage> percent,
      Optional<String> note,
      List<BudgetRow> rows) {
    this(id, stt, content, unit, quantity, price, amount, percent, note, rows, 1);
  }

  public boolean isGroup() {
    return !rows.isEmpty();
  }

  /**
   * A line computed as a percentage of others: "Chi phí dự phòng: 5% × (Gtb + Gqlda)".
   *
   * @param rate the percentage (5 for 5 %)
   * @param of the ids of the lines it is a percentage of, summed
   */
  public record Percentage(BigDecimal rate, List<String> of) {
    public Percentage {
      of = List.copyOf(of);
    }
  }
}
