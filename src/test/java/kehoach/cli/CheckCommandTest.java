package kehoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import kehoach.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(status, out.toString(), err.toString());
  }

  @Test
  void summaryOfTheNinhThuanSample() {
    Result r = run("check", "samples/ninh-thuan-2024.yaml");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("Số:      /KH-UBND"), r.out());
    assertTrue(r.out().contains("Ninh Thuận, ngày       tháng 4 năm 2024"), r.out());
    assertTrue(r.out().contains("  III. TỔ CHỨC THỰC HIỆN"), r.out());
    assertTrue(r.out().contains("      a) Nghiên cứu, đánh giá"), r.out());
    assertTrue(r.out().matches("(?s).*TỔNG CỘNG \\(1\\+2\\+3\\) +74\\.580\\.000\n.*"), r.out());
    assertTrue(
        r.out().contains("74.580.000 đồng (Bảy mươi bốn triệu, năm trăm tám mươi ngàn đồng)"),
        r.out());
  }

  @Test
  void aModelWithProblemsExitsTwoWithOneLinePerProblemAndNoStackTrace(@TempDir Path dir)
      throws IOException {
    Path model = dir.resolve("bad.yaml");
    Files.writeString(
        model, Models.minimal().replace("quantity: 2", "quantity: -2").replace("place:", "placе:"));
    Result r = run("check", model.toString());
    assertEquals(2, r.status());
    assertEquals("", r.out());
    String[] lines = r.err().strip().split("\n");
    assertEquals(4, lines.length, r.err());
    assertTrue(lines[0].startsWith(model + ":4:3: document: missing field \"place\""), lines[0]);
    assertTrue(lines[3].equals("3 problems found."), lines[3]);
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void theBudgetShowsTheNumbersTheTablePrints(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("plan.yaml");
    Files.writeString(
        model,
        Models.withBudget(
            """
            - {content: Hội nghị, rows: [{content: Hội trường, amount: 1.000.000}]}
            - {stt: III, content: Tập huấn, rows: [{content: Tài liệu, amount: 500.000}]}
            - {content: Kiểm tra, rows: [{content: Xe, amount: 1.000.000}]}
            """));
    Result r = run("check", model.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("\n  I     Hội nghị "), r.out());
    assertTrue(r.out().contains("\n  III   Tập huấn "), r.out());
    assertTrue(r.out().contains("\n  IV    Kiểm tra "), r.out());
    assertTrue(
        r.out().matches("(?s).*\n  TỔNG CỘNG \\(I\\+III\\+IV\\) +2\\.500\\.000\n.*"), r.out());
  }

  @Test
  void aMissingFileIsAProblem() {
    Result r = run("check", "no/such/plan.yaml");
    assertEquals(2, r.status());
    assertEquals("no/such/plan.yaml: no such file\n1 problem found.\n", r.err());
  }

  @Test
  void everyCommandHasHelpAndVersion() {
    assertEquals(0, run("--help").status());
    assertEquals(0, run("check", "--help").status());
    Result v = run("check", "--version");
    assertEquals(0, v.status());
    assertTrue(v.out().startsWith("kehoach "), v.out());
  }

  @Test
  void aBadOptionIsAUsageError() {
    Result r = run("check", "--frobnicate", "x.yaml");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("Unknown option"), r.err());
  }
}
