package kehoach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kehoach.budget.ComputedBudget;
import kehoach.model.PlanException;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Part;
import org.junit.jupiter.api.Test;

/** The bundled samples compute the figures printed in the seed plans they come from. */
class SamplesTest {
  static ComputedPlan sample(String name) throws PlanException {
    return Kehoach.compute(Path.of("samples", name + ".yaml"));
  }

  private static List<String> groupSubtotals(ComputedBudget b) {
    List<String> out = new ArrayList<>();
    b.forEachLine(l -> out.add(l.isGroup() ? l.label() + " " + l.amount().toPlainString() : ""));
    out.removeIf(String::isEmpty);
    return out;
  }

  private static List<String> outline(List<Part> parts) {
    List<String> out = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Part.Heading h) {
        out.add(h.number());
        out.addAll(outline(h.parts()));
      }
    }
    return out;
  }

  @Test
  void ninhThuanAddsUpAsItsSeedSays() throws PlanException {
    ComputedPlan plan = sample("ninh-thuan-2024");
    ComputedBudget b = plan.budgets().get("budget");
    assertEquals(List.of("1 6960000", "2 5940000", "3 61680000"), groupSubtotals(b));
    assertEquals(0, new BigDecimal("74580000").compareTo(b.total()));
    assertEquals("TỔNG CỘNG (1+2+3)", b.totalLabel());
    assertEquals("Bảy mươi bốn triệu, năm trăm tám mươi ngàn đồng", b.words());
  }

  @Test
  void ninhThuanHasNoGapInItsSections() throws PlanException {
    ComputedPlan plan = sample("ninh-thuan-2024");
    List<String> top = plan.body().stream().map(p -> ((Part.Heading) p).label()).toList();
    assertEquals(List.of("I.", "II.", "III."), top);
    assertEquals("- Mục III;", plan.recipients().get(3).plain());
    assertEquals(
        "- Lưu: VT, VXNV. ĐND.", plan.recipients().get(plan.recipients().size() - 1).plain());
  }

  @Test
  void ninhThuanBudgetTextTakesItsFiguresFromTheTable() throws PlanException {
    ComputedPlan plan = sample("ninh-thuan-2024");
    Part.Heading budget = (Part.Heading) plan.body().get(1);
    String text = ((Part.Paragraph) budget.parts().get(2)).text().plain();
    assertEquals(
        "Tổng kinh phí thực hiện: 74.580.000 đồng (Bảy mươi bốn triệu, năm trăm tám mươi ngàn"
            + " đồng - Đính kèm Biểu chi tiết).",
        text);
  }

  @Test
  void tayNinhAddsUpInTrieuDong() throws PlanException {
    ComputedPlan plan = sample("tay-ninh-2024");
    ComputedBudget b = plan.budgets().get("budget");
    assertEquals(List.of("I 15", "II 120", "2 40", "III 5"), groupSubtotals(b));
    assertEquals(0, new BigDecimal("140").compareTo(b.total()));
    assertEquals("Tổng cộng (I+II+III)", b.totalLabel());
    assertEquals("Một trăm bốn mươi triệu đồng", b.words());
  }

  @Test
  void tayNinhHeaderAndNumbering() throws PlanException {
    ComputedPlan plan = sample("tay-ninh-2024");
    assertEquals("Số: 1500/KH-UBND", plan.header().numberLine());
    assertEquals("Tây Ninh, ngày 07 tháng 5 năm 2024", plan.header().placeAndDate());
    assertEquals(
        List.of(
            "I", "I.1", "I.2", "I.2.1", "I.2.2", "I.2.3", "I.2.4", "II", "III", "III.1", "III.2",
            "III.3"),
        outline(plan.body()));
    assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), plan.signature());
    assertEquals(
        "(Kèm theo Kế hoạch số 1500/KH-UBND ngày 07 tháng 5 năm 2024 của Chủ tịch Ủy ban nhân dân"
            + " tỉnh Tây Ninh)",
        plan.appendices().get(0).attachedTo().plain());
  }

  @Test
  void namDinhBasesAreOneParagraph() throws PlanException {
    ComputedPlan plan = sample("nam-dinh-2023");
    assertEquals(1, plan.bases().size());
    String bases = plan.bases().get(0).plain();
    assertEquals(
        true, bases.startsWith("Thực hiện Quyết định số 36/QĐ-TTg ngày 11/01/2021 của Thủ tướng"));
    assertEquals(true, bases.contains("2021- 2030; Quyết định số 1322/QĐ-TTg ngày 31/8/2020"));
    assertEquals(
        true,
        bases.endsWith(
            "2021-2030. Ủy ban nhân dân tỉnh Nam Định ban hành Kế hoạch thực hiện đến 2030 với nội dung như sau:"));
    assertEquals("Số:      /KH-UBND", plan.header().numberLine());
    assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH"), plan.header().agency());
    assertEquals(
        List.of("I.", "II.", "III.", "IV."),
        plan.body().stream().map(p -> ((Part.Heading) p).label()).toList());
    assertEquals(true, plan.closing().get(0).plain().endsWith("để xem xét, chỉ đạo./."));
  }
}
