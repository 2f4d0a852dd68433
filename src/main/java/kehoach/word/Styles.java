package kehoach.word;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * styles.xml: the document defaults and the styles by id, so that a paragraph's or a run's
 * effective formatting can be built as Word builds it: document defaults, then the table's style,
 * then the paragraph style's chain (each {@code w:basedOn} first), then the run's character style
 * chain, then direct formatting.
 */
final class Styles {
  /** A chain longer than this is a loop or a broken file: Word itself stops far sooner. */
  private static final int MAX_CHAIN = 32;

  private final Map<String, Element> byId = new HashMap<>();
  private final Map<String, String> defaults = new HashMap<>();
  private final Element runDefaults;
  private final Element paragraphDefaults;
  private final Theme theme;

  /** The styles of {@code root} ({@code w:styles}; null for a document without a styles part). */
  Styles(Element root, Theme theme) {
    this.theme = theme;
    Element docDefaults = Xml.child(root, "docDefaults");
    runDefaults = Xml.child(Xml.child(docDefaults, "rPrDefault"), "rPr");
    paragraphDefaults = Xml.child(Xml.child(docDefaults, "pPrDefault"), "pPr");
    for (Element style : Xml.children(root, "style")) {
      String id = Xml.attr(style, "styleId");
      byId.put(id, style);
      String def = Xml.attr(style, "default");
      if (def.equals("1") || def.equals("true")) {
        defaults.putIfAbsent(Xml.attr(style, "type"), id);
      }
    }
  }

  Theme theme() {
    return theme;
  }

  /**
   * The style {@code id}, or the default style of {@code type} when {@code id} is "" or unknown.
   */
  String resolve(String id, String type) {
    if (!id.isEmpty() && byId.containsKey(id)) {
      return id;
    }
    return defaults.getOrDefault(type, "");
  }

  /** A style's name as Word shows it ("Heading 1"), or "". */
  String name(String id) {
    String name = Xml.val(byId.get(id), "name");
    if (name.matches("heading \\d")) {
      return "H" + name.substring(1);
    }
    return name;
  }

  /** The chain of {@code id}, the root ({@code basedOn} ancestors) first and {@code id} last. */
  List<Element> chain(String id) {
    Deque<Element> chain = new ArrayDeque<>();
    String at = id;
    while (!at.isEmpty() && byId.containsKey(at) && chain.size() < MAX_CHAIN) {
      Element style = byId.get(at);
      if (chain.contains(style)) {
        break;
      }
      chain.addFirst(style);
      at = Xml.val(style, "basedOn");
    }
    return List.copyOf(chain);
  }

  /** The run formatting the document defaults give. */
  RunFormat runDefaults() {
    return new RunFormat().apply(runDefaults, theme);
  }

  /** The paragraph formatting the document defaults give. */
  ParaFormat paragraphDefaults() {
    return new ParaFormat().apply(paragraphDefaults);
  }

  /** Applies the {@code w:rPr} of each style of {@code id}'s chain to {@code f}. */
  RunFormat applyRuns(RunFormat f, String id) {
    for (Element style : chain(id)) {
      f.apply(Xml.child(style, "rPr"), theme);
    }
    return f;
  }

  /** Applies the {@code w:pPr} of each style of {@code id}'s chain to {@code f}. */
  ParaFormat applyParagraphs(ParaFormat f, String id) {
    for (Element style : chain(id)) {
      f.apply(Xml.child(style, "pPr"));
    }
    return f;
  }

  /** The {@code w:tblPr} of each style of a table style's chain, root first. */
  List<Element> tableProperties(String id) {
    return chain(id).stream().map(s -> Xml.child(s, "tblPr")).filter(e -> e != null).toList();
  }
}
