package kehoach.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kehoach.document.Style;
import kehoach.document.Stylesheet;
import kehoach.document.TableGrid;
import kehoach.document.XhtmlDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns the document's blocks into the items the page breaker places, with the stylesheet's sizes,
 * spacing and keeps. Space after a block and space before the next add up, as in Word.
 */
final class Flow {
  /**
   * A table row taller than this share of the text height may continue on the next page; shorter
   * rows never split (Word users expect the same: a short row split across pages is unreadable, a
   * tall one kept whole leaves a page a third empty or cannot be placed at all).
   */
  static final double SPLIT_ROW_SHARE = 1.0 / 3;

  private final Stylesheet sheet;
  private final Typeface typeface;
  private final double textHeight;
  private final List<Item> items = new ArrayList<>();
  private final Layouts decisions;

  /**
   * The table being laid out and its grid, worked out once for its column widths, its least widths
   * and its rows instead of three times (issue 14).
   */
  private Element gridTable;

  private TableGrid gridOfTable;

  /**
   * The widths of the cells of the table being laid out ({@link Inline.Widths}), by row and by cell
   * in the row: asked for by the column widths and again by the least widths, read once; dropped
   * after each table.
   */
  private Inline.Widths[][] cellWidths;

  /**
   * The styles of the cells of the table being laid out, by row and cell, as {@link #cellWidths}.
   */
  private Style[][] cellStyles;

  private TableGrid stylesOf;

  private boolean keepNext;
  private double pendingAfter;

  Flow(Stylesheet sheet, Typeface typeface, double textHeight, Layouts decisions) {
    this.sheet = sheet;
    this.typeface = typeface;
    this.textHeight = textHeight;
    this.decisions = decisions;
  }

  List<Item> items() {
    return items;
  }

  void add(Item item) {
    double before = item.spaceBefore() + pendingAfter;
    pendingAfter = 0;
    boolean mayBreak = item.breakBefore() && !keepNext;
    keepNext = false;
    items.add(item.with(before, mayBreak));
  }

  /** The blocks inside {@code parent}, laid out at {@code width}. */
  void children(Element parent, double width) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        block(e, width);
      }
    }
  }

  void block(Element e, double width) {
    switch (e.getLocalName()) {
      case "p" -> paragraph(e, width);
      case "table" -> {
        if (XhtmlDocument.hasClass(e, "grid")) {
          grid(e, width);
        } else {
          layoutTable(e, width);
        }
      }
      case "div" -> {
        if (XhtmlDocument.hasClass(e, "area")) {
          area(e, width);
        } else if (e.getFirstChild() == null || e.getTextContent().isBlank() && !hasBlocks(e)) {
          rule(e, width);
        } else {
          children(e, width);
        }
      }
      default -> children(e, width);
    }
  }

  private static boolean hasBlocks(Element e) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        return true;
      }
    }
    return false;
  }

  // ---- paragraphs ------------------------------------------------------------------------------

  private void paragraph(Element p, double width) {
    Style s = sheet.style(p);
    Box box = Box.of(s, width);
    List<Inline.Line> lines =
        Inline.lines(p, s, sheet, typeface, box.inner(), s.length("text-indent", width));
    double top = s.length("margin-top", width);
    if (box.bordered()) {
      List<Mark> marks = new ArrayList<>();
      double y = box.padTop();
      for (Inline.Line line : lines) {
        shift(line.marks(), box.innerX(), y, marks);
        y += line.height();
      }
      double height = y + box.padBottom();
      box.borders(0, height, marks);
      add(new Item.Block(marks, height, top, !s.keepWithPrevious()));
    } else {
      int n = lines.size();
      for (int k = 0; k < n; k++) {
        Inline.Line line = lines.get(k);
        List<Mark> marks = new ArrayList<>();
        shift(line.marks(), box.innerX(), 0, marks);
        boolean mayBreak =
            k == 0
                ? !s.keepWithPrevious()
                : !(s.keepTogether() || k < s.orphans() || n - k < s.widows());
        add(new Item.Block(marks, line.height(), k == 0 ? top : 0, mayBreak, p));
      }
    }
    pendingAfter = s.length("margin-bottom", width);
    keepNext = s.keepWithNext();
  }

  /** A short line under a heading: a block with only a top border. */
  private void rule(Element div, double width) {
    Style s = sheet.style(div);
    Box box = Box.of(s, width);
    double thickness = s.border("top");
    List<Mark> marks = new ArrayList<>();
    if (thickness > 0) {
      marks.add(
          new Mark.Stroke(box.x(), thickness / 2, box.x() + box.width(), thickness / 2, thickness));
    }
    add(new Item.Block(marks, thickness, s.length("margin-top", width), !s.keepWithPrevious()));
    pendingAfter = s.length("margin-bottom", width);
    keepNext = s.keepWithNext();
  }

  /**
   * A signed document's signature images cover this share of the signer's signature, on its left:
   * the seal (ô 8) over the signature (ô 7c), NĐ 30 Điều 33 and Phụ lục I mục II.7 ("trùm lên
   * khoảng 1/3 chữ ký về phía bên trái").
   */
  static final double SEAL_OVER_SIGNATURE = 1.0 / 3;

  /**
   * An area left clear for a signing tool ({@code div.area}): as tall as its {@code height}, as
   * wide and placed across as its {@code width} and margins say, named by its {@code id}; the page
   * shows nothing there but knows it as a {@link Mark.Area}. An area inside it ({@code div.area}
   * within) takes no room of its own: it lies over its parent, covering {@link
   * #SEAL_OVER_SIGNATURE} of it on the left and centred on it from top to bottom, as the agency's
   * seal image lies over the signer's signature image.
   */
  private void area(Element div, double width) {
    Style s = sheet.style(div);
    Box box = Box.of(s, width);
    double height = s.length("height", width);
    List<Mark> marks = new ArrayList<>();
    marks.add(new Mark.Area(div.getAttribute("id"), box.x(), 0, box.width(), height));
    for (Element inner : children(div)) {
      if (XhtmlDocument.hasClass(inner, "area")) {
        Style is = sheet.style(inner);
        double w = is.length("width", width);
        double h = is.length("height", width);
        double x = box.x() + box.width() * SEAL_OVER_SIGNATURE - w;
        marks.add(new Mark.Area(inner.getAttribute("id"), x, (height - h) / 2, w, h));
      }
    }
    add(new Item.Block(marks, height, s.length("margin-top", width), !s.keepWithPrevious()));
    pendingAfter = s.length("margin-bottom", width);
    keepNext = s.keepWithNext();
  }

  // ---- tables ----------------------------------------------------------------------------------

  /** A borderless table (the header block, the signature block): each row kept whole. */
  private void layoutTable(Element table, double width) {
    Style s = sheet.style(table);
    List<Double> columns = columns(table, width);
    cellWidths = null;
    if (s.keepWithPrevious()) {
      keepLastTwoLines();
    }
    boolean first = true;
    for (Element row : rows(table)) {
      List<Mark> marks = new ArrayList<>();
      double height = 0;
      double x = 0;
      int i = 0;
      for (Element cell : cells(row)) {
        double w = columns.get(Math.min(i, columns.size() - 1));
        Style cs = sheet.style(cell);
        Box box = Box.of(cs, w);
        Flow inner = new Flow(sheet, typeface, textHeight, decisions);
        inner.children(cell, box.inner());
        double y = box.padTop();
        for (Item item : inner.items()) {
          y += item.spaceBefore();
          for (Mark m : item instanceof Item.Block b ? b.marks() : List.<Mark>of()) {
            marks.add(move(m, x + box.innerX(), y));
          }
          y += item.height();
        }
        height = Math.max(height, y + box.padBottom());
        x += w;
        i++;
      }
      add(
          new Item.Block(
              marks,
              height,
              first ? s.length("margin-top", width) : 0,
              first ? !s.keepWithPrevious() : !s.keepTogether()));
      first = false;
    }
    pendingAfter = s.length("margin-bottom", width);
    keepNext = s.keepWithNext();
  }

  /**
   * A block kept with what precedes it (the signature) takes at least two lines of text with it:
   * when the paragraph before it has one line, that line stays with the paragraph before.
   */
  private void keepLastTwoLines() {
    int last = items.size() - 1;
    if (last < 1
        || !(items.get(last) instanceof Item.Block line)
        || !(line.source() instanceof Element paragraph)) {
      return;
    }
    boolean oneLine =
        !(items.get(last - 1) instanceof Item.Block before && before.source() == paragraph);
    if (oneLine) {
      items.set(last, line.with(line.spaceBefore(), false));
      if (items.get(last - 1) instanceof Item.Block before
          && before.source() instanceof Element previous) {
        decisions.keepsWithNext.add(previous);
      }
    }
  }

  /**
   * A bordered table: header rows repeated on each page; tall rows may continue; merged cells
   * (colspan, rowspan) placed as {@link TableGrid} says, the rows a cell spans kept on one page.
   */
  private void grid(Element table, double width) {
    Style s = sheet.style(table);
    TableGrid tg = tableGrid(table);
    List<Double> columns = fit(table, columns(table, width));
    cellWidths = null;
    decisions.columns.put(table, columns);
    double[] edges = new double[columns.size() + 1];
    for (int i = 0; i < columns.size(); i++) {
      edges[i + 1] = edges[i] + columns.get(i);
    }
    int headerRows = 0;
    for (Element section : children(table)) {
      if (section.getLocalName().equals("thead")) {
        headerRows += children(section).size();
      }
    }
    double[] spanned = spannedHeights(tg, edges);
    Item.Grid grid = new Item.Grid();
    boolean first = true;
    for (int r = 0; r < tg.rows().size(); r++) {
      Element row = tg.rows().get(r);
      boolean header = r < headerRows;
      List<Item.Row> made =
          row(grid, tg, r, edges, header, tg.inRowSpan(r) ? spanned[r] : -1, spanned);
      boolean continued = !tg.continuing(r).isEmpty();
      for (int k = 0; k < made.size(); k++) {
        Item.Row item = made.get(k);
        boolean mayBreak =
            k == 0 ? (first ? !s.keepWithPrevious() : !continued) : item.breakBefore();
        if (header && !first) {
          mayBreak = false;
        }
        add(item.with(first ? s.length("margin-top", width) : 0, mayBreak));
        if (header) {
          grid.header.add((Item.Row) items.get(items.size() - 1));
        }
        first = false;
      }
      keepNext = header || sheet.style(row).keepWithNext();
    }
    pendingAfter = s.length("margin-bottom", width);
    keepNext = keepNext || s.keepWithNext();
  }

  /**
   * The heights of rows that a merged cell spans: each as tall as its own cells need, the last row
   * a cell spans taller when the cell needs more than its rows have.
   */
  private double[] spannedHeights(TableGrid tg, double[] edges) {
    int n = tg.rows().size();
    double[] heights = new double[n];
    for (int r = 0; r < n; r++) {
      // only the rows a merged cell spans are asked for: the others are not laid out twice
      if (!tg.inRowSpan(r)) {
        continue;
      }
      for (TableGrid.Cell c : tg.cells(r)) {
        if (c.rowspan() == 1) {
          heights[r] = Math.max(heights[r], needed(c, edges));
        }
      }
    }
    for (int r = 0; r < n; r++) {
      for (TableGrid.Cell c : tg.cells(r)) {
        if (c.rowspan() > 1) {
          double have = 0;
          for (int k = r; k < r + c.rowspan(); k++) {
            have += heights[k];
          }
          double more = needed(c, edges) - have;
          if (more > 0) {
            heights[r + c.rowspan() - 1] += more;
          }
        }
      }
    }
    return heights;
  }

  /** The height a cell needs for its lines and padding. */
  private double needed(TableGrid.Cell c, double[] edges) {
    Style cs = sheet.style(c.element());
    Box box = Box.cell(cs, width(c, edges));
    return height(Inline.lines(c.element(), cs, sheet, typeface, box.inner(), 0))
        + box.padTop()
        + box.padBottom();
  }

  private static double width(TableGrid.Cell c, double[] edges) {
    int end = Math.min(edges.length - 1, c.column() + c.colspan());
    int start = Math.min(c.column(), end);
    return edges[end] - edges[start];
  }

  /** Where a cell stands in its row: its left edge, width, and the height it fills. */
  private record Place(double x, double width, double height) {}

  /**
   * A row as one item, or, when taller than a third of a page, as bands of lines. A row that a
   * merged cell spans has the height {@code forced} and is never cut.
   */
  private List<Item.Row> row(
      Item.Grid grid,
      TableGrid tg,
      int r,
      double[] edges,
      boolean header,
      double forced,
      double[] spanned) {
    List<TableGrid.Cell> starting = tg.cells(r);
    List<Element> cells = new ArrayList<>();
    List<List<Inline.Line>> lines = new ArrayList<>();
    List<Box> boxes = new ArrayList<>();
    List<Style> styles = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    double content = 0;
    double padding = 0;
    for (int k = 0; k < starting.size(); k++) {
      TableGrid.Cell c = starting.get(k);
      Style cs = cellStyle(tg, r, k);
      double w = width(c, edges);
      Box box = Box.cell(cs, w);
      List<Inline.Line> cellLines = Inline.lines(c.element(), cs, sheet, typeface, box.inner(), 0);
      cells.add(c.element());
      lines.add(cellLines);
      boxes.add(box);
      styles.add(cs);
      places.add(new Place(edges[Math.min(c.column(), edges.length - 1)], w, -1));
      if (c.rowspan() == 1) {
        content = Math.max(content, height(cellLines));
        padding = Math.max(padding, box.padTop() + box.padBottom());
      }
    }
    double height = forced >= 0 ? forced : content + padding;
    if (forced >= 0) {
      // a cell that spans rows fills them all
      for (int i = 0; i < starting.size(); i++) {
        TableGrid.Cell c = starting.get(i);
        double total = 0;
        for (int k = r; k < r + c.rowspan(); k++) {
          total += spanned[k];
        }
        places.set(i, new Place(places.get(i).x(), places.get(i).width(), total));
      }
    }
    Element element = tg.rows().get(r);
    List<Double> rowEdges = new ArrayList<>();
    for (int i = 0; i + 1 < edges.length; i++) {
      rowEdges.add(edges[i]);
    }
    Cells row = new Cells(grid, element, cells, lines, boxes, styles, places, rowEdges);
    if (forced >= 0 || height <= textHeight * SPLIT_ROW_SHARE || header) {
      return List.of(band(row, 0, height, height, header));
    }
    decisions.tallRows.add(element);
    return bands(row, height);
  }

  /** The cells that start in one row, laid out, with what a band of the row needs of them. */
  private record Cells(
      Item.Grid grid,
      Element row,
      List<Element> cells,
      List<List<Inline.Line>> lines,
      List<Box> boxes,
      List<Style> styles,
      List<Place> places,
      List<Double> edges) {}

  private static double height(List<Inline.Line> lines) {
    double h = 0;
    for (Inline.Line l : lines) {
      h += l.height();
    }
    return h;
  }

  /**
   * The part of a row between {@code from} and {@code to} (from its top): the lines that start
   * there, the side borders, and the top and bottom borders where the row itself begins or ends. A
   * cell that spans rows is drawn whole, with its borders, from the row it starts in.
   */
  private Item.Row band(Cells row, double from, double to, double rowHeight, boolean header) {
    List<Mark> marks = new ArrayList<>();
    List<Mark> cutTop = new ArrayList<>();
    List<Mark> cutBottom = new ArrayList<>();
    double height = to - from;
    double cutRoom = 0;
    if (to < rowHeight) {
      for (Box b : row.boxes()) {
        cutRoom = Math.max(cutRoom, b.padBottom());
      }
    }
    boolean whole = from == 0 && to == rowHeight;
    for (int i = 0; i < row.cells().size(); i++) {
      Place place = row.places().get(i);
      double x = place.x();
      double w = place.width();
      double cellHeight = whole && place.height() >= 0 ? place.height() : height;
      Box box = row.boxes().get(i);
      Style cs = row.styles().get(i);
      List<Inline.Line> cellLines = row.lines().get(i);
      double y =
          box.padTop()
              + (whole
                  ? offset(cs, box, cellLines, place.height() >= 0 ? place.height() : rowHeight)
                  : 0);
      for (Inline.Line line : cellLines) {
        if (y >= from - 0.001 && (y < to - 0.001 || whole)) {
          shift(line.marks(), x + box.innerX(), y - from, marks);
        }
        y += line.height();
      }
      double left = cs.border("left");
      double right = cs.border("right");
      double top = cs.border("top");
      double bottom = cs.border("bottom");
      if (left > 0) {
        marks.add(new Mark.Stroke(x, 0, x, cellHeight, left));
        if (cutRoom > 0) {
          cutBottom.add(new Mark.Stroke(x, height, x, height + cutRoom, left));
        }
      }
      if (right > 0) {
        marks.add(new Mark.Stroke(x + w, 0, x + w, cellHeight, right));
        if (cutRoom > 0) {
          cutBottom.add(new Mark.Stroke(x + w, height, x + w, height + cutRoom, right));
        }
      }
      if (top > 0) {
        (from == 0 ? marks : cutTop).add(new Mark.Stroke(x, 0, x + w, 0, top));
      }
      if (bottom > 0) {
        (to == rowHeight ? marks : cutBottom)
            .add(new Mark.Stroke(x, cellHeight + cutRoom, x + w, cellHeight + cutRoom, bottom));
      }
    }
    return new Item.Row(
        row.grid(),
        row.row(),
        row.edges(),
        marks,
        cutTop,
        cutBottom,
        height,
        0,
        true,
        header,
        List.of(),
        1,
        cutRoom);
  }

  /** How far down a cell's lines stand: centred or at the bottom of a taller row, as styled. */
  private static double offset(Style cell, Box box, List<Inline.Line> lines, double rowHeight) {
    double room = rowHeight - box.padTop() - box.padBottom() - height(lines);
    return switch (cell.verticalAlign()) {
      case "middle" -> room / 2;
      case "bottom" -> room;
      default -> 0;
    };
  }

  /**
   * A tall row cut into bands at the line ends that no cell's line crosses; a page may end between
   * bands, but not before the second or after the last but one, so that no cell shows one line
   * alone.
   */
  private List<Item.Row> bands(Cells row, double rowHeight) {
    List<double[]> spans = new ArrayList<>();
    List<Double> cuts = new ArrayList<>();
    for (int i = 0; i < row.cells().size(); i++) {
      double y = row.boxes().get(i).padTop();
      for (Inline.Line line : row.lines().get(i)) {
        spans.add(new double[] {y, y + line.height()});
        y += line.height();
        cuts.add(y);
      }
    }
    cuts.sort(Double::compare);
    List<Double> edges = new ArrayList<>(List.of(0.0));
    for (double cut : cuts) {
      boolean crosses = false;
      for (double[] span : spans) {
        if (span[0] < cut - 0.001 && span[1] > cut + 0.001) {
          crosses = true;
          break;
        }
      }
      double last = edges.get(edges.size() - 1);
      if (!crosses && cut > last + 0.001 && cut < rowHeight - 0.001) {
        edges.add(cut);
      }
    }
    edges.add(rowHeight);
    List<Item.Row> out = new ArrayList<>();
    int n = edges.size() - 1;
    for (int k = 0; k < n; k++) {
      Item.Row band = band(row, edges.get(k), edges.get(k + 1), rowHeight, false);
      out.add((Item.Row) band.with(0, k >= 2 && k <= n - 2));
    }
    List<Mark> whole = band(row, 0, rowHeight, rowHeight, false).marks();
    out.set(0, out.get(0).withWhole(whole, n));
    return out;
  }

  /**
   * The widths of a table's columns: a length (or a share in per cent) as given; weights ("3*")
   * share what the lengths leave; columns without a width, sized by their content (below). When
   * weights and unsized columns meet, an unsized column counts as a weight of 1. The widths fill
   * the table, as Word's fixed table layout does.
   */
  private List<Double> columns(Element table, double width) {
    List<Element> cols = new ArrayList<>();
    for (Element section : children(table)) {
      if (section.getLocalName().equals("colgroup")) {
        cols.addAll(children(section));
      }
    }
    int n = cols.isEmpty() ? Math.max(1, cells(rows(table).get(0)).size()) : cols.size();
    double[] widths = new double[n];
    double[] weights = new double[n];
    boolean[] sized = new boolean[n];
    double fixed = 0;
    boolean weighted = false;
    for (int i = 0; i < cols.size(); i++) {
      Style s = sheet.style(cols.get(i));
      String value = s.raw("width").orElse("").strip();
      if (value.endsWith("*")) {
        weights[i] = parseWeight(value.substring(0, value.length() - 1));
        weighted = true;
      } else if (!value.isEmpty() && !value.equals("auto")) {
        widths[i] = s.length("width", width);
        sized[i] = true;
        fixed += widths[i];
      }
    }
    double rest = Math.max(0, width - fixed);
    if (weighted) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        if (!sized[i]) {
          weights[i] = weights[i] > 0 ? weights[i] : 1;
          total += weights[i];
        }
      }
      for (int i = 0; i < n; i++) {
        if (!sized[i]) {
          widths[i] = rest * weights[i] / total;
        }
      }
    } else {
      byContent(table, sized, widths, rest);
    }
    double sum = 0;
    for (double w : widths) {
      sum += w;
    }
    List<Double> out = new ArrayList<>();
    for (double w : widths) {
      out.add(sum > 0 ? w * width / sum : width / n);
    }
    return out;
  }

  private static double parseWeight(String text) {
    try {
      double w = Double.parseDouble(text.strip());
      return w > 0 ? w : 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /**
   * Widths for the columns without one, from their content, sharing {@code room}: each column in
   * proportion to the average width its cells' text would take on one line, so that a row's cells
   * need about as many lines as each other; a column whose longest cell fits on one line in less
   * (numbers, dates, short names) gets just that, and the others share what it leaves.
   */
  private void byContent(Element table, boolean[] sized, double[] widths, double room) {
    int n = widths.length;
    double[] mean = new double[n];
    double[] longest = new double[n];
    int[] count = new int[n];
    List<Element> body = new ArrayList<>();
    for (Element section : children(table)) {
      if (section.getLocalName().equals("tbody") || section.getLocalName().equals("tr")) {
        body.addAll(section.getLocalName().equals("tr") ? List.of(section) : children(section));
      }
    }
    boolean items = body.stream().anyMatch(r -> XhtmlDocument.hasClass(r, "item"));
    Set<Element> inBody = new HashSet<>(body); // not body.contains per row: that was quadratic
    TableGrid tg = tableGrid(table);
    for (int r = 0; r < tg.rows().size(); r++) {
      Element row = tg.rows().get(r);
      if (!inBody.contains(row)) {
        continue;
      }
      boolean counts = !items || XhtmlDocument.hasClass(row, "item");
      for (int k = 0; k < tg.cells(r).size(); k++) {
        TableGrid.Cell c = tg.cells(r).get(k);
        int i = c.column();
        if (c.colspan() > 1 || i >= n) {
          continue;
        }
        Box box = Box.cell(cellStyle(tg, r, k), 0);
        double natural = widths(tg, r, k).natural() + box.padLeft() + box.padRight();
        longest[i] = Math.max(longest[i], natural);
        if (counts && natural > box.padLeft() + box.padRight()) {
          mean[i] += natural;
          count[i]++;
        }
      }
    }
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!sized[i]) {
        mean[i] = count[i] > 0 ? mean[i] / count[i] : 0;
        open.add(i);
      }
    }
    // a column whose longest cell fits on one line in an equal share (numbers, dates, short
    // names) gets just that; the others share the rest by their average text
    boolean changed = true;
    while (changed && !open.isEmpty()) {
      changed = false;
      double equal = room / open.size();
      for (int i : List.copyOf(open)) {
        if (longest[i] <= equal) {
          widths[i] = longest[i];
          room -= longest[i];
          open.remove(Integer.valueOf(i));
          changed = true;
        }
      }
    }
    double total = 0;
    for (int i : open) {
      total += Math.max(mean[i], 1);
    }
    for (int i : open) {
      widths[i] = room * Math.max(mean[i], 1) / total;
    }
    // a column of short text (an agency's name) is not left a word a line: its typical cell
    // gets at most two lines, from the columns with more to spare
    double[] floor = new double[n];
    for (int i : open) {
      floor[i] = Math.min(longest[i], mean[i] / 2);
    }
    for (int i : open) {
      double missing = floor[i] - widths[i];
      if (missing <= 0) {
        continue;
      }
      // the wider columns each give up to a fifth of their width
      double spare = 0;
      for (int j : open) {
        spare += j != i && widths[j] > floor[i] ? widths[j] * 0.2 : 0;
      }
      double take = Math.min(missing, spare);
      for (int j : open) {
        double give = j != i && widths[j] > floor[i] ? widths[j] * 0.2 : 0;
        if (spare > 0) {
          widths[j] -= take * give / spare;
        }
      }
      widths[i] += take;
    }
  }

  /** {@code table}'s grid, worked out once while the table is laid out. */
  private TableGrid tableGrid(Element table) {
    if (table != gridTable) {
      gridTable = table;
      gridOfTable = TableGrid.of(table);
      cellWidths = null;
    }
    return gridOfTable;
  }

  /** The {@link Inline.Widths} of cell {@code k} of row {@code r} of {@code tg}, read once. */
  private Inline.Widths widths(TableGrid tg, int r, int k) {
    if (cellWidths == null) {
      cellWidths = new Inline.Widths[tg.rows().size()][];
    }
    if (cellWidths[r] == null) {
      cellWidths[r] = new Inline.Widths[tg.cells(r).size()];
    }
    if (cellWidths[r][k] == null) {
      Element cell = tg.cells(r).get(k).element();
      cellWidths[r][k] = Inline.widths(cell, cellStyle(tg, r, k), sheet, typeface);
    }
    return cellWidths[r][k];
  }

  /**
   * The style of cell {@code k} of row {@code r} of {@code tg}: asked for by the column widths, the
   * least widths and the row, looked up once in the stylesheet (issue 14).
   */
  private Style cellStyle(TableGrid tg, int r, int k) {
    if (tg != stylesOf) {
      stylesOf = tg;
      cellStyles = new Style[tg.rows().size()][];
    }
    if (cellStyles[r] == null) {
      cellStyles[r] = new Style[tg.cells(r).size()];
    }
    if (cellStyles[r][k] == null) {
      cellStyles[r][k] = sheet.style(tg.cells(r).get(k).element());
    }
    return cellStyles[r][k];
  }

  /**
   * Widens a column too narrow for its longest number, date or word (which would otherwise be cut
   * in the middle) at the cost of the columns with the most room to spare.
   */
  private List<Double> fit(Element table, List<Double> columns) {
    int n = columns.size();
    double[] least = new double[n];
    TableGrid tg = tableGrid(table);
    for (int r = 0; r < tg.rows().size(); r++) {
      for (int k = 0; k < tg.cells(r).size(); k++) {
        TableGrid.Cell c = tg.cells(r).get(k);
        int i = c.column();
        if (c.colspan() > 1 || i >= n) {
          continue; // a merged cell has the room of all its columns
        }
        Box box = Box.cell(cellStyle(tg, r, k), columns.get(i));
        double need = widths(tg, r, k).min() + box.padLeft() + box.padRight() + 0.5;
        least[i] = Math.max(least[i], need);
      }
    }
    List<Double> out = new ArrayList<>(columns);
    // the smallest needs first: a number column needs a little, a column of one long word may
    // need more than there is, and must not take what the number columns need
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(least[a] - out.get(a), least[b] - out.get(b)));
    for (int i : order) {
      double missing = least[i] - out.get(i);
      while (missing > 0.01) {
        int donor = -1;
        double spare = 0;
        for (int j = 0; j < n; j++) {
          double room = out.get(j) - least[j];
          if (j != i && room > spare + 0.001) {
            donor = j;
            spare = room;
          }
        }
        if (donor < 0) {
          break;
        }
        double take = Math.min(missing, spare);
        out.set(donor, out.get(donor) - take);
        out.set(i, out.get(i) + take);
        missing -= take;
      }
    }
    return out;
  }

  private static List<Element> rows(Element table) {
    List<Element> out = new ArrayList<>();
    for (Element section : children(table)) {
      if (section.getLocalName().equals("tr")) {
        out.add(section);
      } else if (!section.getLocalName().equals("colgroup")) {
        out.addAll(children(section));
      }
    }
    return out;
  }

  private static List<Element> cells(Element row) {
    return children(row);
  }

  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  // ---- marks -----------------------------------------------------------------------------------

  private static void shift(List<? extends Mark> marks, double dx, double dy, List<Mark> out) {
    for (Mark m : marks) {
      out.add(move(m, dx, dy));
    }
  }

  static Mark move(Mark m, double dx, double dy) {
    if (m instanceof Mark.Text t) {
      return new Mark.Text(t.text(), t.face(), t.size(), t.x() + dx, t.y() + dy);
    }
    if (m instanceof Mark.Area a) {
      return new Mark.Area(a.name(), a.x() + dx, a.y() + dy, a.width(), a.height());
    }
    Mark.Stroke s = (Mark.Stroke) m;
    return new Mark.Stroke(s.x1() + dx, s.y1() + dy, s.x2() + dx, s.y2() + dy, s.width());
  }

  /** A block's box: its width and place across the column, padding and borders. */
  private record Box(
      double x,
      double width,
      double padLeft,
      double padRight,
      double padTopOnly,
      double padBottomOnly,
      Style style) {
    /**
     * A table cell's box: its padding measured from the cell's edges, as Word measures cell margins
     * from the border's middle; the borders are the table's.
     */
    static Box cell(Style s, double available) {
      return new Box(
          0,
          available,
          s.length("padding-left", available),
          s.length("padding-right", available),
          s.length("padding-top", available) + s.border("top"),
          s.length("padding-bottom", available),
          s);
    }

    static Box of(Style s, double available) {
      double left = s.length("margin-left", available);
      double right = s.length("margin-right", available);
      double width =
          s.raw("width").isPresent() ? s.length("width", available) : available - left - right;
      // CSS: both margins auto centre the box; the left one alone puts it against the right edge
      double x =
          s.auto("margin-left") && s.auto("margin-right")
              ? (available - width) / 2
              : s.auto("margin-left") ? available - width - right : left;
      return new Box(
          x,
          width,
          s.length("padding-left", available) + s.border("left"),
          s.length("padding-right", available) + s.border("right"),
          s.length("padding-top", available) + (s.border("top") > 0 ? s.border("top") : 0),
          s.length("padding-bottom", available) + s.border("bottom"),
          s);
    }

    double inner() {
      return width - padLeft - padRight;
    }

    double innerX() {
      return x + padLeft;
    }

    double padTop() {
      return padTopOnly;
    }

    double padBottom() {
      return padBottomOnly;
    }

    boolean bordered() {
      return style.border("top") > 0
          || style.border("bottom") > 0
          || style.border("left") > 0
          || style.border("right") > 0;
    }

    /** The box's border lines, drawn on its edges. */
    void borders(double top, double bottom, List<Mark> out) {
      double l = x;
      double r = x + width;
      if (style.border("top") > 0) {
        out.add(new Mark.Stroke(l, top, r, top, style.border("top")));
      }
      if (style.border("bottom") > 0) {
        out.add(new Mark.Stroke(l, bottom, r, bottom, style.border("bottom")));
      }
      if (style.border("left") > 0) {
        out.add(new Mark.Stroke(l, top, l, bottom, style.border("left")));
      }
      if (style.border("right") > 0) {
        out.add(new Mark.Stroke(r, top, r, bottom, style.border("right")));
      }
    }
  }
}
