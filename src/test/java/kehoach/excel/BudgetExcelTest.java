package kehoach.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.budget.ComputedBudget;
import kehoach.cli.Main;
import kehoach.load.YamlEdit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accountants work on budget tables in Excel; the model follows. */
class BudgetExcelTest {
  @TempDir Path dir;

  private static int run(StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  private Path export(String model) throws Exception {
    Path book = dir.resolve("budget.xlsx");
    assertEquals(0, run(new StringWriter(), "export-budget", model, "-o", book.toString()));
    return book;
  }

  private static Row rowWith(Sheet sheet, String content) {
    for (Row r : sheet) {
      for (Cell c : r) {
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && c.getStringCellValue().startsWith(content)) {
          return r;
        }
      }
    }
    throw new AssertionError("no row with " + content);
  }

  @Test
  void exportWritesLiveFormulasAndTheVietnameseNumberFormat() throws Exception {
    Path book = export("samples/ninh-thuan-2024.yaml");
    try (InputStream in = Files.newInputStream(book);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheet("budget");
      Row car = rowWith(sheet, "Tiền thuê xe");
      int r = car.getRowNum() + 1;
      assertEquals("ROUND(D" + r + "*E" + r + ",0)", car.getCell(5).getCellFormula());
      assertEquals(5_000_000, car.getCell(5).getNumericCellValue());
      assertEquals("#,##0", car.getCell(5).getCellStyle().getDataFormatString());
      Row group = rowWith(sheet, "Khảo sát");
      assertTrue(group.getCell(5).getCellFormula().startsWith("SUM("));
      assertTrue(wb.getFontAt(group.getCell(1).getCellStyle().getFontIndex()).getBold());
      Row total = rowWith(sheet, "TỔNG CỘNG (1+2+3)");
      assertTrue(total.getCell(5).getCellFormula().startsWith("SUM("));
      assertEquals(74_580_000, total.getCell(5).getNumericCellValue());
    }
  }

  @Test
  void editAQuantityInExcelImportAndTheTotalsFollow() throws Exception {
    Path model = dir.resolve("plan.yaml");
    Files.copy(Path.of("samples/batch/base.yaml"), model);
    String before = Files.readString(model);
    Path book = export(model.toString());
    try (InputStream in = Files.newInputStream(book);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Row course = rowWith(wb.getSheet("budget"), "Tổ chức 01 khóa đào tạo");
      course.getCell(3).setCellValue(2);
      try (OutputStream out = Files.newOutputStream(book)) {
        wb.write(out);
      }
    }
    assertEquals(
        0, run(new StringWriter(), "import-budget", book.toString(), "--into", model.toString()));
    ComputedBudget budget = Kehoach.compute(model).budgets().get("budget");
    // the course was 1 × 80 triệu; at 2 × 80 the group and total gain 80 triệu
    assertEquals(0, new BigDecimal("220").compareTo(budget.total()));
    assertEquals("Hai trăm hai mươi triệu đồng", budget.words());
    String after = Files.readString(model);
    YamlEdit.Span span = YamlEdit.rows("plan.yaml", before, "budget");
    assertEquals(
        before.substring(0, span.start()),
        after.substring(0, span.start()),
        "nothing before the rows changed");
    assertTrue(after.endsWith(before.substring(span.end())), "nothing after the rows changed");
  }

  @Test
  void aRoundTripWithoutEditsKeepsTheBudget() throws Exception {
    Path model = dir.resolve("plan.yaml");
    Files.copy(Path.of("samples/tay-ninh-2024.yaml"), model);
    List<String> before = lines(Kehoach.compute(model).budgets().get("budget"));
    Path book = export(model.toString());
    assertEquals(
        0, run(new StringWriter(), "import-budget", book.toString(), "--into", model.toString()));
    assertEquals(before, lines(Kehoach.compute(model).budgets().get("budget")));
    assertTrue(
        Files.readString(model).contains("*Tham gia hội nghị"), "the model's own marks are kept");
  }

  @Test
  void rowsWithTheirOwnNumbersKeepThemAndTheirPlaceThroughARoundTrip() throws Exception {
    Path model = dir.resolve("plan.yaml");
    Files.writeString(
        model,
        Models.withBudget(
            "columns: [stt, content, unit, quantity, price, amount, note]",
            """
            - content: Hội nghị
              rows:
                - {content: Thuê hội trường, unit: Ngày, quantity: 2, price: 1.000.000}
                - {stt: "", content: Thuê âm thanh cho hội trường, amount: 300.000}
                - {stt: 1a, content: Tài liệu, amount: 500.000, note: Trọn gói}
                - {content: Nước uống, amount: 100.000}
            - stt: III
              content: Tập huấn
              rows:
                - {content: Giảng viên, quantity: 1, price: 2.000.000}
            - content: Kiểm tra
              rows: [{content: Thuê xe, amount: 1.000.000}]
            """));
    List<String> before = lines(Kehoach.compute(model).budgets().get("budget"));
    assertEquals(
        List.of(
            "I Hội nghị 2900000",
            "1 Thuê hội trường 2000000",
            " Thuê âm thanh cho hội trường 300000",
            "1a Tài liệu 500000",
            "2 Nước uống 100000",
            "III Tập huấn 2000000",
            "1 Giảng viên 2000000",
            "IV Kiểm tra 1000000",
            "1 Thuê xe 1000000",
            "TỔNG CỘNG (I+III+IV) 5900000"),
        before);
    Path book = export(model.toString());
    StringWriter err = new StringWriter();
    assertEquals(
        0, run(err, "import-budget", book.toString(), "--into", model.toString()), err::toString);
    assertEquals(before, lines(Kehoach.compute(model).budgets().get("budget")));
    String after = Files.readString(model);
    assertTrue(after.contains("stt: \"1a\""), after);
    assertTrue(after.contains("stt: \"\""), after);
  }

  @Test
  void aStatedTotalFollowsAndATotalTypedInTheTextIsReported() throws Exception {
    Path model = dir.resolve("plan.yaml");
    Files.copy(Path.of("samples/ninh-thuan-2024.yaml"), model);
    Path book = export(model.toString());
    try (InputStream in = Files.newInputStream(book);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      rowWith(wb.getSheet("budget"), "Tiền thuê xe").getCell(3).setCellValue(6);
      try (OutputStream out = Files.newOutputStream(book)) {
        wb.write(out);
      }
    }
    StringWriter err = new StringWriter();
    assertEquals(1, run(err, "import-budget", book.toString(), "--into", model.toString()));
    assertTrue(
        Files.readString(model).contains("total: 75.580.000"), "the table's stated total follows");
    assertTrue(
        err.toString().contains("the text states the total 74.580.000 đồng"), err.toString());
  }

  @Test
  void aFigureThatCannotBeReadIsReportedByItsCellAndNothingImported() throws Exception {
    Path model = dir.resolve("plan.yaml");
    Files.copy(Path.of("samples/batch/base.yaml"), model);
    Path book = export(model.toString());
    try (InputStream in = Files.newInputStream(book);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Row course = rowWith(wb.getSheet("budget"), "Tổ chức 01 khóa đào tạo");
      course.getCell(3).setCellValue("hai");
      try (OutputStream out = Files.newOutputStream(book)) {
        wb.write(out);
      }
    }
    String before = Files.readString(model);
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "import-budget", book.toString(), "--into", model.toString()));
    assertTrue(
        err.toString().matches("(?s).*: budget!D\\d+: quantity: \"hai\" is not a number;.*"),
        err.toString());
    assertEquals(before, Files.readString(model), "nothing is imported");
  }

  private static List<String> lines(ComputedBudget b) {
    List<String> out = new ArrayList<>();
    b.forEachLine(l -> out.add(l.label() + " " + l.content() + " " + l.amount().toPlainString()));
    out.add(b.totalLabel() + " " + b.total().toPlainString());
    return out;
  }
}
