package kehoach.docx;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.document.Fonts;
import kehoach.document.Reproducible;
import kehoach.document.XhtmlDocument;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Hdr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Renders the intermediate document to DOCX. */
public final class DocxWriter {
  private static final Pattern WIDTH = Pattern.compile("width:\\s*([0-9.]+)%");
  private static final double PAGE_WIDTH_MM = 210;
  private static final double PAGE_HEIGHT_MM = 297;

  private final StringBuilder body = new StringBuilder();
  private final double[] margins;
  private final double[] landscapeMargins;
  private final String numberedHeader;
  private final String blankHeader;
  private final Revisions revisions;
  private final Map<Integer, List<Revisions.Deleted>> pendingDeletions = new HashMap<>();
  private int unit;
  private int revisionId = 1;

  private DocxWriter(
      XhtmlDocument document, String numberedHeader, String blankHeader, Revisions revisions) {
    this.revisions = revisions;
    this.margins = millimetres(document.meta("kehoach.margins"), new double[] {20, 15, 20, 30});
    this.landscapeMargins =
        millimetres(document.meta("kehoach.landscape-margins"), new double[] {20, 20, 20, 20});
    this.numberedHeader = numberedHeader;
    this.blankHeader = blankHeader;
  }

  public static void write(XhtmlDocument document, OutputStream out) throws IOException {
    write(document, out, Revisions.NONE);
  }

  /** Writes the document with {@code revisions} as Word tracked changes. */
  public static void write(XhtmlDocument document, OutputStream out, Revisions revisions)
      throws IOException {
    try {
      WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
      MainDocumentPart main = pkg.getMainDocumentPart();
      main.getStyleDefinitionsPart()
          .setJaxbElement(
              (org.docx4j.wml.Styles) XmlUtils.unmarshalString(Styles.xml(Fonts.WORD_FAMILY)));
      String numbered =
          header(
              main,
              "/word/header1.xml",
              "<w:p><w:pPr><w:pStyle w:val=\"KHPageNumber\"/></w:pPr>"
                  + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>");
      String blank = header(main, "/word/header2.xml", "<w:p/>");
      DocxWriter writer = new DocxWriter(document, numbered, blank, revisions);
      writer.document(document.body());
      main.setJaxbElement(
          (org.docx4j.wml.Document)
              XmlUtils.unmarshalString(
                  "<w:document xmlns:w=\""
                      + Wml.W
                      + "\" xmlns:r=\""
                      + Wml.R
                      + "\"><w:body>"
                      + writer.body
                      + "</w:body></w:document>"));
      ByteArrayOutputStream saved = new ByteArrayOutputStream();
      pkg.save(saved);
      out.write(ReproducibleZip.rewrite(saved.toByteArray(), Reproducible.timestamp(document)));
    } catch (Docx4JException | JAXBException e) {
      throw new IOException("the DOCX could not be written: " + e.getMessage(), e);
    }
  }

  private static String header(MainDocumentPart main, String name, String paragraph)
      throws Docx4JException, JAXBException {
    HeaderPart part = new HeaderPart(new PartName(name));
    part.setJaxbElement(
        (Hdr)
            XmlUtils.unmarshalString("<w:hdr xmlns:w=\"" + Wml.W + "\">" + paragraph + "</w:hdr>"));
    Relationship rel = main.addTargetPart(part);
    return rel.getId();
  }

  // ---- sections ------------------------------------------------------------------------------

  private void document(Element bodyElement) {
    boolean landscape = false;
    boolean first = true;
    for (Element e : children(bodyElement)) {
      if (e.getLocalName().equals("div") && XhtmlDocument.hasClass(e, "appendix")) {
        body.append("<w:p><w:pPr>").append(sectPr(landscape, !first)).append("</w:pPr></w:p>");
        landscape = XhtmlDocument.hasClass(e, "landscape");
        first = false;
      }
      block(e, contentWidth(landscape));
    }
    deletedParagraphs(unit, true);
    body.append(sectPr(landscape, !first));
  }

  /** A section's page setup; every section but the first restarts its page numbers at 1. */
  private String sectPr(boolean landscape, boolean restart) {
    double[] m = landscape ? landscapeMargins : margins;
    int w = Wml.twips(landscape ? PAGE_HEIGHT_MM : PAGE_WIDTH_MM);
    int h = Wml.twips(landscape ? PAGE_WIDTH_MM : PAGE_HEIGHT_MM);
    return "<w:sectPr>"
        + "<w:headerReference w:type=\"default\" r:id=\""
        + numberedHeader
        + "\"/>"
        + "<w:headerReference w:type=\"first\" r:id=\""
        + blankHeader
        + "\"/>"
        + "<w:pgSz w:w=\""
        + w
        + "\" w:h=\""
        + h
        + "\""
        + (landscape ? " w:orient=\"landscape\"" : "")
        + "/>"
        + "<w:pgMar w:top=\""
        + Wml.twips(m[0])
        + "\" w:right=\""
        + Wml.twips(m[1])
        + "\" w:bottom=\""
        + Wml.twips(m[2])
        + "\" w:left=\""
        + Wml.twips(m[3])
        + "\" w:header=\""
        + Wml.twips(m[0] / 2)
        + "\" w:footer=\""
        + Wml.twips(m[2] / 2)
        + "\" w:gutter=\"0\"/>"
        + (restart ? "<w:pgNumType w:start=\"1\"/>" : "")
        + "<w:titlePg/>"
        + "</w:sectPr>";
  }

  private int contentWidth(boolean landscape) {
    double[] m = landscape ? landscapeMargins : margins;
    return Wml.twips((landscape ? PAGE_HEIGHT_MM : PAGE_WIDTH_MM) - m[1] - m[3]);
  }

  // ---- blocks --------------------------------------------------------------------------------

  private void block(Element e, int width) {
    switch (e.getLocalName()) {
      case "p" -> paragraph(e, firstClass(e));
      case "div" -> {
        if (XhtmlDocument.hasClass(e, "rule")) {
          rule(e, width);
        } else {
          children(e).forEach(child -> block(child, width));
        }
      }
      case "table" -> table(e, width);
      default -> children(e).forEach(child -> block(child, width));
    }
  }

  private void paragraph(Element p, String cssClass) {
    String style = Styles.PARAGRAPHS.containsKey(cssClass) ? cssClass : "text";
    boolean isUnit = !p.getTextContent().isBlank();
    int index = isUnit ? unit++ : -1;
    if (isUnit) {
      deletedParagraphs(index, true);
    }
    Revisions.Kind kind = isUnit ? revisions.kind(index) : Revisions.Kind.SAME;
    body.append("<w:p><w:pPr><w:pStyle w:val=\"").append(Styles.id(style)).append("\"/>");
    if (cssClass.equals("signer-name")
        || cssClass.equals("authority")
        || cssClass.equals("signer-title")) {
      body.append("<w:keepNext/>");
    }
    if (kind == Revisions.Kind.INSERTED) {
      body.append("<w:rPr>").append(mark("ins", "")).append("</w:rPr>");
    }
    body.append("</w:pPr>");
    switch (kind) {
      case SAME -> runs(p, false, false);
      case INSERTED -> tracked("ins", styled(p, false, false));
      case CHANGED -> pieces(styled(p, false, false), revisions.changes(index));
    }
    body.append("</w:p>");
  }

  /** A short line under a title: a paragraph border, indented to the rule's width. */
  private void rule(Element div, int width) {
    double share = percent(div.getAttribute("style"), 100) / 100;
    int indent = (int) Math.round(width * (1 - share) / 2);
    body.append("<w:p><w:pPr><w:pStyle w:val=\"")
        .append(Styles.id("rule"))
        .append(
            "\"/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:pBdr>")
        .append("<w:ind w:left=\"")
        .append(indent)
        .append("\" w:right=\"")
        .append(indent)
        .append("\"/>")
        .append("</w:pPr></w:p>");
  }

  private void table(Element table, int width) {
    boolean grid = XhtmlDocument.hasClass(table, "grid");
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
    for (Element section : children(table)) {
      String name = section.getLocalName();
      if (name.equals("colgroup")) {
        continue;
      }
      boolean head = name.equals("thead");
      List<Element> rows = name.equals("tr") ? List.of(section) : children(section);
      for (Element row : rows) {
        row(row, columns, grid, head);
      }
    }
    if (grid) {
      deletedRows(unit, columns);
    }
    body.append("</w:tbl>");
    if (!grid) {
      // Word needs a paragraph between a table and what follows; keep it small.
      body.append("<w:p><w:pPr><w:pStyle w:val=\"")
          .append(Styles.id("rule"))
          .append("\"/></w:pPr></w:p>");
    }
  }

  private void row(Element row, List<Integer> columns, boolean grid, boolean head) {
    int index = grid ? unit++ : -1;
    if (grid) {
      deletedRows(index, columns);
    }
    Revisions.Kind kind = grid ? revisions.kind(index) : Revisions.Kind.SAME;
    List<List<Revisions.Segment>> cellChanges =
        kind == Revisions.Kind.CHANGED ? revisions.cellChanges(index) : List.of();
    body.append("<w:tr><w:trPr><w:cantSplit/>")
        .append(head ? "<w:tblHeader/>" : "")
        .append(kind == Revisions.Kind.INSERTED ? mark("ins", "") : "")
        .append("</w:trPr>");
    boolean strong = XhtmlDocument.hasClass(row, "group") || XhtmlDocument.hasClass(row, "total");
    boolean italic = XhtmlDocument.hasClass(row, "column-numbers");
    int i = 0;
    for (Element cell : children(row)) {
      int w = i < columns.size() ? columns.get(i) : columns.get(columns.size() - 1);
      body.append("<w:tc><w:tcPr><w:tcW w:w=\"")
          .append(w)
          .append("\" w:type=\"dxa\"/>")
          .append(grid ? "<w:vAlign w:val=\"center\"/>" : "")
          .append("</w:tcPr>");
      int before = body.length();
      if (grid) {
        boolean th = cell.getLocalName().equals("th");
        String align = italic ? "center" : th ? "center" : firstClass(cell);
        body.append("<w:p><w:pPr><w:pStyle w:val=\"")
            .append(Styles.id(th ? "table-header" : "table-text"))
            .append("\"/><w:jc w:val=\"")
            .append(jc(align))
            .append("\"/></w:pPr>");
        if (kind == Revisions.Kind.INSERTED) {
          tracked("ins", styled(cell, strong, italic));
        } else if (kind == Revisions.Kind.CHANGED && i < cellChanges.size()) {
          pieces(styled(cell, strong, italic), cellChanges.get(i));
        } else {
          runs(cell, strong, italic);
        }
        body.append("</w:p>");
      } else {
        children(cell).forEach(child -> block(child, w));
      }
      if (body.length() == before || !body.substring(before).contains("<w:p>")) {
        body.append("<w:p/>");
      }
      body.append("</w:tc>");
      i++;
    }
    body.append("</w:tr>");
  }

  private static String jc(String align) {
    return switch (align) {
      case "center" -> "center";
      case "right" -> "right";
      default -> "left";
    };
  }

  private static List<Integer> columnWidths(Element table, int width) {
    List<Integer> widths = new ArrayList<>();
    for (Element section : children(table)) {
      if (section.getLocalName().equals("colgroup")) {
        for (Element col : children(section)) {
          widths.add((int) Math.round(width * percent(col.getAttribute("style"), 0) / 100));
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
  private static List<Styled> styled(Node parent, boolean bold, boolean italic) {
    List<Styled> raw = new ArrayList<>();
    collect(parent, bold, italic, raw);
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

  private static void collect(Node parent, boolean bold, boolean italic, List<Styled> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE) {
        for (char c : n.getNodeValue().toCharArray()) {
          out.add(new Styled(c, bold, italic));
        }
      } else if (n instanceof Element e) {
        collect(e, bold || isBold(e), italic || isItalic(e), out);
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

  private void runs(Node parent, boolean bold, boolean italic) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE) {
        String text = n.getNodeValue().replace('\n', ' ');
        if (!text.isEmpty()) {
          run(text, bold, italic);
        }
      } else if (n instanceof Element e) {
        runs(e, bold || isBold(e), italic || isItalic(e));
      }
    }
  }

  private void run(String text, boolean bold, boolean italic) {
    body.append(runXml(text, bold, italic, false));
  }

  private static String runXml(String text, boolean bold, boolean italic, boolean deleted) {
    String tag = deleted ? "w:delText" : "w:t";
    String style =
        bold || italic
            ? "<w:rPr>"
                + (bold ? "<w:b/><w:bCs/>" : "")
                + (italic ? "<w:i/><w:iCs/>" : "")
                + "</w:rPr>"
            : "";
    return "<w:r>"
        + style
        + "<"
        + tag
        + " xml:space=\"preserve\">"
        + Wml.escape(text)
        + "</"
        + tag
        + "></w:r>";
  }

  private static boolean isBold(Element e) {
    String name = e.getLocalName();
    return name.equals("b")
        || name.equals("strong")
        || XhtmlDocument.hasClass(e, "label-strong")
        || XhtmlDocument.hasClass(e, "title-strong");
  }

  private static boolean isItalic(Element e) {
    String name = e.getLocalName();
    return name.equals("i") || name.equals("em");
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

  private static String firstClass(Element e) {
    String c = e.getAttribute("class").strip();
    int space = c.indexOf(' ');
    return space < 0 ? c : c.substring(0, space);
  }

  private static double percent(String style, double otherwise) {
    Matcher m = WIDTH.matcher(style);
    return m.find() ? Double.parseDouble(m.group(1)) : otherwise;
  }

  private static double[] millimetres(String text, double[] otherwise) {
    String[] parts = text.strip().split("\\s+");
    if (parts.length != 4) {
      return otherwise;
    }
    double[] out = new double[4];
    for (int i = 0; i < 4; i++) {
      out[i] = Double.parseDouble(parts[i]);
    }
    return out;
  }
}
