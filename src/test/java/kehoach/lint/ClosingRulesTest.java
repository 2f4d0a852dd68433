package kehoach.lint;

import static kehoach.lint.StructureRulesTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import kehoach.word.WordDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Closing rules: Nơi nhận's form, the signature's lines for the issuer, and the block kept on one
 * page; on kehoach's own DOCX (clean), the same broken in one place, and the real Word plans.
 */
class ClosingRulesTest {
  @TempDir Path dir;

  static List<String> samples() {
    return Docs.samples();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void samplesHaveNoClosingFindings(String sample) {
    assertEquals(List.of(), check(Docs.read(dir, Docs.sampleDocx(sample))));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Nơi nhận:              | Nơi nhận              | the label reads «Nơi nhận»",
        "- Bộ KH&CN;            | - Bộ KH&CN,           | ends «,»",
        "- Bộ KH&CN;            | + Bộ KH&CN;           | does not start with «- »",
        "- Lưu: VP1, VP7.       | - Lưu: VP1, VP7       | ends «7»",
        "- Lưu: VP1, VP7.       | - Lưu trữ tại VP1.    | not the Lưu line",
      })
  void recipientsBrokenOneWayAreFound(String find, String replace, String message) {
    Finding f =
        only(
            mutated("nam-dinh-2023", d -> Docs.replaceText(d, find, replace)),
            ClosingRecipients.RULE);
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.message().contains(message), f.message());
  }

  /** Entries joined by a line break are told apart; "NC.Châu" leaves the Lưu line without ".". */
  @Test
  void realRecipientListsAreReadEntryByEntry() {
    Finding f =
        only(check(Docs.read(Docs.real("lamdong-kh-pcmt-den-2030.docx"))), ClosingRecipients.RULE);
    assertTrue(f.message().contains("«- Lưu: VT, NC.Châu» ends «u»"), f.message());
    assertEquals(
        List.of(),
        rule(
            check(Docs.read(Docs.real("lamdong-kh-thidua-cchc-2026.docx"))),
            ClosingRecipients.RULE));
  }

  /** A UBND's plan is signed for the collective: TM. ỦY BAN NHÂN DÂN above KT. CHỦ TỊCH. */
  @Test
  void aUbndPlanWithoutTmIsFound() {
    Finding f =
        only(
            mutated("nam-dinh-2023", d -> Docs.replaceText(d, "TM. ỦY BAN NHÂN DÂN", "")),
            ClosingSignature.RULE);
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.message().contains("«KT. CHỦ TỊCH / PHÓ CHỦ TỊCH»"), f.message());
    assertEquals(
        "«TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH» (NĐ 30 Điều 13; Phụ lục I, ô 7a)",
        f.expected());
    Finding real =
        only(
            check(Docs.read(Docs.real("lamdong-kh-kiemtra-cchc-2026.docx"))),
            ClosingSignature.RULE);
    assertEquals(f.expected(), real.expected());
  }

  /**
   * A plan its appendix says the Chủ tịch issues is signed without TM., as kehoach's Tây Ninh is.
   */
  @Test
  void theChairsOwnPlanIsSignedWithoutTm() {
    assertEquals(
        ClosingSignature.Issuer.CHAIR,
        ClosingRules.issuer(Docs.read(Docs.real("lamdong-kh-cchc-2026-2030.docx")), List.of()));
    assertEquals(
        List.of(),
        rule(check(Docs.read(Docs.real("lamdong-kh-cchc-2026-2030.docx"))), ClosingSignature.RULE));
    Finding f =
        only(
            mutated(
                "tay-ninh-2024", d -> Docs.replaceText(d, "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN")),
            ClosingSignature.RULE);
    assertTrue(f.expected().startsWith("«KT. CHỦ TỊCH / PHÓ CHỦ TỊCH»"), f.expected());
  }

  /**
   * The Tây Ninh seed, whose header was lost (so its issuer is not known), signs "KT.CHỦ TỊCH" /
   * "PHÓ CHỦ TỊCH," and writes "Nơi nhận" without its colon.
   */
  @Test
  void theTayNinhSeedsSlipsAreFound() {
    List<Finding> findings = check(Docs.read(dir, SeedDocx.seed("tay-ninh-2024.txt")));
    List<String> expected =
        rule(findings, ClosingSignature.RULE).stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .map(Finding::expected)
            .toList();
    assertEquals(
        List.of("«KT. CHỦ TỊCH» (NĐ 30 Phụ lục I, ô 7a)", "«PHÓ CHỦ TỊCH» (NĐ 30 Phụ lục I, ô 7a)"),
        expected);
    Finding label = only(findings, ClosingRecipients.RULE);
    assertTrue(label.message().contains("«Nơi nhận»"), label.message());
  }

  @Test
  void authorityLinesAreUpperCase() {
    Finding f =
        only(
            mutated("nam-dinh-2023", d -> Docs.replaceText(d, "PHÓ CHỦ TỊCH", "Phó Chủ tịch")),
            ClosingSignature.RULE);
    assertTrue(f.message().contains("«Phó Chủ tịch» is not in upper case"), f.message());
  }

  @Test
  void aMissingNameIsAWarning() {
    Finding f =
        only(
            mutated("nam-dinh-2023", d -> Docs.replaceText(d, "Trần Lê Đoài", "")),
            ClosingSignature.RULE);
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().contains("no signer's name"), f.message());
  }

  /**
   * A Sở's director signs GIÁM ĐỐC; a deputy KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC; never TM. (Errors only:
   * the text format of the reference has no blank lines, so its name follows the title closely.)
   */
  @Test
  void aSoIsSignedByItsDirector() {
    String text = resource("07_phutho-stttt-kh-dao-tao-qlvb-2011.txt");
    assertEquals(List.of(), errors(check(seed(text))));
    Finding f =
        only(
            errors(check(seed(text.replace("\tGIÁM ĐỐC", "\tKT. GIÁM ĐỐC")))),
            ClosingSignature.RULE);
    assertEquals("«GIÁM ĐỐC» (NĐ 30 Điều 13; Phụ lục I, ô 7a)", f.expected());
    assertEquals(
        List.of(),
        errors(check(seed(text.replace("\tGIÁM ĐỐC", "\tKT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC")))));
  }

  @Test
  void aBlockThatMayBreakAcrossPagesIsAWarning() {
    Finding f =
        only(mutated("ninh-thuan-2024", ClosingRulesTest::letTheClosingSplit), ClosingRules.SPLIT);
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.place().words().startsWith("Nơi nhận"), f.place().toString());
    only(check(Docs.read(Docs.real("lamdong-kh-thidua-cchc-2026.docx"))), ClosingRules.SPLIT);
  }

  /** Rows marked "can't split" are enough on their own, as Word users set them. */
  @Test
  void rowsThatCannotSplitHoldTheBlock() {
    assertEquals(
        List.of(),
        rule(mutated("ninh-thuan-2024", d -> keepNothing(d, false)), ClosingRules.SPLIT));
  }

  private static void letTheClosingSplit(XWPFDocument doc) {
    keepNothing(doc, true);
  }

  /** Clears "keep with next" on the closing table's lines, and "can't split" on its rows too. */
  private static void keepNothing(XWPFDocument doc, boolean rows) {
    XWPFTable closing =
        doc.getTables().stream()
            .filter(t -> t.getText().contains("Nơi nhận"))
            .findFirst()
            .orElseThrow();
    for (XWPFTableRow row : closing.getRows()) {
      if (rows) {
        row.setCantSplitRow(false);
      }
      for (XWPFTableCell cell : row.getTableCells()) {
        for (XWPFParagraph p : cell.getParagraphs()) {
          var pPr = p.getCTP().getPPr();
          if (pPr != null && pPr.isSetKeepNext()) {
            pPr.unsetKeepNext();
          }
        }
      }
    }
  }

  private static List<Finding> check(WordDocument document) {
    return new ClosingRules().check(document);
  }

  private List<Finding> mutated(String sample, Consumer<XWPFDocument> change) {
    return check(Docs.mutated(dir, sample, change));
  }

  private WordDocument seed(String text) {
    return Docs.read(dir, SeedDocx.of(text));
  }

  private static String resource(String name) {
    try (InputStream in = ClosingRulesTest.class.getResourceAsStream("/lint/seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Finding> errors(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  private static List<Finding> rule(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }
}
