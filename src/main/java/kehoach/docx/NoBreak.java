package kehoach.docx;

/**
 * Keeps a unit on one line in Word and in LibreOffice: a date (26/9/2023), a document symbol
 * (36/QĐ-TTg, 30/2020/NĐ-CP, 14-NQ/TU, Số: 05/KH-UBND), a number (74.580.000, 7,5%) or a range of
 * years (2021 - 2030, 2022-2030).
 *
 * <p>Both programs break a line after a hyphen-minus and at a space, and neither breaks after a
 * slash or inside a number (measured with LibreOffice 7.4; Word breaks only at spaces and after
 * hyphens). So inside a unit each hyphen is written as Word's non-breaking hyphen ({@code
 * <w:noBreakHyphen/>}, which ECMA-376 §17.3.3.18 draws with the hyphen-minus glyph and LibreOffice
 * reads as U+2011 and prints as a hyphen-minus), and each space as a no-break space (U+00A0),
 * except the space after the dash of "2021 - 2030", where the line may still break. Everything else
 * is written as it is. {@link DocxWriter} writes through it the text of elements whose style does
 * not wrap (units the stylesheet marks unbreakable).
 */
final class NoBreak {
  static final char NO_BREAK_SPACE = '\u00A0';

  private NoBreak() {}

  /**
   * One {@code <w:r>} with {@code runProperties} ({@code <w:rPr>…</w:rPr>} or empty) holding {@code
   * text}, in which no line can break: hyphens as Word's non-breaking hyphen, spaces as no-break
   * spaces.
   */
  static String run(String text, String runProperties) {
    StringBuilder xml = new StringBuilder("<w:r>").append(runProperties);
    StringBuilder pending = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-') {
        text(xml, pending);
        xml.append("<w:noBreakHyphen/>");
      } else if (c == ' ') {
        pending.append(NO_BREAK_SPACE);
      } else {
        pending.append(c);
      }
    }
    text(xml, pending);
    return xml.append("</w:r>").toString();
  }

  private static void text(StringBuilder xml, StringBuilder pending) {
    if (pending.length() > 0) {
      xml.append("<w:t xml:space=\"preserve\">")
          .append(Wml.escape(pending.toString()))
          .append("</w:t>");
      pending.setLength(0);
    }
  }
}
