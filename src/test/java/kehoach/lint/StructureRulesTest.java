package kehoach.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import kehoach.word.WordDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Structure rules: each shown kehoach's own DOCX (clean), the same DOCX broken in one place, the
 * real Word plans with their drafters' slips, and the seed plans written as Word files.
 */
class StructureRulesTest {
  @TempDir Path dir;

  static List<String> samples() {
    return Docs.samples();
  }

  /**
   * kehoach's own output has no structure findings. (The Nam Định sample once kept its seed's "Chi
   * tiết các nhiệm vụ theo Phụ lục đính kèm" with no appendix; this rule found it, and the sentence
   * left the sample.)
   */
  @ParameterizedTest
  @MethodSource("samples")
  void samplesHaveNoStructureFindings(String sample) {
    assertEquals(List.of(), check(Docs.read(dir, Docs.sampleDocx(sample))));
  }

  @Test
  void aMissingMucIsFoundAtTheHeadingAfterTheGap() {
    List<Finding> findings =
        mutated("ninh-thuan-2024", d -> Docs.replaceText(d, "III. TỔ CHỨC", "IV. TỔ CHỨC"));
    Finding f = only(findings, OutlineNumbering.RULE);
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.place().words().startsWith("IV. TỔ CHỨC"), f.place().toString());
    assertTrue(f.message().contains("«III.» is missing"), f.message());
    assertTrue(f.expected().startsWith("«III.»"), f.expected());
  }

  @Test
  void aRepeatedKhoanIsFound() {
    List<Finding> findings =
        mutated(
            "ninh-thuan-2024", d -> Docs.replaceText(d, "2. Nhiệm vụ trọng tâm", "1. Nhiệm vụ"));
    Finding f = only(findings, OutlineNumbering.RULE);
    assertTrue(f.message().contains("repeats"), f.message());
    assertTrue(f.expected().startsWith("«2.»"), f.expected());
  }

  /** "đ" comes after "d" in the Vietnamese alphabet: đ) straight after c) skips d). */
  @Test
  void pointsFollowTheVietnameseLetterOrder() {
    List<Finding> findings =
        mutated("ninh-thuan-2024", d -> Docs.replaceText(d, "d) Hỗ trợ doanh", "đ) Hỗ trợ doanh"));
    Finding f = only(findings, OutlineNumbering.RULE);
    assertTrue(f.message().contains("«đ)» follows «c)»: «d)» is missing"), f.message());
  }

  @Test
  void khoanRestartsUnderEachMucAndDecimalsFollowTheirKhoan() {
    assertEquals(
        List.of(),
        rule(check(Docs.read(dir, Docs.sampleDocx("tay-ninh-2024"))), OutlineNumbering.RULE));
    List<Finding> findings =
        mutated("tay-ninh-2024", d -> Docs.replaceText(d, "2.3. Hỗ trợ", "3.3. Hỗ trợ"));
    Finding f = only(findings, OutlineNumbering.RULE);
    assertTrue(f.message().contains("stands under khoản «2.»"), f.message());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "III. KINH PHÍ THỰC HIỆN              | ROMAN   | 3  | true",
        "III.KINH PHÍ THỰC HIỆN               | ROMAN   | 3  | false",
        "10. Sở Tài chính                      | ARABIC  | 10 | true",
        "2.1. Tăng cường công tác thông tin    | DECIMAL | 1  | true",
        "đ) Việc tiếp nhận, xử lý phản ánh     | LETTER  | 5  | true",
        "g) Báo cáo UBND tỉnh                  | LETTER  | 7  | true",
        "Phần II                               | PART    | 2  | true",
      })
  void labelsAreReadAsNĐ30NumbersThem(String text, String level, int count, boolean spaced) {
    OutlineLabel label = OutlineLabel.parse(text, false).orElseThrow();
    assertEquals(OutlineLabel.Level.valueOf(level), label.level());
    assertEquals(count, label.count());
    assertEquals(spaced, label.spaced());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "15/7/2021 Nghị quyết số 76/NQ-CP",
        "1.000.000 đồng cho mỗi lớp",
        "2026. Năm thực hiện",
        "f) no such Vietnamese letter",
        "- Phối hợp với Sở Tài chính",
        "1.5 tỷ đồng",
        "IIII. not a numeral",
      })
  void otherStartsAreNoHeadings(String text) {
    assertTrue(OutlineLabel.parse(text, false).isEmpty(), text);
  }

  /** The drafters of two real plans skipped đ) twice and khoản 9 once. */
  @Test
  void realPlansSlipsAreFound() {
    List<Finding> tuyentruyen =
        rule(
            check(Docs.read(Docs.real("lamdong-kh-tuyentruyen-cchc-2026.docx"))),
            OutlineNumbering.RULE);
    assertEquals(2, tuyentruyen.size(), tuyentruyen.toString());
    assertTrue(tuyentruyen.stream().allMatch(f -> f.expected().startsWith("«đ)»")));
    List<Finding> pcmt =
        rule(check(Docs.read(Docs.real("lamdong-kh-pcmt-den-2030.docx"))), OutlineNumbering.RULE);
    assertEquals(1, pcmt.size(), pcmt.toString());
    assertTrue(pcmt.get(0).place().words().startsWith("10."));
  }

  /** Appendices restart the numbering; cited and present; the signed version is clean of them. */
  @Test
  void aRealPlanWithTwoAppendicesHasNoNumberingOrCitationFindings() {
    List<Finding> findings = check(Docs.read(Docs.real("lamdong-kh-kiemtra-cchc-2026.docx")));
    assertEquals(
        List.of(StructureRules.APPENDIX_REFERENCE, StructureRules.APPENDIX_REFERENCE),
        findings.stream().map(Finding::rule).toList(),
        findings.toString());
    // The header leaves the month blank, both appendices say 01: a warning, not an error.
    assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.WARNING));
    assertTrue(findings.get(0).message().contains("month as «01»"), findings.get(0).message());
  }

  /** The Ninh Thuận seed goes from II. to IV.; its Lưu line lacks its full stop (closing rules). */
  @Test
  void theSeedMissingSectionIIIIsFound() {
    List<Finding> findings = check(seed("ninh-thuan-2024.txt"));
    Finding f = only(findings, OutlineNumbering.RULE);
    assertTrue(f.place().words().startsWith("IV. TỔ CHỨC"), f.place().toString());
    assertTrue(f.expected().startsWith("«III.»"));
  }

  /** Nam Định's seed has "III.KINH PHÍ" with no space, and cites an appendix it does not hold. */
  @Test
  void theNamDinhSeedsSlipsAreFound() {
    List<Finding> findings = check(seed("nam-dinh-2023.txt"));
    Finding label = only(findings, OutlineNumbering.RULE);
    assertEquals(Severity.WARNING, label.severity());
    assertTrue(label.place().words().startsWith("III.KINH"));
    Finding missing = only(findings, StructureRules.APPENDIX_MISSING);
    assertTrue(missing.place().words().startsWith("Chi tiết các nhiệm vụ theo Phụ lục"));
  }

  @Test
  void theClosingMarkIsExpectedAttachedToTheLastWord() {
    Finding missing =
        only(
            mutated("tay-ninh-2024", d -> Docs.replaceText(d, "Kế hoạch này./.", "Kế hoạch này.")),
            StructureRules.CLOSING_MARK);
    assertEquals(Severity.WARNING, missing.severity());
    assertTrue(missing.place().words().startsWith("Yêu cầu Thủ trưởng"));
    Finding apart =
        only(
            mutated(
                "tay-ninh-2024", d -> Docs.replaceText(d, "Kế hoạch này./.", "Kế hoạch này ./.")),
            StructureRules.CLOSING_MARK);
    assertTrue(apart.message().contains("apart"), apart.message());
  }

  @Test
  void anAppendixTheBodyNeverCitesIsFound() {
    Finding f =
        only(
            mutated("ninh-thuan-2024", d -> Docs.replaceText(d, "Phụ lục Danh mục", "Danh mục")),
            StructureRules.APPENDIX_CITED);
    assertEquals("PHỤ LỤC", f.place().words());
  }

  /**
   * Citing a Phụ lục III the plan lacks; a Phụ lục of a decree cited in the body does not count.
   */
  @Test
  void aCitedAppendixThatIsNotThereIsFound() {
    List<Finding> findings =
        mutatedReal(
            "lamdong-kh-kiemtra-cchc-2026.docx",
            d -> {
              Docs.replaceText(d, "(Phụ lục II đính kèm)", "(Phụ lục III đính kèm)");
              Docs.replaceText(d, "Phụ lục I kèm theo", "Phụ lục I ban hành kèm theo Nghị định");
            });
    List<Finding> missing = rule(findings, StructureRules.APPENDIX_MISSING);
    assertEquals(1, missing.size(), missing.toString());
    assertTrue(missing.get(0).message().contains("«Phụ lục III»"));
    // Phụ lục I is now a decree's: the plan no longer cites its own.
    Finding uncited = only(findings, StructureRules.APPENDIX_CITED);
    assertEquals("Phụ lục I", uncited.place().words());
  }

  /**
   * An electronic plan ("năm 20…" left for the signing tool) may issue its appendices as files of
   * their own: one it cites and lacks is a warning to check, where a paper plan's is an error.
   */
  @Test
  void aCitedAppendixMissingFromAnElectronicPlanIsAWarning() {
    Consumer<XWPFDocument> citeAThird =
        d -> Docs.replaceText(d, "(Phụ lục II đính kèm)", "(Phụ lục III đính kèm)");
    Finding paper =
        only(
            mutatedReal("lamdong-kh-kiemtra-cchc-2026.docx", citeAThird),
            StructureRules.APPENDIX_MISSING);
    assertEquals(Severity.ERROR, paper.severity());
    Finding electronic =
        only(
            mutatedReal(
                "lamdong-kh-kiemtra-cchc-2026.docx",
                citeAThird.andThen(d -> Docs.replaceText(d, "năm 2026", "năm 20…"))),
            StructureRules.APPENDIX_MISSING);
    assertEquals(Severity.WARNING, electronic.severity());
    assertTrue(electronic.message().contains("file of its own"), electronic.message());
  }

  @Test
  void theAppendixLineMustAgreeWithTheHeader() {
    List<Finding> findings =
        mutated(
            "tay-ninh-2024",
            d ->
                Docs.replaceText(
                    d, "ngày 07 tháng 5 năm 2024 của", "ngày 08 tháng 5 năm 2024 của"));
    Finding f = only(findings, StructureRules.APPENDIX_REFERENCE);
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.message().contains("day as «08» where the header has «07»"), f.message());
    assertTrue(f.place().words().startsWith("(Kèm theo Kế hoạch"));
  }

  @Test
  void theAppendixLineIsRequired() {
    Finding f =
        only(
            check(Docs.read(Docs.real("lamdong-kh-kiemtra-cchc-2026.draft.docx"))).stream()
                .filter(x -> x.place().words().equals("Phụ lục II"))
                .toList(),
            StructureRules.APPENDIX_REFERENCE);
    assertTrue(f.message().contains("no «(Kèm theo"), f.message());
  }

  private static List<Finding> check(WordDocument document) {
    return new StructureRules().check(document);
  }

  private List<Finding> mutated(String sample, Consumer<XWPFDocument> change) {
    return check(Docs.mutated(dir, sample, change));
  }

  private List<Finding> mutatedReal(String name, Consumer<XWPFDocument> change) {
    try {
      XWPFDocument doc = Docs.open(Files.readAllBytes(Docs.real(name)));
      change.accept(doc);
      return check(Docs.read(dir, doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private WordDocument seed(String name) {
    return Docs.read(dir, SeedDocx.seed(name));
  }

  private static List<Finding> rule(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** The one finding of {@code rule}; fails when there is none or more. */
  static Finding only(List<Finding> findings, String rule) {
    List<Finding> of = rule(findings, rule);
    assertEquals(1, of.size(), findings.toString());
    return of.get(0);
  }
}
