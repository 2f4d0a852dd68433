package kehoach.docx;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kehoach.document.Style;
import kehoach.document.Stylesheet;
import kehoach.document.XhtmlDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Word styles, made from the document's stylesheet: one named paragraph style per paragraph
 * class ("KH Agency" for {@code p.agency}, "KH H1" for {@code p.h1} …), with the look that class
 * has where it first appears; the tables' borders and cell margins from their cells' style. A
 * paragraph that looks different where it stands gets the difference as direct formatting, so the
 * DOCX shows what the stylesheet says and a Word user can still restyle a whole class at once.
 */
final class Styles {
  /** A Word paragraph's properties, in Word's units (twips, half-points). */
  record Props(
      String align,
      int firstLine,
      int left,
      int right,
      int before,
      int after,
      int line,
      int size,
      boolean bold,
      boolean italic,
      boolean keepNext,
      boolean keepLines,
      String borders) {

    /**
     * The properties of a paragraph that fills a table cell: the cell's padding and borders are the
     * table's.
     */
    static Props ofCell(Style s, double width) {
      Props p = of(s, width);
      return new Props(
          p.align,
          p.firstLine,
          0,
          0,
          0,
          0,
          p.line,
          p.size,
          p.bold,
          p.italic,
          p.keepNext,
          p.keepLines,
          "");
    }

    static Props of(Style s, double width) {
      double left = s.length("margin-left", width);
      double right = s.length("margin-right", width);
      if (s.raw("width").isPresent() && (s.auto("margin-left") || s.auto("margin-right"))) {
        left = right = Math.max(0, (width - s.length("width", width)) / 2);
      }
      return new Props(
          jc(s.textAlign()),
          twips(s.length("text-indent", width)),
          twips(left),
          twips(right),
          twips(s.length("margin-top", width)),
          twips(s.length("margin-bottom", width)),
          (int) Math.round(240 * s.lineSpacing()),
          (int) Math.round(s.fontSize() * 2),
          s.bold(),
          s.italic(),
          s.keepWithNext(),
          s.keepTogether(),
          Styles.borders(s, width));
    }

    /** The paragraph properties, all of them, or those that differ from {@code base}. */
    String pPr(Props base) {
      StringBuilder p = new StringBuilder();
      if (keepNext && (base == null || !base.keepNext)) {
        p.append("<w:keepNext/>");
      } else if (!keepNext && base != null && base.keepNext) {
        p.append("<w:keepNext w:val=\"0\"/>");
      }
      if (keepLines && (base == null || !base.keepLines)) {
        p.append("<w:keepLines/>");
      } else if (!keepLines && base != null && base.keepLines) {
        p.append("<w:keepLines w:val=\"0\"/>");
      }
      if (!borders.isEmpty() && (base == null || !borders.equals(base.borders))) {
        p.append("<w:pBdr>").append(borders).append("</w:pBdr>");
      }
      if (base == null || before != base.before || after != base.after || line != base.line) {
        p.append("<w:spacing w:before=\"")
            .append(before)
            .append("\" w:after=\"")
            .append(after)
            .append("\" w:line=\"")
            .append(line)
            .append("\" w:lineRule=\"auto\"/>");
      }
      if (base == null || firstLine != base.firstLine || left != base.left || right != base.right) {
        p.append("<w:ind w:left=\"")
            .append(left)
            .append("\" w:right=\"")
            .append(right)
            .append("\" w:firstLine=\"")
            .append(Math.max(0, firstLine))
            .append("\"/>");
      }
      if (base == null || !align.equals(base.align)) {
        p.append("<w:jc w:val=\"").append(align).append("\"/>");
      }
      return p.toString();
    }

    /** The run properties of the style itself. */
    String rPr() {
      return (bold ? "<w:b/><w:bCs/>" : "")
          + (italic ? "<w:i/><w:iCs/>" : "")
          + "<w:sz w:val=\""
          + size
          + "\"/><w:szCs w:val=\""
          + size
          + "\"/>";
    }
  }

  private final Map<String, Props> paragraphs = new LinkedHashMap<>();
  private final Map<String, Integer> outline = new LinkedHashMap<>();
  private final Style pageNumber;
  private final Style gridCell;
  private final Style layoutCell;

  private Styles(Style pageNumber, Style gridCell, Style layoutCell) {
    this.pageNumber = pageNumber;
    this.gridCell = gridCell;
    this.layoutCell = layoutCell;
  }

  /** The styles of {@code document}: each paragraph class as it first appears. */
  static Styles of(XhtmlDocument document, Stylesheet sheet, double width) {
    Element grid = first(document.body(), "td", "grid");
    Element layout = first(document.body(), "td", "layout");
    Styles styles =
        new Styles(
            sheet.page("", false).number().orElse(sheet.style(document.body())),
            grid == null ? sheet.style(document.body()) : sheet.style(grid),
            layout == null ? sheet.style(document.body()) : sheet.style(layout));
    styles.collect(document.body(), sheet, width);
    styles.paragraphs.putIfAbsent("text", Props.of(sheet.style(document.body()), width));
    styles.paragraphs.putIfAbsent("table-text", Props.ofCell(styles.gridCell, width));
    return styles;
  }

  private void collect(Element e, Stylesheet sheet, double width) {
    String key = key(e);
    if (key != null && !paragraphs.containsKey(key)) {
      boolean cell = key.equals("table-text") || key.equals("table-header");
      Style style = sheet.styleOfFirstClass(e);
      paragraphs.put(key, cell ? Props.ofCell(style, width) : Props.of(style, width));
      if (key.matches("h[1-9]")) {
        // Word's navigation pane lists headings by outline level: I. is level 1, 1. level 2 …
        outline.put(key, key.charAt(1) - '1');
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        collect(child, sheet, width);
      }
    }
  }

  /** The style an element's paragraph takes, or null for an element that is no paragraph. */
  static String key(Element e) {
    String name = e.getLocalName();
    if (name.equals("p")) {
      String c = firstClass(e);
      return c.isEmpty() ? "text" : c;
    }
    if (name.equals("th")) {
      return "table-header";
    }
    if (name.equals("td") && inGrid(e)) {
      return "table-text";
    }
    if (name.equals("div") && XhtmlDocument.hasClass(e, "rule")) {
      return "rule";
    }
    return null;
  }

  private static boolean inGrid(Element cell) {
    for (Node n = cell.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
      if (e.getLocalName().equals("table")) {
        return XhtmlDocument.hasClass(e, "grid");
      }
    }
    return false;
  }

  private static Element first(Element e, String tag, String tableClass) {
    if (e.getLocalName().equals(tag)) {
      for (Node n = e.getParentNode(); n instanceof Element t; n = n.getParentNode()) {
        if (t.getLocalName().equals("table")) {
          return XhtmlDocument.hasClass(t, tableClass) ? e : null;
        }
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        Element found = first(child, tag, tableClass);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  static String firstClass(Element e) {
    String c = e.getAttribute("class").strip();
    int space = c.indexOf(' ');
    return space < 0 ? c : c.substring(0, space);
  }

  /** The properties of the named style {@code key} ("text" when there is none such). */
  Props props(String key) {
    Props p = paragraphs.get(key);
    return p != null ? p : paragraphs.get("text");
  }

  /** "place-date" → "KH Place Date". */
  static String name(String cssClass) {
    StringBuilder n = new StringBuilder("KH");
    for (String part : cssClass.split("-")) {
      if (!part.isEmpty()) {
        n.append(' ')
            .append(part.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(part.substring(1));
      }
    }
    return n.toString();
  }

  /** "place-date" → "KHPlaceDate", the style's id. */
  static String id(String cssClass) {
    return IDS.computeIfAbsent(cssClass, c -> name(c).replace(" ", ""));
  }

  /** The ids of the classes met so far: a template has a few dozen, its cells thousands. */
  private static final Map<String, String> IDS = new ConcurrentHashMap<>();

  private static int twips(double points) {
    return (int) Math.round(points * 20);
  }

  /** Word's eighths of a point for a border's width. */
  private static int eighths(double points) {
    return Math.max(2, (int) Math.round(points * 8));
  }

  private static String jc(String align) {
    return switch (align) {
      case "center" -> "center";
      case "right" -> "right";
      case "justify" -> "both";
      default -> "left";
    };
  }

  private static String borders(Style s, double width) {
    StringBuilder b = new StringBuilder();
    for (String side : new String[] {"top", "left", "bottom", "right"}) {
      double w = s.border(side);
      if (w > 0) {
        b.append("<w:")
            .append(side)
            .append(" w:val=\"single\" w:sz=\"")
            .append(eighths(w))
            .append("\" w:space=\"")
            .append(Math.round(s.length("padding-" + side, width)))
            .append("\" w:color=\"000000\"/>");
      }
    }
    return b.toString();
  }

  /** A table's cell margins, from its cells' padding. */
  private static String cellMargins(Style cell) {
    StringBuilder m = new StringBuilder("<w:tblCellMar>");
    for (String side : new String[] {"top", "left", "bottom", "right"}) {
      m.append("<w:")
          .append(side)
          .append(" w:w=\"")
          .append(twips(cell.length("padding-" + side, 0)))
          .append("\" w:type=\"dxa\"/>");
    }
    return m.append("</w:tblCellMar>").toString();
  }

  private String tableBorders(Style cell) {
    StringBuilder s = new StringBuilder("<w:tblBorders>");
    for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      String css =
          switch (side) {
            case "insideH" -> "top";
            case "insideV" -> "left";
            default -> side;
          };
      double w = cell.border(css);
      s.append("<w:").append(side);
      if (w > 0) {
        s.append(" w:val=\"single\" w:sz=\"")
            .append(eighths(w))
            .append("\" w:space=\"0\" w:color=\"000000\"/>");
      } else {
        s.append(" w:val=\"nil\"/>");
      }
    }
    return s.append("</w:tblBorders>").toString();
  }

  /**
   * The styles part: document defaults in the body's font and size with widow control on, the table
   * styles, then each paragraph style.
   */
  String xml(String font, Style body) {
    Props defaults = Props.of(body, 0);
    StringBuilder s = new StringBuilder();
    s.append("<w:styles xmlns:w=\"").append(Wml.W).append("\">");
    s.append("<w:docDefaults><w:rPrDefault><w:rPr>")
        .append(fonts(font))
        .append("<w:sz w:val=\"")
        .append(defaults.size())
        .append("\"/><w:szCs w:val=\"")
        .append(defaults.size())
        .append("\"/><w:lang w:val=\"vi-VN\"/>")
        .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>")
        .append(body.orphans() > 1 || body.widows() > 1 ? "<w:widowControl/>" : "")
        .append("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>")
        .append("</w:pPr></w:pPrDefault></w:docDefaults>");
    s.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">")
        .append("<w:name w:val=\"Normal\"/><w:qFormat/><w:rPr>")
        .append(fonts(font))
        .append("</w:rPr></w:style>");
    s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
        .append(
            "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>");
    s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">")
        .append(
            "<w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>")
        .append(cellMargins(layoutCell))
        .append("</w:tblPr></w:style>");
    s.append("<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"KHGrid\">")
        .append("<w:name w:val=\"KH Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr>")
        .append(tableBorders(gridCell))
        .append(cellMargins(gridCell))
        .append("</w:tblPr></w:style>");
    s.append("<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"KHLayout\">")
        .append("<w:name w:val=\"KH Layout\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr>")
        .append(tableBorders(layoutCell))
        .append("</w:tblPr></w:style>");
    for (Map.Entry<String, Props> e : paragraphs.entrySet()) {
      Props p = e.getValue();
      Integer level = outline.get(e.getKey());
      String pPr = p.pPr(null);
      if (level != null) {
        // outlineLvl comes last among the properties written here, as Word's schema orders them
        pPr += "<w:outlineLvl w:val=\"" + level + "\"/>";
      }
      s.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"")
          .append(id(e.getKey()))
          .append("\"><w:name w:val=\"")
          .append(name(e.getKey()))
          .append("\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>")
          .append(pPr)
          .append("</w:pPr><w:rPr>")
          .append(p.rPr())
          .append("</w:rPr></w:style>");
    }
    Props number = Props.of(pageNumber, 0);
    s.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"KHPageNumber\">")
        .append("<w:name w:val=\"KH Page Number\"/><w:basedOn w:val=\"Normal\"/>")
        .append("<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr>")
        .append(number.rPr())
        .append("</w:rPr></w:style>");
    s.append("</w:styles>");
    return s.toString();
  }

  private static String fonts(String font) {
    return "<w:rFonts w:ascii=\""
        + font
        + "\" w:hAnsi=\""
        + font
        + "\" w:cs=\""
        + font
        + "\" w:eastAsia=\""
        + font
        + "\"/>";
  }
}
