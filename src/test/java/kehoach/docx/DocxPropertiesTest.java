package kehoach.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.CTCompatSetting;
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
  void settingsDeclareTheCurrentCompatibilityModeAndKeepDocx4jsOwnSetting() throws Exception {
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
    // the current mode first, as Word writes it, and docx4j's own setting kept
    assertEquals("compatibilityMode|http://schemas.microsoft.com/office/word|15", found.get(0));
    assertEquals(1, found.stream().filter(f -> f.startsWith("compatibilityMode|")).count());
    assertTrue(
        found.contains(
            "overrideTableStyleFontSizeAndJustification|http://schemas.microsoft.com/office/word|1"),
        found::toString);
  }

  @Test
  void theCompatibilityModeIsDeclaredOnceAndASettingsPartAddedWhenMissing() throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
    DocxProperties.compatibilityMode(pkg.getMainDocumentPart());
    DocxProperties.compatibilityMode(pkg.getMainDocumentPart());
    List<CTCompatSetting> settings =
        pkg.getMainDocumentPart()
            .getDocumentSettingsPart()
            .getJaxbElement()
            .getCompat()
            .getCompatSetting();
    assertEquals(1, settings.stream().filter(s -> s.getName().equals("compatibilityMode")).count());

    WordprocessingMLPackage bare = new WordprocessingMLPackage();
    MainDocumentPart main = new MainDocumentPart();
    bare.addTargetPart(main);
    assertNull(main.getDocumentSettingsPart());
    DocxProperties.compatibilityMode(main);
    assertEquals(
        "15", main.getDocumentSettingsPart().getWordCompatSetting("compatibilityMode").getVal());
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
