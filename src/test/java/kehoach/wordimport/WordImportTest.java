package kehoach.wordimport;

import static kehoach.wordimport.Words.bold;
import static kehoach.wordimport.Words.cell;
import static kehoach.wordimport.Words.italic;
import static kehoach.wordimport.Words.merged;
import static kehoach.wordimport.Words.row;
import static kehoach.wordimport.Words.run;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kehoach.Kehoach;
import kehoach.model.PlanException;
import kehoach.word.Block;
import kehoach.word.WordDocument;
import org.junit.jupiter.api.Test;

/**
 * The mapping from a Word plan, as the reader gives it, to a plan model: one small plan with each
 * part the import reads.
 */
class WordImportTest {
  private final Words w = new Words();

  /** A plan whose budget line states 500.000 đồng for 2 × 200.000 when {@code wrong}. */
  private WordDocument plan(boolean wrong) {
    List<Block> body = new ArrayList<>();
    body.add(w.header("Số: 05/KH-UBND"));
    body.add(w.p("(Tài liệu dùng trong cơ quan)"));
    body.add(w.centred(bold("KẾ HOẠCH")));
    body.add(w.centred(bold("Kiểm tra công tác cải cách hành chính năm 2026")));
    body.add(w.p("Căn cứ Luật Tổ chức chính quyền địa phương;"));
    body.add(w.p("Căn cứ Kế hoạch số 9669/KH-UBND ngày 24/12/2025 của UBND tỉnh;"));
    body.add(w.p("UBND tỉnh ban hành Kế hoạch như sau:"));
    body.add(w.b("I. MỤC ĐÍCH, YÊU CẦU"));
    body.add(w.p("a) Kiểm tra việc thực hiện cải cách hành chính."));
    body.add(w.p("- Bảo đảm chính xác, khách quan;"));
    body.add(w.p("+ Không trùng lặp;"));
    body.add(w.p("b) Lịch kiểm tra tại Phụ lục kèm theo."));
    body.add(w.b("II. KINH PHÍ"));
    body.add(
        w.p(
            "both",
            List.of(
                run("Tổng kinh phí: "),
                bold("900.000 đồng"),
                run(" "),
                italic("(Chín trăm nghìn đồng)"))));
    body.add(w.p("Đơn vị tính: đồng"));
    body.add(
        w.grid(
            1,
            new String[] {"TT", "Nội dung", "Đơn vị tính", "Số lượng", "Đơn giá", "Thành tiền"},
            new String[] {"**I**", "**Công tác phí**", "", "", "", "**900.000**"},
            new String[] {
              "1", "Phụ cấp lưu trú", "Người", "2", "200.000", wrong ? "500.000" : "400.000"
            },
            new String[] {"2", "Thuê xe", "Ngày", "1", "500.000", "500.000"},
            new String[] {"", "**TỔNG CỘNG (I)**", "", "", "", "**900.000**"}));
    body.add(w.p("(Bằng chữ: Chín trăm nghìn đồng)"));
    body.add(
        Words.table(
            2,
            true,
            2,
            List.of(
                row(
                    cell(0, w.b("Nơi nhận:"), w.p("- Bộ Nội vụ;"), w.p("- Lưu: VT, NC.")),
                    cell(
                        1,
                        w.b("KT. CHỦ TỊCH"),
                        w.b("PHÓ CHỦ TỊCH"),
                        w.p(""),
                        w.b("Nguyễn Văn A"))))));
    body.add(w.centred(bold("PHỤ LỤC")));
    body.add(w.centred(bold("LỊCH KIỂM TRA")));
    body.add(w.centred(italic("(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2026 của UBND tỉnh)")));
    body.add(
        Words.table(
            3,
            false,
            3,
            List.of(
                row(cell(0, w.b("STT")), cell(1, w.b("Đơn vị")), cell(2, w.b("Thời gian"))),
                row(cell(0, w.b("I")), cell(1, w.b("Cấp tỉnh")), cell(2)),
                row(
                    cell(0, w.p("1")),
                    cell(1, w.p("Sở Nội vụ")),
                    merged(2, 1, 2, w.p("Tháng 3/2026"))),
                row(cell(0, w.p("2")), cell(1, w.p("Sở Y tế"))))));
    return Words.document(body);
  }

  @Test
  void theHeaderGivesTheIssuerNumberAndDate() {
    String yaml = WordImport.of(plan(false)).yaml();
    assertTrue(yaml.startsWith("issuer:\n  name: Ủy ban nhân dân tỉnh Lào Cai\n"), yaml);
    assertTrue(yaml.contains("  number: 5\n  place: Lào Cai\n  date: 2026-01-05\n"), yaml);
    assertTrue(yaml.contains("title: Kiểm tra công tác cải cách hành chính năm 2026\n"), yaml);
  }

  @Test
  void theBasesKeepTheirVerbAndEndingAndTheClosingSentence() {
    String yaml = WordImport.of(plan(false)).yaml();
    assertTrue(
        yaml.contains(
            "bases:\n  items:\n    - verb: Căn cứ\n      text: Luật Tổ chức chính quyền địa phương;\n"),
        yaml);
    assertTrue(yaml.contains("  closing: \"UBND tỉnh ban hành Kế hoạch như sau:\"\n"), yaml);
  }

  @Test
  void levelsComeFromTheNumbersWhichAreLeftOut() {
    String yaml = WordImport.of(plan(false)).yaml();
    assertTrue(yaml.contains("  - title: MỤC ĐÍCH, YÊU CẦU\n    numbering: letter\n"), yaml);
    assertTrue(yaml.contains("      - text: Kiểm tra việc thực hiện cải cách hành chính.\n"), yaml);
    assertTrue(
        yaml.contains(
            "        content:\n          - bullets:\n              - text: Bảo đảm chính xác, khách quan;\n"
                + "                bullets:\n                  - Không trùng lặp;\n"),
        yaml);
  }

  @Test
  void boldAndItalicAreKeptAsMarks() {
    String yaml = WordImport.of(plan(false)).yaml();
    assertTrue(yaml.contains("Tổng kinh phí: **900.000 đồng** *(Chín trăm nghìn đồng)*"), yaml);
  }

  @Test
  void appendicesAreCitedAsKehoachCitesThem() {
    String yaml = WordImport.of(plan(false)).yaml();
    assertTrue(yaml.contains("text: Lịch kiểm tra tại ${appendix:pl1} kèm theo."), yaml);
    assertTrue(yaml.contains("  - id: pl1\n    title: LỊCH KIỂM TRA\n"), yaml);
    assertTrue(
        yaml.contains(
            "    attached: Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2026 của UBND tỉnh\n"),
        yaml);
  }

  @Test
  void aTableKeepsItsGroupsAndMergedCells() {
    String yaml = WordImport.of(plan(false)).yaml();
    assertTrue(yaml.contains("            - group: Cấp tỉnh\n"), yaml);
    assertTrue(
        yaml.contains(
            "time:\n                    text: Tháng 3/2026\n                    rows: 2\n"),
        yaml);
  }

  @Test
  void nơiNhậnAndTheSignature() {
    String yaml = WordImport.of(plan(false)).yaml();
    assertTrue(
        yaml.contains(
            "recipients:\n  - Bộ Nội vụ\narchive:\n  - VT\n  - NC\nsignature:\n  authority:\n"
                + "    - KT. CHỦ TỊCH\n  title: PHÓ CHỦ TỊCH\n  name: Nguyễn Văn A\n"),
        yaml);
  }

  @Test
  void aBudgetKeepsItsStatedFiguresSoCheckFindsTheOriginalsMistake() {
    WordImport.Imported wrong = WordImport.of(plan(true));
    assertTrue(wrong.yaml().contains("budget:\n"), wrong.yaml());
    PlanException e =
        assertThrows(PlanException.class, () -> Kehoach.compute("wrong.yaml", wrong.yaml()));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).toString().contains("500.000"), e.getMessage());
    assertTrue(e.problems().get(0).toString().contains("400.000"), e.getMessage());
  }

  @Test
  void aPlanWithoutMistakesPassesCheck() {
    String yaml = WordImport.of(plan(false)).yaml();
    assertDoesNotThrow(() -> Kehoach.compute("right.yaml", yaml));
  }

  @Test
  void whatFitsNoFieldIsKeptAsTextAndReported() {
    WordImport.Imported imported = WordImport.of(plan(false));
    assertTrue(
        imported.yaml().contains("    content:\n      - (Tài liệu dùng trong cơ quan)\n"),
        imported.yaml());
    assertEquals(1, imported.warnings().size(), imported.warnings().toString());
    assertTrue(imported.warnings().get(0).contains("(Tài liệu dùng trong cơ quan)"));
  }
}
