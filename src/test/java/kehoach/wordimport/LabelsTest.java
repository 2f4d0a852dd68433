package kehoach.wordimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kehoach.model.Block.Numbering;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A paragraph's typed number tells its level; what is not a number stays text. */
class LabelsTest {
  @ParameterizedTest(name = "\"{0}\" is {1}, leaving \"{2}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "I. MỤC ĐÍCH, YÊU CẦU        | ROMAN   | MỤC ĐÍCH, YÊU CẦU",
        "IV.TỔ CHỨC THỰC HIỆN        | ROMAN   | TỔ CHỨC THỰC HIỆN",
        "2. Yêu cầu                  | ARABIC  | Yêu cầu",
        "10) Sở Tư pháp              | ARABIC  | Sở Tư pháp",
        "2.1. Mục tiêu chung         | DECIMAL | Mục tiêu chung",
        "đ) Việc tiếp nhận hồ sơ     | LETTER  | Việc tiếp nhận hồ sơ",
        "- Bảo đảm khách quan;       | DASH    | Bảo đảm khách quan;",
        "+ Không trùng lắp;          | PLUS    | Không trùng lắp;",
      })
  void aTypedNumberIsItsLevel(String text, Numbering kind, String rest) {
    Labels.Label label = Labels.of("", text.strip()).orElseThrow();
    assertEquals(kind, label.kind());
    assertEquals(rest.strip(), label.rest());
  }

  @ParameterizedTest(name = "\"{0}\" has no number")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026 là năm bản lề",
        "-5% so với năm trước",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        "100% văn bản được kiểm tra",
      })
  void textIsNotANumber(String text) {
    assertEquals(java.util.Optional.empty(), Labels.of("", text));
  }

  @ParameterizedTest(name = "Word''s label \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {"a) | LETTER", "1. | ARABIC", "- | DASH"})
  void wordsAutomaticLabelCountsAsTyped(String listLabel, Numbering kind) {
    Labels.Label label = Labels.of(listLabel.strip(), "Nội dung").orElseThrow();
    assertEquals(kind, label.kind());
    assertEquals("Nội dung", label.rest());
  }
}
