package kehoach.document;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The document every writer renders: XHTML with a class for each part of the decree's layout. */
public final class XhtmlDocument {
  public static final String XHTML = "http://www.w3.org/1999/xhtml";

  private final Document dom;
  private final String source;

  /** What the writers read from the head, found on first asking ({@link #head()}). */
  private Head head;

  /** The document's stylesheet, made on first asking ({@link #stylesheet()}). */
  private Stylesheet stylesheet;

  /**
   * The text of the {@code <style>} elements, one after the other, and each {@code <meta>} name's
   * first content, in the document's order.
   */
  private record Head(String css, Map<String, String> metas, String title) {}

  private XhtmlDocument(Document dom, String source) {
    this.dom = dom;
    this.source = source;
  }

  /**
   * Parses the layout's output. A template that produced malformed XHTML is the office's mistake,
   * reported with the line of the output.
   */
  public static XhtmlDocument parse(String xhtml) throws PlanException {
    try {
      DocumentBuilder builder = PARSER.get();
      builder.reset();
      builder.setErrorHandler(null);
      return new XhtmlDocument(builder.parse(new InputSource(new StringReader(xhtml))), xhtml);
    } catch (SAXParseException e) {
      throw new PlanException(
          new Problem(
              new Location("the templates' output", e.getLineNumber(), e.getColumnNumber()),
              "",
              "is not well-formed XHTML: " + e.getMessage()));
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("the XML parser failed", e);
    }
  }

  /**
   * Sets up the XML parser's classes (the factory found and configured, a small document parsed),
   * so that the first real parse, on whichever thread, does not: see {@code Renderer.prepare}.
   */
  public static void prepare() {
    try {
      parse(
          "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title/></head><body><p>a</p></body></html>");
    } catch (PlanException e) {
      throw new IllegalStateException("a fixed document did not parse", e);
    }
  }

  /**
   * A parser for each thread, set up once and reset before each document: finding the factory (a
   * search of the class path for another provider of it) and setting up a parser each time were a
   * third of a parse, 4 % of a warm model -> PDF (issue 14). The JDK's own parser, as the search
   * found: no other on kehoach's class path.
   */
  private static final ThreadLocal<DocumentBuilder> PARSER =
      ThreadLocal.withInitial(XhtmlDocument::parser);

  private static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      // Every node is read by the writers: built at once, rather than kept twice, in the parser's
      // tables and again as nodes once read (a 10,000-row plan in -Xmx256m, issue 14).
      f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser could not be set up", e);
    }
  }

  /**
   * A document of its own for another thread: a DOM is not safe to read from two threads at once.
   */
  public XhtmlDocument copy() {
    try {
      return parse(source);
    } catch (PlanException e) {
      throw new IllegalStateException("a document that parsed once fails to parse again", e);
    }
  }

  /** The XHTML text the document was parsed from. */
  public String source() {
    return source;
  }

  public Document dom() {
    return dom;
  }

  public Element body() {
    NodeList bodies = dom.getElementsByTagNameNS(XHTML, "body");
    return (Element) bodies.item(0);
  }

  /**
   * The value of the first {@code <meta name="NAME" content="…">}, or empty text: looked up in what
   * one walk of the document found ({@link #head()}), since a search of its own per name walked the
   * whole document for a name it does not have.
   */
  public String meta(String name) {
    return head().metas().getOrDefault(name, "");
  }

  /** The text of the document's first {@code <title>}, stripped; empty text without one. */
  public String title() {
    return head().title();
  }

  /**
   * The text of all the document's {@code <style>} elements, each followed by a line end: the CSS
   * of its {@link Stylesheet}.
   */
  public String css() {
    return head().css();
  }

  /**
   * The document's one stylesheet, with the styles it has worked out for its elements: the page
   * layout and then the DOCX writer, which writes the document that was laid out, ask it for the
   * same elements' styles, and each once made its own and matched every element again (issue 14).
   * Like the DOM, it is for one thread at a time ({@link #copy()} gives another thread its own).
   */
  public Stylesheet stylesheet() {
    if (stylesheet == null) {
      stylesheet = Stylesheet.parse(css());
    }
    return stylesheet;
  }

  /**
   * The styles and meta lines, found in one walk of the document the first time either is asked
   * for: the page layout and each writer ask for the stylesheet and several meta lines, and each
   * search of a node list walked the whole document, for a large table several times a render
   * (issue 14). The document is not changed once parsed, so the answer holds.
   */
  private Head head() {
    if (head == null) {
      StringBuilder css = new StringBuilder();
      Map<String, String> metas = new HashMap<>();
      List<String> titles = new ArrayList<>();
      find(dom.getDocumentElement(), css, metas, titles);
      head = new Head(css.toString(), Map.copyOf(metas), titles.isEmpty() ? "" : titles.get(0));
    }
    return head;
  }

  private static void find(
      Element element, StringBuilder css, Map<String, String> metas, List<String> titles) {
    if (XHTML.equals(element.getNamespaceURI())) {
      if (element.getLocalName().equals("title")) {
        titles.add(element.getTextContent().strip());
      } else if (element.getLocalName().equals("style")) {
        css.append(element.getTextContent()).append('\n');
      } else if (element.getLocalName().equals("meta")) {
        metas.putIfAbsent(element.getAttribute("name"), element.getAttribute("content"));
      }
    }
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        find(child, css, metas, titles);
      }
    }
  }

  /**
   * The characters of {@code element} as a reader reads them: a {@code <br/>} is a line break
   * ("\n"), and the source's own line ends are white space like any other (" ").
   */
  public static String text(Element element) {
    StringBuilder text = new StringBuilder();
    collect(element, text);
    return text.toString();
  }

  private static void collect(Node parent, StringBuilder text) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals("br")) {
        text.append('\n');
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(n.getNodeValue().replace('\n', ' '));
      } else {
        collect(n, text);
      }
    }
  }

  /** Whether {@code element} has {@code className} among its classes. */
  public static boolean hasClass(Element element, String className) {
    // Scanned by hand, not split with a regular expression: this runs for every rule and element.
    String classes = element.getAttribute("class");
    int n = className.length();
    for (int at = classes.indexOf(className); at >= 0; at = classes.indexOf(className, at + 1)) {
      boolean startsWord = at == 0 || isSpace(classes.charAt(at - 1));
      boolean endsWord = at + n == classes.length() || isSpace(classes.charAt(at + n));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }

  /** CSS's white space in a class list ({@code \\s} of a regular expression). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }
}
