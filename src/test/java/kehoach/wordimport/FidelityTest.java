package kehoach.wordimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kehoach.diff.Fidelity;
import kehoach.diff.Unit;
import org.junit.jupiter.api.Test;

/** The measure the import is held to: the share of the original's units found, in order. */
class FidelityTest {
  private static final List<Unit> ORIGINAL =
      List.of(
          Unit.row(
              List.of("ỦY BAN NHÂN DÂNTỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              0,
              "item"),
          Unit.paragraph("KẾ HOẠCH"),
          Unit.paragraph("Kiểm tra công tác cải cách hành chính năm 2026"),
          Unit.paragraph("trên địa bàn tỉnh Lâm Đồng"),
          Unit.paragraph("I. MỤC ĐÍCH"),
          Unit.paragraph("II. YÊU CẦU"));

  @Test
  void theSameUnitsAreAllFound() {
    assertEquals(1.0, Fidelity.of(ORIGINAL, ORIGINAL));
  }

  @Test
  void aCellReadAsItsParagraphsAndTwoLinesPrintedAsOneAreFound() {
    List<Unit> copy =
        List.of(
            Unit.paragraph("ỦY BAN NHÂN DÂN"),
            Unit.paragraph("TỈNH LÂM ĐỒNG"),
            Unit.paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            Unit.paragraph("KẾ HOẠCH"),
            Unit.paragraph(
                "Kiểm tra công tác cải cách hành chính năm 2026 trên địa bàn tỉnh Lâm Đồng"),
            Unit.paragraph("I. MỤC ĐÍCH"),
            Unit.paragraph("II. YÊU CẦU"));
    assertEquals(1.0, Fidelity.of(ORIGINAL, copy));
  }

  @Test
  void aChangedOrMissingUnitIsNotFound() {
    List<Unit> copy =
        List.of(
            ORIGINAL.get(0),
            Unit.paragraph("KẾ HOẠCH"),
            Unit.paragraph("Kiểm tra công tác cải cách hành chính năm 2026"),
            Unit.paragraph("I. MỤC ĐÍCH, YÊU CẦU"));
    assertEquals(4.0 / 7, Fidelity.of(ORIGINAL, copy), 1e-9);
  }

  @Test
  void unitsOutOfOrderAreFoundOnlyOnce() {
    List<Unit> copy = List.of(ORIGINAL.get(5), ORIGINAL.get(4));
    assertEquals(1.0 / 7, Fidelity.of(ORIGINAL, copy), 1e-9);
  }
}
