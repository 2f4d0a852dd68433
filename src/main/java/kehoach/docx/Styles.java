package kehoach.docx;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Word styles, one per class of the intermediate document: "KH Agency" for {@code p.agency},
 * and so on. Sizes follow NĐ 30 and the templates' CSS.
 */
final class Styles {
  /**
   * One paragraph style.
   *
   * @param align left, center, right or both (justified)
   * @param firstLine first-line indent in twips
   * @param size font size in points
   * @param before space before in points
   */
  record Style(
      String name,
      String align,
      int firstLine,
      double size,
      boolean bold,
      boolean italic,
      double before) {}

  static final Map<String, Style> PARAGRAPHS = new LinkedHashMap<>();

  static {
    add("agency-parent", "center", 0, 13, false, false, 0);
    add("agency", "center", 0, 13, true, false, 0);
    add("nation", "center", 0, 13, true, false, 0);
    add("motto", "center", 0, 14, true, false, 0);
    add("number", "center", 0, 13, false, false, 6);
    add("place-date", "center", 0, 14, false, true, 6);
    add("draft", "center", 0, 14, true, false, 0);
    add("document-name", "center", 0, 14, true, false, 18);
    add("document-title", "center", 0, 14, true, false, 0);
    add("basis", "both", 567, 14, false, false, 6);
    add("h1", "both", 567, 14, true, false, 6);
    add("h2", "both", 567, 14, false, false, 6);
    add("h3", "both", 567, 14, false, false, 6);
    add("h4", "both", 567, 14, false, false, 6);
    add("h5", "both", 567, 14, false, false, 6);
    add("h6", "both", 567, 14, false, false, 6);
    add("text", "both", 567, 14, false, false, 6);
    add("bullet1", "both", 567, 14, false, false, 6);
    add("bullet2", "both", 567, 14, false, false, 6);
    add("bullet3", "both", 567, 14, false, false, 6);
    add("closing", "both", 567, 14, false, false, 6);
    add("recipients-label", "left", 0, 12, true, true, 6);
    add("recipient", "left", 0, 11, false, false, 0);
    add("authority", "center", 0, 14, true, false, 0);
    add("signer-title", "center", 0, 14, true, false, 0);
    add("signer-name", "center", 0, 14, true, false, 85);
    add("appendix-name", "center", 0, 14, true, false, 0);
    add("appendix-title", "center", 0, 14, true, false, 0);
    add("appendix-attached", "center", 0, 13, false, true, 0);
    add("unit-line", "right", 0, 13, false, true, 6);
    add("words-line", "center", 0, 14, false, true, 6);
    add("rule", "center", 0, 2, false, false, 4);
    add("table-text", "left", 0, 12, false, false, 0);
    add("table-header", "center", 0, 12, true, false, 0);
  }

  /** DỰ THẢO stands in a box, centred, about 3.5 cm wide. */
  private static final String DRAFT_BOX =
      "<w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/>"
          + "<w:left w:val=\"single\" w:sz=\"8\" w:space=\"4\" w:color=\"000000\"/>"
          + "<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/>"
          + "<w:right w:val=\"single\" w:sz=\"8\" w:space=\"4\" w:color=\"000000\"/></w:pBdr>"
          + "<w:ind w:left=\"3600\" w:right=\"3600\"/>";

  private Styles() {}

  private static void add(
      String cssClass,
      String align,
      int firstLine,
      double size,
      boolean bold,
      boolean italic,
      double before) {
    PARAGRAPHS.put(
        cssClass, new Style(name(cssClass), align, firstLine, size, bold, italic, before));
  }

  /** "place-date" → "KH Place Date". */
  static String name(String cssClass) {
    StringBuilder n = new StringBuilder("KH");
    for (String part : cssClass.split("-")) {
      n.append(' ').append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
    }
    return n.toString();
  }

  /** "place-date" → "KHPlaceDate", the style's id. */
  static String id(String cssClass) {
    return name(cssClass).replace(" ", "");
  }

  /** The styles part: document defaults in Times New Roman 14 pt, then each style. */
  static String xml(String font) {
    StringBuilder s = new StringBuilder();
    s.append("<w:styles xmlns:w=\"").append(Wml.W).append("\">");
    s.append("<w:docDefaults><w:rPrDefault><w:rPr>")
        .append(fonts(font))
        .append("<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\"/>")
        .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>")
        .append("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>")
        .append("</w:pPr></w:pPrDefault></w:docDefaults>");
    s.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">")
        .append("<w:name w:val=\"Normal\"/><w:qFormat/><w:rPr>")
        .append(fonts(font))
        .append("<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>");
    s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
        .append(
            "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>");
    s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">")
        .append(
            "<w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>")
        .append(
            "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>")
        .append(
            "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>")
        .append("</w:tblPr></w:style>");
    s.append("<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"KHGrid\">")
        .append(
            "<w:name w:val=\"KH Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>");
    for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      s.append("<w:")
          .append(side)
          .append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
    }
    s.append(
            "</w:tblBorders><w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"57\" w:type=\"dxa\"/>")
        .append(
            "<w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>")
        .append("</w:tblPr></w:style>");
    s.append("<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"KHLayout\">")
        .append(
            "<w:name w:val=\"KH Layout\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>");
    for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      s.append("<w:").append(side).append(" w:val=\"nil\"/>");
    }
    s.append("</w:tblBorders></w:tblPr></w:style>");
    for (Map.Entry<String, Style> e : PARAGRAPHS.entrySet()) {
      Style st = e.getValue();
      s.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"")
          .append(id(e.getKey()))
          .append("\"><w:name w:val=\"")
          .append(st.name())
          .append("\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>")
          .append("<w:spacing w:before=\"")
          .append(Math.round(st.before() * 20))
          .append("\" w:after=\"0\"/>")
          .append(e.getKey().equals("draft") ? DRAFT_BOX : "")
          .append(st.firstLine() > 0 ? "<w:ind w:firstLine=\"" + st.firstLine() + "\"/>" : "")
          .append("<w:jc w:val=\"")
          .append(st.align())
          .append("\"/></w:pPr><w:rPr>")
          .append(st.bold() ? "<w:b/><w:bCs/>" : "")
          .append(st.italic() ? "<w:i/><w:iCs/>" : "")
          .append("<w:sz w:val=\"")
          .append(Math.round(st.size() * 2))
          .append("\"/><w:szCs w:val=\"")
          .append(Math.round(st.size() * 2))
          .append("\"/></w:rPr></w:style>");
    }
    s.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"KHPageNumber\">")
        .append("<w:name w:val=\"KH Page Number\"/><w:basedOn w:val=\"Normal\"/>")
        .append(
            "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"26\"/></w:rPr></w:style>");
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
