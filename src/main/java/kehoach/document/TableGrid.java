package kehoach.document;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Where each cell of a table stands, by HTML's rules: a cell takes the next column its row has
 * free, spans {@code colspan} columns and {@code rowspan} rows, and the rows it reaches leave those
 * columns out. Both writers place merged cells from it, so they cannot disagree.
 */
public final class TableGrid {
  /** A cell: its element, the row and column it starts at (from 0), and how far it reaches. */
  public record Cell(Element element, int row, int column, int colspan, int rowspan) {
    /** Whether the cell covers row {@code r}. */
    public boolean covers(int r) {
      return r >= row && r < row + rowspan;
    }
  }

  private final List<Element> rows;
  private final List<List<Cell>> starting;
  private final int columns;

  /** Per row, the cells of earlier rows reaching into it: worked out once, not per question. */
  private final List<List<Cell>> continuing;

  private TableGrid(List<Element> rows, List<List<Cell>> starting, int columns) {
    this.rows = rows;
    this.starting = starting;
    this.columns = columns;
    List<List<Cell>> reaching = new ArrayList<>();
    for (int r = 0; r < starting.size(); r++) {
      reaching.add(new ArrayList<>());
    }
    for (List<Cell> cells : starting) {
      for (Cell c : cells) {
        for (int r = c.row() + 1; r < c.row() + c.rowspan() && r < starting.size(); r++) {
          reaching.get(r).add(c);
        }
      }
    }
    List<List<Cell>> sorted = new ArrayList<>();
    for (List<Cell> cells : reaching) {
      cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
      sorted.add(List.copyOf(cells));
    }
    this.continuing = List.copyOf(sorted);
  }

  /** The grid of {@code table}: its rows in order (header rows first), each with its cells. */
  public static TableGrid of(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element section : children(table)) {
      switch (section.getLocalName()) {
        case "tr" -> rows.add(section);
        case "thead", "tbody", "tfoot" -> rows.addAll(children(section));
        default -> {}
      }
    }
    List<List<Cell>> starting = new ArrayList<>();
    List<boolean[]> taken = new ArrayList<>();
    int width = 0;
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> cells = new ArrayList<>();
      int column = 0;
      for (Element td : children(rows.get(r))) {
        while (isTaken(taken, r, column)) {
          column++;
        }
        int colspan = span(td, "colspan");
        int rowspan = Math.min(span(td, "rowspan"), rows.size() - r);
        for (int dr = 0; dr < rowspan; dr++) {
          for (int dc = 0; dc < colspan; dc++) {
            take(taken, r + dr, column + dc);
          }
        }
        cells.add(new Cell(td, r, column, colspan, rowspan));
        column += colspan;
        width = Math.max(width, column);
      }
      starting.add(List.copyOf(cells));
    }
    return new TableGrid(List.copyOf(rows), List.copyOf(starting), width);
  }

  private static int span(Element td, String attribute) {
    String text = td.getAttribute(attribute).strip();
    if (text.isEmpty()) {
      return 1; // most cells: no exception thrown and caught for each (issue 14)
    }
    try {
      return Math.max(1, Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static boolean isTaken(List<boolean[]> taken, int row, int column) {
    return row < taken.size() && column < taken.get(row).length && taken.get(row)[column];
  }

  private static void take(List<boolean[]> taken, int row, int column) {
    while (taken.size() <= row) {
      taken.add(new boolean[0]);
    }
    boolean[] cells = taken.get(row);
    if (cells.length <= column) {
      boolean[] wider = new boolean[column + 8];
      System.arraycopy(cells, 0, wider, 0, cells.length);
      taken.set(row, wider);
      cells = wider;
    }
    cells[column] = true;
  }

  public List<Element> rows() {
    return rows;
  }

  /** The cells that start in row {@code r}, left to right. */
  public List<Cell> cells(int r) {
    return starting.get(r);
  }

  /** The number of columns the cells reach. */
  public int columns() {
    return columns;
  }

  /** The cells of earlier rows that reach down into row {@code r}, left to right. */
  public List<Cell> continuing(int r) {
    return continuing.get(r);
  }

  /**
   * Whether a cell in row {@code r} reaches down into the next row: the cells reaching into row
   * {@code r + 1} from above, worked out once, rather than every row above searched for each row.
   */
  public boolean spansBelow(int r) {
    return r + 1 < continuing.size() && !continuing.get(r + 1).isEmpty();
  }

  /** Whether row {@code r} is part of a group of rows that a cell spans. */
  public boolean inRowSpan(int r) {
    if (!continuing(r).isEmpty()) {
      return true;
    }
    for (Cell c : starting.get(r)) {
      if (c.rowspan() > 1) {
        return true;
      }
    }
    return false;
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }
}
