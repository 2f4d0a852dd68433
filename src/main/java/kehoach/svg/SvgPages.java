package kehoach.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kehoach.document.XhtmlDocument;
import kehoach.pages.Mark;
import kehoach.pages.Page;
import kehoach.pages.PageLayout;

/**
 * Writes each page of a document as an SVG image in points, its text in classes {@code f0} to
 * {@code f3} (regular, bold, italic, bold italic: the page's stylesheet maps them to the bundled
 * font's faces). Each piece of text is placed where the PDF places it; the browser must only not
 * kern or ligate it, since the PDF does neither.
 */
public final class SvgPages {
  private SvgPages() {}

  /** One laid-out page: its size in points, its printed number (or ""), its SVG. */
  public record SvgPage(double width, double height, String number, String svg) {}

  /** The document's pages, laid out as the PDF's. */
  public static List<SvgPage> of(XhtmlDocument document) {
    List<SvgPage> pages = new ArrayList<>();
    for (Page page : PageLayout.pages(document)) {
      pages.add(new SvgPage(page.style().width(), page.style().height(), page.number(), svg(page)));
    }
    return pages;
  }

  static String svg(Page page) {
    StringBuilder s = new StringBuilder(8192);
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sheet\" xml:space=\"preserve\"")
        .append(" viewBox=\"0 0 ")
        .append(number(page.style().width()))
        .append(' ')
        .append(number(page.style().height()))
        .append("\">");
    for (Mark m : page.marks()) {
      if (m instanceof Mark.Text t) {
        s.append("<text class=\"f")
            .append(t.face())
            .append("\" x=\"")
            .append(number(t.x()))
            .append("\" y=\"")
            .append(number(t.y()))
            .append("\" font-size=\"")
            .append(number(t.size()))
            .append("\">");
        escape(t.text(), s);
        s.append("</text>");
      } else if (m instanceof Mark.Stroke l) {
        s.append("<line x1=\"")
            .append(number(l.x1()))
            .append("\" y1=\"")
            .append(number(l.y1()))
            .append("\" x2=\"")
            .append(number(l.x2()))
            .append("\" y2=\"")
            .append(number(l.y2()))
            .append("\" stroke-width=\"")
            .append(number(l.width()))
            .append("\"/>");
      }
    }
    return s.append("</svg>").toString();
  }

  /** A coordinate to a hundredth of a point, in ASCII digits, without trailing zeros. */
  private static String number(double value) {
    String s = String.format(Locale.ROOT, "%.2f", value);
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    String trimmed = s.substring(0, end);
    return trimmed.equals("-0") ? "0" : trimmed;
  }

  private static void escape(String text, StringBuilder s) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        default -> s.append(c);
      }
    }
  }
}
