package kehoach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import kehoach.model.PlanException;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Grid;
import kehoach.plan.Part;
import org.junit.jupiter.api.Test;

/** The model expresses the other shapes of the reference plans. */
class ReferencesTest {
  @Test
  void aDepartmentPlanSignedByItsDirector() throws PlanException {
    ComputedPlan plan =
        Kehoach.compute(Path.of("src/test/resources/references/phutho-stttt-2011.yaml"));
    assertEquals("UBND TỈNH PHÚ THỌ", plan.header().parentAgency().orElseThrow());
    assertEquals(List.of("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), plan.header().agency());
    assertEquals("Số:      /KH-STTTT", plan.header().numberLine());
    assertEquals(List.of(), plan.bases());
    assertEquals(List.of("GIÁM ĐỐC"), plan.signature());
    assertEquals(5, plan.body().size(), "five sections, I to V");
    assertEquals("V.", ((Part.Heading) plan.body().get(4)).label());
    assertEquals("- Lưu: VT, P.CNTT.", plan.recipients().get(2).plain());
  }

  @Test
  void aTableInsideTheBody() throws PlanException {
    ComputedPlan plan =
        Kehoach.compute(Path.of("src/test/resources/references/phutho-stttt-2011.yaml"));
    Part.Heading ii = (Part.Heading) plan.body().get(1);
    Part.Heading khoan = (Part.Heading) ii.parts().get(0);
    Part.Heading diem = (Part.Heading) khoan.parts().get(0);
    assertEquals("a)", diem.label());
    Grid grid = ((Part.Table) diem.parts().get(0)).grid();
    assertEquals(
        List.of("Ngày", "Sáng", "Chiều"),
        grid.columns().stream().map(Grid.Column::header).toList());
    assertEquals(
        List.of("Ngày 04/01/2012 (thứ 4)", "Phòng Thanh tra", "Phòng Quản lý Báo chí – Xuất bản"),
        grid.rows().get(1).cells().stream().map(Grid.Cell::plain).toList());
  }

  @Test
  void anAppendixOfTextOnly() throws PlanException {
    ComputedPlan plan =
        Kehoach.compute(Path.of("src/test/resources/references/phutho-stttt-2011.yaml"));
    var appendix = plan.appendices().get(0);
    assertEquals("Phụ lục", appendix.name());
    assertEquals(
        "(Kèm theo Kế hoạch số      /KH-STTTT ngày       tháng 12 năm 2011 của Sở Thông tin và"
            + " Truyền thông)",
        appendix.attachedTo().plain());
    Part.Heading first = (Part.Heading) appendix.parts().get(0);
    assertEquals("I.", first.label());
    assertEquals("1.", ((Part.Heading) first.parts().get(0)).label());
  }

  @Test
  void decomposedInputIsComposed() throws PlanException {
    String decomposed = Models.minimal().replace("Lào Cai", "La\u0300o Cai");
    ComputedPlan plan = Kehoach.compute("plan.yaml", decomposed);
    assertEquals("Lào Cai, ngày 05 tháng 01 năm 2026", plan.header().placeAndDate());
  }
}
