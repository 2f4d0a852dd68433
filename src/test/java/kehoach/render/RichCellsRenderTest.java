package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import kehoach.Models;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rich cells in a data table: a column's and a cell's own alignment, line breaks and bold and
 * italic runs in a cell, in the XHTML, the DOCX (read with Apache POI), the PDF (read with
 * pdftotext) and the text output.
 */
class RichCellsRenderTest {
  private static final String TABLE =
      """
      columns: [stt, content, {key: time, header: Thời gian, align: center}, lead]
      rows:
        - content: "Rà soát\\nthủ tục hành chính"
          time: Quý I
          lead: {text: "**Sở Nội vụ**\\n*chủ trì*", align: right}
        - content: |-
            Tập huấn
            cán bộ
          time: {text: Quý II, align: left}
          lead: {text: "Sở Tư pháp chủ trì, phối hợp với các sở, ngành liên quan", align: justify}
      """;

  @TempDir static Path out;
  private static String xhtml;
  private static Path docx;
  private static Path pdf;
  private static Path txt;

  @BeforeAll
  static void render() throws Exception {
    Path model = out.resolve("cells.yaml");
    Files.writeString(model, Models.withTable(TABLE));
    Renderer renderer = new Renderer(Optional.empty());
    List<Path> files = renderer.render(model, EnumSet.allOf(Format.class), out);
    docx = files.get(0);
    pdf = files.get(1);
    txt = files.get(2);
    xhtml =
        renderer.document(kehoach.Kehoach.compute("plan.yaml", Models.withTable(TABLE))).source();
  }

  @Test
  void theTemplateTakesACellsAlignmentOverItsColumnsAndPrintsItsBreaksAndRuns() {
    assertTrue(
        xhtml.contains(
            "<tr class=\"item\"><td class=\"center\">1</td>"
                + "<td class=\"left\">Rà soát<br/>thủ tục hành chính</td>"
                + "<td class=\"center\">Quý I</td>"
                + "<td class=\"right\"><b>Sở Nội vụ</b><br/><i>chủ trì</i></td></tr>"),
        xhtml);
    assertTrue(
        xhtml.contains("<td class=\"left\">Tập huấn<br/>cán bộ</td><td class=\"left\">Quý II</td>"),
        xhtml);
  }

  private static XWPFTable taskTable(XWPFDocument doc) {
    return doc.getTables().stream()
        .filter(t -> t.getText().contains("Rà soát"))
        .findFirst()
        .orElseThrow();
  }

  private static XWPFParagraph first(XWPFTableCell cell) {
    return cell.getParagraphs().get(0);
  }

  /** A paragraph's alignment, its own or its style's ("left" when neither sets one). */
  private static String align(XWPFDocument doc, XWPFParagraph p) {
    var own = p.getCTP().getPPr();
    if (own != null && own.isSetJc()) {
      return own.getJc().getVal().toString();
    }
    var style = doc.getStyles().getStyle(p.getStyleID());
    if (style != null
        && style.getCTStyle().getPPr() != null
        && style.getCTStyle().getPPr().isSetJc()) {
      return style.getCTStyle().getPPr().getJc().getVal().toString();
    }
    return "left";
  }

  @Test
  void aJustifiedCellIsJustifiedInBothWriters() throws Exception {
    // real task tables justify their long text columns
    assertTrue(xhtml.contains("<td class=\"justify\">Sở Tư pháp chủ trì"), xhtml);
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      XWPFTable table = taskTable(doc);
      XWPFTableCell cell = table.getRow(table.getNumberOfRows() - 1).getCell(3);
      assertEquals("both", align(doc, first(cell)));
    }
  }

  @Test
  void theDocxAlignsTheCellsAndBreaksTheirLines() throws Exception {
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      XWPFTable table = taskTable(doc);
      int header = 0;
      while (!table.getRow(header).getCell(1).getText().startsWith("Rà soát")) {
        header++;
      }
      var first = table.getRow(header);
      var second = table.getRow(header + 1);
      assertEquals("Rà soát\nthủ tục hành chính", first(first.getCell(1)).getText());
      assertEquals("center", align(doc, first(first.getCell(2))));
      XWPFParagraph lead = first(first.getCell(3));
      assertEquals("right", align(doc, lead));
      assertEquals("Sở Nội vụ\nchủ trì", lead.getText());
      XWPFRun bold =
          lead.getRuns().stream()
              .filter(r -> r.text().equals("Sở Nội vụ"))
              .findFirst()
              .orElseThrow();
      assertTrue(bold.isBold());
      XWPFRun italic =
          lead.getRuns().stream().filter(r -> r.text().equals("chủ trì")).findFirst().orElseThrow();
      assertTrue(italic.isItalic());
      assertEquals("Tập huấn\ncán bộ", first(second.getCell(1)).getText());
      assertEquals("left", align(doc, first(second.getCell(2))), "Quý II, in a centred column");
    }
  }

  @Test
  void thePdfBreaksTheCellsLines() throws Exception {
    String text = Tools.run("pdftotext", "-enc", "UTF-8", "-layout", pdf.toString(), "-");
    String flat =
        String.join("\n", text.lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList());
    assertTrue(flat.contains("Rà soát") && flat.contains("thủ tục hành chính"), flat);
    assertFalse(flat.contains("Rà soát thủ tục"), "the break starts a new line:\n" + flat);
    assertFalse(flat.contains("Tập huấn cán bộ"), "the | block's break too:\n" + flat);
    assertFalse(flat.contains("Sở Nội vụ chủ trì"), flat);
  }

  @Test
  void theTextOutputBreaksTheCellsLines() throws Exception {
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    assertFalse(text.contains("Rà soát thủ tục"), text);
    assertTrue(text.contains("thủ tục hành chính"), text);
    assertFalse(text.contains("Tập huấn cán bộ"), text);
  }
}
