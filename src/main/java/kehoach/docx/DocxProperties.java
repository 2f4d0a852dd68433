package kehoach.docx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import kehoach.document.Reproducible;
import kehoach.document.XhtmlDocument;
import org.w3c.dom.NodeList;

/**
 * What Word shows under File › Info and how it opens the document: the core properties (title,
 * subject, author, created and modified, language) from the document's {@code kehoach.*} meta
 * lines, stamped with the document's own time ({@link Reproducible#timestamp}), never the clock;
 * and the compatibility mode of the current Word (15, Word 2013 and later), so that Word does not
 * open the file in compatibility mode ({@link DocxPackage#SETTINGS_XML} declares it).
 */
final class DocxProperties {
  /** The mode Word 2013 and every later Word write; without it Word assumes Word 2007's (12). */
  static final String COMPATIBILITY_MODE = "15";

  private DocxProperties() {}

  /**
   * The properties a document declares: {@code <meta name="kehoach.title">} (else the {@code
   * <title>} element), {@code kehoach.subject}, {@code kehoach.author}, the root element's {@code
   * lang}, its timestamp, and {@code kehoach.options} (how it was issued, written as the content
   * status: "issue=electronic"; none on paper).
   */
  record Properties(
      String title, String subject, String author, String language, Instant stamp, String status) {
    static Properties of(XhtmlDocument document) {
      String title = collapse(document.meta("kehoach.title"));
      if (title.isEmpty()) {
        NodeList titles = document.dom().getElementsByTagNameNS(XhtmlDocument.XHTML, "title");
        title = titles.getLength() > 0 ? collapse(titles.item(0).getTextContent()) : "";
      }
      String lang = document.dom().getDocumentElement().getAttribute("lang");
      return new Properties(
          title,
          collapse(document.meta("kehoach.subject")),
          collapse(document.meta("kehoach.author")),
          lang.equals("vi") ? "vi-VN" : collapse(lang),
          Reproducible.timestamp(document),
          collapse(document.meta("kehoach.options")));
    }
  }

  /**
   * {@code docProps/core.xml}: the agency is both author and last editor (Word puts the user who
   * last saved there; kehoach writes on the agency's behalf), and the document's stamp is both its
   * creation and its modification time, in UTC to the second.
   */
  static String coreXml(Properties p) {
    String when = DateTimeFormatter.ISO_INSTANT.format(p.stamp().truncatedTo(ChronoUnit.SECONDS));
    StringBuilder xml =
        new StringBuilder(
            "<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    element(xml, "dc:title", p.title());
    element(xml, "dc:subject", p.subject());
    element(xml, "dc:creator", p.author());
    element(xml, "cp:lastModifiedBy", p.author());
    element(xml, "dc:language", p.language());
    element(xml, "cp:contentStatus", p.status());
    xml.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
        .append(when)
        .append("</dcterms:created>")
        .append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">")
        .append(when)
        .append("</dcterms:modified>")
        .append("</cp:coreProperties>");
    return xml.toString();
  }

  private static void element(StringBuilder xml, String name, String text) {
    if (!text.isEmpty()) {
      xml.append('<')
          .append(name)
          .append('>')
          .append(Wml.escape(text))
          .append("</")
          .append(name)
          .append('>');
    }
  }

  /**
   * The {@code cp:contentStatus} of {@code docx}'s core properties, as {@link #coreXml} writes it,
   * or empty: what {@code kehoach.options} the file was written with.
   */
  static String status(Path docx) throws IOException {
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      ZipEntry core = zip.getEntry("docProps/core.xml");
      if (core == null) {
        return "";
      }
      String xml = new String(zip.getInputStream(core).readAllBytes(), StandardCharsets.UTF_8);
      Matcher m = STATUS.matcher(xml);
      return m.find() ? m.group(1) : "";
    } catch (ZipException e) {
      return "";
    }
  }

  private static final Pattern STATUS =
      Pattern.compile("<cp:contentStatus>([^<]*)</cp:contentStatus>");

  private static String collapse(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
