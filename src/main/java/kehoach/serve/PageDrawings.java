package kehoach.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import kehoach.document.XhtmlDocument;
import kehoach.pages.Mark;
import kehoach.pages.Page;
import kehoach.pages.PageLayout;

/**
 * The laid-out pages as what to draw, for the live preview: the PDF's pages (the same layout
 * decides both), each piece of text with its face, size and baseline, each rule with its ends and
 * width, in points from the page's top left corner. The page draws them on a canvas in the bundled
 * font, which it loads once, instead of a PDF parsed and rasterised again on every keystroke.
 */
final class PageDrawings {
  private PageDrawings() {}

  /**
   * One page.
   *
   * @param width its width in points
   * @param height its height in points
   * @param number its number as printed, or "" on a page that shows none
   * @param text each piece of text: [face (0 regular, 1 bold, 2 italic, 3 bold italic), size, x, y
   *     of the baseline, the text]
   * @param lines each rule: [x1, y1, x2, y2, width]
   * @param key a digest of what the page shows: a page whose key has not changed need not be drawn
   *     again
   */
  record Drawing(
      double width,
      double height,
      String number,
      List<Object[]> text,
      List<double[]> lines,
      String key) {}

  static List<Drawing> of(XhtmlDocument document) {
    List<Drawing> drawings = new ArrayList<>();
    for (Page page : PageLayout.pages(document)) {
      drawings.add(drawing(page));
    }
    return drawings;
  }

  private static Drawing drawing(Page page) {
    List<Object[]> text = new ArrayList<>();
    List<double[]> lines = new ArrayList<>();
    StringBuilder content = new StringBuilder();
    for (Mark m : page.marks()) {
      if (m instanceof Mark.Text t) {
        text.add(new Object[] {t.face(), round(t.size()), round(t.x()), round(t.y()), t.text()});
      } else if (m instanceof Mark.Stroke s) {
        lines.add(
            new double[] {
              round(s.x1()), round(s.y1()), round(s.x2()), round(s.y2()), round(s.width())
            });
      }
      content.append(m).append('\n');
    }
    double width = page.style().width();
    double height = page.style().height();
    content.append(width).append(' ').append(height).append(' ').append(page.number());
    return new Drawing(round(width), round(height), page.number(), text, lines, digest(content));
  }

  /** To a hundredth of a point: finer than any screen shows. */
  private static double round(double points) {
    return Math.round(points * 100) / 100.0;
  }

  private static String digest(CharSequence content) {
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256")
              .digest(content.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
