package kehoach.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The document's one stylesheet: the CSS in its {@code <style>} element, which the templates write
 * and both writers read. It understands the part of CSS a plan needs: type selectors, classes and
 * descendant combinators; the properties of {@link Style}; and {@code @page} rules with a name, a
 * {@code :first} pseudo-class and a {@code @top-center} box for the page number.
 */
public final class Stylesheet {
  /** Properties a child takes from its parent when it does not set them itself (as in CSS). */
  private static final Set<String> INHERITED =
      Set.of(
          "font-family",
          "font-size",
          "font-weight",
          "font-style",
          "line-height",
          "text-align",
          "text-indent",
          "white-space",
          "color",
          "widows",
          "orphans");

  private final List<Rule> rules;
  private final Map<String, Map<String, String>> pages;
  // By identity, as elements are: one probe of a flat table, where a HashMap of every element of
  // a large table's document followed a node per look-up (issue 14).
  private final Map<Element, Alike> alikeOf = new IdentityHashMap<>();
  private final Map<Alike, Alike> kinds = new HashMap<>();

  /** One rule: a selector of simple selectors joined by descendant combinators. */
  private record Rule(List<Simple> selector, Map<String, String> declarations, int order) {
    int specificity() {
      int s = 0;
      for (Simple simple : selector) {
        s += simple.classes().size() * 100 + (simple.tag().isEmpty() ? 0 : 1);
      }
      return s;
    }
  }

  /** {@code tag.class1.class2}; an empty tag matches any element. */
  private record Simple(String tag, List<String> classes) {
    boolean matches(Element e) {
      if (!tag.isEmpty() && !tag.equals(e.getLocalName())) {
        return false;
      }
      for (String c : classes) {
        if (!XhtmlDocument.hasClass(e, c)) {
          return false;
        }
      }
      return true;
    }
  }

  private Stylesheet(List<Rule> rules, Map<String, Map<String, String>> pages) {
    this.rules = rules;
    this.pages = pages;
  }

  /**
   * The stylesheet of {@code document}: the text of all its {@code <style>} elements, parsed once
   * per document ({@link XhtmlDocument#stylesheet()}).
   */
  public static Stylesheet of(XhtmlDocument document) {
    return document.stylesheet();
  }

  /**
   * The rules and pages of the stylesheets parsed lately, by their text: every plan of a batch, and
   * every render of a server, has the same templates' CSS, and parsing it again was 3 % of a warm
   * model → PDF (issue 14). What is kept is only read after parsing; the table of elements is each
   * document's own.
   */
  private static final Map<String, Stylesheet> PARSED =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Stylesheet> eldest) {
          return size() > 8;
        }
      };

  /** The longest CSS text that is kept parsed: the bundled templates' is about 6,000 characters. */
  private static final int KEPT_LENGTH = 65_536;

  /** Parses CSS text. What it does not understand it leaves out, as a browser does. */
  public static Stylesheet parse(String css) {
    Stylesheet parsed;
    synchronized (PARSED) {
      parsed = PARSED.get(css);
    }
    if (parsed == null) {
      parsed = parseText(css);
      if (css.length() <= KEPT_LENGTH) {
        synchronized (PARSED) {
          PARSED.put(css, parsed);
        }
      }
    }
    return new Stylesheet(parsed.rules, parsed.pages);
  }

  private static Stylesheet parseText(String css) {
    List<Rule> rules = new ArrayList<>();
    Map<String, Map<String, String>> pages = new LinkedHashMap<>();
    String text = css.replaceAll("(?s)/\\*.*?\\*/", " ");
    int at = 0;
    while (true) {
      int open = text.indexOf('{', at);
      if (open < 0) {
        break;
      }
      String prelude = text.substring(at, open).strip();
      int close = matching(text, open);
      String block = text.substring(open + 1, close);
      at = close + 1;
      if (prelude.startsWith("@page")) {
        page(prelude.substring(5).strip(), block, pages);
      } else if (!prelude.startsWith("@")) {
        Map<String, String> declarations = declarations(block);
        for (String selector : prelude.split(",")) {
          rules.add(new Rule(selector(selector), declarations, rules.size()));
        }
      }
    }
    return new Stylesheet(List.copyOf(rules), Collections.unmodifiableMap(pages));
  }

  private static int matching(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return text.length() - 1;
  }

  /**
   * An {@code @page} rule, kept under its name ("" for the default page, ":first" appended for its
   * first page); a margin box inside it is kept under the page's name plus " @top-center".
   */
  private static void page(String name, String block, Map<String, Map<String, String>> pages) {
    String key = name.replaceAll("\\s+", "");
    StringBuilder own = new StringBuilder();
    int at = 0;
    while (true) {
      int box = block.indexOf('@', at);
      if (box < 0) {
        own.append(block.substring(at));
        break;
      }
      int open = block.indexOf('{', box);
      int close = matching(block, open);
      own.append(block, at, box);
      String boxName = block.substring(box, open).strip();
      pages.put(key + " " + boxName, declarations(block.substring(open + 1, close)));
      at = close + 1;
    }
    pages.put(key, declarations(own.toString()));
  }

  private static List<Simple> selector(String text) {
    List<Simple> out = new ArrayList<>();
    for (String part : text.strip().split("\\s+")) {
      String[] pieces = part.split("\\.");
      String tag = pieces[0].equals("*") ? "" : pieces[0].toLowerCase(Locale.ROOT);
      List<String> classes = new ArrayList<>();
      for (int i = 1; i < pieces.length; i++) {
        classes.add(pieces[i]);
      }
      out.add(new Simple(tag, List.copyOf(classes)));
    }
    return List.copyOf(out);
  }

  /** {@code a: b; c: d} with shorthands (margin, padding, border) expanded. */
  static Map<String, String> declarations(String block) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String declaration : block.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = declaration.substring(colon + 1).strip();
      switch (name) {
        case "margin", "padding" -> sides(name, "", value, out);
        case "border" -> {
          for (String side : List.of("top", "right", "bottom", "left")) {
            out.put("border-" + side, value);
          }
        }
        default -> out.put(name, value);
      }
    }
    return out;
  }

  /** {@code margin: 1 2 3 4} as margin-top, margin-right, margin-bottom, margin-left. */
  private static void sides(String name, String suffix, String value, Map<String, String> out) {
    String[] v = value.split("\\s+");
    String top = v[0];
    String right = v.length > 1 ? v[1] : top;
    String bottom = v.length > 2 ? v[2] : top;
    String left = v.length > 3 ? v[3] : right;
    out.put(name + "-top" + suffix, top);
    out.put(name + "-right" + suffix, right);
    out.put(name + "-bottom" + suffix, bottom);
    out.put(name + "-left" + suffix, left);
  }

  /** The style of {@code element}: the rules that match it, its style attribute, inheritance. */
  public Style style(Element element) {
    Alike alike = alike(element);
    if (alike.computed == null) {
      alike.computed = compute(element);
    }
    return alike.computed;
  }

  /**
   * What decides an element's style: its name, classes and style attribute, and the same of each of
   * its ancestors, since selectors here are types, classes and descendants only and inheritance
   * follows the ancestors. Elements alike in this share one style, so the rules are matched once
   * per kind of element, not once per element: a paragraph of a hundred thousand dates and amounts
   * (each a {@code span.nobreak}) or a table of ten thousand rows (each {@code tr > td > p}) then
   * matches them a handful of times (issue 14).
   */
  private Alike alike(Element element) {
    Alike known = alikeOf.get(element);
    if (known == null) {
      Alike parent = element.getParentNode() instanceof Element p ? alike(p) : null;
      known =
          kinds.computeIfAbsent(
              new Alike(
                  parent,
                  element.getLocalName(),
                  element.getAttribute("class"),
                  element.getAttribute("style")),
              k -> k);
      alikeOf.put(element, known);
    }
    return known;
  }

  /**
   * An element's name, classes and style attribute, and its parent's {@code Alike}: one instance
   * for all elements alike ({@link #kinds}), holding their style once worked out.
   */
  private static final class Alike {
    private Style computed;
    private final Alike parent;
    private final String tag;
    private final String classes;
    private final String style;
    private final int hash;

    Alike(Alike parent, String tag, String classes, String style) {
      this.parent = parent;
      this.tag = tag;
      this.classes = classes;
      this.style = style;
      this.hash = Objects.hash(parent, tag, classes, style);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Alike a
          && hash == a.hash
          && Objects.equals(tag, a.tag)
          && classes.equals(a.classes)
          && style.equals(a.style)
          && parent == a.parent; // parents are the one instance of their kind
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * The style {@code element} would have with its first class alone, where it stands: the look of
   * its class, without what a second class adds (a Word style is made from it).
   */
  public Style styleOfFirstClass(Element element) {
    String classes = element.getAttribute("class");
    String first = classes.strip().split("\\s+")[0];
    if (first.equals(classes.strip())) {
      return style(element);
    }
    element.setAttribute("class", first);
    try {
      return compute(element);
    } finally {
      element.setAttribute("class", classes);
    }
  }

  private Style compute(Element element) {
    Map<String, String> values = new HashMap<>();
    Node parent = element.getParentNode();
    if (parent instanceof Element p) {
      Style inherited = style(p);
      for (String name : INHERITED) {
        inherited.raw(name).ifPresent(v -> values.put(name, v));
      }
    }
    List<Rule> matching = new ArrayList<>();
    for (Rule r : rules) {
      if (matches(r.selector(), element)) {
        matching.add(r);
      }
    }
    matching.sort(
        (a, b) ->
            a.specificity() != b.specificity()
                ? Integer.compare(a.specificity(), b.specificity())
                : Integer.compare(a.order(), b.order()));
    for (Rule r : matching) {
      values.putAll(r.declarations());
    }
    values.putAll(declarations(element.getAttribute("style")));
    return new Style(values, parent instanceof Element p ? style(p).fontSize() : 12);
  }

  private static boolean matches(List<Simple> selector, Element element) {
    int i = selector.size() - 1;
    if (!selector.get(i).matches(element)) {
      return false;
    }
    i--;
    for (Node n = element.getParentNode();
        i >= 0 && n instanceof Element e;
        n = n.getParentNode()) {
      if (selector.get(i).matches(e)) {
        i--;
      }
    }
    return i < 0;
  }

  /**
   * The page called {@code name} ("" for the default), its first page when {@code first}: size,
   * margins and whether the number is shown. A first page takes what it does not set from its page.
   */
  public PageStyle page(String name, boolean first) {
    Map<String, String> values = new HashMap<>(pages.getOrDefault("", Map.of()));
    values.putAll(pages.getOrDefault(name, Map.of()));
    Map<String, String> number = new HashMap<>(pages.getOrDefault(" @top-center", Map.of()));
    number.putAll(pages.getOrDefault(name + " @top-center", Map.of()));
    if (first) {
      values.putAll(pages.getOrDefault(name + ":first", Map.of()));
      number.putAll(pages.getOrDefault(name + ":first @top-center", Map.of()));
    }
    return PageStyle.of(new Style(values, 12), new Style(number, 12));
  }

  /** Whether a page called {@code name} is declared. */
  public boolean hasPage(String name) {
    return pages.containsKey(name);
  }

  /** Geometry and numbering of a page, in points. */
  public record PageStyle(
      double width,
      double height,
      double top,
      double right,
      double bottom,
      double left,
      Optional<Style> number) {
    static PageStyle of(Style page, Style number) {
      String[] size = page.raw("size").orElse("210mm 297mm").split("\\s+");
      double w = Style.length(size[0], 12, 0);
      double h = size.length > 1 ? Style.length(size[1], 12, 0) : w;
      if (size.length == 1 && size[0].equals("landscape")) {
        w = Style.length("297mm", 12, 0);
        h = Style.length("210mm", 12, 0);
      }
      boolean numbered = number.raw("content").map(c -> c.contains("counter(page)")).orElse(false);
      return new PageStyle(
          w,
          h,
          page.length("margin-top", 0),
          page.length("margin-right", 0),
          page.length("margin-bottom", 0),
          page.length("margin-left", 0),
          numbered ? Optional.of(number) : Optional.empty());
    }

    public double textWidth() {
      return width - left - right;
    }

    public double textHeight() {
      return height - top - bottom;
    }

    public boolean landscape() {
      return width > height;
    }
  }
}
