package kehoach.plan;

import java.util.ArrayList;
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
   * @param align how its cells are aligned: "left", "center", "right" or "justify"
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
   * @param cells the cells that start in this row, left to right, as in an HTML table: one per
   *     column, less the columns that a merged cell to the left or above covers
   * @param path the row's path in the model ("sections[1].content[0].table.rows[2]") for a data
   *     table's group and item rows, or ""
   */
  public record Row(String kind, int depth, List<Cell> cells, String path) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** A row that is not one of the model's (a budget table's, the total). */
    public Row(String kind, int depth, List<Cell> cells) {
      this(kind, depth, cells, "");
    }

    public boolean isGroup() {
      return kind.equals("group");
    }

    public boolean isTotal() {
      return kind.equals("total");
    }

    /** A row of cells that are not merged, one per column. */
    static Row of(String kind, int depth, List<Text> texts, String path) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < texts.size(); c++) {
        cells.add(new Cell(texts.get(c), c, 1, 1));
      }
      return new Row(kind, depth, cells, path);
    }
  }

  /**
   * A cell, merged (ô gộp) when it spans more than its own column or row.
   *
   * @param text its printed text
   * @param column the column it starts in, from 0: its alignment is that column's unless {@code
   *     align} says otherwise
   * @param colspan the columns it covers, its own and those to its right
   * @param rowspan the rows it covers, its own and those below it, which leave its columns out
   * @param align "left", "center", "right" or "justify" when the cell is aligned otherwise than its
   *     column; empty for its column's
   */
  public record Cell(Text text, int column, int colspan, int rowspan, String align) {
    /** A cell aligned as its column. */
    public Cell(Text text, int column, int colspan, int rowspan) {
      this(text, column, colspan, rowspan, "");
    }

    /** Its text's runs, so that a template prints a cell as it prints any text. */
    public List<Text.Run> runs() {
      return text.runs();
    }

    /** Its text without styles. */
    public String plain() {
      return text.plain();
    }
  }
}
