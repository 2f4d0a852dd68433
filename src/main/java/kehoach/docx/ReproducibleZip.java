package kehoach.docx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.document.Reproducible;

/**
 * Rewrites a package as docx4j saved it so that it is the same byte for byte every time, on every
 * JDK and thread: entries in the order docx4j wrote them, every entry stamped with the document's
 * timestamp ({@link Reproducible#zip}), docx4j's comments dropped, and the namespace declarations
 * on each part's root element (which JAXB writes in an order that changes from run to run) sorted.
 */
final class ReproducibleZip {
  private static final Pattern ROOT =
      Pattern.compile("<(?!\\?)([A-Za-z0-9:]+)((?:\\s+[^\\s=>/]+=\"[^\"]*\")*)\\s*(/?)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=]+)=\"([^\"]*)\"");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  private ReproducibleZip() {}

  static byte[] rewrite(byte[] docx, Instant timestamp) throws IOException {
    return Reproducible.zip(docx, timestamp, ReproducibleZip::part);
  }

  /** A part's content as it is to be stored: XML parts settled, anything else as it is. */
  private static byte[] part(String name, byte[] content) {
    if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
      return content;
    }
    String xml = new String(content, StandardCharsets.UTF_8);
    return sortRootNamespaces(withoutComments(xml)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The XML without its comments. docx4j puts one into {@code word/document.xml} naming its own
   * version, the JAXB implementation, the Java version and the operating system, which made the
   * same document differ from one JDK to another; and the version it reads is set up without a
   * lock, so a JVM's first documents made on two threads at once named "docx4j null". A comment
   * means nothing to Word, and kehoach writes none: text and attribute values are escaped, so
   * {@code <!--} only ever starts a comment.
   */
  static String withoutComments(String xml) {
    return COMMENT.matcher(xml).replaceAll("");
  }

  /**
   * The root element's namespace declarations in order of their prefixes; other attributes after.
   */
  static String sortRootNamespaces(String xml) {
    Matcher root = ROOT.matcher(xml);
    if (!root.find()) {
      return xml;
    }
    List<String> namespaces = new ArrayList<>();
    List<String> others = new ArrayList<>();
    Matcher a = ATTRIBUTE.matcher(root.group(2));
    while (a.find()) {
      (a.group(1).startsWith("xmlns") ? namespaces : others).add(a.group());
    }
    namespaces.sort(null);
    StringBuilder tag = new StringBuilder("<").append(root.group(1));
    namespaces.forEach(n -> tag.append(' ').append(n));
    others.forEach(o -> tag.append(' ').append(o));
    tag.append(root.group(3)).append('>');
    return xml.substring(0, root.start()) + tag + xml.substring(root.end());
  }
}
