package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kehoach.Kehoach;
import kehoach.document.XhtmlDocument;
import kehoach.pages.Mark;
import kehoach.pages.Page;
import kehoach.pages.PageLayout;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * One stylesheet for both formats: what the templates' CSS says is what the PDF shows and what the
 * DOCX's Word styles hold, for the bundled look and for an office's own.
 */
class StylesheetTest {
  private static final Path SAMPLE = Path.of("samples/ninh-thuan-2024.yaml");
  private static final double POINTS_PER_CM = 72 / 2.54;

  @TempDir Path out;

  /** The stylesheet as an office changes it: body 13 pt, indent 1.27 cm, left alignment. */
  private Path officeTemplates() throws IOException {
    Path folder = out.resolve("office");
    Files.createDirectories(folder);
    String page = Files.readString(Path.of("templates/page.ftlx"));
    String changed =
        page.replace(
                "font-size: 14pt; line-height: normal;", "font-size: 13pt; line-height: normal;")
            .replace(
                "p { margin: 6pt 0 0 0; text-align: justify; text-indent: 1cm; }",
                "p { margin: 6pt 0 0 0; text-align: left; text-indent: 1.27cm; }");
    assertFalse(changed.equals(page), "the bundled stylesheet has the lines this test changes");
    Files.writeString(folder.resolve("page.ftlx"), changed);
    return folder;
  }

  private static XWPFDocument docx(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XWPFDocument(in);
    }
  }

  /** The first line of the first căn cứ, as the PDF's page layout places it. */
  private static Mark.Text firstBasisLine(Optional<Path> templates) throws Exception {
    XhtmlDocument document = new Renderer(templates).document(Kehoach.compute(SAMPLE));
    Page first = PageLayout.pages(document).get(0);
    return first.marks().stream()
        .filter(m -> m instanceof Mark.Text t && t.text().startsWith("Căn"))
        .map(m -> (Mark.Text) m)
        .findFirst()
        .orElseThrow();
  }

  private static CTPPrGeneral paragraphStyle(XWPFDocument doc, String id) {
    return doc.getStyles().getStyle(id).getCTStyle().getPPr();
  }

  private static CTRPr runStyle(XWPFDocument doc, String id) {
    return doc.getStyles().getStyle(id).getCTStyle().getRPr();
  }

  @Test
  void theBundledLookIsInBothFormats() throws Exception {
    Mark.Text line = firstBasisLine(Optional.empty());
    assertEquals(14, line.size(), 0.001);
    assertEquals(30 / 25.4 * 72 + POINTS_PER_CM, line.x(), 0.01, "1 cm indent from a 30 mm margin");

    Path file = new Renderer(Optional.empty()).render(SAMPLE, Set.of(Format.DOCX), out).get(0);
    XWPFDocument doc = docx(file);
    assertEquals("both", paragraphStyle(doc, "KHBasis").getJc().getVal().toString());
    assertEquals(
        BigInteger.valueOf(567),
        paragraphStyle(doc, "KHBasis").getInd().getFirstLine(),
        "1 cm in twips");
    assertEquals(BigInteger.valueOf(28), runStyle(doc, "KHBasis").getSzArray(0).getVal());
  }

  @Test
  void anOfficesStylesheetChangesThePdfAndTheWordStylesAlike() throws Exception {
    Optional<Path> office = Optional.of(officeTemplates());
    Mark.Text line = firstBasisLine(office);
    assertEquals(13, line.size(), 0.001);
    assertEquals(30 / 25.4 * 72 + 1.27 * POINTS_PER_CM, line.x(), 0.01);

    Path file = new Renderer(office).render(SAMPLE, Set.of(Format.DOCX), out).get(0);
    XWPFDocument doc = docx(file);
    for (String style : List.of("KHBasis", "KHText", "KHH1")) {
      assertEquals("left", paragraphStyle(doc, style).getJc().getVal().toString(), style);
      assertEquals(
          BigInteger.valueOf(720), paragraphStyle(doc, style).getInd().getFirstLine(), style);
      assertEquals(BigInteger.valueOf(26), runStyle(doc, style).getSzArray(0).getVal(), style);
    }
  }

  @Test
  void headingsCarryOutlineLevelsAndStayWithWhatFollows() throws Exception {
    Path file = new Renderer(Optional.empty()).render(SAMPLE, Set.of(Format.DOCX), out).get(0);
    XWPFDocument doc = docx(file);
    assertEquals(BigInteger.ZERO, paragraphStyle(doc, "KHH1").getOutlineLvl().getVal());
    assertEquals(BigInteger.ONE, paragraphStyle(doc, "KHH2").getOutlineLvl().getVal());
    int headings = 0;
    for (XWPFParagraph p : doc.getParagraphs()) {
      if (p.getText().equals("III. TỔ CHỨC THỰC HIỆN")) {
        headings++;
        assertTrue(p.getCTP().getPPr().isSetKeepNext(), "a title-only heading keeps with next");
      }
    }
    assertEquals(1, headings);
  }

  @Test
  void thePdfsTextBlockIsThePageLessItsMargins() throws Exception {
    XhtmlDocument document = new Renderer(Optional.empty()).document(Kehoach.compute(SAMPLE));
    double left = 30 / 25.4 * 72;
    double right = (210 - 15) / 25.4 * 72;
    double widest = 0;
    double leftmost = Double.MAX_VALUE;
    for (Page page : PageLayout.pages(document)) {
      if (page.style().landscape()) {
        continue;
      }
      for (Mark m : page.marks()) {
        if (m instanceof Mark.Text t) {
          leftmost = Math.min(leftmost, t.x());
          double end = t.x() + kehoach.pages.Typeface.bundled().width(t.text(), t.face(), t.size());
          widest = Math.max(widest, end);
        }
      }
    }
    assertEquals(left, leftmost, 0.01, "lines start at the left margin");
    assertEquals(right, widest, 0.05, "justified lines end at the right margin");
  }

  @Test
  void aTablesSpaceAboveIsKeptUnderTheRuleBeforeIt() throws Exception {
    // Word has no space above a table: the rule under an appendix's "(Kèm theo …)" line must
    // carry it as space after, or the rule lies on the table's top border
    Path file = new Renderer(Optional.empty()).render(SAMPLE, Set.of(Format.DOCX), out).get(0);
    List<org.apache.poi.xwpf.usermodel.IBodyElement> body = docx(file).getBodyElements();
    int found = 0;
    for (int i = 0; i + 1 < body.size(); i++) {
      if (body.get(i) instanceof XWPFParagraph p
          && "KHRule".equals(p.getStyle())
          && body.get(i + 1) instanceof org.apache.poi.xwpf.usermodel.XWPFTable) {
        found++;
        assertEquals(
            BigInteger.valueOf(120),
            p.getCTP().getPPr().getSpacing().getAfter(),
            "the table's 6 pt above, in twips");
      }
    }
    assertTrue(found > 0, "an appendix has a rule right above its table");
  }

  @Test
  void theNumberLineKeepsItsBlanksOnOneLine() throws Exception {
    // the văn thư writes the number into the blanks; they must neither close up nor break
    XhtmlDocument document = new Renderer(Optional.empty()).document(Kehoach.compute(SAMPLE));
    List<String> texts =
        PageLayout.pages(document).get(0).marks().stream()
            .filter(m -> m instanceof Mark.Text)
            .map(m -> ((Mark.Text) m).text())
            .toList();
    assertTrue(texts.contains("Số:      /KH-UBND"), texts.toString());
  }

  @Test
  void noNumberOnTheFirstPageOfThePlanOrOfAnAppendix() throws Exception {
    XhtmlDocument document = new Renderer(Optional.empty()).document(Kehoach.compute(SAMPLE));
    List<Page> pages = PageLayout.pages(document);
    StringBuilder numbers = new StringBuilder();
    for (Page p : pages) {
      numbers.append(p.number().isEmpty() ? "-" : p.number()).append(' ');
    }
    // five pages of plan, then two appendices of two pages each, each numbered from 1
    assertEquals("- 2 3 4 5 - 2 - 2 ", numbers.toString());
  }
}
