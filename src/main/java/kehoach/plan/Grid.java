package kehoach.plan;

import java.util.List;
import java.util.Optional;

/**
 * A table as printed: headers, the optional column-number row, and rows of printed cells. Budget
 * tables and task tables both become grids, so a template lays out any table the same way.
 *
 * @param columns the columns
 * @param columnNumbers the italic "(1) (2) …" row; empty for none
 * @param rows the rows in printed order, the total row last
 * @param unitLine "Đơn vị tính: đồng", printed above the table, when wanted
 * @param wordsLine "(Bằng chữ: …)", printed under the table, when wanted
 * @param budgetId the id of the budget this grid shows, for a budget table
 */
public record Grid(
    List<Column> columns,
    List<String> columnNumbers,
    List<Row> rows,
    Optional<String> unitLine,
    Optional<String> wordsLine,
    Optional<String> budgetId) {

  public Grid {
    columns = List.copyOf(columns);
    columnNumbers = List.copyOf(columnNumbers);
    rows = List.copyOf(rows);
  }

  /**
   * A column.
   *
   * @param key its key in the model ("stt", "content", "amount")
   * @param header its header
   * @param align how its cells are aligned: "left", "center" or "right"
   * @param width its width as the stylesheet takes it: a weight ("3*", a share of what the weighted
   *     columns have between them), a length ("3.5cm"), or empty for a width chosen from the
   *     column's content when the table is laid out
   */
  public record Column(String key, String header, String align, String width) {}

  /**
   * A row.
   *
   * @param kind "group", "item" or "total"
   * @param depth 0 for top-level rows
   * @param cells one per column
   */
  public record Row(String kind, int depth, List<Text> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    public boolean isGroup() {
      return kind.equals("group");
    }

    public boolean isTotal() {
      return kind.equals("total");
    }
  }
}
