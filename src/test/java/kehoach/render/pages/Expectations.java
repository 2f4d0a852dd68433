package kehoach.render.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kehoach.document.XhtmlDocument;
import kehoach.model.PlanException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the document says each line of a page is, taken from the intermediate XHTML document both
 * writers render: a PDF is only text at places, and the checker needs to know which of that text is
 * a heading, a table's group row, the signature block or an appendix's first line.
 *
 * @param margins the portrait pages' margins ({@code kehoach.margins})
 * @param landscapeMargins the landscape pages' margins ({@code kehoach.landscape-margins})
 * @param headings the p.h1 … p.h6 paragraphs
 * @param groupRows the cells of each tr.group of a table.grid
 * @param signature the paragraphs of table.signature: Nơi nhận, the authority, the signer
 * @param appendices each div.appendix's name and title, in order
 * @param tableHeaders the text of table header cells, repeated at the top of a continued table
 * @param text the whole document's text, white space collapsed, to confirm what a line break cut
 */
record Expectations(
    Margins margins,
    Margins landscapeMargins,
    List<Heading> headings,
    List<List<String>> groupRows,
    List<String> signature,
    List<Appendix> appendices,
    Set<String> tableHeaders,
    String text) {

  /** Page margins in points. */
  record Margins(double top, double right, double bottom, double left) {
    /** {@code content="20 15 20 30"}: millimetres, in CSS order. */
    static Margins parse(String millimetres) {
      String[] mm = millimetres.strip().split("\\s+");
      if (mm.length != 4) {
        throw new IllegalArgumentException("margins are four lengths in mm: " + millimetres);
      }
      double[] pt = new double[4];
      for (int i = 0; i < 4; i++) {
        pt[i] = Double.parseDouble(mm[i]) / 25.4 * 72;
      }
      return new Margins(pt[0], pt[1], pt[2], pt[3]);
    }
  }

  /**
   * A heading paragraph.
   *
   * @param title its number and title (the label and title spans), what must not end a page
   * @param whole the whole paragraph, which may run on after the title
   * @param followed whether anything follows it in its part (the plan or its appendix): a heading
   *     with nothing after it may well end a page
   */
  record Heading(String title, String whole, boolean followed) {}

  /** An appendix's first two paragraphs: "PHỤ LỤC I" and its title. */
  record Appendix(String name, String title) {}

  static Expectations of(XhtmlDocument document) {
    Element body = document.body();
    return new Expectations(
        Margins.parse(document.meta("kehoach.margins")),
        Margins.parse(document.meta("kehoach.landscape-margins")),
        headings(body),
        groupRows(body),
        texts(elements(elements(body, "table", "signature"), "p", null)),
        appendices(body),
        tableHeaders(body),
        text(body));
  }

  /** The expectations of a saved XHTML document (a fixture). */
  static Expectations load(Path xhtml) throws IOException, PlanException {
    return of(XhtmlDocument.parse(Files.readString(xhtml, StandardCharsets.UTF_8)));
  }

  private static List<Heading> headings(Element body) {
    List<Heading> out = new ArrayList<>();
    for (Element p : elements(List.of(body), "p", null)) {
      if (p.getAttribute("class").matches("h[1-6]")) {
        out.add(new Heading(titlePart(p), text(p), followed(p)));
      }
    }
    return out;
  }

  /**
   * The paragraph's text up to the end of its last label or title span: "III. TỔ CHỨC THỰC HIỆN",
   * "9. Ủy ban nhân dân các huyện, thành phố:", or "a)" for a numbered paragraph without a title.
   */
  private static String titlePart(Element p) {
    StringBuilder out = new StringBuilder();
    int end = 0;
    for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
      append(n, out);
      if (n instanceof Element e && e.getAttribute("class").matches("(label|title)(-strong)?")) {
        end = out.length();
      }
    }
    return collapse(out.substring(0, end));
  }

  /** Whether text follows {@code e} before the end of the div (plan or appendix) holding it. */
  private static boolean followed(Element e) {
    for (Node n = e; n instanceof Element element; n = n.getParentNode()) {
      if (n != e && List.of("div", "body").contains(element.getLocalName())) {
        return false;
      }
      for (Node next = n.getNextSibling(); next != null; next = next.getNextSibling()) {
        if (!text(next).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<List<String>> groupRows(Element body) {
    List<List<String>> out = new ArrayList<>();
    for (Element tr : elements(elements(body, "table", "grid"), "tr", "group")) {
      out.add(texts(elements(List.of(tr), "td", null)));
    }
    return out;
  }

  private static List<Appendix> appendices(Element body) {
    List<Appendix> out = new ArrayList<>();
    for (Element div : elements(body, "div", "appendix")) {
      List<String> name = texts(elements(List.of(div), "p", "appendix-name"));
      List<String> title = texts(elements(List.of(div), "p", "appendix-title"));
      out.add(new Appendix(name.isEmpty() ? "" : name.get(0), title.isEmpty() ? "" : title.get(0)));
    }
    return out;
  }

  private static Set<String> tableHeaders(Element body) {
    Set<String> out = new LinkedHashSet<>();
    List<Element> grids = elements(body, "table", "grid");
    for (Element cell : elements(elements(grids, "thead", null), "th", null)) {
      out.add(text(cell));
    }
    for (Element cell : elements(elements(grids, "thead", null), "td", null)) {
      out.add(text(cell));
    }
    for (Element cell : elements(elements(grids, "tr", "column-numbers"), "td", null)) {
      out.add(text(cell));
    }
    out.remove("");
    return out;
  }

  /** Elements named {@code tag} (with {@code cls} among their classes, unless null) under roots. */
  private static List<Element> elements(List<Element> roots, String tag, String cls) {
    List<Element> out = new ArrayList<>();
    for (Element root : roots) {
      NodeList found = root.getElementsByTagNameNS(XhtmlDocument.XHTML, tag);
      for (int i = 0; i < found.getLength(); i++) {
        Element e = (Element) found.item(i);
        if (cls == null || List.of(e.getAttribute("class").split("\\s+")).contains(cls)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static List<Element> elements(Element root, String tag, String cls) {
    return elements(List.of(root), tag, cls);
  }

  private static List<String> texts(List<Element> elements) {
    List<String> out = new ArrayList<>();
    for (Element e : elements) {
      String t = text(e);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * A node's text with white space collapsed; a line break ({@code br}), a paragraph and a cell
   * count as a space, as they do in the extracted lines.
   */
  static String text(Node node) {
    StringBuilder out = new StringBuilder();
    append(node, out);
    return collapse(out.toString());
  }

  private static void append(Node node, StringBuilder out) {
    if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      out.append(node.getNodeValue());
      return;
    }
    if (node instanceof Element e) {
      if (e.getLocalName().equals("style") || e.getLocalName().equals("head")) {
        return;
      }
      boolean block = List.of("br", "p", "td", "th", "tr", "div").contains(e.getLocalName());
      if (block) {
        out.append(' ');
      }
      for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        append(n, out);
      }
      if (block) {
        out.append(' ');
      }
    }
  }

  private static String collapse(String text) {
    return PdfPages.nfc(text).replaceAll("[\\s\\u00a0]+", " ").strip();
  }
}
