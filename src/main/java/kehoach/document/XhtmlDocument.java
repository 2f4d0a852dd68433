package kehoach.document;

import java.io.IOException;
import java.io.StringReader;
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
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      // Every node is read by the writers: built at once, rather than kept twice, in the parser's
      // tables and again as nodes once read (a 10,000-row plan in -Xmx256m, issue 14).
      f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      return new XhtmlDocument(builder.parse(new InputSource(new StringReader(xhtml))), xhtml);
    } catch (SAXParseException e) {
      throw new PlanException(
          new Problem(
              new Location("the templates' output", e.getLineNumber(), e.getColumnNumber()),
              "",
              "is not well-formed XHTML: " + e.getMessage()));
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser failed", e);
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
   * The value of {@code <meta name="NAME" content="…">}, or empty text. The search stops at the
   * first match, in the head: asking a node list its length walks the whole document, which for a
   * paragraph of a hundred thousand units made each call as slow as the document is long.
   */
  public String meta(String name) {
    NodeList metas = dom.getElementsByTagNameNS(XHTML, "meta");
    for (int i = 0; metas.item(i) instanceof Element m; i++) {
      if (name.equals(m.getAttribute("name"))) {
        return m.getAttribute("content");
      }
    }
    return "";
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
