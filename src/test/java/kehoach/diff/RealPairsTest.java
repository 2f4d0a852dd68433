package kehoach.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kehoach.diff.DiffResult.Change;
import kehoach.model.PlanException;
import org.junit.jupiter.api.Test;

/**
 * The real version pairs of ../shared/real-docx (a draft and the version sent for signature, as
 * their drafters saved them in Word), compared as DOCX: the changes are the ones a reviewer would
 * list, each under the plan's own numbering.
 */
class RealPairsTest {
  private static final Path DOCS = Path.of("src/test/resources/real-docx");

  private static DiffResult compare(String plan) throws PlanException {
    return PlanDiff.compare(
        DOCS.resolve(plan + ".draft.docx"), DOCS.resolve(plan + ".docx"), Optional.empty());
  }

  private static List<String> listed(DiffResult diff) {
    return diff.changes().stream()
        .map(c -> c.place() + ": " + c.type() + ": " + (c.words().isEmpty() ? text(c) : c.words()))
        .toList();
  }

  private static String text(Change c) {
    return c.type().equals("removed") ? c.oldText() : c.newText();
  }

  @Test
  void theInspectionPlansDraftAndFinalDifferAsAReviewerListsIt() throws PlanException {
    assertEquals(
        List.of(
            "mở đầu: changed: Lâm Đồng, ngày tháng [-01-] năm 2026",
            "II.1.c: changed: c) Công tác tuyên truyền cải cách hành chính. Việc cập nhật, công"
                + " khai thông tin cải cách hành chính trên trang thông tin điện tử của cơ quan,"
                + " đơn vị, địa [-phương-]{+phương.+}",
            "IV.2: changed: 2. Số lượng đơn vị kiểm tra: [-tối-]{+Tối+} thiểu 20% cơ quan chuyên"
                + " môn thuộc UBND tỉnh và đơn vị hành chính cấp xã.",
            "IV.3: changed: 3. Thời gian kiểm tra tại các cơ quan, địa phương: [-theo-]{+Theo+}"
                + " Phụ lục I kèm theo Kế hoạch này.",
            "nơi nhận, chữ ký: changed: {+KT.+} CHỦ TỊCH",
            "nơi nhận, chữ ký: changed: - Chủ [-tịch-]{+tịch, PCT.+} UBND [-tỉnh;-]{+tỉnh (Đ/c"
                + " Phúc);+}",
            "nơi nhận, chữ ký: removed: - Các Phó Chủ tịch UBND tỉnh;",
            "nơi nhận, chữ ký: changed: - [-Cơ-]{+Các cơ+} quan chuyên môn thuộc UBND tỉnh;",
            "nơi nhận, chữ ký: changed: - Ban Quản lý các khu công [-nghiệp;-]{+nghiệp tỉnh;+}",
            "nơi nhận, chữ ký: changed: - Lưu: VT, [-SNV.-]{+NC.Châu+}",
            "nơi nhận, chữ ký: added: PHÓ CHỦ TỊCH",
            "nơi nhận, chữ ký: added: Nguyễn Ngọc Phúc",
            "Phụ lục I: added: (Kèm theo Kế hoạch số /KH-UBND ngày /01/2026",
            "Phụ lục I: added: của UBND tỉnh Lâm Đồng)",
            "Phụ lục II: added: (Kèm theo Kế hoạch số /KH-UBND ngày /01/2026",
            "Phụ lục II: added: của UBND tỉnh Lâm Đồng)"),
        listed(compare("lamdong-kh-kiemtra-cchc-2026")));
  }

  @Test
  void theLongPlansPairListsItsRewordingsUnderTheirNumbers() throws PlanException {
    List<String> listed = listed(compare("lamdong-kh-cchc-2026-2030"));
    assertTrue(
        listed.contains("nơi nhận, chữ ký: changed: - Lưu: VT, [-NC.Châu-]{+NC.+}"),
        String.join("\n", listed));
    assertTrue(listed.contains("nơi nhận, chữ ký: added: Nguyễn Ngọc Phúc"));
    assertTrue(
        listed.stream().anyMatch(c -> c.startsWith("I.3.b: changed: b) Có sự kế thừa")),
        "a changed point under its number");
    assertTrue(
        listed.stream().anyMatch(c -> c.startsWith("Phụ lục, bảng 3, dòng 4: changed: 4 |")),
        "a changed row of the appendix's table, by its STT");
    assertTrue(
        listed.stream().noneMatch(c -> c.contains(": removed: ") && c.contains("đảm bảo")),
        "a reworded paragraph is a change, not a removal and an addition");
  }
}
