package kehoach.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.cli.Main;
import kehoach.plan.Grid;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offices keep task tables in spreadsheets; a plan's tables go there and come back. */
class TableExcelTest {
  @TempDir Path dir;

  /** A task table with groups, merged cells and a row put in between (2a). */
  private static final String TASKS =
      """
      columns: [stt, content, {key: product, header: Sản phẩm}, lead, partners]
      rows:
        - group: Cải cách thủ tục
          rows:
            - content: Rà soát thủ tục hành chính
              product: Báo cáo rà soát
              lead: {text: "Các sở, ngành theo chức năng", span: 2}
            - stt: {rows: 2}
              content: {text: Tập huấn cán bộ về chuyển đổi số, rows: 2}
              product: Tài liệu tập huấn
              lead: Sở Nội vụ
              partners: Sở Khoa học và Công nghệ
            - {product: Lớp tập huấn, lead: Sở Nội vụ}
            - {stt: "2a", content: 'Tập huấn "bổ sung"', lead: Sở Nội vụ}
        - group: Kiểm tra
          rows:
            - {content: "Kiểm tra **cuối năm**", product: Báo cáo kết quả, lead: Văn phòng UBND tỉnh}
      """;

  private static int run(StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  private Path model(String yaml) throws Exception {
    Path model = dir.resolve("plan.yaml");
    Files.writeString(model, yaml);
    return model;
  }

  /** The printed table: each row's kind and cells, with where they start and how far they reach. */
  private static List<String> printed(Path model, int table) throws Exception {
    Grid grid = PlanTables.grids(Kehoach.compute(model)).get(table);
    List<String> out = new ArrayList<>();
    for (Grid.Row row : grid.rows()) {
      StringBuilder line = new StringBuilder(row.kind());
      for (Grid.Cell c : row.cells()) {
        line.append(" | ").append(c.column()).append(':').append(c.plain());
        line.append(" ").append(c.colspan()).append('x').append(c.rowspan());
      }
      out.add(line.toString());
    }
    return out;
  }

  @Test
  void exportImportKeepsThePrintedTable() throws Exception {
    Path model = model(Models.withTable(TASKS));
    List<String> before = printed(model, 0);
    String text = Files.readString(model);
    Path book = dir.resolve("tasks.xlsx");
    StringWriter err = new StringWriter();
    assertEquals(
        0, run(err, "export-table", "" + model, "--table", "1", "-o", "" + book), err + text);
    try (InputStream in = Files.newInputStream(book);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(0);
      assertEquals("Sản phẩm", sheet.getRow(0).getCell(2).getStringCellValue());
      assertEquals("I", sheet.getRow(1).getCell(0).getStringCellValue());
      assertTrue(wb.getFontAt(sheet.getRow(1).getCell(1).getCellStyle().getFontIndex()).getBold());
      assertEquals("2a", sheet.getRow(5).getCell(0).getStringCellValue());
      assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(2, 2, 3, 4)));
      assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(3, 4, 0, 0)));
      assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(3, 4, 1, 1)));
    }
    // the same table back in a model whose rows were different
    Files.writeString(
        model,
        text.replace("Rà soát thủ tục hành chính", "Một việc khác")
            .replaceAll("(?m)^ *- \\{stt: \"2a\".*\n", ""));
    String edited = Files.readString(model);
    err = new StringWriter();
    assertEquals(
        0,
        run(err, "import-table", "" + book, "--into", "" + model, "--table", "1"),
        err + Files.readString(model));
    assertEquals(before, printed(model, 0));
    assertTrue(Files.readString(model).contains("content: \"Kiểm tra **cuối năm**\""));
    String after = Files.readString(model);
    int start = edited.indexOf("      - budget:");
    assertEquals(edited.substring(start), after.substring(after.indexOf("      - budget:")));
    assertEquals(
        edited.substring(0, edited.indexOf("- group")),
        after.substring(0, after.indexOf("- group")));
  }

  @Test
  void aHandMadeSheetWithVietnameseHeadersGroupsAndAMergedCell() throws Exception {
    Path model =
        model(
            Models.withTable(
                """
                columns: [stt, content, lead, partners, time]
                rows:
                  - {content: Cũ, lead: Sở Nội vụ}
                """));
    Path book = dir.resolve("tay.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(book)) {
      Sheet s = wb.createSheet("Phụ lục");
      String[][] cells = {
        {"PHÂN CÔNG NHIỆM VỤ", "", "", "", ""},
        {"TT", "Nhiệm vụ", "Cơ quan chủ trì", "ĐƠN VỊ PHỐI HỢP", "Thời gian hoàn thành"},
        {"I.", "Cải cách thủ tục", "", "", ""},
        {"1", "Rà soát thủ tục", "Các sở, ngành", "", "Quý II"},
        {"2", "Tập huấn", "Sở Nội vụ", "Sở Tư pháp", "Quý III"},
        {"II", "Kiểm tra", "", "", ""},
        {"1", "Kiểm tra cuối năm", "Văn phòng UBND tỉnh", "", "Tháng 12"},
      };
      for (int r = 0; r < cells.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.createCell(c).setCellValue(cells[r][c]);
        }
      }
      s.addMergedRegion(new CellRangeAddress(3, 3, 2, 3));
      wb.write(out);
    }
    StringWriter err = new StringWriter();
    assertEquals(0, run(err, "import-table", "" + book, "--into", "" + model), "" + err);
    assertEquals(
        List.of(
            "group | 0:I 1x1 | 1:Cải cách thủ tục 1x1 | 2: 1x1 | 3: 1x1 | 4: 1x1",
            "item | 0:1 1x1 | 1:Rà soát thủ tục 1x1 | 2:Các sở, ngành 2x1 | 4:Quý II 1x1",
            "item | 0:2 1x1 | 1:Tập huấn 1x1 | 2:Sở Nội vụ 1x1 | 3:Sở Tư pháp 1x1 | 4:Quý III 1x1",
            "group | 0:II 1x1 | 1:Kiểm tra 1x1 | 2: 1x1 | 3: 1x1 | 4: 1x1",
            "item | 0:1 1x1 | 1:Kiểm tra cuối năm 1x1 | 2:Văn phòng UBND tỉnh 1x1 | 3: 1x1"
                + " | 4:Tháng 12 1x1"),
        printed(model, 0));
    String yaml = Files.readString(model);
    assertTrue(yaml.contains("lead: {text: \"Các sở, ngành\", span: 2}"), yaml);
    assertTrue(!yaml.contains("stt:"), yaml);
  }

  @Test
  void aCsvFileComesInTheSameWay() throws Exception {
    Path model =
        model(Models.withTable("columns: [stt, content, lead]\nrows:\n  - {content: Cũ}\n"));
    Path csv = dir.resolve("bang.csv");
    Files.writeString(
        csv,
        "STT;Nội dung;Đơn vị chủ trì\n1;Rà soát;Sở Nội vụ\n;\"tiếp; liên thông\";Sở Tư pháp\n");
    StringWriter err = new StringWriter();
    assertEquals(0, run(err, "import-table", "" + csv, "--into", "" + model), "" + err);
    assertEquals(
        List.of(
            "item | 0:1 1x1 | 1:Rà soát 1x1 | 2:Sở Nội vụ 1x1",
            "item | 0: 1x1 | 1:tiếp; liên thông 1x1 | 2:Sở Tư pháp 1x1"),
        printed(model, 0));
  }

  @Test
  void aCellThatCannotBeReadIsReportedBySheetRowAndColumn() throws Exception {
    Path model =
        model(Models.withTable("columns: [stt, content, lead]\nrows:\n  - {content: Cũ}\n"));
    Path book = dir.resolve("loi.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(book)) {
      Sheet s = wb.createSheet("Bảng");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("STT");
      h.createCell(1).setCellValue("Nội dung");
      h.createCell(2).setCellValue("Chủ trì");
      Row a = s.createRow(1);
      a.createCell(0).setCellValue(1);
      a.createCell(1).setCellValue("Rà soát");
      a.createCell(2).setCellValue("Sở Nội vụ");
      Row b = s.createRow(2);
      b.createCell(0).setCellValue(2);
      b.createCell(1).setCellValue("Tập huấn");
      b.createCell(2).setCellFormula("1/0");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
    }
    StringWriter err = new StringWriter();
    String before = Files.readString(model);
    assertEquals(2, run(err, "import-table", "" + book, "--into", "" + model));
    assertTrue(
        err.toString().contains(book + ": Bảng!C3: #DIV/0! is an error value (from =1/0)"),
        err.toString());
    assertEquals(before, Files.readString(model), "nothing is imported");
  }
}
