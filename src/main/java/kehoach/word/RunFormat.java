package kehoach.word;

import org.w3c.dom.Element;

/**
 * A run's formatting while the style chain is applied, level after level: each {@code w:rPr}
 * overrides what it states and leaves the rest. Toggle properties (bold, italic, caps) are taken as
 * the last level states them, which is what Word shows unless two styles toggle the same property,
 * a case plans do not have.
 */
final class RunFormat {
  /** Word's own size when nothing states one: 10 pt. */
  private static final int DEFAULT_HALF_POINTS = 20;

  /** Word's own font when no level names one. */
  String font = "Times New Roman";

  int halfPoints = DEFAULT_HALF_POINTS;
  boolean bold;
  boolean italic;
  boolean underline;
  boolean caps;
  boolean hidden;

  RunFormat copy() {
    RunFormat c = new RunFormat();
    c.font = font;
    c.halfPoints = halfPoints;
    c.bold = bold;
    c.italic = italic;
    c.underline = underline;
    c.caps = caps;
    c.hidden = hidden;
    return c;
  }

  /** Applies one level's {@code w:rPr} (null: nothing); theme fonts named through {@code theme}. */
  RunFormat apply(Element rPr, Theme theme) {
    if (rPr == null) {
      return this;
    }
    Element fonts = Xml.child(rPr, "rFonts");
    if (fonts != null) {
      String f = font(fonts, theme);
      if (!f.isEmpty()) {
        font = f;
      }
    }
    Element sz = Xml.child(rPr, "sz");
    if (sz != null) {
      halfPoints = Xml.integer(sz, "val", halfPoints);
    }
    Xml.onOff(rPr, "b").ifPresent(v -> bold = v);
    Xml.onOff(rPr, "i").ifPresent(v -> italic = v);
    Xml.onOff(rPr, "caps").ifPresent(v -> caps = v);
    Xml.onOff(rPr, "vanish").ifPresent(v -> hidden = v);
    Element u = Xml.child(rPr, "u");
    if (u != null) {
      String v = Xml.attr(u, "val");
      underline = !(v.equals("none") || v.equals("0") || v.equals("false"));
    }
    return this;
  }

  /**
   * The font a {@code w:rFonts} gives Latin text: ascii (or its theme), else hAnsi (or its theme).
   */
  private static String font(Element fonts, Theme theme) {
    for (String slot : new String[] {"ascii", "hAnsi"}) {
      String themed = Xml.attr(fonts, slot + "Theme");
      if (!themed.isEmpty()) {
        return theme.font(themed);
      }
      String named = Xml.attr(fonts, slot);
      if (!named.isEmpty()) {
        return named;
      }
    }
    return "";
  }

  WordRun run(String text) {
    return new WordRun(text, font, halfPoints / 2.0, bold, italic, underline, caps);
  }
}
