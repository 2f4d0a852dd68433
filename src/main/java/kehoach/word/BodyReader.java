package kehoach.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the blocks of a body (or of a header or footer) in reading order: paragraphs with their
 * effective formatting and list labels, tables with merged cells as spans. It keeps the counts a
 * reader keeps: the paragraph's number, the table's index, each list's count and the page as Word
 * last laid it out.
 */
final class BodyReader {
  /** A PAGE field's instruction, not NUMPAGES, SECTIONPAGES or PAGEREF. */
  static final Pattern PAGE_FIELD = Pattern.compile("(?i)(^|\\s)PAGE(\\s|\\\\|$)");

  private final Styles styles;
  private final Numbering numbering;
  private final boolean numbered;
  private final boolean pagesKnown;
  private int paragraphs;
  private int tables;
  private int page = 1;
  private final List<NoteMark> noteMarks = new ArrayList<>();
  private final List<TextBox> textBoxes = new ArrayList<>();

  /**
   * @param numbered whether paragraphs get numbers (the body's do; a header's read as 0)
   * @param pagesKnown whether Word saved its layout's page breaks in the file
   */
  BodyReader(Styles styles, Numbering numbering, boolean numbered, boolean pagesKnown) {
    this.styles = styles;
    this.numbering = numbering;
    this.numbered = numbered;
    this.pagesKnown = pagesKnown;
  }

  /**
   * The block-level children of {@code container} ({@code w:body}, {@code w:hdr}, …), a content
   * control's or custom XML's content read in place; {@code sectionEnd} is told the index of each
   * block whose paragraph ends a section, with that section's {@code w:sectPr}.
   */
  List<Block> blocks(Element container, SectionSink sectionEnd) {
    List<Block> out = new ArrayList<>();
    addBlocks(container, out, sectionEnd);
    return out;
  }

  /**
   * A footnote's or endnote's reference mark met in a paragraph.
   *
   * @param kind {@code footnote} or {@code endnote}
   * @param id the note's w:id
   * @param paragraph the paragraph's number (0 when this reader does not number them)
   * @param offset the characters of the paragraph's text before the mark
   */
  record NoteMark(String kind, String id, int paragraph, int offset) {}

  /** The note marks met so far, in reading order. */
  List<NoteMark> noteMarks() {
    return List.copyOf(noteMarks);
  }

  /** The text boxes met so far, in reading order, each with the paragraph it is anchored in. */
  List<TextBox> textBoxes() {
    return List.copyOf(textBoxes);
  }

  /** Told where a section ends: after the block at {@code index}, with its properties. */
  interface SectionSink {
    void end(int index, Element sectPr);
  }

  private void addBlocks(Element container, List<Block> out, SectionSink sectionEnd) {
    for (Element e : Xml.children(container)) {
      if (Xml.is(e, "p")) {
        out.add(paragraph(e, null, ""));
        Element sectPr = Xml.child(Xml.child(e, "pPr"), "sectPr");
        if (sectPr != null) {
          sectionEnd.end(out.size() - 1, sectPr);
        }
      } else if (Xml.is(e, "tbl")) {
        out.add(table(e, tables++));
      } else if (Xml.is(e, "sdt")) {
        addBlocks(Xml.child(e, "sdtContent"), out, sectionEnd);
      } else if (Xml.is(e, "customXml")) {
        addBlocks(e, out, sectionEnd);
      }
    }
  }

  // ---- paragraphs ----

  /** Reads one paragraph; {@code place} is its cell, or null in the body. */
  WordParagraph paragraph(Element p, WordParagraph.CellPlace place, String tableStyle) {
    Element pPr = Xml.child(p, "pPr");
    String styleId = styles.resolve(Xml.val(pPr, "pStyle"), "paragraph");
    ParaFormat pf = paragraphFormat(pPr, styleId, tableStyle);
    RunFormat base = styles.runDefaults();
    if (!tableStyle.isEmpty()) {
      styles.applyRuns(base, tableStyle);
    }
    styles.applyRuns(base, styleId);
    Collector c = new Collector(page);
    inline(p, base, c);
    String label =
        pf.numId.isEmpty() || pf.numId.equals("0") ? "" : numbering.next(pf.numId, pf.ilvl);
    double largest =
        c.runs.stream().mapToDouble(WordRun::sizePt).max().orElse(base.halfPoints / 2.0);
    int number = numbered ? ++paragraphs : 0;
    for (String[] mark : c.notes) {
      noteMarks.add(new NoteMark(mark[0], mark[1], number, normalize(mark[2]).length()));
    }
    c.boxes.forEach(box -> textBoxes.add(new TextBox(number, box)));
    return new WordParagraph(
        number,
        normalize(c.text.toString()),
        label,
        List.copyOf(c.runs),
        pf.align,
        Xml.mm(pf.firstLine),
        Xml.mm(pf.left),
        pf.lineSpacing(largest),
        pf.before / 20.0,
        pf.after / 20.0,
        pf.keepNext,
        pf.pageBreakBefore || c.breakFirst,
        styles.name(styleId),
        place,
        pf.bottomBorder,
        pf.topBorder,
        c.line,
        pagesKnown ? c.startPage : 0,
        pf.keepLines);
  }

  /** Defaults, the table's style, the paragraph style, its list level's indents, direct. */
  private ParaFormat paragraphFormat(Element pPr, String styleId, String tableStyle) {
    ParaFormat pf = styles.paragraphDefaults();
    if (!tableStyle.isEmpty()) {
      styles.applyParagraphs(pf, tableStyle);
    }
    styles.applyParagraphs(pf, styleId);
    ParaFormat probe = pf.copy().apply(pPr);
    if (!probe.numId.isEmpty() && !probe.numId.equals("0")) {
      pf.apply(Xml.child(numbering.level(probe.numId, probe.ilvl), "pPr"));
    }
    return pf.apply(pPr);
  }

  /** The alignment a paragraph element has, its style's and its own. */
  String alignment(Element p) {
    Element pPr = Xml.child(p, "pPr");
    return paragraphFormat(pPr, styles.resolve(Xml.val(pPr, "pStyle"), "paragraph"), "").align;
  }

  /**
   * Where a field of paragraph {@code p} sits across the line: a frame's alignment, else the kind
   * of tab stop the field is tabbed to (many headers centre the page number with a centre tab),
   * else the paragraph's alignment.
   */
  String fieldAlignment(Element p, Element field) {
    Element pPr = Xml.child(p, "pPr");
    String frame = Xml.attr(Xml.child(pPr, "framePr"), "xAlign");
    if (!frame.isEmpty()) {
      return frame.equals("inside") || frame.equals("outside") ? "left" : frame;
    }
    String styleId = styles.resolve(Xml.val(pPr, "pStyle"), "paragraph");
    String align = alignment(p);
    int tabs = tabsBefore(p, field);
    if (!align.equals("left") || tabs == 0) {
      return align;
    }
    List<Element> stops = new ArrayList<>();
    for (Element style : styles.chain(styleId)) {
      stops.addAll(Xml.children(Xml.child(Xml.child(style, "pPr"), "tabs"), "tab"));
    }
    stops.addAll(Xml.children(Xml.child(pPr, "tabs"), "tab"));
    TreeMap<Integer, String> byPosition = new TreeMap<>();
    for (Element stop : stops) {
      int pos = Xml.integer(stop, "pos", 0);
      String kind = Xml.attr(stop, "val");
      if (kind.equals("clear")) {
        byPosition.remove(pos);
      } else {
        byPosition.put(pos, kind);
      }
    }
    List<String> kinds = List.copyOf(byPosition.values());
    if (tabs > kinds.size()) {
      return align;
    }
    String kind = kinds.get(tabs - 1);
    return kind.equals("center") || kind.equals("right") ? kind : "left";
  }

  /**
   * The size in points field {@code field} of paragraph {@code p} prints in: the run of its result
   * (after the separator of a complex field; a simple field's first run), else the run holding its
   * instruction, over the paragraph style's and the document defaults' run formatting, as {@link
   * #paragraph} resolves a body run.
   */
  double fieldSizePt(Element p, Element field) {
    Element pPr = Xml.child(p, "pPr");
    RunFormat f = styles.runDefaults();
    styles.applyRuns(f, styles.resolve(Xml.val(pPr, "pStyle"), "paragraph"));
    Element run = Xml.is(field, "fldSimple") ? firstTextRun(field) : resultRun(p, field);
    if (run != null) {
      Element rPr = Xml.child(run, "rPr");
      String rStyle = Xml.val(rPr, "rStyle");
      if (!rStyle.isEmpty()) {
        styles.applyRuns(f, rStyle);
      }
      f.apply(rPr, styles.theme());
    }
    return f.halfPoints / 2.0;
  }

  private static Element firstTextRun(Element e) {
    for (Element r : Xml.descendants(e, Xml.W, "r")) {
      if (Xml.child(r, "t") != null) {
        return r;
      }
    }
    return null;
  }

  /** The first run with text after the field's separator, else the instruction's own run. */
  private static Element resultRun(Element p, Element instr) {
    Node own = instr.getParentNode();
    boolean after = false;
    boolean separated = false;
    for (Element r : Xml.descendants(p, Xml.W, "r")) {
      if (r == own) {
        after = true;
      } else if (after) {
        Element fld = Xml.child(r, "fldChar");
        String type = fld == null ? "" : Xml.attr(fld, "fldCharType");
        if (type.equals("end")) {
          break;
        }
        separated |= type.equals("separate");
        if (separated && Xml.child(r, "t") != null) {
          return r;
        }
      }
    }
    return own instanceof Element e && Xml.is(e, "r") ? e : null;
  }

  /** How many tab characters of {@code p}'s runs come before {@code field}. */
  private static int tabsBefore(Element p, Element field) {
    int n = 0;
    for (Element t : Xml.descendants(p, Xml.W, "tab")) {
      boolean inRun = Xml.is(t.getParentNode(), "r");
      boolean before = (t.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING) != 0;
      if (inRun && before) {
        n++;
      }
    }
    return n;
  }

  /** What a paragraph's walk gathers. */
  private static final class Collector {
    final List<WordRun> runs = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    /** Each note mark: its kind, its id and the paragraph's text before it. */
    final List<String[]> notes = new ArrayList<>();

    final List<List<WordParagraph>> boxes = new ArrayList<>();
    boolean breakFirst;
    boolean line;
    int startPage;

    Collector(int page) {
      startPage = page;
    }

    boolean anyText() {
      return !text.toString().isBlank();
    }
  }

  /** The runs inside {@code e}: in hyperlinks, insertions, fields and content controls too. */
  private void inline(Element e, RunFormat base, Collector c) {
    for (Element child : Xml.children(e)) {
      if (Xml.is(child, "r")) {
        run(child, base, c);
      } else if (Xml.is(child, "sdt")) {
        inline(Xml.child(child, "sdtContent"), base, c);
      } else if (Xml.is(child, "hyperlink")
          || Xml.is(child, "ins")
          || Xml.is(child, "moveTo")
          || Xml.is(child, "smartTag")
          || Xml.is(child, "customXml")
          || Xml.is(child, "fldSimple")
          || Xml.is(child, "dir")
          || Xml.is(child, "bdo")) {
        inline(child, base, c);
      } else if (isAlternate(child)) {
        inline(firstChoice(child), base, c);
      }
    }
  }

  private static boolean isAlternate(Element e) {
    return Xml.MC.equals(e.getNamespaceURI()) && "AlternateContent".equals(e.getLocalName());
  }

  private static Element firstChoice(Element alternate) {
    for (Element c : Xml.children(alternate)) {
      return c;
    }
    return null;
  }

  private void run(Element r, RunFormat base, Collector c) {
    Element rPr = Xml.child(r, "rPr");
    RunFormat f = base.copy();
    String rStyle = Xml.val(rPr, "rStyle");
    if (!rStyle.isEmpty()) {
      styles.applyRuns(f, rStyle);
    }
    f.apply(rPr, styles.theme());
    StringBuilder t = new StringBuilder();
    for (Element e : Xml.children(r)) {
      runPart(e, t, c);
    }
    if (t.isEmpty() || f.hidden) {
      return;
    }
    String text = t.toString().replace('\u00A0', ' ').replace('\u2011', '-');
    c.text.append(text);
    c.runs.add(f.run(text));
  }

  private void runPart(Element e, StringBuilder t, Collector c) {
    if (Xml.is(e, "t")) {
      t.append(e.getTextContent());
    } else if (Xml.is(e, "tab") || Xml.is(e, "cr")) {
      t.append(' ');
    } else if (Xml.is(e, "noBreakHyphen")) {
      t.append('-');
    } else if (Xml.is(e, "br")) {
      if (Xml.attr(e, "type").equals("page") && !c.anyText() && t.isEmpty()) {
        c.breakFirst = true;
      } else {
        t.append(' ');
      }
    } else if (Xml.is(e, "sym")) {
      t.append(symbol(Xml.attr(e, "char")));
    } else if (Xml.is(e, "lastRenderedPageBreak")) {
      page++;
      if (!c.anyText() && t.toString().isBlank()) {
        c.startPage = page;
      }
    } else if (Xml.is(e, "drawing") || Xml.is(e, "pict") || isAlternate(e)) {
      c.line |= Shapes.hasLine(e);
      textBoxes(isAlternate(e) ? firstChoice(e) : e, c);
    } else if (Xml.is(e, "footnoteReference") || Xml.is(e, "endnoteReference")) {
      String kind = e.getLocalName().replace("Reference", "");
      c.notes.add(new String[] {kind, Xml.attr(e, "id"), c.text.toString() + t});
    }
  }

  /**
   * Reads the text boxes of a shape: each w:txbxContent not inside another one, nor inside a VML
   * fallback that repeats the shape already read (mc:Fallback).
   */
  private void textBoxes(Element shape, Collector c) {
    if (shape == null) {
      return;
    }
    for (Element box : Xml.descendants(shape, Xml.W, "txbxContent")) {
      if (outermost(box, shape)) {
        BodyReader reader = new BodyReader(styles, numbering, false, false);
        c.boxes.add(reader.blocks(box, (i, s) -> {}).stream().flatMap(Block::paragraphs).toList());
      }
    }
  }

  private static boolean outermost(Element box, Element shape) {
    for (Node n = box.getParentNode(); n != null && n != shape; n = n.getParentNode()) {
      boolean fallback = Xml.MC.equals(n.getNamespaceURI()) && "Fallback".equals(n.getLocalName());
      if (Xml.is(n, "txbxContent") || fallback) {
        return false;
      }
    }
    return true;
  }

  private static String symbol(String hex) {
    try {
      int cp = Integer.parseInt(hex, 16);
      return cp >= 0xF000 && cp <= 0xF0FF ? "•" : new String(Character.toChars(cp));
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** A paragraph's text as it reads: spaces of every width as one space, stripped. */
  static String normalize(String text) {
    return text.replace("\u200B", "")
        .replaceAll("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+", " ")
        .strip();
  }

  // ---- tables ----

  /** A cell of the grid as the XML has it, before vertical merges are joined. */
  private record RawCell(Element tc, int column, int span, String merge) {}

  private WordTable table(Element tbl, int index) {
    Element tblPr = Xml.child(tbl, "tblPr");
    String named = Xml.val(tblPr, "tblStyle");
    String styleId = styles.resolve(named, "table");
    List<Double> widths =
        Xml.children(Xml.child(tbl, "tblGrid"), "gridCol").stream()
            .map(g -> Xml.mm(Xml.integer(g, "w", 0)))
            .toList();
    List<Element> trs = rows(tbl);
    List<List<RawCell>> raw = new ArrayList<>();
    for (Element tr : trs) {
      raw.add(rawCells(tr));
    }
    List<WordTable.Row> rows = new ArrayList<>();
    for (int r = 0; r < raw.size(); r++) {
      List<WordTable.Cell> cells = new ArrayList<>();
      for (RawCell cell : raw.get(r)) {
        if (cell.merge().equals("continue") && startsAbove(raw, r, cell.column())) {
          continue;
        }
        int rowSpan =
            cell.merge().equals("restart") ? 1 + continuesBelow(raw, r, cell.column()) : 1;
        var place = new WordParagraph.CellPlace(index, r, cell.column());
        cells.add(
            new WordTable.Cell(
                cell.column(), cell.span(), rowSpan, cellParagraphs(cell.tc(), place, styleId)));
      }
      Element trPr = Xml.child(trs.get(r), "trPr");
      rows.add(
          new WordTable.Row(
              List.copyOf(cells),
              Xml.onOff(trPr, "tblHeader").orElse(false),
              Xml.onOff(trPr, "cantSplit").orElse(false)));
    }
    int columns = Math.max(widths.size(), maxColumn(raw));
    boolean layout = named.equals("KHLayout") || borderless(tblPr, styleId, raw);
    return new WordTable(index, List.copyOf(rows), columns, layout, widths);
  }

  /** The rows of a table, those inside content controls too. */
  private static List<Element> rows(Element tbl) {
    List<Element> out = new ArrayList<>();
    for (Element e : Xml.children(tbl)) {
      if (Xml.is(e, "tr")) {
        out.add(e);
      } else if (Xml.is(e, "sdt")) {
        out.addAll(rows(Xml.child(e, "sdtContent")));
      } else if (Xml.is(e, "customXml")) {
        out.addAll(rows(e));
      }
    }
    return out;
  }

  private static List<RawCell> rawCells(Element tr) {
    List<RawCell> out = new ArrayList<>();
    int column = Xml.integer(Xml.child(Xml.child(tr, "trPr"), "gridBefore"), "val", 0);
    for (Element tc : cellElements(tr)) {
      Element tcPr = Xml.child(tc, "tcPr");
      int span = Math.max(1, Xml.integer(Xml.child(tcPr, "gridSpan"), "val", 1));
      Element vMerge = Xml.child(tcPr, "vMerge");
      String merge = "";
      if (vMerge != null) {
        merge = Xml.attr(vMerge, "val").equals("restart") ? "restart" : "continue";
      }
      out.add(new RawCell(tc, column, span, merge));
      column += span;
    }
    return out;
  }

  private static List<Element> cellElements(Element tr) {
    List<Element> out = new ArrayList<>();
    for (Element e : Xml.children(tr)) {
      if (Xml.is(e, "tc")) {
        out.add(e);
      } else if (Xml.is(e, "sdt")) {
        out.addAll(cellElements(Xml.child(e, "sdtContent")));
      } else if (Xml.is(e, "customXml")) {
        out.addAll(cellElements(e));
      }
    }
    return out;
  }

  private static RawCell at(List<RawCell> row, int column) {
    for (RawCell c : row) {
      if (c.column() == column) {
        return c;
      }
    }
    return null;
  }

  /** Whether the cell of row {@code r} at {@code column} continues a merge begun above. */
  private static boolean startsAbove(List<List<RawCell>> raw, int r, int column) {
    for (int above = r - 1; above >= 0; above--) {
      RawCell c = at(raw.get(above), column);
      if (c == null || c.merge().isEmpty()) {
        return false;
      }
      if (c.merge().equals("restart")) {
        return true;
      }
    }
    return false;
  }

  private static int continuesBelow(List<List<RawCell>> raw, int r, int column) {
    int n = 0;
    for (int below = r + 1; below < raw.size(); below++) {
      RawCell c = at(raw.get(below), column);
      if (c == null || !c.merge().equals("continue")) {
        break;
      }
      n++;
    }
    return n;
  }

  private static int maxColumn(List<List<RawCell>> raw) {
    int max = 0;
    for (List<RawCell> row : raw) {
      for (RawCell c : row) {
        max = Math.max(max, c.column() + c.span());
      }
    }
    return max;
  }

  /** A cell's paragraphs, those of a table nested in it too, read as the cell's own. */
  private List<WordParagraph> cellParagraphs(
      Element container, WordParagraph.CellPlace place, String tableStyle) {
    List<WordParagraph> out = new ArrayList<>();
    for (Element e : Xml.children(container)) {
      if (Xml.is(e, "p")) {
        out.add(paragraph(e, place, tableStyle));
      } else if (Xml.is(e, "tbl")) {
        for (Element tr : rows(e)) {
          for (Element tc : cellElements(tr)) {
            out.addAll(cellParagraphs(tc, place, tableStyle));
          }
        }
      } else if (Xml.is(e, "sdt")) {
        out.addAll(cellParagraphs(Xml.child(e, "sdtContent"), place, tableStyle));
      } else if (Xml.is(e, "customXml")) {
        out.addAll(cellParagraphs(e, place, tableStyle));
      }
    }
    return out;
  }

  /**
   * Whether no edge of any cell is drawn: each edge as the cell's own borders say, else as the
   * table's (its style's, then its own: outer edges and inside lines). The two-column layout tables
   * of the header and the signature draw none; a drafter often switches a grid's borders off cell
   * by cell.
   */
  private boolean borderless(Element tblPr, String styleId, List<List<RawCell>> raw) {
    Map<String, Boolean> table = new HashMap<>();
    List<Element> levels = new ArrayList<>(styles.tableProperties(styleId));
    if (tblPr != null) {
      levels.add(tblPr);
    }
    for (Element level : levels) {
      for (Element side : Xml.children(Xml.child(level, "tblBorders"))) {
        table.put(side.getLocalName(), ParaFormat.visible(side));
      }
    }
    for (int r = 0; r < raw.size(); r++) {
      List<RawCell> row = raw.get(r);
      for (int c = 0; c < row.size(); c++) {
        Map<String, Boolean> own = new HashMap<>();
        for (Element side :
            Xml.children(Xml.child(Xml.child(row.get(c).tc(), "tcPr"), "tcBorders"))) {
          own.put(side.getLocalName(), ParaFormat.visible(side));
        }
        String top = r == 0 ? "top" : "insideH";
        String bottom = r == raw.size() - 1 ? "bottom" : "insideH";
        String left = c == 0 ? "left" : "insideV";
        String right = c == row.size() - 1 ? "right" : "insideV";
        if (drawn(own, table, "top", top)
            || drawn(own, table, "bottom", bottom)
            || drawn(own, table, "left", left)
            || drawn(own, table, "right", right)
            || own.getOrDefault("tl2br", false)
            || own.getOrDefault("tr2bl", false)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a cell's edge is drawn: its own border if stated, else the table's for that edge. */
  private static boolean drawn(
      Map<String, Boolean> own, Map<String, Boolean> table, String side, String tableSide) {
    String alias = side.equals("left") ? "start" : side.equals("right") ? "end" : side;
    if (own.containsKey(side) || own.containsKey(alias)) {
      return own.getOrDefault(side, own.getOrDefault(alias, false));
    }
    String tableAlias =
        tableSide.equals("left") ? "start" : tableSide.equals("right") ? "end" : tableSide;
    return table.getOrDefault(tableSide, table.getOrDefault(tableAlias, false));
  }
}
