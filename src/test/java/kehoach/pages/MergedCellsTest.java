package kehoach.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.document.XhtmlDocument;
import kehoach.docx.DocxWriter;
import kehoach.render.Renderer;
import kehoach.render.Tools;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Merged cells as the document gives them (HTML's colspan and rowspan): placed alike in the PDF's
 * layout and in the DOCX's table, each cell's text once.
 */
class MergedCellsTest {
  /**
   * A task table: "Các sở, ngành theo chức năng" across Chủ trì and Phối hợp; a task whose STT and
   * Nhiệm vụ span its two products.
   */
  private static final String BODY =
      "<tbody>"
          + "<tr class=\"item\"><td class=\"center\">1</td><td class=\"left\">Rà soát thủ tục</td>"
          + "<td class=\"left\" colspan=\"2\">Các sở, ngành theo chức năng</td></tr>"
          + "<tr class=\"item\"><td class=\"center\" rowspan=\"2\">2</td>"
          + "<td class=\"left\" rowspan=\"2\">Tập huấn cán bộ về chuyển đổi số</td>"
          + "<td class=\"left\">Sở Nội vụ</td><td class=\"left\">Tài liệu tập huấn</td></tr>"
          + "<tr class=\"item\"><td class=\"left\">Sở Thông tin và Truyền thông</td>"
          + "<td class=\"left\">Báo cáo kết quả</td></tr>"
          + "</tbody>";

  @TempDir Path out;

  /** The Phú Thọ reference, its table's rows replaced by merged ones, four columns wide. */
  private static XhtmlDocument document() throws Exception {
    XhtmlDocument plain =
        new Renderer(Optional.empty())
            .document(
                Kehoach.compute(Path.of("src/test/resources/references/phutho-stttt-2011.yaml")));
    String xhtml = plain.source();
    int table = xhtml.indexOf("<table class=\"grid\">");
    int colgroupEnd = xhtml.indexOf("</colgroup>", table);
    int theadStart = xhtml.indexOf("<thead>", table);
    int end = xhtml.indexOf("</table>", table);
    String merged =
        "<table class=\"grid\"><colgroup><col/><col/><col/><col/></colgroup>"
            + "<thead><tr class=\"header\"><th>STT</th><th>Nhiệm vụ</th><th>Chủ trì</th>"
            + "<th>Phối hợp / Sản phẩm</th></tr></thead>"
            + BODY;
    assertTrue(colgroupEnd > table && theadStart > table);
    return XhtmlDocument.parse(xhtml.substring(0, table) + merged + xhtml.substring(end));
  }

  private static List<Mark.Text> texts(XhtmlDocument document) {
    return PageLayout.pages(document).stream()
        .flatMap(p -> p.marks().stream())
        .filter(m -> m instanceof Mark.Text)
        .map(m -> (Mark.Text) m)
        .toList();
  }

  @Test
  void thePdfPlacesEachMergedCellOnceAcrossItsColumnsAndRows() throws Exception {
    XhtmlDocument document = document();
    List<Mark.Text> texts = texts(document);
    Mark.Text across = find(texts, "Các");
    Mark.Text lead = find(texts, "Sở Nội vụ");
    Mark.Text product = find(texts, "Tài liệu");
    assertEquals(lead.x(), across.x(), 0.01, "the merged cell starts at Chủ trì");
    assertTrue(product.x() > lead.x(), "and runs over Phối hợp");
    Mark.Text two = find(texts, "2");
    Mark.Text first = find(texts, "Sở Nội vụ");
    Mark.Text second = find(texts, "Sở Thông");
    assertTrue(
        two.y() > first.y() && two.y() < second.y() + 14,
        "the spanned STT stands between its two rows: "
            + two.y()
            + " in "
            + first.y()
            + "–"
            + second.y());
    assertEquals(1, texts.stream().filter(t -> t.text().startsWith("Tập huấn")).count());
  }

  private static Mark.Text find(List<Mark.Text> texts, String start) {
    return texts.stream()
        .filter(t -> t.text().strip().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no text starting " + start));
  }

  @Test
  void theDocxMergesTheSameCells() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DocxWriter.write(document(), bytes);
    Path docx = out.resolve("merged.docx");
    Files.write(docx, bytes.toByteArray());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()))) {
      XWPFTable table =
          doc.getTables().stream()
              .filter(t -> "KHGrid".equals(t.getStyleID()))
              .findFirst()
              .orElseThrow();
      // row 1: the merged cell spans two grid columns
      XWPFTableCell across = table.getRow(1).getCell(2);
      assertEquals("Các sở, ngành theo chức năng", across.getText());
      assertEquals(2, across.getCTTc().getTcPr().getGridSpan().getVal().intValue());
      // rows 2 and 3: STT and Nhiệm vụ start a vertical merge and continue it
      CTTcPr start = table.getRow(2).getCell(0).getCTTc().getTcPr();
      CTTcPr continued = table.getRow(3).getCell(0).getCTTc().getTcPr();
      assertEquals("restart", start.getVMerge().getVal().toString());
      assertTrue(continued.isSetVMerge() && !continued.getVMerge().isSetVal());
      assertEquals(4, table.getRow(3).getTableCells().size(), "continuations hold their place");
      assertEquals("Báo cáo kết quả", table.getRow(3).getCell(3).getText());
    }
    // LibreOffice lays the merges out as the PDF does: each text once
    Tools.convertWithLibreOffice(List.of(docx), out, out.resolve("profile"));
    String text = Tools.run("pdftotext", "-layout", out.resolve("merged.pdf").toString(), "-");
    assertEquals(1, text.split("Tập huấn cán bộ", -1).length - 1, text);
    assertEquals(1, text.split("Các sở, ngành theo chức năng", -1).length - 1, text);
  }
}
