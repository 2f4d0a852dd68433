package kehoach.pages;

/**
 * What a page shows, in points from the page's top left corner: text with its baseline, or a
 * straight line. Marks are listed in reading order, so text extracted from the page reads in order.
 */
public sealed interface Mark {
  /** A piece of text in one face and size, its baseline starting at (x, y). */
  record Text(String text, int face, double size, double x, double y) implements Mark {}

  /** A line from (x1, y1) to (x2, y2), {@code width} points thick. */
  record Stroke(double x1, double y1, double x2, double y2, double width) implements Mark {}

  /**
   * A clear area, {@code width} by {@code height} points with its top left corner at (x, y), that
   * shows nothing: a place the signing tools fill, as the signer's signature image (ô 7c) or the
   * agency's seal image (ô 8) of an electronic plan (NĐ 30 Phụ lục I). {@code name} is the name its
   * signature field takes ("ChuKyNguoiKy").
   */
  record Area(String name, double x, double y, double width, double height) implements Mark {}
}
