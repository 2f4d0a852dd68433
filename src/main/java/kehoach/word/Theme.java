package kehoach.word;

import org.w3c.dom.Element;

/**
 * The theme's two fonts, which a run names as {@code minorHAnsi}, {@code majorAscii} and the like
 * rather than by name. Without a theme part, a themed font reads as "theme minor font" or "theme
 * major font", so that a check for Times New Roman still finds it wanting.
 */
record Theme(String major, String minor) {
  static final Theme NONE = new Theme("", "");

  /** The theme's fonts, from the {@code a:theme} root of theme1.xml (null: none). */
  static Theme of(Element theme) {
    if (theme == null) {
      return NONE;
    }
    return new Theme(latin(theme, "majorFont"), latin(theme, "minorFont"));
  }

  private static String latin(Element theme, String which) {
    for (Element f : Xml.descendants(theme, Xml.A, which)) {
      for (Element l : Xml.descendants(f, Xml.A, "latin")) {
        return l.getAttribute("typeface");
      }
    }
    return "";
  }

  /** The font a theme slot such as {@code minorHAnsi} stands for. */
  String font(String slot) {
    boolean isMajor = slot.startsWith("major");
    String name = isMajor ? major : minor;
    if (!name.isEmpty()) {
      return name;
    }
    return isMajor ? "theme major font" : "theme minor font";
  }
}
