package kehoach.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import kehoach.Kehoach;
import kehoach.document.Reproducible;
import kehoach.document.XhtmlDocument;
import kehoach.render.Renderer;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The DOCX's properties and settings are what Word wants: File › Info filled in, no compat mode.
 */
class DocxPropertiesTest {
  private static final String TAY_NINH_TITLE =
      "Triển khai Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản"
          + " phẩm, hàng hóa năm 2024 trên địa bàn tỉnh Tây Ninh";

  @Test
  void corePropertiesAreTheTrichYeuTheAgencyAndTheDocumentsStamp() throws Exception {
    XhtmlDocument document = document(Files.readString(Path.of("samples/tay-ninh-2024.yaml")));
    byte[] docx = docx(document);
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
      POIXMLProperties.CoreProperties core = word.getProperties().getCoreProperties();
      assertEquals(TAY_NINH_TITLE, core.getTitle());
      assertEquals(
          "Kế hoạch triển khai Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và"
              + " chất lượng sản phẩm, hàng hóa năm 2024 trên địa bàn tỉnh Tây Ninh",
          core.getSubject());
      assertEquals("Ủy ban nhân dân tỉnh Tây Ninh", core.getCreator());
      assertEquals("Ủy ban nhân dân tỉnh Tây Ninh", core.getLastModifiedByUser());
      assertEquals("vi-VN", core.getUnderlyingProperties().getLanguageProperty().orElse(""));
      Instant stamp = Reproducible.timestamp(document);
      assertEquals(stamp, core.getCreated().toInstant());
      assertEquals(stamp, core.getModified().toInstant());
      if (System.getenv("SOURCE_DATE_EPOCH") == null) {
        // the plan's own date, ngày 07 tháng 5 năm 2024, not the clock
        assertEquals(Instant.parse("2024-05-07T00:00:00Z"), stamp);
      }
    }
    String core = entry(docx, "docProps/core.xml");
    assertTrue(core.contains("xsi:type=\"dcterms:W3CDTF\""), core);
  }

  @Test
  void settingsDeclareTheCurrentCompatibilityModeFirstAndOnce() throws Exception {
    byte[] docx = docx(document(Files.readString(Path.of("samples/ninh-thuan-2024.yaml"))));
    Element settings =
        DocumentBuilderFactory.newDefaultNSInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(entry(docx, "word/settings.xml").getBytes("UTF-8")))
            .getDocumentElement();
    NodeList compats = settings.getElementsByTagNameNS(Wml.W, "compat");
    assertEquals(1, compats.getLength());
    List<String> found = new ArrayList<>();
    NodeList items = ((Element) compats.item(0)).getElementsByTagNameNS(Wml.W, "compatSetting");
    for (int i = 0; i < items.getLength(); i++) {
      Element s = (Element) items.item(i);
      found.add(
          s.getAttributeNS(Wml.W, "name")
              + "|"
              + s.getAttributeNS(Wml.W, "uri")
              + "|"
              + s.getAttributeNS(Wml.W, "val"));
    }
    // the current mode first, as Word writes it, and the table styles' setting docx4j wrote kept
    assertEquals("compatibilityMode|http://schemas.microsoft.com/office/word|15", found.get(0));
    assertEquals(1, found.stream().filter(f -> f.startsWith("compatibilityMode|")).count());
    assertTrue(
        found.contains(
            "overrideTableStyleFontSizeAndJustification|http://schemas.microsoft.com/office/word|1"),
        found::toString);
  }

  @Test
  void thePackageHasThePartsWordNeedsEachDeclaredAndRelated() throws Exception {
    byte[] docx = docx(document(Files.readString(Path.of("samples/ninh-thuan-2024.yaml"))));
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertEquals(
        List.of(
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/settings.xml",
            "word/header1.xml",
            "word/header2.xml",
            "docProps/core.xml",
            "docProps/app.xml"),
        names);
    String types = entry(docx, "[Content_Types].xml");
    for (String name : names) {
      if (!name.endsWith(".rels") && !name.equals("[Content_Types].xml")) {
        assertTrue(types.contains("PartName=\"/" + name + "\""), name + " has no content type");
      }
    }
    String relationships = entry(docx, "word/_rels/document.xml.rels");
    String document = entry(docx, "word/document.xml");
    // every section's headers are the package's: the page number, and none on a first page
    assertTrue(document.contains("w:type=\"default\" r:id=\"rId3\""), "numbered header");
    assertTrue(document.contains("w:type=\"first\" r:id=\"rId4\""), "blank first header");
    assertTrue(
        relationships.contains(
            "Target=\"header1.xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006"
                + "/relationships/header\" Id=\"rId3\""),
        relationships);
    assertTrue(entry(docx, "word/header1.xml").contains("w:instr=\" PAGE \""), "the PAGE field");
    assertTrue(document.contains("<w:titlePg/>"), "no number on a section's first page");
    // POI reads the whole package: parts, relationships, styles and headers
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertTrue(word.getStyles().styleExist("KHAgency"));
      assertEquals(2, word.getHeaderList().size());
      assertFalse(word.getParagraphs().isEmpty());
    }
  }

  @Test
  void propertiesAndSettingsAreTheSameBytesEveryTime() throws Exception {
    XhtmlDocument document = document(Files.readString(Path.of("samples/nam-dinh-2023.yaml")));
    byte[] first = docx(document);
    byte[] second = docx(document.copy());
    for (String part : List.of("docProps/core.xml", "docProps/app.xml", "word/settings.xml")) {
      assertEquals(entry(first, part), entry(second, part), part);
    }
    assertArrayEquals(first, second);
  }

  @Test
  void aTrichYeuOpeningWithAnAbbreviationKeepsItsCapitalsInTheSubject() throws Exception {
    String yaml =
        Files.readString(Path.of("samples/tay-ninh-2024.yaml"))
            .replace(
                "  Triển khai Chương trình quốc gia", "  ISO 9001 trong Chương trình quốc gia");
    XhtmlDocument document = document(yaml);
    assertTrue(document.meta("kehoach.subject").startsWith("Kế hoạch ISO 9001 trong Chương"));
  }

  @Test
  void aTemplateWithoutTheMetaLinesGivesTheTitleElementAndNoAuthor() throws Exception {
    XhtmlDocument document =
        XhtmlDocument.parse(
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<meta name=\"kehoach.date\" content=\"2024-04\"/>"
                + "<title>KẾ HOẠCH\n  Về an toàn &amp; vệ sinh</title></head><body/></html>");
    DocxProperties.Properties p = DocxProperties.Properties.of(document);
    assertEquals("KẾ HOẠCH Về an toàn & vệ sinh", p.title());
    assertEquals("", p.author());
    String xml = DocxProperties.coreXml(p);
    assertTrue(xml.contains("<dc:title>KẾ HOẠCH Về an toàn &amp; vệ sinh</dc:title>"), xml);
    assertFalse(xml.contains("dc:creator"), xml);
    assertFalse(xml.contains("dc:language"), xml);
    if (System.getenv("SOURCE_DATE_EPOCH") == null) {
      assertTrue(xml.contains(">2024-04-01T00:00:00Z</dcterms:created>"), xml);
    }
  }

  private static XhtmlDocument document(String yaml) throws Exception {
    return new Renderer(Optional.empty()).document(Kehoach.compute("plan.yaml", yaml));
  }

  private static byte[] docx(XhtmlDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxWriter.write(document, out);
    return out.toByteArray();
  }

  private static String entry(byte[] docx, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " is not in the package");
  }
}
