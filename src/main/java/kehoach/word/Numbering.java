package kehoach.word;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * numbering.xml and the counts so far: the label Word's automatic numbering prints before each
 * listed paragraph ("1.", "a)", "-"). Counts are kept per list ({@code w:numId}) and level; using a
 * level restarts the levels below it. Letters are Word's (a, b, c, d, e), not the Vietnamese order,
 * because the label is what the reader sees on the page.
 */
final class Numbering {
  private final Map<String, Element> abstracts = new HashMap<>();
  private final Map<String, Element> nums = new HashMap<>();
  private final Map<String, int[]> counts = new HashMap<>();

  /** The lists of {@code root} ({@code w:numbering}; null for a document without one). */
  Numbering(Element root) {
    for (Element a : Xml.children(root, "abstractNum")) {
      abstracts.put(Xml.attr(a, "abstractNumId"), a);
    }
    for (Element n : Xml.children(root, "num")) {
      nums.put(Xml.attr(n, "numId"), n);
    }
  }

  /** The level {@code ilvl} of list {@code numId}, an override first, or null. */
  Element level(String numId, int ilvl) {
    Element num = nums.get(numId);
    if (num == null || ilvl < 0) {
      return null;
    }
    for (Element o : Xml.children(num, "lvlOverride")) {
      if (Xml.integer(o, "ilvl", -1) == ilvl && Xml.child(o, "lvl") != null) {
        return Xml.child(o, "lvl");
      }
    }
    Element abs = abstracts.get(Xml.val(num, "abstractNumId"));
    for (Element lvl : Xml.children(abs, "lvl")) {
      if (Xml.integer(lvl, "ilvl", -1) == ilvl) {
        return lvl;
      }
    }
    return null;
  }

  /** Counts one more paragraph of list {@code numId} at {@code ilvl}; its label, or "". */
  String next(String numId, int ilvl) {
    Element lvl = level(numId, ilvl);
    if (lvl == null || ilvl > 8) {
      return "";
    }
    int[] count = counts.computeIfAbsent(numId, k -> new int[9]);
    count[ilvl] = count[ilvl] == 0 ? start(numId, ilvl) : count[ilvl] + 1;
    for (int deeper = ilvl + 1; deeper < count.length; deeper++) {
      count[deeper] = 0;
    }
    return label(numId, Xml.val(lvl, "lvlText"), count, ilvl);
  }

  private int start(String numId, int ilvl) {
    Element num = nums.get(numId);
    for (Element o : Xml.children(num, "lvlOverride")) {
      if (Xml.integer(o, "ilvl", -1) == ilvl && Xml.child(o, "startOverride") != null) {
        return Xml.integer(Xml.child(o, "startOverride"), "val", 1);
      }
    }
    return Xml.integer(Xml.child(level(numId, ilvl), "start"), "val", 1);
  }

  /** {@code lvlText} with each %n replaced by level n's count in that level's format. */
  private String label(String numId, String text, int[] count, int ilvl) {
    if (Xml.val(level(numId, ilvl), "numFmt").equals("bullet")) {
      return bullet(text);
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
        int lvl = text.charAt(++i) - '1';
        if (lvl >= 0 && lvl < count.length) {
          int n = Math.max(count[lvl], lvl == ilvl ? 1 : start(numId, lvl));
          s.append(format(n, Xml.val(level(numId, lvl), "numFmt")));
        }
      } else {
        s.append(c);
      }
    }
    return s.toString().strip();
  }

  /** A bullet as printed: symbol-font characters (U+F0xx) read as "•", others as they are. */
  private static String bullet(String text) {
    if (text.isEmpty()) {
      return "•";
    }
    if (text.chars().anyMatch(c -> c >= 0xF000 && c <= 0xF0FF)) {
      return "•";
    }
    return text.strip().isEmpty() ? "•" : text.strip();
  }

  /** {@code n} in Word's format {@code fmt}. */
  static String format(int n, String fmt) {
    return switch (fmt) {
      case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
      case "upperLetter" -> letters(n);
      case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
      case "upperRoman" -> roman(n);
      case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
      case "none" -> "";
      default -> Integer.toString(n);
    };
  }

  /** Word's letters: A … Z, then AA … ZZ, then AAA. */
  private static String letters(int n) {
    if (n <= 0) {
      return "";
    }
    char c = (char) ('A' + (n - 1) % 26);
    return String.valueOf(c).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    if (n <= 0 || n >= 4000) {
      return Integer.toString(n);
    }
    return kehoach.vi.RomanNumerals.of(n);
  }
}
