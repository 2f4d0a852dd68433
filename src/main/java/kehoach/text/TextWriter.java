package kehoach.text;

import java.util.ArrayList;
import java.util.List;
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

  /** A data table prints as aligned rows, long cells wrapped within their column. */
  private void grid(Element table) {
    List<List<String>> rows = new ArrayList<>();
    List<List<Boolean>> right = new ArrayList<>();
    for (Element row : elements(table, "tr")) {
      List<String> cells = new ArrayList<>();
      List<Boolean> alignRight = new ArrayList<>();
      for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element cell) {
          cells.add(text(cell).replace('\n', ' '));
          alignRight.add(XhtmlDocument.hasClass(cell, "right"));
        }
      }
      rows.add(cells);
      right.add(alignRight);
    }
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], Math.min(MAX_CELL, row.get(i).length()));
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      List<List<String>> wrapped = new ArrayList<>();
      int height = 1;
      for (int i = 0; i < columns; i++) {
        List<String> lines = wrap(i < row.size() ? row.get(i) : "", Math.max(1, widths[i]));
        wrapped.add(lines);
        height = Math.max(height, lines.size());
      }
      for (int l = 0; l < height; l++) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns; i++) {
          List<String> lines = wrapped.get(i);
          String part = l < lines.size() ? lines.get(l) : "";
          String pad = " ".repeat(widths[i] - part.length());
          boolean toRight = i < right.get(r).size() && right.get(r).get(i);
          line.append(i == 0 ? "" : " | ").append(toRight ? pad + part : part + pad);
        }
        out.append(line).append(" |\n");
      }
    }
    out.append('\n');
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
