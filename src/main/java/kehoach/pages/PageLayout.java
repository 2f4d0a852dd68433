package kehoach.pages;

import java.util.ArrayList;
import java.util.List;
import kehoach.document.Style;
import kehoach.document.Stylesheet;
import kehoach.document.Stylesheet.PageStyle;
import kehoach.document.XhtmlDocument;
import org.w3c.dom.Element;

/**
 * Lays the intermediate document out in pages with the document's stylesheet: the page geometry of
 * its {@code @page} rules, paragraphs broken into lines, tables with repeated header rows, and page
 * breaks that keep headings with what follows, keep the signature with the text before it, and
 * leave no line of a paragraph alone at the top or the foot of a page. The PDF writer draws the
 * result; the DOCX writer asks it which table rows are tall enough to split.
 */
public final class PageLayout {
  /** Lengths closer than this are equal: rounding in sums of line heights must not move a line. */
  private static final double EPSILON = 0.01;

  private final Stylesheet sheet;
  private final Typeface typeface;
  private final Layouts decisions = new Layouts();

  private PageLayout(Stylesheet sheet, Typeface typeface) {
    this.sheet = sheet;
    this.typeface = typeface;
  }

  /** The pages of {@code document}. */
  public static List<Page> pages(XhtmlDocument document) {
    return layOut(document).pages();
  }

  /**
   * What the layout decided about {@code document}'s tables, for the DOCX to decide the same: which
   * rows may split, and the columns' widths.
   */
  public static Layouts decisions(XhtmlDocument document) {
    return layOut(document).decisions();
  }

  /**
   * {@code document} laid out once: its pages and the decisions, for a PDF and a DOCX of the same
   * document without laying it out twice.
   */
  public static LaidOut layOut(XhtmlDocument document) {
    PageLayout layout = new PageLayout(Stylesheet.of(document), Typeface.bundled());
    return new LaidOut(layout.paginate(layout.items(document)), layout.decisions);
  }

  private List<Item> items(XhtmlDocument document) {
    List<Item> items = new ArrayList<>();
    String page = "";
    Flow flow = null;
    for (Element e : Flow.children(document.body())) {
      Style s = sheet.style(e);
      boolean starts = items.isEmpty() && flow == null || s.page().isPresent() || s.breakBefore();
      if (starts) {
        if (flow != null) {
          items.addAll(flow.items());
        }
        page = s.page().orElse(page);
        items.add(new Item.PageStart(page, flow == null || s.restartsPageNumbers()));
        flow = new Flow(sheet, typeface, sheet.page(page, false).textHeight(), decisions);
      }
      flow.block(e, sheet.page(page, false).textWidth());
      if (endsWithLayoutTable(e)) {
        flow.add(new Item.SectionEnd(SECTION_END));
      }
    }
    if (flow != null) {
      items.addAll(flow.items());
    }
    return items;
  }

  /**
   * The room the paragraph Word needs after a table that ends a section takes in LibreOffice: it is
   * written a twip high, but LibreOffice gives it a page of its own when less than a point is left
   * under the table.
   */
  private static final double SECTION_END = 1.0;

  private static boolean endsWithLayoutTable(Element section) {
    List<Element> children = Flow.children(section);
    if (children.isEmpty()) {
      return false;
    }
    Element last = children.get(children.size() - 1);
    return last.getLocalName().equals("table") && !XhtmlDocument.hasClass(last, "grid")
        || last.getLocalName().equals("div") && endsWithLayoutTable(last);
  }

  // ---- page breaking ---------------------------------------------------------------------------

  /** A page being filled: the items on it, each with its index in the list (-1 for a copy). */
  private final class Sheet {
    final String name;
    final boolean first;
    final int number;
    final PageStyle style;
    final List<Item> placed = new ArrayList<>();
    final List<Double> tops = new ArrayList<>();
    final List<Integer> indexes = new ArrayList<>();
    double y;

    Sheet(String name, boolean first, int number) {
      this.name = name;
      this.first = first;
      this.number = number;
      this.style = sheet.page(name, first);
    }

    boolean empty() {
      return indexes.stream().allMatch(i -> i < 0);
    }

    int firstIndex() {
      for (int i : indexes) {
        if (i >= 0) {
          return i;
        }
      }
      return -1;
    }

    boolean fits(Item item) {
      double before = placed.isEmpty() ? 0 : item.spaceBefore();
      double below = item instanceof Item.Row r ? r.cutRoom() : 0;
      return y + before + item.height() + below <= style.textHeight() + EPSILON;
    }

    void place(Item item, int index) {
      double before = placed.isEmpty() ? 0 : item.spaceBefore();
      tops.add(y + before);
      placed.add(item);
      indexes.add(index);
      y += before + item.height();
    }

    /** Takes back the items from the one with {@code index} on. */
    void removeFrom(int index) {
      int at = indexes.indexOf(index);
      while (at >= 0 && placed.size() > at) {
        int last = placed.size() - 1;
        placed.remove(last);
        tops.remove(last);
        indexes.remove(last);
      }
      y = placed.isEmpty() ? 0 : tops.get(tops.size() - 1) + placed.get(placed.size() - 1).height();
    }
  }

  private List<Page> paginate(List<Item> items) {
    List<Page> pages = new ArrayList<>();
    Sheet current = null;
    int i = 0;
    while (i < items.size()) {
      Item item = items.get(i);
      if (item instanceof Item.PageStart start) {
        if (current != null) {
          pages.add(finish(current));
        }
        int number = start.restart() || current == null ? 1 : current.number + 1;
        current = new Sheet(start.page(), true, number);
        i++;
        continue;
      }
      if (current.fits(item) || current.empty()) {
        current.place(item, i);
        i++;
        continue;
      }
      int at = item instanceof Item.SectionEnd ? paragraphBefore(items, i) : i;
      while (at > current.firstIndex() && !items.get(at).breakBefore()) {
        at--;
      }
      if (at <= current.firstIndex()) {
        at = i;
      } else if (item instanceof Item.SectionEnd
          && items.get(at) instanceof Item.Block b
          && b.source() instanceof Element p) {
        decisions.breaksBefore.add(p);
      }
      current.removeFrom(at);
      pages.add(finish(current));
      current = new Sheet(current.name, false, current.number + 1);
      if (items.get(at) instanceof Item.Row row && !row.header()) {
        for (Item.Row h : row.grid().header) {
          current.place(h, -1);
        }
      }
      i = at;
    }
    if (current != null) {
      pages.add(finish(current));
    }
    return pages;
  }

  private Page finish(Sheet s) {
    PageStyle style = s.style;
    List<Mark> marks = new ArrayList<>();
    String number = "";
    if (style.number().isPresent()) {
      Style n = style.number().get();
      number = Integer.toString(s.number);
      double size = n.fontSize();
      int face = Typeface.face(n.bold(), n.italic());
      double w = typeface.width(number, face, size);
      double top = style.top() / 2;
      marks.add(
          new Mark.Text(
              number,
              face,
              size,
              style.left() + (style.textWidth() - w) / 2,
              top + typeface.ascent(size)));
    }
    for (int k = 0; k < s.placed.size(); k++) {
      Item item = s.placed.get(k);
      List<Mark> band = new ArrayList<>();
      int last = k;
      // the bands of one tall row on this page are read cell by cell, not line across line
      while (last + 1 < s.placed.size()
          && item instanceof Item.Row r
          && s.placed.get(last + 1) instanceof Item.Row next
          && next.row() == r.row()) {
        last++;
      }
      boolean wholeRow = item instanceof Item.Row r && r.bands() > 1 && last - k + 1 == r.bands();
      for (int j = k; j <= last; j++) {
        double top = style.top() + s.tops.get(j);
        List<Mark> drawn =
            wholeRow
                ? (j == k ? ((Item.Row) item).whole() : List.of())
                : content(s.placed.get(j), j == 0, j == s.placed.size() - 1);
        for (Mark m : drawn) {
          band.add(Flow.move(m, style.left(), top));
        }
      }
      if (last > k) {
        List<Double> columns = ((Item.Row) item).columns();
        band.sort((a, b) -> Integer.compare(column(a, columns, style), column(b, columns, style)));
      }
      marks.addAll(band);
      k = last;
    }
    return new Page(style, number, marks);
  }

  /**
   * The first line of the paragraph before the table that ends at {@code end}: the page breaks
   * there, where the DOCX can break too (Word has no break inside a paragraph but at a line).
   */
  private static int paragraphBefore(List<Item> items, int end) {
    int at = end;
    while (at > 0 && !(items.get(at) instanceof Item.Block b && b.source() != null)) {
      at--;
    }
    Object paragraph = ((Item.Block) items.get(at)).source();
    while (at > 0 && items.get(at - 1) instanceof Item.Block b && b.source() == paragraph) {
      at--;
    }
    return at;
  }

  /** The cell a text mark stands in; lines and borders sort last, in the order drawn. */
  private static int column(Mark m, List<Double> columns, PageStyle style) {
    if (!(m instanceof Mark.Text t)) {
      return Integer.MAX_VALUE;
    }
    int c = 0;
    for (int i = 0; i < columns.size(); i++) {
      if (t.x() >= style.left() + columns.get(i) - 0.01) {
        c = i;
      }
    }
    return c;
  }

  private static List<Mark> content(Item item, boolean pageTop, boolean pageBottom) {
    if (item instanceof Item.Block b) {
      return b.marks();
    }
    if (item instanceof Item.Row r) {
      List<Mark> all = new ArrayList<>(r.marks());
      if (pageTop) {
        all.addAll(r.cutTop());
      }
      if (pageBottom) {
        all.addAll(r.cutBottom());
      }
      return all;
    }
    return List.of();
  }
}
