package kehoach.word;

import java.util.Set;
import org.w3c.dom.Element;

/**
 * Whether a drawing is a line: Word draws the rules under the agency, the Tiêu ngữ and the trích
 * yếu as a line or connector shape (DrawingML, with a VML copy for older readers), often of zero
 * height.
 */
final class Shapes {
  private static final Set<String> LINE_SHAPES =
      Set.of("line", "straightConnector1", "lineInv", "bentConnector2", "bentConnector3");

  /** The VML shape type of Word's straight connector. */
  private static final String VML_CONNECTOR = "_x0000_t32";

  private Shapes() {}

  /** Whether {@code drawing} ({@code w:drawing}, {@code w:pict} or an alternate) holds a line. */
  static boolean hasLine(Element drawing) {
    for (Element g : Xml.descendants(drawing, Xml.A, "prstGeom")) {
      if (LINE_SHAPES.contains(g.getAttribute("prst"))) {
        return true;
      }
    }
    String wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    for (Element extent : Xml.descendants(drawing, wp, "extent")) {
      if (flat(extent.getAttribute("cx"), extent.getAttribute("cy"))) {
        return true;
      }
    }
    if (!Xml.descendants(drawing, Xml.VML, "line").isEmpty()) {
      return true;
    }
    for (Element shape : Xml.descendants(drawing, Xml.VML, "shape")) {
      String style = shape.getAttribute("style").replace(" ", "");
      if (shape.getAttribute("type").contains(VML_CONNECTOR)
          || style.contains("height:0;")
          || style.endsWith("height:0")) {
        return true;
      }
    }
    for (Element rect : Xml.descendants(drawing, Xml.VML, "rect")) {
      if (rect.getAttributeNS("urn:schemas-microsoft-com:office:office", "hr").startsWith("t")) {
        return true;
      }
    }
    return false;
  }

  /** Whether an extent is a horizontal line: some width, (next to) no height. */
  private static boolean flat(String cx, String cy) {
    try {
      long w = Long.parseLong(cx);
      long h = Long.parseLong(cy);
      return w > 0 && h * 50 <= w;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
