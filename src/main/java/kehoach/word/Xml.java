package kehoach.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The few DOM steps the reader takes over WordprocessingML: children in the {@code w:} namespace,
 * their {@code w:} attributes, on/off properties and Word's units. The reader walks the parts' DOM
 * rather than POI's generated beans because effective formatting needs every level of the style
 * chain read the same way, and the beans differ from one property to the next.
 */
final class Xml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  static final String VML = "urn:schemas-microsoft-com:vml";

  /** Twentieths of a point in a millimetre's worth: 1440 per inch, 25.4 mm per inch. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;

  private Xml() {}

  /** Whether {@code n} is the element {@code w:local}. */
  static boolean is(Node n, String local) {
    return n instanceof Element e
        && W.equals(e.getNamespaceURI())
        && local.equals(e.getLocalName());
  }

  /** The element children of {@code e}, in order. */
  static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    if (e == null) {
      return out;
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) {
        out.add(child);
      }
    }
    return out;
  }

  /** The children {@code w:local} of {@code e}. */
  static List<Element> children(Element e, String local) {
    return children(e).stream().filter(c -> is(c, local)).toList();
  }

  /** The first child {@code w:local} of {@code e}, or null (also when {@code e} is null). */
  static Element child(Element e, String local) {
    if (e == null) {
      return null;
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (is(c, local)) {
        return (Element) c;
      }
    }
    return null;
  }

  /** The attribute {@code w:local} of {@code e}, or "" when absent or when {@code e} is null. */
  static String attr(Element e, String local) {
    return e == null ? "" : e.getAttributeNS(W, local);
  }

  /** {@code w:val} of the child {@code w:local} of {@code e}, or "". */
  static String val(Element e, String local) {
    return attr(child(e, local), "val");
  }

  /**
   * An on/off property such as {@code w:b}: present without a value, or with true/1/on, is on;
   * false/0/off is off; absent says nothing.
   */
  static Optional<Boolean> onOff(Element props, String local) {
    Element p = child(props, local);
    if (p == null) {
      return Optional.empty();
    }
    String v = attr(p, "val");
    return Optional.of(!(v.equals("false") || v.equals("0") || v.equals("off")));
  }

  /** A whole number attribute, or {@code fallback} when absent or not a number. */
  static int integer(Element e, String local, int fallback) {
    String v = attr(e, local);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      return (int) Math.round(Double.parseDouble(v));
    } catch (NumberFormatException ex) {
      return fallback;
    }
  }

  /** Twentieths of a point to millimetres. */
  static double mm(int twips) {
    return twips / TWIPS_PER_MM;
  }

  /**
   * Every descendant of {@code e} (itself excluded) in namespace {@code ns} named {@code local}.
   */
  static List<Element> descendants(Element e, String ns, String local) {
    List<Element> out = new ArrayList<>();
    var list = e.getElementsByTagNameNS(ns, local);
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }
}
