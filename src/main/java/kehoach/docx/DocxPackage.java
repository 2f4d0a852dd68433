package kehoach.docx;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kehoach.document.Reproducible;

/**
 * The parts of a Word document's package (Open Packaging Conventions, ECMA-376 Part 2), written
 * straight into the zip as text: the content types, the relationships, the main document, its
 * styles, settings and the two headers, and the core and extended properties. Every entry is
 * stamped with the document's time ({@link Reproducible#zipTime}) and written in a fixed order, so
 * the same document is the same bytes on every JDK, thread and time zone.
 *
 * <p>kehoach made these parts with docx4j until issue 14: it unmarshalled the text {@link
 * DocxWriter} writes through JAXB only to marshal it again, most of the DOCX's time, and wrote a
 * comment naming its version and the JVM, and namespace declarations in an order that changed from
 * run to run, which had to be rewritten afterwards. The parts here are those docx4j wrote, in its
 * order, with the same relationship ids.
 */
final class DocxPackage {
  static final String STYLES = "rId1";
  static final String SETTINGS = "rId2";

  /** The header with the page number in the middle (trang số, NĐ 30 Phụ lục I). */
  static final String NUMBERED_HEADER = "rId3";

  /** The empty header of a section's first page, which shows no number. */
  static final String BLANK_HEADER = "rId4";

  private static final String DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/";
  private static final String WORD =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.";

  /** The document's body, written as it is made rather than held whole. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  private DocxPackage() {}

  /**
   * Writes a whole package: {@code body} is the content of {@code <w:body>} (paragraphs, tables and
   * the last {@code <w:sectPr>}), {@code styles} the {@code <w:styles>} part, {@code core} the core
   * properties. After a failure {@code out} may hold part of a package: callers write into a buffer
   * and keep it only once whole (files appear whole or not at all).
   */
  static void write(OutputStream out, Instant stamp, String styles, String core, Body body)
      throws IOException {
    LocalDateTime time = LocalDateTime.ofInstant(Reproducible.zipTime(stamp), ZoneOffset.UTC);
    try (ZipOutputStream zip = new ZipOutputStream(new Unclosed(out))) {
      write(zip, time, styles, core, body);
    }
    out.flush();
  }

  private static void write(
      ZipOutputStream zip, LocalDateTime time, String styles, String core, Body body)
      throws IOException {
    // The fastest level: deflating is a large part of a long table's DOCX (measured with
    // zlib on rows-1000's 4 MB document.xml: 33 ms at level 1, 53 ms at the default 6), and the
    // files stay smaller than docx4j's were (Ninh Thuận 13.6 KB against 17.4 KB; rows-1000 155 KB,
    // 82 KB at level 6).
    zip.setLevel(1);
    Writer text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    part(zip, text, time, "[Content_Types].xml", CONTENT_TYPES);
    part(zip, text, time, "_rels/.rels", PACKAGE_RELATIONSHIPS);
    zip.putNextEntry(entry("word/document.xml", time));
    text.write(DECLARATION);
    text.write("<w:document xmlns:r=\"" + Wml.R + "\" xmlns:w=\"" + Wml.W + "\"><w:body>");
    body.writeTo(text);
    text.write("</w:body></w:document>");
    text.flush();
    zip.closeEntry();
    part(zip, text, time, "word/_rels/document.xml.rels", DOCUMENT_RELATIONSHIPS);
    part(zip, text, time, "word/styles.xml", styles);
    part(zip, text, time, "word/settings.xml", SETTINGS_XML);
    part(zip, text, time, "word/header1.xml", header(NUMBERED_HEADER_PARAGRAPH));
    part(zip, text, time, "word/header2.xml", header("<w:p/>"));
    part(zip, text, time, "docProps/core.xml", core);
    part(zip, text, time, "docProps/app.xml", APP);
  }

  private static void part(
      ZipOutputStream zip, Writer text, LocalDateTime time, String name, String xml)
      throws IOException {
    zip.putNextEntry(entry(name, time));
    text.write(xml.startsWith("<?xml") ? xml : DECLARATION + xml);
    text.flush();
    zip.closeEntry();
  }

  private static ZipEntry entry(String name, LocalDateTime time) {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(time);
    return entry;
  }

  private static String header(String paragraph) {
    return "<w:hdr xmlns:w=\"" + Wml.W + "\">" + paragraph + "</w:hdr>";
  }

  /** The page number, a PAGE field, in the page-number style the stylesheet's page gives. */
  private static final String NUMBERED_HEADER_PARAGRAPH =
      "<w:p><w:pPr><w:pStyle w:val=\"KHPageNumber\"/></w:pPr>"
          + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>";

  private static final String CONTENT_TYPES =
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
          + ".relationships+xml\"/>"
          + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.extended"
          + "-properties+xml\" PartName=\"/docProps/app.xml\"/>"
          + "<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\""
          + " PartName=\"/docProps/core.xml\"/>"
          + override(WORD + "document.main+xml", "/word/document.xml")
          + override(WORD + "header+xml", "/word/header1.xml")
          + override(WORD + "header+xml", "/word/header2.xml")
          + override(WORD + "settings+xml", "/word/settings.xml")
          + override(WORD + "styles+xml", "/word/styles.xml")
          + "</Types>";

  private static final String PACKAGE_RELATIONSHIPS =
      "<Relationships xmlns=\""
          + RELATIONSHIPS
          + "\">"
          + relationship("word/document.xml", OFFICE + "relationships/officeDocument", "rId1")
          + relationship(
              "docProps/core.xml",
              "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
              "rId2")
          + relationship("docProps/app.xml", OFFICE + "relationships/extended-properties", "rId3")
          + "</Relationships>";

  private static final String DOCUMENT_RELATIONSHIPS =
      "<Relationships xmlns=\""
          + RELATIONSHIPS
          + "\">"
          + relationship("styles.xml", OFFICE + "relationships/styles", STYLES)
          + relationship("settings.xml", OFFICE + "relationships/settings", SETTINGS)
          + relationship("header1.xml", OFFICE + "relationships/header", NUMBERED_HEADER)
          + relationship("header2.xml", OFFICE + "relationships/header", BLANK_HEADER)
          + "</Relationships>";

  /**
   * The settings: the compatibility mode of Word 2013 and later first, where Word writes it
   * (without it Word opens the file in Word 2007's compatibility mode); table styles that do not
   * override the paragraphs' size and alignment, as docx4j's default settings had it; and a line a
   * manual break ends not stretched in a justified paragraph, as the PDF lays it out (Word and
   * LibreOffice would otherwise spread "Căn cứ …;" across the whole line).
   */
  static final String SETTINGS_XML =
      "<w:settings xmlns:w=\""
          + Wml.W
          + "\"><w:compat><w:doNotExpandShiftReturn/>"
          + compatSetting("compatibilityMode", DocxProperties.COMPATIBILITY_MODE)
          + compatSetting("overrideTableStyleFontSizeAndJustification", "1")
          + "</w:compat></w:settings>";

  private static final String APP =
      "<properties:Properties xmlns:properties=\""
          + OFFICE
          + "extended-properties\" xmlns:vt=\""
          + OFFICE
          + "docPropsVTypes\"/>";

  private static String override(String contentType, String part) {
    return "<Override ContentType=\"" + contentType + "\" PartName=\"" + part + "\"/>";
  }

  private static String relationship(String target, String type, String id) {
    return "<Relationship Target=\"" + target + "\" Type=\"" + type + "\" Id=\"" + id + "\"/>";
  }

  private static String compatSetting(String name, String value) {
    return "<w:compatSetting w:name=\""
        + name
        + "\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\""
        + value
        + "\"/>";
  }

  /** The caller's stream, left open when the zip is finished: the caller closes what it opened. */
  private static final class Unclosed extends FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
