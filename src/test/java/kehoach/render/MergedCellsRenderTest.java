package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.document.XhtmlDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The templates give the writers merged cells as HTML does: a cell's colspan and rowspan, and the
 * rows below a merged cell without the cells it covers.
 */
class MergedCellsRenderTest {
  private static XhtmlDocument document() throws Exception {
    return new Renderer(Optional.empty())
        .document(Kehoach.compute("plan.yaml", Models.withTable(Models.MERGED_TASKS)));
  }

  @Test
  void theDocumentHasColspanAndRowspanAndLeavesOutTheCellsTheyCover() throws Exception {
    List<String> rows =
        document()
            .source()
            .lines()
            .filter(l -> l.startsWith("<tr class=\"item\">"))
            .limit(4)
            .toList();
    assertEquals(
        List.of(
            "<tr class=\"item\"><td class=\"center\">1</td>"
                + "<td class=\"left\">Rà soát thủ tục hành chính</td>"
                + "<td class=\"left\">Báo cáo rà soát</td>"
                + "<td class=\"left\" colspan=\"2\">Các sở, ngành theo chức năng</td></tr>",
            "<tr class=\"item\"><td class=\"center\" rowspan=\"2\">2</td>"
                + "<td class=\"left\" rowspan=\"2\">Tập huấn cán bộ về chuyển đổi số</td>"
                + "<td class=\"left\">Tài liệu tập huấn</td><td class=\"left\">Sở Nội vụ</td>"
                + "<td class=\"left\">Sở Khoa học và Công nghệ</td></tr>",
            "<tr class=\"item\"><td class=\"left\">Lớp tập huấn</td>"
                + "<td class=\"left\">Sở Nội vụ</td><td class=\"left\"></td></tr>",
            "<tr class=\"item\"><td class=\"center\">3</td><td class=\"left\">Kiểm tra</td>"
                + "<td class=\"left\">Báo cáo kết quả</td>"
                + "<td class=\"left\">Văn phòng UBND tỉnh</td><td class=\"left\"></td></tr>"),
        rows);
  }

  @Test
  void cellsThatAreNotMergedHaveNeitherAttribute() throws Exception {
    String source =
        new Renderer(Optional.empty())
            .document(Kehoach.compute("plan.yaml", Models.minimal()))
            .source();
    assertTrue(source.contains("<table class=\"grid\">"), source);
    assertTrue(!source.contains("colspan") && !source.contains("rowspan"), source);
  }

  /** The grid row of {@code parts.ftlx} as templates wrote it before merged cells. */
  private static final String OLD_ROW =
      "<#list row.cells as cell><td class=\"${g.columns[cell?index].align}\"><@runs cell/></td>"
          + "</#list>";

  @Test
  void aTemplateWrittenBeforeMergedCellsStillPrintsATableWithoutThem(@TempDir Path folder)
      throws Exception {
    String parts = Files.readString(Path.of("templates/parts.ftlx"));
    Matcher row = Pattern.compile("<#list row\\.cells as cell>.*?</#list>").matcher(parts);
    assertTrue(row.find(), "the bundled grid macro lists row.cells");
    Files.writeString(
        folder.resolve("parts.ftlx"), row.replaceFirst(Matcher.quoteReplacement(OLD_ROW)));
    String old =
        new Renderer(Optional.of(folder))
            .document(Kehoach.compute("plan.yaml", Models.minimal()))
            .source();
    String now =
        new Renderer(Optional.empty())
            .document(Kehoach.compute("plan.yaml", Models.minimal()))
            .source();
    assertEquals(now, old);
  }

  @Test
  void theTextOutputPrintsAMergedCellOnceOverItsColumnsAndRows() throws Exception {
    String text = new String(Renderer.bytes(document(), Format.TXT), StandardCharsets.UTF_8);
    String table =
        text.substring(text.indexOf("STT |"), text.indexOf("\n\n", text.indexOf("STT |")));
    assertEquals(
        """
        STT | Nội dung                         | Sản phẩm          | Đơn vị chủ trì      | Đơn vị phối hợp          |
        1   | Rà soát thủ tục hành chính       | Báo cáo rà soát   | Các sở, ngành theo chức năng                   |
        2   | Tập huấn cán bộ về chuyển đổi số | Tài liệu tập huấn | Sở Nội vụ           | Sở Khoa học và Công nghệ |
            |                                  | Lớp tập huấn      | Sở Nội vụ           |                          |
        3   | Kiểm tra                         | Báo cáo kết quả   | Văn phòng UBND tỉnh |                          |"""
            .strip(),
        table.strip());
  }
}
