package kehoach.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kehoach.document.TableGrid;
import kehoach.document.XhtmlDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Renders the intermediate document as plain text. */
public final class TextWriter {
  /** Table cells wider than this wrap onto more lines. */
  private static final int MAX_CELL = 40;

  private final StringBuilder out = new StringBuilder();

  private TextWriter() {}

  public static String write(XhtmlDocument document) {
    TextWriter w = new TextWriter();
    w.children(document.body());
    return w.out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }

  private void children(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        element(e);
      }
    }
  }

  private void element(Element e) {
    switch (e.getLocalName()) {
      case "p" -> line(text(e));
      case "table" -> {
        if (XhtmlDocument.hasClass(e, "grid")) {
          grid(e);
        } else {
          layoutTable(e);
        }
      }
      case "div" -> {
        if (XhtmlDocument.hasClass(e, "appendix")) {
          out.append("\n\n");
        }
        children(e);
      }
      default -> children(e);
    }
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  /** A layout table (header, signature) reads cell by cell, row by row. */
  private void layoutTable(Element table) {
    for (Element row : elements(table, "tr")) {
      for (Element cell : elements(row, "td")) {
        children(cell);
      }
    }
    out.append('\n');
  }

  /**
   * A data table prints as aligned rows, long cells wrapped within their column. A merged cell
   * takes the width of the columns it spans, and the lines of the rows it spans: its text starts in
   * its own row and runs on down; below it, the rows show it blank.
   */
  private void grid(Element table) {
    TableGrid grid = TableGrid.of(table);
    int columns = grid.columns();
    List<TableGrid.Cell> cells = new ArrayList<>();
    TableGrid.Cell[][] at = new TableGrid.Cell[grid.rows().size()][columns];
    for (int r = 0; r < grid.rows().size(); r++) {
      for (TableGrid.Cell cell : grid.cells(r)) {
        cells.add(cell);
        for (int k = r; k < r + cell.rowspan(); k++) {
          for (int c = cell.column(); c < cell.column() + cell.colspan(); c++) {
            at[k][c] = cell;
          }
        }
      }
    }
    Map<TableGrid.Cell, String> texts = new HashMap<>();
    // a line break the author wrote in a cell (<br/>) starts a new line of the cell
    cells.forEach(cell -> texts.put(cell, text(cell.element())));
    int[] widths = new int[columns];
    for (TableGrid.Cell cell : cells) {
      if (cell.colspan() == 1) {
        widths[cell.column()] =
            Math.max(widths[cell.column()], Math.min(MAX_CELL, longestLine(texts.get(cell))));
      }
    }
    for (TableGrid.Cell cell : cells) {
      int more = Math.min(MAX_CELL, longestLine(texts.get(cell))) - width(widths, cell);
      if (cell.colspan() > 1 && more > 0) {
        widths[cell.column() + cell.colspan() - 1] += more;
      }
    }
    Map<TableGrid.Cell, List<String>> wrapped = new HashMap<>();
    cells.forEach(
        cell -> {
          List<String> lines = new ArrayList<>();
          for (String line : texts.get(cell).split("\n", -1)) {
            lines.addAll(wrap(line.strip(), Math.max(1, width(widths, cell))));
          }
          wrapped.put(cell, lines);
        });
    int[] heights = new int[grid.rows().size()];
    Arrays.fill(heights, 1);
    for (TableGrid.Cell cell : cells) {
      if (cell.rowspan() == 1) {
        heights[cell.row()] = Math.max(heights[cell.row()], wrapped.get(cell).size());
      }
    }
    for (TableGrid.Cell cell : cells) {
      int last = cell.row() + cell.rowspan() - 1;
      int more = wrapped.get(cell).size() - linesBefore(heights, cell, last + 1);
      if (cell.rowspan() > 1 && more > 0) {
        heights[last] += more;
      }
    }
    for (int r = 0; r < heights.length; r++) {
      for (int l = 0; l < heights[r]; l++) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < columns; ) {
          TableGrid.Cell cell = at[r][c];
          int span = cell == null ? 1 : cell.column() + cell.colspan() - c;
          int width = width(widths, c, span);
          String part = "";
          boolean toRight = false;
          if (cell != null) {
            List<String> lines = wrapped.get(cell);
            int k = linesBefore(heights, cell, r) + l;
            part = k < lines.size() ? lines.get(k) : "";
            toRight = XhtmlDocument.hasClass(cell.element(), "right");
          }
          String pad = " ".repeat(width - part.length());
          line.append(c == 0 ? "" : " | ").append(toRight ? pad + part : part + pad);
          c += span;
        }
        out.append(line).append(" |\n");
      }
    }
    out.append('\n');
  }

  /** The width of the columns {@code cell} spans, with the " | " between them. */
  private static int width(int[] widths, TableGrid.Cell cell) {
    return width(widths, cell.column(), cell.colspan());
  }

  private static int width(int[] widths, int from, int span) {
    int width = 3 * (span - 1);
    for (int c = from; c < from + span; c++) {
      width += widths[c];
    }
    return width;
  }

  /** The lines of the rows from {@code cell}'s first down to row {@code r}, not counting it. */
  private static int linesBefore(int[] heights, TableGrid.Cell cell, int r) {
    int lines = 0;
    for (int k = cell.row(); k < r; k++) {
      lines += heights[k];
    }
    return lines;
  }

  /** The length of the longest of the lines of {@code text}. */
  private static int longestLine(String text) {
    return text.lines().mapToInt(l -> l.strip().length()).max().orElse(0);
  }

  /** Wraps {@code text} at spaces into lines of at most {@code width}. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      while (word.length() > width) {
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * The text of an element, its white space as the layout keeps it on one line; a {@code <br/>}
   * starts a new line.
   */
  private static String text(Element e) {
    return XhtmlDocument.text(e).strip();
  }

  private static List<Element> elements(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList list = parent.getElementsByTagNameNS(XhtmlDocument.XHTML, name);
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }
}
