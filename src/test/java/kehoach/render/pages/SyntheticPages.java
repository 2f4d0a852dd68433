package kehoach.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes pdftotext {@code -bbox-layout} XML for made-up pages, so that a test can show the checker
 * a page exactly as it wants: a clean one, or one with a single fault. Words are laid out at half
 * the type size per character, which is near enough Liberation Serif for boxes.
 */
final class SyntheticPages {
  static final double A4_WIDTH = 595.28;
  static final double A4_HEIGHT = 841.89;

  private final List<String> pages = new ArrayList<>();
  private StringBuilder page;

  /** Starts an A4 portrait page. */
  SyntheticPages page() {
    return page(A4_WIDTH, A4_HEIGHT);
  }

  SyntheticPages page(double width, double height) {
    close();
    page = new StringBuilder();
    page.append(
        String.format(
            Locale.ROOT, "<page width=\"%.6f\" height=\"%.6f\">\n<flow><block>\n", width, height));
    return this;
  }

  /**
   * A line of 14 pt text whose first word starts at {@code x} and whose box starts at {@code y}.
   */
  SyntheticPages line(double x, double y, String text) {
    return line(x, y, 14, text);
  }

  SyntheticPages line(double x, double y, double size, String text) {
    double height = 0.9 * size;
    page.append("<line>\n");
    double at = x;
    for (String word : text.split(" ")) {
      double width = 0.5 * size * word.length();
      page.append(
          String.format(
              Locale.ROOT,
              "<word xMin=\"%.6f\" yMin=\"%.6f\" xMax=\"%.6f\" yMax=\"%.6f\">%s</word>\n",
              at,
              y,
              at + width,
              y + height,
              escape(word)));
      at += width + 0.25 * size;
    }
    page.append("</line>\n");
    return this;
  }

  /** The page number, top centre over the text area of an A4 page with 30 and 15 mm margins. */
  SyntheticPages number(int n) {
    return line(316, 28, 13, Integer.toString(n));
  }

  /** Lines of body text from {@code y} down, 16.8 pt apart, as a 14 pt paragraph. */
  SyntheticPages paragraph(double y, String... lines) {
    for (int i = 0; i < lines.length; i++) {
      line(i == 0 ? 113.4 : 85.1, y + 16.8 * i, lines[i]);
    }
    return this;
  }

  private void close() {
    if (page != null) {
      page.append("</block></flow>\n</page>\n");
      pages.add(page.toString());
      page = null;
    }
  }

  String xml() {
    close();
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title></title></head><body>\n<doc>\n"
        + String.join("", pages)
        + "</doc>\n</body></html>\n";
  }

  PdfPages parse(String name) {
    return PdfPages.parse(xml(), name, 1, true);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
