package kehoach.document;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The computed style of one element, as both writers read it. Lengths come back in points; the
 * meaning of each property is CSS's, with two readings of Word's kept where CSS has none: {@code
 * line-height: normal} is Word's single spacing (the font's own line height) and a number is a
 * multiple of it, as Word's "multiple" line spacing is.
 */
public final class Style {
  private static final double POINTS_PER_MM = 72 / 25.4;

  /**
   * CSS lengths as written ("13pt", "1.5em"), parsed once per JVM: a stylesheet has a few dozen and
   * the page layout asks for them for every element and line (issue 14). Bounded, since style
   * attributes come from the model.
   */
  private static final Map<String, Length> LENGTHS = new ConcurrentHashMap<>();

  private static final int MAX_LENGTHS = 4096;

  private final Map<String, String> values;
  private final double parentFontSize;

  /**
   * What was worked out from {@link #values} already: the stylesheet shares one {@code Style} among
   * all elements alike, so each is worked out once per document, not per element and call.
   */
  private volatile double fontSize = Double.NaN;

  private final Map<String, Double> borders = new ConcurrentHashMap<>();

  Style(Map<String, String> values, double parentFontSize) {
    this.values = Map.copyOf(values);
    this.parentFontSize = parentFontSize;
  }

  /** A property's value as written, if set or inherited. */
  public Optional<String> raw(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The font size in points. */
  public double fontSize() {
    double size = fontSize;
    if (Double.isNaN(size)) {
      String v = values.get("font-size");
      size = v == null ? 12.0 : length(v, parentFontSize, parentFontSize);
      fontSize = size;
    }
    return size;
  }

  public boolean bold() {
    String w = raw("font-weight").orElse("normal");
    return w.equals("bold")
        || w.equals("bolder")
        || (w.length() == 3 && w.charAt(0) >= '6' && w.charAt(0) <= '9' && w.endsWith("00"));
  }

  public boolean italic() {
    String s = raw("font-style").orElse("normal");
    return s.equals("italic") || s.equals("oblique");
  }

  /** left, center, right or justify. */
  public String textAlign() {
    return raw("text-align").orElse("left");
  }

  /** A length property in points; percentages are of {@code base}. */
  public double length(String name, double base) {
    String v = values.get(name);
    return v == null ? 0.0 : length(v, fontSize(), base);
  }

  /** Whether a margin is {@code auto}: the box is centred. */
  public boolean auto(String name) {
    return raw(name).map(v -> v.equals("auto")).orElse(false);
  }

  /** The line height as a multiple of single spacing. */
  public double lineSpacing() {
    String v = raw("line-height").orElse("normal");
    if (v.equals("normal")) {
      return 1;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Whether lines may break inside the element's text. */
  public boolean wraps() {
    String v = raw("white-space").orElse("normal");
    return !v.equals("nowrap") && !v.equals("pre");
  }

  /** Whether runs of spaces are kept as written. */
  public boolean keepsSpaces() {
    String v = raw("white-space").orElse("normal");
    return v.equals("pre-wrap") || v.equals("pre");
  }

  /** {@code page-break-after: avoid}: kept on the page of what follows (Word's keep with next). */
  public boolean keepWithNext() {
    return raw("page-break-after").orElse("auto").equals("avoid");
  }

  /** {@code page-break-before: avoid}: kept on the page of what precedes. */
  public boolean keepWithPrevious() {
    return raw("page-break-before").orElse("auto").equals("avoid");
  }

  /** {@code page-break-before: always}. */
  public boolean breakBefore() {
    return raw("page-break-before").orElse("auto").equals("always");
  }

  /** {@code page-break-inside: avoid}: kept on one page (Word's keep lines together). */
  public boolean keepTogether() {
    return raw("page-break-inside").orElse("auto").equals("avoid");
  }

  /** The fewest lines of a paragraph left at the foot of a page (CSS orphans). */
  public int orphans() {
    return integer("orphans", 2);
  }

  /** The fewest lines of a paragraph carried to the top of a page (CSS widows). */
  public int widows() {
    return integer("widows", 2);
  }

  private int integer(String name, int otherwise) {
    try {
      return raw(name).map(Integer::parseInt).orElse(otherwise);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** A border side ("top", "left" …): its width in points, zero when there is none. */
  public double border(String side) {
    return borders.computeIfAbsent(side, this::borderWidth);
  }

  private double borderWidth(String side) {
    String v = raw("border-" + side).orElse("none");
    if (v.contains("none") || v.contains("hidden")) {
      return 0;
    }
    for (String part : v.strip().split("\\s+")) {
      if (!part.isEmpty() && (Character.isDigit(part.charAt(0)) || part.charAt(0) == '.')) {
        return length(part, fontSize(), 0);
      }
    }
    return v.contains("solid") ? 0.75 : 0;
  }

  /** The vertical alignment of a table cell's content: top, middle or bottom. */
  public String verticalAlign() {
    return raw("vertical-align").orElse("top");
  }

  /** The named page the element asks for, if any. */
  public Optional<String> page() {
    return raw("page").filter(p -> !p.equals("auto"));
  }

  /** Whether the element starts its page numbers at 1 again. */
  public boolean restartsPageNumbers() {
    return raw("-fs-page-sequence").orElse("").equals("start")
        || raw("counter-reset").orElse("").contains("page");
  }

  /**
   * A CSS length in points: pt, mm, cm, in, px (at 96 per inch), em (of {@code fontSize}), % (of
   * {@code base}); a bare number is points.
   */
  public static double length(String text, double fontSize, double base) {
    Length parsed = LENGTHS.get(text);
    if (parsed == null) {
      parsed = Length.parse(text);
      if (LENGTHS.size() < MAX_LENGTHS) {
        LENGTHS.put(text, parsed);
      }
    }
    return parsed.points(fontSize, base);
  }

  /**
   * A length as written, parsed: points when {@code unit} is 'p', else a number of ems ('e') or
   * percent ('%') to be resolved against the font size or the base.
   */
  private record Length(double number, char unit) {
    static Length parse(String text) {
      String v = text.strip().toLowerCase(Locale.ROOT);
      try {
        if (v.endsWith("pt")) {
          return new Length(Double.parseDouble(v.substring(0, v.length() - 2)), 'p');
        } else if (v.endsWith("mm")) {
          return new Length(
              Double.parseDouble(v.substring(0, v.length() - 2)) * POINTS_PER_MM, 'p');
        } else if (v.endsWith("cm")) {
          return new Length(
              Double.parseDouble(v.substring(0, v.length() - 2)) * 10 * POINTS_PER_MM, 'p');
        } else if (v.endsWith("in")) {
          return new Length(Double.parseDouble(v.substring(0, v.length() - 2)) * 72, 'p');
        } else if (v.endsWith("px")) {
          return new Length(Double.parseDouble(v.substring(0, v.length() - 2)) * 0.75, 'p');
        } else if (v.endsWith("em")) {
          return new Length(Double.parseDouble(v.substring(0, v.length() - 2)), 'e');
        } else if (v.endsWith("%")) {
          return new Length(Double.parseDouble(v.substring(0, v.length() - 1)), '%');
        }
        return new Length(Double.parseDouble(v), 'p');
      } catch (NumberFormatException e) {
        return new Length(0, 'p');
      }
    }

    double points(double fontSize, double base) {
      return switch (unit) {
        case 'e' -> number * fontSize;
        case '%' -> number * base / 100;
        default -> number;
      };
    }
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
