package kehoach.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import kehoach.Models;
import kehoach.render.Format;
import kehoach.render.Renderer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Accepting every change of a redline gives the new text; rejecting every change, the old. */
class RedlineTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  @TempDir Path out;

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // text edit, paragraph added and removed, budget line added, quantity changed
    "samples/ninh-thuan-2024.yaml, src/test/resources/edits/ninh-thuan-2024-edited.yaml",
    // a section moved
    "samples/nam-dinh-2023.yaml, src/test/resources/edits/nam-dinh-2023-moved.yaml",
    // the other way round: everything undone
    "src/test/resources/edits/ninh-thuan-2024-edited.yaml, samples/ninh-thuan-2024.yaml",
  })
  void acceptingGivesNewAndRejectingGivesOld(String oldModel, String newModel) throws Exception {
    Path redline = out.resolve("redline.docx");
    PlanDiff.redline(Path.of(oldModel), Path.of(newModel), redline, Optional.empty());
    assertTrue(
        countOf(redline, "w:ins") + countOf(redline, "w:del") > 0, "there are tracked changes");
    assertEquals(texts(Path.of(newModel)), texts(resolve(redline, true)));
    assertEquals(texts(Path.of(oldModel)), texts(resolve(redline, false)));
  }

  @ParameterizedTest
  @CsvSource("samples/ninh-thuan-2024.yaml, src/test/resources/edits/ninh-thuan-2024-edited.yaml")
  void theOldVersionMayBeADocx(String oldModel, String newModel) throws Exception {
    Path oldDocx =
        new Renderer(Optional.empty())
            .render(Path.of(oldModel), EnumSet.of(Format.DOCX), out.resolve("old"))
            .get(0);
    Path redline = out.resolve("redline.docx");
    PlanDiff.redline(oldDocx, Path.of(newModel), redline, Optional.empty());
    assertEquals(texts(Path.of(newModel)), texts(resolve(redline, true)));
    assertEquals(texts(oldDocx), texts(resolve(redline, false)));
  }

  @Test
  void aChangedMergedCellIsMarkedInItsOwnCell() throws Exception {
    String changed =
        Models.MERGED_TASKS
            .replace("Các sở, ngành theo chức năng", "Các sở, ngành liên quan")
            .replace("{product: Lớp tập huấn,", "{product: Lớp tập huấn trực tuyến,")
            .replace("content: {text: Tập huấn cán bộ", "content: {text: Bồi dưỡng cán bộ");
    Path oldModel = out.resolve("old.yaml");
    Path newModel = out.resolve("new.yaml");
    Files.writeString(oldModel, Models.withTable(Models.MERGED_TASKS));
    Files.writeString(newModel, Models.withTable(changed));
    Path redline = out.resolve("redline.docx");
    PlanDiff.redline(oldModel, newModel, redline, Optional.empty());

    // each change stands in the cell that holds its text, after the covered cells' continuations
    Document xml = documentXml(redline);
    assertEquals(List.of("1", "3"), cellsWith(xml, "ins", "liên quan"), "across Chủ trì, Phối hợp");
    assertEquals(List.of("2", "1"), cellsWith(xml, "ins", "Bồi dưỡng"), "over two rows");
    assertEquals(List.of("3", "2"), cellsWith(xml, "ins", "trực tuyến"), "after two continuations");
    assertEquals(List.of("1", "3"), cellsWith(xml, "del", "theo chức năng"));

    assertEquals(texts(newModel), texts(resolve(redline, true)));
    assertEquals(texts(oldModel), texts(resolve(redline, false)));
    try (InputStream in = Files.newInputStream(resolve(redline, true));
        XWPFDocument doc = new XWPFDocument(in)) {
      XWPFTable table =
          doc.getTables().stream()
              .filter(t -> t.getText().contains("Sản phẩm"))
              .findFirst()
              .orElseThrow();
      assertTrue(
          table.getRows().stream()
              .anyMatch(
                  r ->
                      r.getTableCells().size() == 4
                          && r.getCell(3).getText().equals("Các sở, ngành liên quan")),
          "the merged cell keeps its span");
    }
  }

  /**
   * The data-table row (from 1, the header row being 0) and cell (from 0, continuations counted) of
   * the {@code ins} or {@code del} mark that holds {@code text}.
   */
  private static List<String> cellsWith(Document xml, String mark, String text) {
    for (Element m : elements(xml, mark)) {
      if (!m.getTextContent().contains(text)) {
        continue;
      }
      Node tc = m;
      while (tc != null && !"tc".equals(tc.getLocalName())) {
        tc = tc.getParentNode();
      }
      assertTrue(tc != null, text + " is in a cell");
      Node tr = tc.getParentNode();
      Node table = tr.getParentNode();
      int row = indexAmong(table, tr, "tr");
      int cell = indexAmong(tr, tc, "tc");
      return List.of(String.valueOf(row), String.valueOf(cell));
    }
    throw new AssertionError("no w:" + mark + " holds \"" + text + "\"");
  }

  private static int indexAmong(Node parent, Node child, String localName) {
    int i = 0;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n == child) {
        return i;
      }
      if (localName.equals(n.getLocalName())) {
        i++;
      }
    }
    throw new AssertionError();
  }

  private static List<String> texts(Path version) throws Exception {
    return Versions.read(version, Optional.empty()).stream().map(Unit::text).toList();
  }

  private static int countOf(Path docx, String tag) throws Exception {
    return documentXml(docx).getElementsByTagName(tag).getLength();
  }

  /** Does what Word's Accept All Changes (or Reject All Changes) does to the document. */
  private Path resolve(Path redline, boolean accept) throws Exception {
    Document xml = documentXml(redline);
    String keep = accept ? "ins" : "del";
    String drop = accept ? "del" : "ins";
    // paragraphs and rows whose mark was dropped go, with what is in them
    for (Element mark : elements(xml, drop)) {
      Node parent = mark.getParentNode();
      String where = parent.getLocalName();
      if (where.equals("rPr") && parent.getParentNode().getLocalName().equals("pPr")) {
        Node paragraph = parent.getParentNode().getParentNode();
        paragraph.getParentNode().removeChild(paragraph);
      } else if (where.equals("trPr")) {
        Node row = parent.getParentNode();
        row.getParentNode().removeChild(row);
      } else if (mark.getParentNode() != null) {
        parent.removeChild(mark);
      }
    }
    for (Element mark : elements(xml, keep)) {
      Node parent = mark.getParentNode();
      if (parent == null) {
        continue;
      }
      while (mark.getFirstChild() != null) {
        parent.insertBefore(mark.getFirstChild(), mark);
      }
      parent.removeChild(mark);
    }
    for (Element deleted : elements(xml, "delText")) {
      xml.renameNode(deleted, W, "w:t");
    }
    Path resolved = out.resolve((accept ? "accepted" : "rejected") + ".docx");
    replaceDocumentXml(redline, xml, resolved);
    return resolved;
  }

  private static List<Element> elements(Document xml, String localName) {
    NodeList list = xml.getElementsByTagNameNS(W, localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static Document documentXml(Path docx) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
          f.setNamespaceAware(true);
          return f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
        }
      }
    }
    throw new AssertionError("no word/document.xml in " + docx);
  }

  private static void replaceDocumentXml(Path docx, Document xml, Path target) throws Exception {
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    TransformerFactory.newInstance()
        .newTransformer()
        .transform(new DOMSource(xml), new StreamResult(document));
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content =
            e.getName().equals("word/document.xml") ? document.toByteArray() : in.readAllBytes();
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    assertTrue(new String(document.toByteArray(), StandardCharsets.UTF_8).contains("w:body"));
  }
}
