package kehoach.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kehoach.document.XhtmlDocument;
import kehoach.model.PlanException;
import org.junit.jupiter.api.Test;

/** A table in the text output: aligned rows, merged cells over the columns and rows they span. */
class TextWriterTest {
  private static String text(String rows) throws PlanException {
    return TextWriter.write(
        XhtmlDocument.parse(
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><table class=\"grid\">"
                + rows
                + "</table></body></html>"));
  }

  @Test
  void cellsLineUpInColumnsAndNumbersToTheRight() throws PlanException {
    assertEquals(
        """
        TT | Nội dung    | Thành tiền |
        1  | Hội nghị    |  1.000.000 |
        2  | Tài liệu in |    500.000 |
        """,
        text(
            "<tr><th>TT</th><th>Nội dung</th><th>Thành tiền</th></tr>"
                + "<tr><td>1</td><td>Hội nghị</td><td class=\"right\">1.000.000</td></tr>"
                + "<tr><td>2</td><td>Tài liệu in</td><td class=\"right\">500.000</td></tr>"));
  }

  @Test
  void aCellMergedAcrossColumnsTakesTheirWidthsWidenedForItsText() throws PlanException {
    assertEquals(
        """
        STT | Nhiệm vụ | Chủ trì   | Phối hợp         |
        1   | Rà soát  | Các sở, ngành theo chức năng |
        2   | Tập huấn | Sở Nội vụ | Sở Tư pháp       |
        """,
        text(
            "<tr><th>STT</th><th>Nhiệm vụ</th><th>Chủ trì</th><th>Phối hợp</th></tr>"
                + "<tr><td>1</td><td>Rà soát</td>"
                + "<td colspan=\"2\">Các sở, ngành theo chức năng</td></tr>"
                + "<tr><td>2</td><td>Tập huấn</td><td>Sở Nội vụ</td><td>Sở Tư pháp</td></tr>"));
  }

  @Test
  void aCellMergedDownIsPrintedOnceAndTheRowsBelowShowItBlank() throws PlanException {
    assertEquals(
        """
        STT | Nhiệm vụ        | Sản phẩm |
        1   | Tập huấn cán bộ | Tài liệu |
            |                 | Lớp học  |
        2   | Kiểm tra        | Báo cáo  |
        """,
        text(
            "<tr><th>STT</th><th>Nhiệm vụ</th><th>Sản phẩm</th></tr>"
                + "<tr><td rowspan=\"2\">1</td><td rowspan=\"2\">Tập huấn cán bộ</td>"
                + "<td>Tài liệu</td></tr>"
                + "<tr><td>Lớp học</td></tr>"
                + "<tr><td>2</td><td>Kiểm tra</td><td>Báo cáo</td></tr>"));
  }

  @Test
  void theTextOfACellMergedDownRunsOnOverItsRowsAndTheLastGrowsForTheRest() throws PlanException {
    assertEquals(
        """
        Tổ chức tập huấn cho cán bộ, công chức   | Tài liệu |
        của các sở, ngành về chuyển đổi số và    | Lớp học  |
        cải cách hành chính                      |          |
        """,
        text(
            "<tr><td rowspan=\"2\">Tổ chức tập huấn cho cán bộ, công chức của các sở, ngành về"
                + " chuyển đổi số và cải cách hành chính</td><td>Tài liệu</td></tr>"
                + "<tr><td>Lớp học</td></tr>"));
  }
}
