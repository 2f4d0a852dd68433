package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.document.XhtmlDocument;
import kehoach.excel.BudgetExport;
import kehoach.excel.TableExport;
import kehoach.plan.ComputedPlan;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * A budget group whose title runs across Nội dung, Đơn vị tính, Số lượng and Đơn giá ({@code span:
 * 4}): one merged cell in the XHTML, the DOCX and the text output.
 */
class BudgetGroupSpanRenderTest {
  private static final String ROWS =
      """
      - content: Hội nghị sơ kết công tác cải cách hành chính
        span: 4
        rows:
          - {content: Thuê hội trường, unit: Ngày, quantity: 2, price: 1.000.000}
          - {content: Tài liệu, amount: 500.000}
      """;

  private static XhtmlDocument document() throws Exception {
    return new Renderer(Optional.empty())
        .document(Kehoach.compute("plan.yaml", Models.withBudget(ROWS)));
  }

  @Test
  void theGroupsTitleIsOneCellAcrossTheColumnsBeforeTheAmount() throws Exception {
    String source = document().source();
    assertTrue(
        source.contains(
            "<tr class=\"group\"><td class=\"center\">I</td>"
                + "<td class=\"left\" colspan=\"4\">Hội nghị sơ kết công tác cải cách hành chính</td>"
                + "<td class=\"right\"><span class=\"nobreak\">2.500.000</span></td></tr>"),
        source);
  }

  @Test
  void theDocxMergesTheGroupsTitle() throws Exception {
    byte[] docx = Renderer.bytes(document(), Format.DOCX);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTableRow group =
          doc.getTables().stream()
              .flatMap(t -> t.getRows().stream())
              .filter(r -> r.getCell(0).getText().equals("I"))
              .findFirst()
              .orElseThrow();
      assertEquals(3, group.getTableCells().size());
      assertEquals(
          4, group.getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue(), "gridSpan");
      assertEquals("2.500.000", group.getCell(2).getText());
    }
  }

  @Test
  void theTextOutputPrintsTheTitleOverItsColumns() throws Exception {
    String text = new String(Renderer.bytes(document(), Format.TXT), StandardCharsets.UTF_8);
    String table = text.substring(text.indexOf("TT |"), text.indexOf("\n\n", text.indexOf("TT |")));
    String group = table.lines().filter(l -> l.startsWith("I ")).findFirst().orElseThrow();
    assertTrue(
        group.matches(
            "I  \\| Hội nghị sơ kết công tác cải cách hành chính +\\| +2\\.500\\.000 \\|"),
        table);
  }

  @Test
  void bothWorkbookExportsMergeTheGroupsTitle() throws Exception {
    ComputedPlan plan = Kehoach.compute("plan.yaml", Models.withBudget(ROWS));
    for (byte[] book :
        List.of(BudgetExport.workbook(plan), TableExport.workbook(plan, Optional.empty()))) {
      try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(book))) {
        Sheet sheet = workbook.getSheetAt(0);
        int group = -1;
        for (Row row : sheet) {
          if (row.getCell(0) != null && row.getCell(0).toString().equals("I")) {
            group = row.getRowNum();
          }
        }
        final int at = group;
        assertTrue(
            sheet.getMergedRegions().stream()
                .anyMatch(
                    m ->
                        m.getFirstRow() == at && m.getFirstColumn() == 1 && m.getLastColumn() == 4),
            "the title's cell runs over Đơn vị tính, Số lượng and Đơn giá: "
                + sheet.getMergedRegions());
      }
    }
  }
}
