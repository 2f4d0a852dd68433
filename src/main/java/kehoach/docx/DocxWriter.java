package kehoach.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kehoach.document.Fonts;
import kehoach.document.Reproducible;
import kehoach.document.Style;
import kehoach.document.Stylesheet;
import kehoach.document.Stylesheet.PageStyle;
import kehoach.document.TableGrid;
import kehoach.document.XhtmlDocument;
import kehoach.pages.Layouts;
import kehoach.pages.PageLayout;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Renders the intermediate document to DOCX. */
public final class DocxWriter {
  private final StringBuilder body = new StringBuilder();
  private final Stylesheet sheet;
  private final Styles styles;
  private final Layouts layouts;
  private final Revisions revisions;
  private final Map<Integer, List<Revisions.Deleted>> pendingDeletions = new HashMap<>();
  private final Map<CellFormat, String> cellParagraphs = new HashMap<>();
  private Styles.Props paragraphStyle;

  /** Set while writing a table that ends its section: kept with the section's last paragraph. */
  private boolean keepingWithNext;

  private int unit;
  private int revisionId = 1;

  /** Where the body goes: {@code word/document.xml} in the package. */
  private Writer sink;

  /** How many tables the writer is in: the body is written out only between top-level rows. */
  private int tables;

  private DocxWriter(Stylesheet sheet, Styles styles, Layouts layouts, Revisions revisions) {
    this.sheet = sheet;
    this.styles = styles;
    this.layouts = layouts;
    this.revisions = revisions;
  }

  public static void write(XhtmlDocument document, OutputStream out) throws IOException {
    write(document, out, Revisions.NONE);
  }

  /**
   * The options a DOCX this writer made was written with: its document's {@code kehoach.options}
   * meta line, kept as the content status of its core properties; empty when it had none, or {@code
   * docx} is no DOCX.
   */
  public static String optionsMark(Path docx) throws IOException {
    return DocxProperties.status(docx);
  }

  /**
   * Writes the document with {@code revisions} as Word tracked changes. The body goes into the
   * package as it is made, a table row or a block at a time, so that a plan of thousands of rows
   * never holds its whole {@code document.xml} in memory.
   */
  public static void write(XhtmlDocument document, OutputStream out, Revisions revisions)
      throws IOException {
    write(document, PageLayout.decisions(document), out, revisions);
  }

  /**
   * Writes the document with the decisions of its page layout already made ({@link
   * PageLayout#layOut}): {@code render} of both formats lays the pages out once, for the PDF and
   * for these. {@code decisions} must be those of this very document (they name its elements).
   */
  public static void write(XhtmlDocument document, Layouts decisions, OutputStream out)
      throws IOException {
    write(document, decisions, out, Revisions.NONE);
  }

  private static void write(
      XhtmlDocument document, Layouts decisions, OutputStream out, Revisions revisions)
      throws IOException {
    Stylesheet sheet = Stylesheet.of(document);
    Styles styles = Styles.of(document, sheet, sheet.page("", false).textWidth());
    Style body = sheet.style(document.body());
    DocxWriter writer = new DocxWriter(sheet, styles, decisions, revisions);
    try {
      DocxPackage.write(
          out,
          Reproducible.timestamp(document),
          styles.xml(family(body), body),
          DocxProperties.coreXml(DocxProperties.Properties.of(document)),
          text -> writer.document(document.body(), text));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The font Word is to use: the first family the stylesheet names ("Times New Roman"). The PDF
   * always uses the bundled Liberation Serif, which has Times New Roman's metrics.
   */
  private static String family(Style body) {
    String families = body.raw("font-family").orElse(Fonts.WORD_FAMILY);
    String first = families.split(",")[0].strip().replace("\"", "").replace("'", "");
    return first.isEmpty() ? Fonts.WORD_FAMILY : Wml.escape(first);
  }

  /** Hands what is written so far to the package once it is worth a write. */
  private void drain(boolean all) {
    if (body.length() >= (all ? 1 : DRAIN_AT)) {
      try {
        sink.write(body.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      body.setLength(0);
    }
  }

  /** How much of the body is held before it is written out: a few rows' worth. */
  private static final int DRAIN_AT = 1 << 15;

  // ---- sections ------------------------------------------------------------------------------

  private void document(Element bodyElement, Writer out) {
    sink = out;
    String page = "";
    boolean first = true;
    for (Element e : children(bodyElement)) {
      Style style = sheet.style(e);
      if (!first && (style.page().isPresent() || style.breakBefore())) {
        body.append("<w:p><w:pPr>")
            .append(TINY)
            .append(sectPr(page, true))
            .append("</w:pPr></w:p>");
        page = style.page().orElse(page);
      } else if (first) {
        page = style.page().orElse(page);
      }
      first = false;
      block(e, contentWidth(page));
      drain(false);
    }
    deletedParagraphs(unit, true);
    if (endsWithTable(lastElement(bodyElement))) {
      filler();
    }
    body.append(sectPr(page, !first));
    drain(true);
  }

  /**
   * A paragraph that takes next to no room: Word needs one between two tables and before the end of
   * a section, and it must never push the page on by itself.
   */
  private static final String TINY =
      "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"1\""
          + " w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr>";

  /** Whether the last block of a section is a table, which Word must follow with a paragraph. */
  private static boolean endsWithTable(Element section) {
    if (section == null) {
      return false;
    }
    Element last = lastElement(section);
    return section.getLocalName().equals("table")
        || last != null && (last.getLocalName().equals("table") || endsWithTable(last));
  }

  private static Element lastElement(Element parent) {
    List<Element> all = children(parent);
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  private void filler() {
    body.append("<w:p><w:pPr>").append(TINY).append("</w:pPr></w:p>");
  }

  /**
   * A section's page setup, from the stylesheet's page of that name; every section but the first
   * restarts its page numbers at 1, and none shows a number on its first page.
   */
  private String sectPr(String page, boolean restart) {
    PageStyle p = sheet.page(page, false);
    return "<w:sectPr>"
        + "<w:headerReference w:type=\"default\" r:id=\""
        + DocxPackage.NUMBERED_HEADER
        + "\"/>"
        + "<w:headerReference w:type=\"first\" r:id=\""
        + DocxPackage.BLANK_HEADER
        + "\"/>"
        + "<w:pgSz w:w=\""
        + twips(p.width())
        + "\" w:h=\""
        + twips(p.height())
        + "\""
        + (p.landscape() ? " w:orient=\"landscape\"" : "")
        + "/>"
        + "<w:pgMar w:top=\""
        + twips(p.top())
        + "\" w:right=\""
        + twips(p.right())
        + "\" w:bottom=\""
        + twips(p.bottom())
        + "\" w:left=\""
        + twips(p.left())
        + "\" w:header=\""
        + twips(p.top() / 2)
        + "\" w:footer=\""
        + twips(p.bottom() / 2)
        + "\" w:gutter=\"0\"/>"
        + (restart ? "<w:pgNumType w:start=\"1\"/>" : "")
        + (sheet.page(page, true).number().isEmpty() ? "<w:titlePg/>" : "")
        + "</w:sectPr>";
  }

  private int contentWidth(String page) {
    return twips(sheet.page(page, false).textWidth());
  }

  private static int twips(double points) {
    return (int) Math.round(points * 20);
  }

  // ---- blocks --------------------------------------------------------------------------------

  private void block(Element e, int width) {
    switch (e.getLocalName()) {
      case "p" -> paragraph(e, width);
      case "div" -> {
        if (XhtmlDocument.hasClass(e, "rule")) {
          rule(e, width);
        } else if (XhtmlDocument.hasClass(e, "area")) {
          area(e, width);
        } else {
          children(e).forEach(child -> block(child, width));
        }
      }
      case "table" -> table(e, width);
      default -> children(e).forEach(child -> block(child, width));
    }
  }

  /**
   * A paragraph in its named style, with what differs where it stands as direct formatting. Word
   * has no space around a table, so a table's margins become the space after the paragraph before
   * it and before the paragraph after it; a table kept with what precedes it keeps that paragraph
   * with it.
   */
  private void paragraph(Element p, int width) {
    String key = Styles.key(p);
    Styles.Props named = styles.props(key);
    String style = named == styles.props(key) && key != null ? key : "text";
    Styles.Props own = Styles.Props.of(sheet.style(p), width / 20.0);
    Element next = nextElement(p);
    Element previous = previousElement(p);
    int after = own.after() + tableMarginAbove(next, width);
    boolean keepNext = own.keepNext() || keepingWithNext || layouts.keepsWithNext(p);
    if (next != null && next.getLocalName().equals("table")) {
      keepNext |= sheet.style(next).keepWithPrevious();
    }
    int before = own.before();
    if (previous != null && previous.getLocalName().equals("table")) {
      before += twips(sheet.style(previous).length("margin-bottom", width / 20.0));
    }
    own =
        new Styles.Props(
            own.align(),
            own.firstLine(),
            own.left(),
            own.right(),
            before,
            after,
            own.line(),
            own.size(),
            own.bold(),
            own.italic(),
            keepNext,
            own.keepLines(),
            own.borders());
    boolean isUnit = !p.getTextContent().isBlank();
    int index = isUnit ? unit++ : -1;
    if (isUnit) {
      deletedParagraphs(index, true);
    }
    Revisions.Kind kind = isUnit ? revisions.kind(index) : Revisions.Kind.SAME;
    body.append("<w:p><w:pPr><w:pStyle w:val=\"").append(Styles.id(style)).append("\"/>");
    body.append(pageBreakBefore(own.pPr(named), layouts.breaksBefore(p)));
    if (kind == Revisions.Kind.INSERTED) {
      body.append("<w:rPr>").append(mark("ins", "")).append("</w:rPr>");
    }
    body.append("</w:pPr>");
    paragraphStyle = named;
    switch (kind) {
      case SAME -> runs(p);
      case INSERTED -> tracked("ins", styled(p));
      case CHANGED -> pieces(styled(p), revisions.changes(index));
    }
    body.append("</w:p>");
  }

  /**
   * The space a table wants above it, in twips, which Word can only give as the space after the
   * paragraph before it; zero when {@code next} is no table.
   */
  private int tableMarginAbove(Element next, int width) {
    if (next == null || !next.getLocalName().equals("table")) {
      return 0;
    }
    return twips(sheet.style(next).length("margin-top", width / 20.0));
  }

  /** Paragraph properties with a page break before, in the place Word's schema gives it. */
  private static String pageBreakBefore(String pPr, boolean breaks) {
    if (!breaks) {
      return pPr;
    }
    int at =
        pPr.contains("<w:keepLines/>")
            ? pPr.indexOf("<w:keepLines/>") + "<w:keepLines/>".length()
            : pPr.contains("<w:keepNext/>")
                ? pPr.indexOf("<w:keepNext/>") + "<w:keepNext/>".length()
                : 0;
    return pPr.substring(0, at) + "<w:pageBreakBefore/>" + pPr.substring(at);
  }

  /**
   * A short line under a title: the top border of a paragraph as tall as the line is thick,
   * indented to the rule's width.
   */
  private void rule(Element div, int width) {
    Style s = sheet.style(div);
    double available = width / 20.0;
    double share = s.raw("width").isPresent() ? s.length("width", available) : available;
    int indent = twips((available - share) / 2);
    double thickness = Math.max(0.25, s.border("top"));
    body.append("<w:p><w:pPr><w:pStyle w:val=\"")
        .append(Styles.id("rule"))
        .append("\"/>")
        .append("<w:pBdr><w:top w:val=\"single\" w:sz=\"")
        .append(Math.max(2, Math.round(thickness * 8)))
        .append("\" w:space=\"0\" w:color=\"000000\"/></w:pBdr>")
        .append("<w:spacing w:before=\"")
        .append(twips(s.length("margin-top", available)))
        .append("\" w:after=\"")
        .append(
            twips(s.length("margin-bottom", available)) + tableMarginAbove(nextElement(div), width))
        // the border is the rule's whole height; the paragraph's own line next to nothing
        .append("\" w:line=\"1\" w:lineRule=\"exact\"/>")
        .append("<w:ind w:left=\"")
        .append(indent)
        .append("\" w:right=\"")
        .append(indent)
        .append("\" w:firstLine=\"0\"/>")
        .append("<w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr>")
        .append("</w:pPr></w:p>");
  }

  /**
   * An area left clear for a signing tool ({@code div.area}: the signer's signature image, the văn
   * thư's signature on an appendix in a file of its own): an empty paragraph exactly as tall as the
   * area, indented so that its width stands where the page layout puts it. An area inside it (the
   * seal over the signature) takes no room of its own, as in the page layout.
   */
  private void area(Element div, int width) {
    Style s = sheet.style(div);
    double available = width / 20.0;
    double share = s.raw("width").isPresent() ? s.length("width", available) : available;
    double left =
        s.auto("margin-left") && s.auto("margin-right")
            ? (available - share) / 2
            : s.auto("margin-left")
                ? available - share - s.length("margin-right", available)
                : s.length("margin-left", available);
    body.append("<w:p><w:pPr><w:spacing w:before=\"")
        .append(twips(s.length("margin-top", available)))
        .append("\" w:after=\"")
        .append(twips(s.length("margin-bottom", available)))
        .append("\" w:line=\"")
        .append(twips(s.length("height", available)))
        .append("\" w:lineRule=\"exact\"/><w:ind w:left=\"")
        .append(twips(left))
        .append("\" w:right=\"")
        .append(twips(available - share - left))
        .append("\" w:firstLine=\"0\"/></w:pPr></w:p>");
  }

  private void table(Element table, int width) {
    boolean grid = XhtmlDocument.hasClass(table, "grid");
    // A table that ends its section is kept with the small paragraph Word needs after it, so that
    // paragraph never makes a page of its own; the PDF's layout keeps the same room.
    boolean wasKeeping = keepingWithNext;
    keepingWithNext = wasKeeping || nextElement(table) == null && !grid;
    List<Integer> columns = columnWidths(table, width);
    if (grid) {
      deletedParagraphs(unit, false);
    }
    body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"")
        .append(grid ? "KHGrid" : "KHLayout")
        .append("\"/><w:tblW w:w=\"")
        .append(width)
        .append("\" w:type=\"dxa\"/>")
        .append("<w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
    columns.forEach(c -> body.append("<w:gridCol w:w=\"").append(c).append("\"/>"));
    body.append("</w:tblGrid>");
    TableGrid cells = TableGrid.of(table);
    tables++;
    for (int r = 0; r < cells.rows().size(); r++) {
      Element row = cells.rows().get(r);
      boolean head =
          row.getParentNode() instanceof Element section && section.getLocalName().equals("thead");
      row(cells, r, columns, grid, head);
      if (tables == 1) {
        drain(false);
      }
    }
    tables--;
    if (grid) {
      deletedRows(unit, columns);
    }
    body.append("</w:tbl>");
    keepingWithNext = wasKeeping;
    Element next = nextElement(table);
    if (next != null && next.getLocalName().equals("table")) {
      filler();
    }
  }

  /**
   * A row: kept on one page unless it is taller than a third of a page ({@link PageLayout} says
   * which), header rows repeated, a row kept with the next (a group row with its first item) by
   * keeping its paragraphs with the next.
   */
  private void row(TableGrid cells, int r, List<Integer> columns, boolean grid, boolean head) {
    Element row = cells.rows().get(r);
    int index = grid ? unit++ : -1;
    if (grid) {
      deletedRows(index, columns);
    }
    Revisions.Kind kind = grid ? revisions.kind(index) : Revisions.Kind.SAME;
    List<List<Revisions.Segment>> cellChanges =
        kind == Revisions.Kind.CHANGED ? revisions.cellChanges(index) : List.of();
    // the rows a merged cell spans stay on one page, as the PDF keeps them
    boolean keepNext = head || sheet.style(row).keepWithNext() || cells.spansBelow(r);
    body.append("<w:tr><w:trPr>")
        .append(layouts.tall(row) ? "" : "<w:cantSplit/>")
        .append(head ? "<w:tblHeader/>" : "")
        .append(kind == Revisions.Kind.INSERTED ? mark("ins", "") : "")
        .append("</w:trPr>");
    int i = 0;
    List<TableGrid.Cell> continuing = new ArrayList<>(cells.continuing(r));
    for (TableGrid.Cell placed : cells.cells(r)) {
      // a cell merged down from a row above stands in this row as an empty continuation
      while (!continuing.isEmpty() && continuing.get(0).column() < placed.column()) {
        continuation(continuing.remove(0), columns);
      }
      Element cell = placed.element();
      int w = width(placed, columns);
      Style cs = sheet.style(cell);
      body.append("<w:tc><w:tcPr><w:tcW w:w=\"")
          .append(w)
          .append("\" w:type=\"dxa\"/>")
          .append(placed.colspan() > 1 ? "<w:gridSpan w:val=\"" + placed.colspan() + "\"/>" : "")
          .append(placed.rowspan() > 1 ? "<w:vMerge w:val=\"restart\"/>" : "")
          .append(vAlign(cs.verticalAlign()))
          .append("</w:tcPr>");
      int before = body.length();
      if (grid) {
        String key = Styles.key(cell);
        Styles.Props named = styles.props(key);
        body.append(cellParagraph(new CellFormat(cs, key, w, keepNext), named));
        paragraphStyle = named;
        if (kind == Revisions.Kind.INSERTED) {
          tracked("ins", styled(cell));
        } else if (kind == Revisions.Kind.CHANGED && i < cellChanges.size()) {
          pieces(styled(cell), cellChanges.get(i));
        } else {
          runs(cell, cs);
        }
        body.append("</w:p>");
      } else {
        children(cell).forEach(child -> block(child, w));
      }
      if (body.indexOf("<w:p>", before) < 0) {
        body.append("<w:p/>");
      }
      body.append("</w:tc>");
      i++;
    }
    continuing.forEach(c -> continuation(c, columns));
    body.append("</w:tr>");
  }

  /** What a data cell's paragraph properties depend on: its style, paragraph style and width. */
  private record CellFormat(Style style, String key, int width, boolean keepNext) {}

  /**
   * The opening of a data cell's paragraph, {@code <w:p><w:pPr>…</w:pPr>}: worked out once for each
   * look a cell has (a budget's cells have a handful), not again for each of its thousands of
   * cells, as the stylesheet shares one {@link Style} among cells that look alike.
   */
  private String cellParagraph(CellFormat f, Styles.Props named) {
    return cellParagraphs.computeIfAbsent(
        f,
        k ->
            "<w:p><w:pPr><w:pStyle w:val=\""
                + Styles.id(f.key())
                + "\"/>"
                + (f.keepNext() && !named.keepNext() ? "<w:keepNext/>" : "")
                + Styles.Props.ofCell(f.style(), f.width() / 20.0)
                    .pPr(named)
                    .replace("<w:keepNext/>", "")
                + "</w:pPr>");
  }

  /** The width in twips of the columns a cell spans. */
  private static int width(TableGrid.Cell cell, List<Integer> columns) {
    int w = 0;
    for (int c = cell.column(); c < cell.column() + cell.colspan(); c++) {
      w += columns.get(Math.min(c, columns.size() - 1));
    }
    return w;
  }

  /** Where a cell merged from the row above continues: Word's vMerge without "restart". */
  private void continuation(TableGrid.Cell cell, List<Integer> columns) {
    body.append("<w:tc><w:tcPr><w:tcW w:w=\"")
        .append(width(cell, columns))
        .append("\" w:type=\"dxa\"/>")
        .append(cell.colspan() > 1 ? "<w:gridSpan w:val=\"" + cell.colspan() + "\"/>" : "")
        .append("<w:vMerge/>")
        .append(vAlign(sheet.style(cell.element()).verticalAlign()))
        .append("</w:tcPr><w:p/></w:tc>");
  }

  private static String vAlign(String css) {
    return switch (css) {
      case "middle" -> "<w:vAlign w:val=\"center\"/>";
      case "bottom" -> "<w:vAlign w:val=\"bottom\"/>";
      default -> "";
    };
  }

  private List<Integer> columnWidths(Element table, int width) {
    List<Integer> widths = new ArrayList<>();
    List<Double> laidOut = layouts.columns(table).orElse(List.of());
    if (!laidOut.isEmpty()) {
      laidOut.forEach(w -> widths.add(twips(w)));
      return widths;
    }
    for (Element section : children(table)) {
      if (section.getLocalName().equals("colgroup")) {
        for (Element col : children(section)) {
          widths.add(twips(sheet.style(col).length("width", width / 20.0)));
        }
      }
    }
    if (widths.isEmpty() || widths.contains(0)) {
      int n = Math.max(1, widths.size());
      widths.clear();
      for (int i = 0; i < n; i++) {
        widths.add(width / n);
      }
    }
    return widths;
  }

  // ---- tracked changes ----------------------------------------------------------------------

  /** A character with its style. */
  private record Styled(char c, boolean bold, boolean italic) {}

  /** What the earlier version had before {@code index}, not yet written. */
  private List<Revisions.Deleted> pending(int index) {
    if (revisions == Revisions.NONE) {
      return List.of();
    }
    return pendingDeletions.computeIfAbsent(
        index, i -> new ArrayList<>(revisions.deletedBefore(i)));
  }

  /**
   * Writes the deleted paragraphs due before {@code index}; with {@code rowsToo}, deleted rows that
   * found no table to go in are written as paragraphs as well.
   */
  private void deletedParagraphs(int index, boolean rowsToo) {
    for (var it = pending(index).iterator(); it.hasNext(); ) {
      Revisions.Deleted d = it.next();
      if (d.row() && !rowsToo) {
        continue;
      }
      it.remove();
      paragraphStyle = styles.props("text");
      body.append("<w:p><w:pPr><w:pStyle w:val=\"")
          .append(Styles.id("text"))
          .append("\"/><w:rPr>")
          .append(mark("del", ""))
          .append("</w:rPr></w:pPr>");
      deletedRun(d.text(), false, false);
      body.append("</w:p>");
    }
  }

  /** Writes the deleted rows due before {@code index}, as deleted rows of the current table. */
  private void deletedRows(int index, List<Integer> columns) {
    for (var it = pending(index).iterator(); it.hasNext(); ) {
      Revisions.Deleted d = it.next();
      if (!d.row()) {
        continue;
      }
      it.remove();
      paragraphStyle = styles.props("table-text");
      body.append("<w:tr><w:trPr><w:cantSplit/>").append(mark("del", "")).append("</w:trPr>");
      for (int c = 0; c < columns.size(); c++) {
        String text =
            c < d.cells().size()
                ? (c == columns.size() - 1
                    ? String.join(" ", d.cells().subList(c, d.cells().size()))
                    : d.cells().get(c))
                : "";
        body.append("<w:tc><w:tcPr><w:tcW w:w=\"")
            .append(columns.get(c))
            .append("\" w:type=\"dxa\"/></w:tcPr>")
            .append("<w:p><w:pPr><w:pStyle w:val=\"")
            .append(Styles.id("table-text"))
            .append("\"/></w:pPr>");
        if (!text.isEmpty()) {
          deletedRun(text, false, false);
        }
        body.append("</w:p></w:tc>");
      }
      body.append("</w:tr>");
    }
  }

  /** The mark of an inserted or deleted piece: {@code <w:ins w:id=… w:author=… w:date=…>}. */
  private String mark(String what, String content) {
    String open =
        "<w:"
            + what
            + " w:id=\""
            + revisionId++
            + "\" w:author=\""
            + Wml.escape(revisions.author())
            + "\" w:date=\""
            + Wml.escape(revisions.date())
            + "\"";
    return content.isEmpty() ? open + "/>" : open + ">" + content + "</w:" + what + ">";
  }

  private void tracked(String what, List<Styled> chars) {
    for (List<Styled> run : byStyle(chars)) {
      body.append(
          mark(
              what, runXml(text(run), run.get(0).bold(), run.get(0).italic(), what.equals("del"))));
    }
  }

  private void deletedRun(String text, boolean bold, boolean italic) {
    body.append(mark("del", runXml(text, bold, italic, true)));
  }

  /**
   * Lays the pieces of a changed text over its characters: kept and inserted pieces take the new
   * text's styles in turn, deleted pieces the style of where they stood.
   */
  private void pieces(List<Styled> chars, List<Revisions.Segment> segments) {
    int at = 0;
    for (Revisions.Segment s : segments) {
      if (s.kind() == Revisions.Segment.Kind.DELETED) {
        Styled near =
            chars.isEmpty()
                ? new Styled(' ', false, false)
                : chars.get(Math.min(at, chars.size() - 1));
        deletedRun(s.text(), near.bold(), near.italic());
        continue;
      }
      int end = Math.min(chars.size(), at + s.text().length());
      List<Styled> part = chars.subList(at, end);
      at = end;
      if (part.isEmpty()) {
        continue;
      }
      if (s.kind() == Revisions.Segment.Kind.INSERTED) {
        tracked("ins", part);
      } else {
        for (List<Styled> run : byStyle(part)) {
          body.append(runXml(text(run), run.get(0).bold(), run.get(0).italic(), false));
        }
      }
    }
  }

  /**
   * The characters of an element with their styles, white space collapsed and trimmed as the
   * compared text is.
   */
  private List<Styled> styled(Element parent) {
    List<Styled> raw = new ArrayList<>();
    collect(parent, raw);
    List<Styled> out = new ArrayList<>();
    for (Styled s : raw) {
      boolean space = Character.isWhitespace(s.c());
      if (space && (out.isEmpty() || out.get(out.size() - 1).c() == ' ')) {
        continue;
      }
      out.add(space ? new Styled(' ', s.bold(), s.italic()) : s);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).c() == ' ') {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** The characters under {@code parent}, each bold or italic as the stylesheet makes it. */
  private void collect(Element parent, List<Styled> out) {
    Style style = sheet.style(parent);
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE) {
        for (char c : n.getNodeValue().toCharArray()) {
          out.add(new Styled(c, style.bold(), style.italic()));
        }
      } else if (n instanceof Element e && e.getLocalName().equals("br")) {
        // compared as the space it reads as (Versions), so the changes' offsets stay in step
        out.add(new Styled(' ', style.bold(), style.italic()));
      } else if (n instanceof Element e) {
        collect(e, out);
      }
    }
  }

  private static List<List<Styled>> byStyle(List<Styled> chars) {
    List<List<Styled>> runs = new ArrayList<>();
    for (Styled s : chars) {
      List<Styled> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last.get(0).bold() == s.bold() && last.get(0).italic() == s.italic()) {
        last.add(s);
      } else {
        runs.add(new ArrayList<>(List.of(s)));
      }
    }
    return runs;
  }

  private static String text(List<Styled> chars) {
    StringBuilder s = new StringBuilder();
    chars.forEach(c -> s.append(c.c()));
    return s.toString();
  }

  // ---- runs ----------------------------------------------------------------------------------

  /** The text under {@code parent} as runs, bold and italic as the stylesheet makes them. */
  private void runs(Element parent) {
    runs(parent, sheet.style(parent));
  }

  /** {@link #runs(Element)} of an element whose style the caller has already looked up. */
  private void runs(Element parent, Style style) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE) {
        String text = n.getNodeValue().replace('\n', ' ');
        if (text.isEmpty()) {
          continue;
        }
        if (style.wraps()) {
          body.append(runXml(text, style.bold(), style.italic(), false));
        } else {
          String props = runProperties(style.bold(), style.italic());
          body.append(NoBreak.run(text, props.isEmpty() ? "" : "<w:rPr>" + props + "</w:rPr>"));
        }
      } else if (n instanceof Element e && e.getLocalName().equals("br")) {
        body.append("<w:r><w:br/></w:r>");
      } else if (n instanceof Element e) {
        runs(e);
      }
    }
  }

  /** Bold and italic where they differ from the paragraph's style. */
  private String runProperties(boolean bold, boolean italic) {
    boolean baseBold = paragraphStyle != null && paragraphStyle.bold();
    boolean baseItalic = paragraphStyle != null && paragraphStyle.italic();
    return (bold == baseBold
            ? ""
            : bold ? "<w:b/><w:bCs/>" : "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>")
        + (italic == baseItalic
            ? ""
            : italic ? "<w:i/><w:iCs/>" : "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>");
  }

  /** A run; its bold and italic are written where they differ from the paragraph's style. */
  private String runXml(String text, boolean bold, boolean italic, boolean deleted) {
    String tag = deleted ? "w:delText" : "w:t";
    String props = runProperties(bold, italic);
    return "<w:r>"
        + (props.isEmpty() ? "" : "<w:rPr>" + props + "</w:rPr>")
        + "<"
        + tag
        + " xml:space=\"preserve\">"
        + Wml.escape(text)
        + "</"
        + tag
        + "></w:r>";
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element nextElement(Element e) {
    for (Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element next) {
        return next;
      }
    }
    return null;
  }

  private static Element previousElement(Element e) {
    for (Node n = e.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
      if (n instanceof Element previous) {
        return previous;
      }
    }
    return null;
  }
}
