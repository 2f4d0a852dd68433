package kehoach.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import kehoach.budget.BudgetLine;
import kehoach.budget.ComputedBudget;
import kehoach.model.Block;
import kehoach.model.Block.Numbering;
import kehoach.model.Block.Span;
import kehoach.model.CellSpans;
import kehoach.model.MoneyUnit;
import kehoach.model.RowNumbers;
import kehoach.vi.VietnameseNumbers;
import kehoach.vi.WordStyle;

/** Turns data tables and computed budgets into grids of printed cells. */
final class Grids {
  private Grids() {}

  /**
   * A data table as a grid. {@code path} is the table's path in the model; {@code text} reads a
   * cell's text, given the cell's path below the table (".rows[2].lead").
   */
  static Grid data(Block.DataTable table, String path, BiFunction<String, String, Text> text) {
    List<Grid.Column> columns = columns(table.columns());
    boolean grouped = table.rows().stream().anyMatch(r -> r.group().isPresent());
    List<Numbering> numbering = Numbering.forTable(table.numbering(), grouped);
    List<Grid.Row> rows = new ArrayList<>();
    dataRows(table, table.rows(), path, ".rows", 0, "", numbering, text, rows);
    return new Grid(
        columns, table.columnNumbers(), rows, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The rows of one level, a group's rows after it. A merged cell takes its span, cut short at the
   * last column, at a position a cell above covers and at the level's last item row (see {@link
   * CellSpans}); the positions it covers get no cell, and a row whose STT it covers is not
   * numbered.
   */
  private static void dataRows(
      Block.DataTable table,
      List<Block.TableRow> rows,
      String tablePath,
      String path,
      int depth,
      String parent,
      List<Numbering> numbering,
      BiFunction<String, String, Text> text,
      List<Grid.Row> out) {
    Numbering n = depth < numbering.size() ? numbering.get(depth) : Numbering.PLUS;
    RowNumbers numbers = new RowNumbers(n, parent);
    String titleKey = firstTextColumn(table.columns());
    CellSpans<String> spans = new CellSpans<>(table.columns().size());
    for (int i = 0; i < rows.size(); i++) {
      Block.TableRow row = rows.get(i);
      String p = path + "[" + i + "]";
      if (row.group().isPresent()) {
        spans.end();
        String label = numbers.next(row.stt());
        List<Text> cells = new ArrayList<>();
        for (Block.Column c : table.columns()) {
          cells.add(
              c.key().equals("stt")
                  ? Text.plain(label)
                  : c.key().equals(titleKey)
                      ? text.apply(row.group().get(), p + ".group")
                      : Text.EMPTY);
        }
        out.add(Grid.Row.of("group", depth, cells, tablePath + p));
        dataRows(table, row.rows(), tablePath, p + ".rows", depth + 1, label, numbering, text, out);
        continue;
      }
      spans.nextRow();
      int below = itemsAfter(rows, i);
      List<Grid.Cell> cells = new ArrayList<>();
      for (int c = 0; c < table.columns().size(); c++) {
        String key = table.columns().get(c).key();
        if (spans.cover(c).isPresent()) {
          continue;
        }
        Span wanted = row.span(key);
        Span span =
            spans.start(c, new Span(wanted.columns(), Math.min(wanted.rows(), 1 + below)), key);
        Text cell =
            key.equals("stt")
                ? Text.plain(numbers.next(row.stt()))
                : text.apply(row.cells().getOrDefault(key, ""), p + "." + key);
        cells.add(
            new Grid.Cell(
                cell, c, span.columns(), span.rows(), row.aligns().getOrDefault(key, "")));
      }
      out.add(new Grid.Row("item", depth, cells, tablePath + p));
    }
  }

  /** How many item rows follow row {@code i} before a group row or the level's end. */
  private static int itemsAfter(List<Block.TableRow> rows, int i) {
    int j = i + 1;
    while (j < rows.size() && rows.get(j).group().isEmpty()) {
      j++;
    }
    return j - i - 1;
  }

  /** A computed budget as a grid, with its total row, unit line and amount in words. */
  static Grid budget(Block.BudgetTable table, ComputedBudget budget, WordStyle style) {
    List<Grid.Column> columns = columns(table.columns());
    List<Grid.Row> rows = new ArrayList<>();
    budget.forEachLine(line -> rows.add(budgetRow(table.columns(), line)));
    String labelKey = firstTextColumn(table.columns());
    List<Text> total = new ArrayList<>();
    for (Block.Column c : table.columns()) {
      if (c.key().equals(labelKey)) {
        total.add(Text.plain(budget.totalLabel()));
      } else if (c.key().equals("amount")) {
        total.add(Text.plain(VietnameseNumbers.format(budget.total())));
      } else {
        total.add(Text.EMPTY);
      }
    }
    rows.add(Grid.Row.of("total", 0, total, ""));
    return new Grid(
        columns,
        table.columnNumbers(),
        rows,
        table.unitLine()
            ? Optional.of("Đơn vị tính: " + unitLabel(budget.unit(), style))
            : Optional.empty(),
        table.wordsLine() ? Optional.of("(Bằng chữ: " + budget.words() + ")") : Optional.empty(),
        Optional.of(budget.id()));
  }

  /**
   * A budget line's row. A line whose content spans columns ({@code span}) prints its content over
   * them, as a merged cell, and leaves them out.
   */
  private static Grid.Row budgetRow(List<Block.Column> columns, BudgetLine line) {
    List<Grid.Cell> cells = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Block.Column c = columns.get(i);
      String value =
          switch (c.key()) {
            case "stt" -> line.label();
            case "content" -> line.content();
            case "unit" -> line.unit().orElse("");
            case "quantity" -> line.quantity().map(VietnameseNumbers::format).orElse("");
            case "price" -> line.price().map(VietnameseNumbers::format).orElse("");
            case "amount" -> VietnameseNumbers.format(line.amount());
            case "note" -> line.note().orElse("");
            default -> "";
          };
      Text text = c.key().equals("content") ? InlineMarks.parse(value) : Text.plain(value);
      int span = c.key().equals("content") ? Math.min(line.span(), columns.size() - i) : 1;
      cells.add(new Grid.Cell(text, i, span, 1));
      i += span - 1;
    }
    return new Grid.Row(line.isGroup() ? "group" : "item", line.depth(), cells);
  }

  /** The unit as the plan's own words write it: "ngàn đồng" in a plan that says ngàn. */
  static String unitLabel(MoneyUnit unit, WordStyle style) {
    return unit.label().replace("nghìn", style.thousand());
  }

  private static String firstTextColumn(List<Block.Column> columns) {
    return columns.stream()
        .map(Block.Column::key)
        .filter(k -> !k.equals("stt"))
        .findFirst()
        .orElse("stt");
  }

  /**
   * Columns with the widths the author gave: a weight becomes a share ("3*"), a length stays as it
   * is; a column without one is sized by its content when the table is laid out.
   */
  private static List<Grid.Column> columns(List<Block.Column> columns) {
    List<Grid.Column> out = new ArrayList<>();
    for (Block.Column c : columns) {
      String width = c.width().map(w -> w.matches("[0-9.]+") ? w + "*" : w).orElse("");
      out.add(new Grid.Column(c.key(), c.header(), c.align().orElse(align(c.key())), width));
    }
    return out;
  }

  private static String align(String key) {
    return switch (key) {
      case "stt", "unit" -> "center";
      case "quantity", "price", "amount" -> "right";
      default -> "left";
    };
  }
}
