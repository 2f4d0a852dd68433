package kehoach.word;

import org.w3c.dom.Element;

/**
 * A paragraph's formatting while the style chain is applied: each {@code w:pPr} overrides what it
 * states. Lengths stay in Word's twentieths of a point until the paragraph is built.
 */
final class ParaFormat {
  String align = "left";
  int firstLine;
  int left;
  int line = 240;
  String lineRule = "auto";
  int before;
  int after;
  boolean keepNext;
  boolean keepLines;
  boolean pageBreakBefore;
  boolean bottomBorder;
  boolean topBorder;
  String numId = "";
  int ilvl = -1;

  ParaFormat copy() {
    ParaFormat c = new ParaFormat();
    c.align = align;
    c.firstLine = firstLine;
    c.left = left;
    c.line = line;
    c.lineRule = lineRule;
    c.before = before;
    c.after = after;
    c.keepNext = keepNext;
    c.keepLines = keepLines;
    c.pageBreakBefore = pageBreakBefore;
    c.bottomBorder = bottomBorder;
    c.topBorder = topBorder;
    c.numId = numId;
    c.ilvl = ilvl;
    return c;
  }

  /** Applies one level's {@code w:pPr} (null: nothing). */
  ParaFormat apply(Element pPr) {
    if (pPr == null) {
      return this;
    }
    String jc = Xml.val(pPr, "jc");
    if (!jc.isEmpty()) {
      align = alignment(jc);
    }
    indent(Xml.child(pPr, "ind"));
    spacing(Xml.child(pPr, "spacing"));
    Xml.onOff(pPr, "keepNext").ifPresent(v -> keepNext = v);
    Xml.onOff(pPr, "keepLines").ifPresent(v -> keepLines = v);
    Xml.onOff(pPr, "pageBreakBefore").ifPresent(v -> pageBreakBefore = v);
    Element borders = Xml.child(pPr, "pBdr");
    if (borders != null) {
      Element bottom = Xml.child(borders, "bottom");
      Element top = Xml.child(borders, "top");
      bottomBorder = bottom != null && visible(bottom);
      topBorder = top != null && visible(top);
    }
    Element num = Xml.child(pPr, "numPr");
    if (num != null) {
      String id = Xml.val(num, "numId");
      if (!id.isEmpty()) {
        numId = id;
      }
      String level = Xml.val(num, "ilvl");
      if (!level.isEmpty()) {
        ilvl = Integer.parseInt(level);
      } else if (ilvl < 0) {
        ilvl = 0;
      }
    }
    return this;
  }

  /** Whether a border element draws a line: any kind but none and nil. */
  static boolean visible(Element border) {
    String v = Xml.attr(border, "val");
    return !v.isEmpty() && !v.equals("none") && !v.equals("nil");
  }

  private static String alignment(String jc) {
    return switch (jc) {
      case "center" -> "center";
      case "right", "end" -> "right";
      case "both", "distribute", "thaiDistribute", "lowKashida", "mediumKashida", "highKashida" ->
          "both";
      default -> "left";
    };
  }

  private void indent(Element ind) {
    if (ind == null) {
      return;
    }
    left = Xml.integer(ind, "left", Xml.integer(ind, "start", left));
    if (!Xml.attr(ind, "hanging").isEmpty()) {
      firstLine = -Xml.integer(ind, "hanging", 0);
    } else if (!Xml.attr(ind, "firstLine").isEmpty()) {
      firstLine = Xml.integer(ind, "firstLine", 0);
    }
  }

  /** Word's "auto" spacing before and after, as it lays it out: 14 pt. */
  private static final int AUTO_SPACING = 280;

  private void spacing(Element s) {
    if (s == null) {
      return;
    }
    before = Xml.integer(s, "before", before);
    after = Xml.integer(s, "after", after);
    if (on(Xml.attr(s, "beforeAutospacing"))) {
      before = AUTO_SPACING;
    }
    if (on(Xml.attr(s, "afterAutospacing"))) {
      after = AUTO_SPACING;
    }
    if (!Xml.attr(s, "line").isEmpty()) {
      line = Xml.integer(s, "line", line);
      String rule = Xml.attr(s, "lineRule");
      lineRule = rule.isEmpty() ? "auto" : rule;
    }
  }

  private static boolean on(String v) {
    return v.equals("1") || v.equals("true") || v.equals("on");
  }

  /**
   * The line spacing as a multiple of single: auto spacing is stated in 240ths of a line; exact and
   * at-least spacing in points, read against a single line of the largest run (1.15 × its size).
   */
  double lineSpacing(double largestPt) {
    if (lineRule.equals("auto")) {
      return line / 240.0;
    }
    return (line / 20.0) / (1.15 * largestPt);
  }
}
