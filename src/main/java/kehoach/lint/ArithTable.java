package kehoach.lint;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kehoach.word.WordParagraph;
import kehoach.word.WordTable;

/**
 * A budget table (bảng dự toán) as the arithmetic rules read it: its columns found by their header
 * text, its unit, and its data rows with their figures. A table a page break split in two, the
 * header repeated, is one budget table.
 *
 * @param title the rows above the header and the paragraph just above the table, joined
 * @param columns which grid column holds what
 * @param unit the money unit of figures whose column header names none, if stated anywhere
 * @param lines the data rows in order, the header rows left out
 * @param endBlock index in the document body of the table's last part
 */
record ArithTable(
    String title, Columns columns, Optional<FiguresUnit> unit, List<Line> lines, int endBlock) {

  ArithTable {
    lines = List.copyOf(lines);
  }

  /** The unit of a column's figures: its header's, else the table's. */
  Optional<FiguresUnit> unitOf(int column) {
    FiguresUnit own = columns.units().get(column);
    return own != null ? Optional.of(own) : unit;
  }

  /** The grand total rows (TỔNG CỘNG). */
  List<Line> totals() {
    return lines.stream().filter(Line::total).toList();
  }

  /**
   * Where figures are: grid columns from 0, -1 when absent.
   *
   * @param stt the number column (STT, TT, Mã số)
   * @param label the content column (Nội dung, Hạng mục)
   * @param quantity số lượng / khối lượng
   * @param price đơn giá / mức chi
   * @param amounts thành tiền / kinh phí / dự toán, left to right (some tables have two: before and
   *     after tax)
   * @param units the money unit a column's header names ("Đơn giá (đồng)")
   * @param splits the amounts split over several columns under one merged header ("Kinh phí" over
   *     "Tổng số | NSTW | NSĐP | Khác"); their columns are among {@code amounts} too
   */
  record Columns(
      int stt,
      int label,
      int quantity,
      int price,
      List<Integer> amounts,
      Map<Integer, FiguresUnit> units,
      List<Split> splits) {
    Columns {
      amounts = List.copyOf(amounts);
      units = Map.copyOf(units);
      splits = List.copyOf(splits);
    }

    /** Whether {@code column} is one of the parts of a split amount (a source, not its total). */
    boolean part(int column) {
      return splits.stream().anyMatch(s -> s.parts().contains(column));
    }

    /** The amount columns that each hold a whole amount: the split parts left out. */
    List<Integer> wholes() {
      return amounts.stream().filter(c -> !part(c)).toList();
    }
  }

  /**
   * An amount split over columns (cơ cấu nguồn vốn: ngân sách trung ương, ngân sách địa phương,
   * nguồn khác …), each row's parts adding up to its total column when the table has one.
   *
   * @param total the grid column of the parts' total ("Tổng số", "Tổng cộng", or the "Tổng kinh
   *     phí" column beside a "Nguồn vốn" header), -1 when absent (-2 only while the header is read:
   *     the amount column beside the sources, once it is known)
   * @param parts the parts' grid columns, left to right
   * @param names the parts' header texts, for messages
   */
  record Split(int total, List<Integer> parts, List<String> names) {
    Split {
      parts = List.copyOf(parts);
      names = List.copyOf(names);
    }
  }

  /**
   * The grand total of {@code total} in đồng: its rightmost whole amount whose unit is known, else
   * the sum of a split's parts when the table has no total column.
   */
  Optional<BigDecimal> grandTotalDong(Line total) {
    List<Integer> wholes = columns.wholes();
    for (int k = wholes.size() - 1; k >= 0; k--) {
      int col = wholes.get(k);
      Optional<FiguresUnit> u = unitOf(col);
      if (total.figure(col).isPresent() && u.isPresent()) {
        return Optional.of(u.get().toDong(total.figure(col).get()));
      }
    }
    for (Split split : columns.splits()) {
      BigDecimal sum = BigDecimal.ZERO;
      boolean any = false;
      for (int col : split.parts()) {
        Optional<FiguresUnit> u = unitOf(col);
        if (total.figure(col).isPresent()) {
          if (u.isEmpty()) {
            return Optional.empty();
          }
          sum = sum.add(u.get().toDong(total.figure(col).get()));
          any = true;
        }
      }
      if (any) {
        return Optional.of(sum);
      }
    }
    return Optional.empty();
  }

  /**
   * How a row is numbered, from the outermost level to the innermost; a row belongs to the nearest
   * row above it of an outer kind.
   */
  enum Kind {
    /** The row's title written in the number column, spanning it (a group without a number). */
    HEADING,
    /** A, B, or a code such as Gtb. */
    LETTER,
    ROMAN,
    ARABIC,
    /** 1.1 */
    DOTTED,
    /** 1.1.1 */
    DOTTED2,
    /** a, b, c */
    LOWER,
    DASH,
    PLUS,
    /** No number: an item, or the rest of the row above. */
    NONE
  }

  /**
   * A data row.
   *
   * @param table the body table it sits in, from 0
   * @param row its row in that table, from 0
   * @param stt its number as printed ("II", "1", "-"), or ""
   * @param kind the kind of that number
   * @param label its content text
   * @param total whether it is the grand total (TỔNG CỘNG …)
   * @param rounded whether its label says it is rounded ("làm tròn")
   * @param figures the figures of its quantity, price and amount columns, by grid column
   * @param cells its cells
   */
  record Line(
      int table,
      int row,
      String stt,
      Kind kind,
      String label,
      boolean total,
      boolean rounded,
      Map<Integer, BigDecimal> figures,
      List<WordTable.Cell> cells) {

    Line {
      figures = Map.copyOf(figures);
      cells = List.copyOf(cells);
    }

    /** The figure in {@code column}, if the row has one there. */
    Optional<BigDecimal> figure(int column) {
      return Optional.ofNullable(figures.get(column));
    }

    /** The cell starting in {@code column}, if any. */
    Optional<WordTable.Cell> cell(int column) {
      return cells.stream().filter(c -> c.column() == column).findFirst();
    }

    /** The cell's text in {@code column}, or "". */
    String text(int column) {
      return cell(column).map(WordTable.Cell::text).orElse("");
    }

    /** Where the figure in {@code column} is, for a finding. */
    Place place(int column) {
      Optional<WordParagraph> p = cell(column).flatMap(c -> c.paragraphs().stream().findFirst());
      return p.map(Place::of).orElse(Place.cell(table, row, column));
    }

    /** The row named for a message: its number and first words. */
    String name() {
      String words = label.length() <= 40 ? label : label.substring(0, 40) + "…";
      return (stt.isEmpty() || stt.equals(label) ? "" : stt + " ") + words;
    }
  }
}
