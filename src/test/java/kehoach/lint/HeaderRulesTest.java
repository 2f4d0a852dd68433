package kehoach.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import kehoach.word.WordDocument;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The header's words and weights, each broken once in kehoach's own DOCX. */
class HeaderRulesTest {
  @TempDir Path dir;

  static List<String> samples() {
    return Docs.samples();
  }

  private static List<Finding> findings(WordDocument d, String rule) {
    return new HeaderRules().check(d).stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** tay-ninh-2024 has a number and a full date: ngày 07 tháng 5 năm 2024. */
  private List<Finding> mutated(String rule, Consumer<XWPFDocument> change) {
    return findings(Docs.mutated(dir, "tay-ninh-2024", change), rule);
  }

  private List<Finding> replaced(String rule, String find, String replace) {
    return mutated(rule, doc -> Docs.replaceText(doc, find, replace));
  }

  /** The empty paragraph after {@code text}, whose top border is kehoach's rule. */
  private static XWPFParagraph ruleAfter(XWPFDocument doc, String text) {
    List<XWPFParagraph> all = Docs.paragraphs(doc);
    return all.get(all.indexOf(Docs.paragraph(doc, text)) + 1);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void kehoachsOwnOutputIsClean(String sample) {
    WordDocument d = Docs.read(dir, Docs.sampleDocx(sample));
    assertEquals(List.of(), new HeaderRules().check(d));
  }

  @Test
  void realPlansHeadersAreRead() {
    for (String name :
        List.of(
            "lamdong-kh-cchc-2026-2030.docx",
            "lamdong-kh-kiemtra-cchc-2026.docx",
            "lamdong-kh-pcmt-den-2030.docx",
            "lamdong-kh-thidua-cchc-2026.docx",
            "lamdong-kh-tuyentruyen-cchc-2026.docx")) {
      WordDocument d = Docs.read(Docs.real(name));
      assertEquals(List.of(), new HeaderRules().check(d), name);
    }
  }

  @Test
  void hoaWithTheAccentOnTheOIsAnError() {
    List<Finding> f = replaced("header.motto", "CỘNG HÒA", "CỘNG HOÀ");
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).message().contains("\"HOÀ\""), f.get(0).message());
    assertTrue(f.get(0).expected().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  }

  @Test
  void aMottoNotBoldIsAnError() {
    List<Finding> f =
        mutated("header.motto", doc -> Docs.eachRun(doc, "CỘNG HÒA", r -> r.setBold(false)));
    assertEquals(List.of("the Quốc hiệu is not bold"), f.stream().map(Finding::message).toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Độc lập – Tự do – Hạnh phúc | a dash where the decree has a hyphen",
        "Độc lập-Tự do-Hạnh phúc     | the hyphens need a space on each side",
        "Độc lập - Tự do - Hạnh Phúc |"
      })
  void theSloganIsExact(String written, String why) {
    List<Finding> f = replaced("header.slogan", "Độc lập - Tự do - Hạnh phúc", written);
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).message().contains("\"" + written + "\""), f.get(0).message());
    if (why != null) {
      assertTrue(f.get(0).message().contains(why), f.get(0).message());
    }
  }

  @Test
  void noRuleUnderTheSloganIsAnError() {
    List<Finding> f =
        mutated("header.slogan", doc -> ruleAfter(doc, "Độc lập").setBorderTop(Borders.NONE));
    assertEquals(List.of("no rule under the Tiêu ngữ"), f.stream().map(Finding::message).toList());
  }

  @Test
  void anUnderscoreLineIsARuleToo() {
    List<Finding> f =
        mutated(
            "header.slogan",
            doc -> {
              XWPFParagraph rule = ruleAfter(doc, "Độc lập");
              rule.setBorderTop(Borders.NONE);
              rule.createRun().setText("__________");
            });
    assertEquals(List.of(), f);
  }

  @Test
  void agencyInLowerCaseNotBoldOrWithoutRuleIsAnError() {
    assertEquals(
        List.of("agency line \"Tỉnh Tây Ninh\" is not in upper case"),
        replaced("header.agency", "TỈNH TÂY NINH", "Tỉnh Tây Ninh").stream()
            .map(Finding::message)
            .toList());
    assertEquals(
        List.of("agency line \"TỈNH TÂY NINH\" is not bold"),
        mutated("header.agency", doc -> Docs.eachRun(doc, "TỈNH TÂY NINH", r -> r.setBold(false)))
            .stream()
            .map(Finding::message)
            .toList());
    assertEquals(
        List.of("no rule under the agency's name"),
        mutated("header.agency", doc -> ruleAfter(doc, "TỈNH TÂY NINH").setBorderTop(Borders.NONE))
            .stream()
            .map(Finding::message)
            .toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "5/KH-UBND    | the number \"5\"",
        "010/KH-UBND  | the number \"010\"",
        "05/kh-ubnd   | the symbol",
        "05/KH - UBND | the symbol",
        "05/KH-UBND   |"
      })
  void numberAndSymbolInForm(String written, String finding) {
    List<Finding> f = replaced("header.number", "1500/KH-UBND", written);
    if (finding == null) {
      assertEquals(List.of(), f, written);
    } else {
      assertEquals(1, f.size(), written + ": " + f);
      assertTrue(f.get(0).message().startsWith(finding), f.get(0).message());
    }
  }

  @ParameterizedTest
  @CsvSource({"'Số:      /KH-UBND'", "'Số: …/KH-UBND'", "'Số: ....../KH-UBND'"})
  void aDraftsBlankNumberIsFine(String draft) {
    assertEquals(List.of(), replaced("header.number", "Số: 1500/KH-UBND", draft));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ngày 07 tháng 5  | ",
        "ngày 7 tháng 5   | \"ngày 7\"",
        "ngày 07 tháng 05 | \"tháng 05\"",
        "ngày 10 tháng 01 | ",
        "ngày 10 tháng 1  | \"tháng 1\"",
        "ngày 31 tháng 4  | is not a date",
        "ngày tháng 5     | ",
        "ngày … tháng 5   | "
      })
  void dateInForm(String written, String finding) {
    List<Finding> f = replaced("header.date", "ngày 07 tháng 5", written);
    if (finding == null) {
      assertEquals(List.of(), f, written);
    } else {
      assertEquals(1, f.size(), written + ": " + f);
      assertTrue(f.get(0).message().contains(finding), f.get(0).message());
    }
  }

  @Test
  void titleNotCentredOrSummaryNotBoldIsAnError() {
    assertEquals(
        List.of("\"KẾ HOẠCH\" is not centred"),
        mutated(
                "header.title",
                doc -> Docs.paragraph(doc, "KẾ HOẠCH").setAlignment(ParagraphAlignment.LEFT))
            .stream()
            .map(Finding::message)
            .toList());
    List<Finding> f =
        mutated(
            "header.title",
            doc -> {
              List<XWPFParagraph> all = Docs.paragraphs(doc);
              XWPFParagraph title = Docs.paragraph(doc, "KẾ HOẠCH");
              all.get(all.indexOf(title) + 1).getRuns().forEach(r -> r.setBold(false));
            });
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).message().startsWith("the trích yếu is not bold"), f.get(0).message());
  }

  @Test
  void aBodyParagraphIsNeverTakenForTheHeadersNumber() {
    List<Finding> f =
        mutated(
            "header.number",
            doc -> {
              Docs.replaceText(doc, "Số: 1500/KH-UBND", "");
              Docs.replaceText(doc, "Căn cứ", "Số lượng căn cứ");
            });
    assertEquals(
        List.of("no Số line found at the top of page 1"),
        f.stream().map(Finding::message).toList());
  }

  @Test
  void aMissingTitleIsAnError() {
    List<Finding> f = replaced("header.title", "KẾ HOẠCH", "KẾ HOẠCH HÀNH ĐỘNG");
    assertEquals(List.of("no \"KẾ HOẠCH\" line found"), f.stream().map(Finding::message).toList());
  }
}
