package kehoach.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import kehoach.word.WordDocument;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Page and type: each rule on kehoach's own DOCX with one thing changed, and on real files. */
class PageRulesTest {
  @TempDir Path dir;

  static List<String> samples() {
    return Docs.samples();
  }

  private static List<Finding> findings(WordDocument d, String rule) {
    return new PageRules().check(d).stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** nam-dinh-2023 has one section, so its page set-up is the body's own sectPr. */
  private List<Finding> mutated(String rule, Consumer<XWPFDocument> change) {
    return findings(Docs.mutated(dir, "nam-dinh-2023", change), rule);
  }

  private static CTSectPr section(XWPFDocument doc) {
    return doc.getDocument().getBody().getSectPr();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void kehoachsOwnOutputIsClean(String sample) {
    WordDocument d = Docs.read(dir, Docs.sampleDocx(sample));
    assertEquals(List.of(), new PageRules().check(d));
  }

  @Test
  void letterPaperIsNotA4() {
    List<Finding> f =
        mutated(
            "page.size",
            doc -> {
              section(doc).getPgSz().setW(BigInteger.valueOf(12240));
              section(doc).getPgSz().setH(BigInteger.valueOf(15840));
            });
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).message().contains("215.9 × 279.4"), f.get(0).message());
  }

  @Test
  void aNarrowLeftMarginIsFound() {
    List<Finding> f =
        mutated("page.margins", doc -> section(doc).getPgMar().setLeft(BigInteger.valueOf(1134)));
    assertEquals(1, f.size(), f.toString());
    assertEquals("section 1: the left margin is 20.0 mm", f.get(0).message());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals(1, f.get(0).place().paragraph(), "named by the section's first paragraph");
  }

  @Test
  void aLandscapeAppendixMayHaveTwentyMillimetresEachSide() {
    WordDocument d = Docs.read(Docs.real("lamdong-kh-cchc-2026-2030.docx"));
    assertTrue(d.sections().get(1).landscape());
    assertEquals(List.of(), findings(d, "page.margins"));
  }

  @Test
  void anotherFontIsFoundOncePerParagraph() {
    List<Finding> f =
        mutated("type.font", doc -> Docs.eachRun(doc, "Căn cứ", r -> r.setFontFamily("Arial")));
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).message().contains("Arial"));
    assertTrue(f.get(0).place().words().startsWith("Căn cứ"));
  }

  @Test
  void aDocumentAllInAnotherFontIsSummedUpAfterTwenty() {
    List<Finding> f =
        mutated(
            "type.font",
            doc ->
                Docs.paragraphs(doc)
                    .forEach(p -> p.getRuns().forEach(r -> r.setFontFamily("Calibri"))));
    assertEquals(PageRules.SHOWN_PER_RULE + 1, f.size());
    assertTrue(f.get(PageRules.SHOWN_PER_RULE).message().contains("more paragraphs"));
  }

  @Test
  void bodyTextInTwelvePointIsFound() {
    List<Finding> f =
        mutated("type.body-size", doc -> Docs.eachRun(doc, "Căn cứ", r -> r.setFontSize(12)));
    assertEquals(1, f.size(), f.toString());
    assertEquals("body text in 12 pt", f.get(0).message());
  }

  @Test
  void doubleLineSpacingIsFound() {
    List<Finding> f =
        mutated("type.line-spacing", doc -> Docs.paragraph(doc, "Căn cứ").setSpacingBetween(2.0));
    assertEquals(1, f.size(), f.toString());
  }

  @Test
  void aBodyParagraphWithoutFirstLineIndentIsAWarning() {
    List<Finding> f =
        mutated(
            "type.first-line-indent",
            doc -> Docs.paragraph(doc, "Căn cứ").setIndentationFirstLine(0));
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.WARNING, f.get(0).severity());
  }

  @Test
  void paragraphsWithoutSpaceBetweenThemAreAWarning() {
    List<Finding> f =
        mutated(
            "type.paragraph-spacing",
            doc -> {
              XWPFParagraph p = Docs.paragraph(doc, "Căn cứ");
              p.setSpacingBefore(0);
              p.setSpacingAfter(0);
            });
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.WARNING, f.get(0).severity());
  }

  @Test
  void aPageNumberOnTheRightIsFound() {
    List<Finding> f =
        mutated(
            "page.numbers",
            doc ->
                doc.getHeaderFooterPolicy()
                    .getDefaultHeader()
                    .getParagraphs()
                    .forEach(p -> p.setAlignment(ParagraphAlignment.RIGHT)));
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).message().contains("aligned right"), f.get(0).message());
  }

  @Test
  void aNumberOnPageOneIsFound() {
    List<Finding> f = mutated("page.numbers", doc -> section(doc).unsetTitlePg());
    assertEquals(1, f.size(), f.toString());
    assertEquals("page 1 shows a page number", f.get(0).message());
  }

  @Test
  void aPageNumberInTheFooterIsFound() {
    List<Finding> f =
        mutated(
            "page.numbers",
            doc -> {
              var header = doc.getHeaderFooterPolicy().getDefaultHeader();
              header.getParagraphs().forEach(p -> p.getCTP().getFldSimpleList().clear());
              var footer = doc.createFooter(HeaderFooterType.DEFAULT);
              footer.createParagraph().getCTP().addNewFldSimple().setInstr(" PAGE ");
            });
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).message().contains("in the footer"), f.get(0).message());
  }

  @Test
  void aPageNumberOutsideThirteenToFourteenPointIsFound() {
    List<Finding> f =
        mutated(
            "type.page-number-size",
            doc ->
                doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().stream()
                    .flatMap(p -> p.getCTP().getFldSimpleList().stream())
                    .flatMap(fld -> fld.getRList().stream())
                    .forEach(r -> r.addNewRPr().addNewSz().setVal(BigInteger.valueOf(20))));
    assertEquals(1, f.size(), f.toString());
    assertEquals("section 1: the page number is 10 pt", f.get(0).message());
  }

  @Test
  void aPageNumberTakesItsSizeFromTheHeaderStyle() {
    List<Finding> f =
        mutated(
            "type.page-number-size",
            doc -> {
              var style = CTStyle.Factory.newInstance();
              style.setStyleId("SmallHeader");
              style.setType(STStyleType.PARAGRAPH);
              style.addNewRPr().addNewSz().setVal(BigInteger.valueOf(24));
              doc.getStyles().addStyle(new XWPFStyle(style));
              doc.getHeaderFooterPolicy()
                  .getDefaultHeader()
                  .getParagraphs()
                  .forEach(p -> p.setStyle("SmallHeader"));
            });
    assertEquals(1, f.size(), f.toString());
    assertEquals("section 1: the page number is 12 pt", f.get(0).message());
  }

  @Test
  void aComplexPageFieldIsMeasuredByItsResult() {
    Consumer<XWPFDocument> field =
        doc -> {
          XWPFParagraph p = doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0);
          p.getCTP().getFldSimpleList().clear();
          var begin = p.createRun();
          begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
          var instr = p.createRun();
          instr.setFontSize(14);
          instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
          p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
          var result = p.createRun();
          result.setFontSize(16);
          result.setText("2");
          p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        };
    List<Finding> f = mutated("type.page-number-size", field);
    assertEquals(1, f.size(), f.toString());
    assertEquals("section 1: the page number is 16 pt", f.get(0).message());
  }

  @Test
  void headerPartsInTheWrongSizeAreFound() {
    List<Finding> f =
        mutated(
            "type.header-size",
            doc -> {
              Docs.eachRun(doc, "CỘNG HÒA", r -> r.setFontSize(14));
              Docs.eachRun(doc, "ngày", r -> r.setItalic(false));
            });
    assertEquals(2, f.size(), f.toString());
    assertEquals("the Quốc hiệu is in 14 pt", f.get(0).message());
    assertEquals("the place and date are not italic", f.get(1).message());
  }

  @Test
  void closingPartsInTheWrongSizeAreFound() {
    List<Finding> f =
        mutated(
            "type.closing-size",
            doc -> {
              Docs.eachRun(doc, "Nơi nhận", r -> r.setFontSize(14));
              Docs.eachRun(doc, "- Lưu", r -> r.setFontSize(13));
            });
    assertEquals(2, f.size(), f.toString());
    assertTrue(f.get(0).message().contains("14 pt"), f.get(0).message());
    assertTrue(f.get(1).message().contains("Nơi nhận entry is in 13 pt"), f.get(1).message());
  }

  @Test
  void realDraftersDeparturesAreFound() {
    assertEquals(
        List.of("section 1: the left margin is 25.0 mm"),
        findings(Docs.read(Docs.real("lamdong-kh-thidua-cchc-2026.docx")), "page.margins").stream()
            .map(Finding::message)
            .toList());
    assertEquals(
        3,
        findings(Docs.read(Docs.real("lamdong-kh-tuyentruyen-cchc-2026.docx")), "page.margins")
            .size());
    assertEquals(
        List.of("Số and ký hiệu is in 14 pt"),
        findings(
                Docs.read(Docs.real("lamdong-kh-kiemtra-cchc-2026.draft.docx")), "type.header-size")
            .stream()
            .map(Finding::message)
            .toList());
  }

  @Test
  void aWellMadeRealPlanHasNoFalseAlarms() {
    WordDocument d = Docs.read(Docs.real("lamdong-kh-cchc-2026-2030.docx"));
    assertEquals(List.of(), new PageRules().check(d));
  }
}
