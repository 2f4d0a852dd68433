package kehoach.render.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kehoach.document.XhtmlDocument;
import kehoach.render.pages.Defect.Kind;
import kehoach.render.pages.LayoutChecker.Pagination;
import kehoach.render.pages.PdfPages.Line;
import kehoach.render.pages.PdfPages.Word;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout checker finds each class of defect of issue 8 where today's writers make it, in pages
 * saved from their output ({@code src/test/resources/layout-fixtures}, see its README), so that it
 * is shown able to fail; and finds nothing on clean pages. Only the drawing check needs a tool
 * (pdftoppm); the rest reads saved text.
 */
class LayoutCheckerTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "layout-fixtures");

  @TempDir Path out;

  /** The checker's report on a saved page range, against the document it was rendered from. */
  private static List<String> defects(String fixture) throws Exception {
    return LayoutChecker.check(pages(fixture), expectations(fixture)).stream()
        .map(Defect::toString)
        .toList();
  }

  private static PdfPages pages(String fixture) throws Exception {
    return PdfPages.load(FIXTURES.resolve(fixture));
  }

  /** The XHTML document of a fixture: the one named as the fixture up to its first dot. */
  private static Expectations expectations(String fixture) throws Exception {
    return Expectations.load(
        FIXTURES.resolve(fixture.substring(0, fixture.indexOf('.')) + ".xhtml"));
  }

  private static void assertReported(List<String> defects, String... expected) {
    for (String e : expected) {
      assertTrue(
          defects.contains(e), () -> "expected «" + e + "» among\n" + String.join("\n", defects));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Today's output, class by class

  @Test
  void findsAHeadingThatEndsAPage() throws Exception {
    assertReported(
        defects("ninh-thuan-2024.pdf.p1-2.xml"),
        "ninh-thuan-2024.pdf p2: heading 'III. TỔ CHỨC THỰC HIỆN' is the last line of the page");
    assertReported(
        defects("ninh-thuan-2024.pdf.p4-4.xml"),
        "ninh-thuan-2024.pdf p4: heading '9. Ủy ban nhân dân các huyện, thành phố:' is the last"
            + " line of the page");
    // a heading of two lines
    assertReported(
        defects("nam-dinh-2023.pdf.p2-2.xml"),
        "nam-dinh-2023.pdf p2: heading '2. Hỗ trợ doanh nghiệp áp dụng các giải pháp nâng cao"
            + " năn…' is the last line of the page");
    // LibreOffice's rendering of the DOCX is held to the same rule
    assertReported(
        defects("ninh-thuan-2024.lo.pdf.p1-2.xml"),
        "ninh-thuan-2024.lo.pdf p1: heading 'b) Thông tin, tuyên truyền về năng suất, chất lượng:'"
            + " is the last line of the page");
  }

  @Test
  void findsATableGroupRowThatEndsAPage() throws Exception {
    assertReported(
        defects("tay-ninh-2024.pdf.p4-5.xml"),
        "tay-ninh-2024.pdf p4: table group row '2 Cử công chức tham gia hội nghị, hội thảo, các"
            + " buổi chia…' is the last row of the page");
  }

  @Test
  void findsAPageHoldingOnlyTheSignature() throws Exception {
    // a department's short plan (so-khcn-2024.yaml): Nơi nhận and the signature alone on page 2
    assertReported(
        defects("so-khcn-2024.pdf.xml"),
        "so-khcn-2024.pdf p2: the page holds only the signature block (9 lines: Nơi nhận and the"
            + " signature); the plan's text ends on the page before");
    assertReported(
        defects("so-khcn-2024.lo.pdf.xml"),
        "so-khcn-2024.lo.pdf p2: the page holds only the signature block (9 lines: Nơi nhận and"
            + " the signature); the plan's text ends on the page before");
  }

  @Test
  void findsABlankPage() throws Exception {
    SyntheticPages pdf = planPage1(new SyntheticPages());
    page2Text(pdf.page().number(2));
    pdf.page().number(3);
    appendixPage(pdf);
    assertEquals(
        List.of("synthetic.pdf p3: the page is blank: it has nothing but its number"), check(pdf));
  }

  @Test
  void findsANumberOnTheFirstPageOfAnAppendix() throws Exception {
    assertReported(
        defects("ninh-thuan-2024.pdf.p5-6.xml"),
        "ninh-thuan-2024.pdf p6: the first page of appendix 'PHỤ LỤC' shows '1' in the top"
            + " margin; a first page shows no number");
    assertReported(
        defects("tay-ninh-2024.pdf.p4-5.xml"),
        "tay-ninh-2024.pdf p4: the first page of appendix 'PHỤ LỤC' shows '1' in the top margin;"
            + " a first page shows no number");
  }

  @Test
  void findsAMissingOrWrongPageNumber() throws Exception {
    SyntheticPages missing = planPage1(new SyntheticPages());
    appendixPage(page2Text(missing.page()));
    assertEquals(List.of("synthetic.pdf p2: no page number (expected 2)"), check(missing));

    SyntheticPages wrong = planPage1(new SyntheticPages());
    appendixPage(page2Text(wrong.page().number(3)));
    assertEquals(
        List.of(
            "synthetic.pdf p2: page number '3', expected '2' (numbering starts again in each"
                + " appendix)"),
        check(wrong));

    SyntheticPages offCentre = planPage1(new SyntheticPages());
    appendixPage(page2Text(offCentre.page().line(500, 28, 13, "2")));
    assertEquals(
        List.of("synthetic.pdf p2: the page number is not centred over the text (expected 2)"),
        check(offCentre));
  }

  @Test
  void findsTextOutsideTheTextArea() throws Exception {
    // Flying Saucer's copy of a line that meets a page break, clipped, below and above the text
    assertReported(
        defects("nam-dinh-2023.pdf.p2-2.xml"),
        "nam-dinh-2023.pdf p2: a line lies below the text area (85.0–552.8 × 56.7–785.2 pt), by"
            + " up to 14.2 pt: '- Tìm kiếm và lựa chọn các hệ thống quản lý, mô hình, côn…'");
    assertReported(
        defects("ninh-thuan-2024.pdf.p4-4.xml"),
        "ninh-thuan-2024.pdf p4: a line lies above the text area (85.0–552.8 × 56.7–785.2 pt), by"
            + " up to 11.8 pt: 'lượng như: áp dụng thực hành nông nghiệp tốt (GAP), thực …'");
    SyntheticPages wide = planPage1(new SyntheticPages());
    wide.line(400, 500, "một dòng vượt quá lề phải");
    appendixPage(page2Text(wide.page().number(2)));
    assertEquals(
        List.of(
            "synthetic.pdf p1: a line lies right of the text area (85.0–552.8 × 56.7–785.2 pt),"
                + " by up to 4.7 pt: 'một dòng vượt quá lề phải'"),
        check(wide));
  }

  @Test
  void findsATableCutOffAtTheEdgeOfTheTextArea() throws Exception {
    // Tây Ninh's landscape budget: its right border is beyond the text area and clipped away
    List<PageImages.Image> image =
        PageImages.render(FIXTURES.resolve("tay-ninh-2024.pdf.p4.pdf"), out.resolve("p4"));
    List<String> defects =
        LayoutChecker.checkDrawing(
                pages("tay-ninh-2024.pdf.p4-5.xml"), expectations("tay-ninh-2024.pdf"), image)
            .stream()
            .map(Defect::toString)
            .toList();
    assertEquals(
        List.of(
            "tay-ninh-2024.pdf p4: a table's right edge has no border: 8 rules stop at x 784, y"
                + " 138–531, with no line down the edge (the table is cut off?)"),
        defects);
  }

  @Test
  void findsDrawingOutsideTheTextAreaAndOpenTableEdges() {
    PdfPages page = new SyntheticPages().page().parse("synthetic.pdf");
    int width = (int) SyntheticPages.A4_WIDTH;
    int height = (int) SyntheticPages.A4_HEIGHT;
    // a table of four rules closed on both sides, inside the text area: nothing to report
    byte[] closed = table(width, height, 100, 540, true);
    assertEquals(List.of(), drawing(page, new PageImages.Image(width, height, closed)));
    // the same table wider than the text area, with its right border missing
    byte[] open = table(width, height, 100, 580, false);
    assertEquals(
        List.of(
            "synthetic.pdf p1: lines are drawn outside the text area (85.0–552.8 × 56.7–785.2"
                + " pt): 100 points of ink at x 556–580, y 200–290",
            "synthetic.pdf p1: a table's right edge has no border: 4 rules stop at x 580, y"
                + " 200–290, with no line down the edge (the table is cut off?)"),
        drawing(page, new PageImages.Image(width, height, open)));
  }

  /** A white page with a table: four rules from x {@code left} to {@code right}, y 200 to 290. */
  private static byte[] table(int width, int height, int left, int right, boolean rightBorder) {
    byte[] grey = new byte[width * height];
    Arrays.fill(grey, (byte) 255);
    for (int y = 200; y <= 290; y += 30) {
      for (int x = left; x <= right; x++) {
        grey[y * width + x] = 0;
      }
    }
    for (int y = 200; y <= 290; y++) {
      grey[y * width + left] = 0;
      if (rightBorder) {
        grey[y * width + right] = 0;
      }
    }
    return grey;
  }

  private static List<String> drawing(PdfPages page, PageImages.Image image) {
    return LayoutChecker.checkDrawing(page, SYNTHETIC, List.of(image)).stream()
        .map(Defect::toString)
        .toList();
  }

  @Test
  void findsLineBreaksInsideUnits() throws Exception {
    assertReported(
        defects("ninh-thuan-2024.pdf.p1-2.xml"),
        "ninh-thuan-2024.pdf p1: a line break splits '26/9/2023': '…ố 4009/KH-UBND ngày 26/9' ⏎"
            + " '/2023 của Ủy ban nhân dâ…'",
        "ninh-thuan-2024.pdf p2: a line break splits '26/9/2023': '… số 4009/KH-UBND ngày 26' ⏎"
            + " '/9/2023 của Ủy ban nhân …'");
    assertReported(
        defects("ninh-thuan-2024.pdf.p5-6.xml"),
        "ninh-thuan-2024.pdf p6: a line break splits '36/QĐ-TTg': '…n khai Quyết định 36/QĐ-' ⏎"
            + " 'TTg và Kế hoạch số 4009/…'",
        "ninh-thuan-2024.pdf p6: a line break splits '4009/KH-UBND': '… và Kế hoạch số 4009/KH-'"
            + " ⏎ 'UBND.…'");
    assertReported(
        defects("nam-dinh-2023.lo.pdf.p4-4.xml"),
        "nam-dinh-2023.lo.pdf p4: a line break splits '2021 - 2030': '… hàng hóa giai đoạn 2021'"
            + " ⏎ '- 2030.…'");
  }

  @Test
  void knowsWhichLineBreaksCutAUnit() {
    String text =
        "Quyết định số 1431/QĐ-UBND ngày 12/7/2023; Số: 05/KH-UBND; 74.580.000 đồng; 7,5%;"
            + " giai đoạn 2021 - 2030; Nghị quyết số 14-NQ/TU; năm 2024. 1. Sở Tài chính";
    assertEquals(
        Optional.of("1431/QĐ-UBND"), LayoutChecker.splitUnit("số 1431/QĐ-", "UBND ngày", text));
    assertEquals(Optional.of("12/7/2023"), LayoutChecker.splitUnit("ngày 12/7", "/2023;", text));
    assertEquals(
        Optional.of("74.580.000"), LayoutChecker.splitUnit("là 74.580.", "000 đồng", text));
    assertEquals(Optional.of("7,5%"), LayoutChecker.splitUnit("chiếm 7,", "5%;", text));
    assertEquals(Optional.of("14-NQ/TU"), LayoutChecker.splitUnit("số 14-", "NQ/TU", text));
    assertEquals(
        Optional.of("2021 - 2030"), LayoutChecker.splitUnit("giai đoạn 2021", "- 2030;", text));
    assertEquals(Optional.of("Số: 05/KH-UBND"), LayoutChecker.splitUnit("Số:", "05/KH-UBND", text));
    // breaks between units, or between paragraphs, cut nothing
    assertEquals(Optional.empty(), LayoutChecker.splitUnit("Quyết định số", "1431/QĐ-UBND", text));
    assertEquals(Optional.empty(), LayoutChecker.splitUnit("ngày 12/7/2023;", "Số: 05", text));
    assertEquals(Optional.empty(), LayoutChecker.splitUnit("giai đoạn 2021 -", "2030;", text));
    assertEquals(Optional.empty(), LayoutChecker.splitUnit("năm 2024.", "1. Sở Tài chính", text));
    // two amounts one under the other in a table column are not one number
    assertEquals(Optional.empty(), LayoutChecker.splitUnit("74.580.000", "7.500", text));
  }

  @Test
  void findsLinesExtractedTwice() throws Exception {
    assertReported(
        defects("ninh-thuan-2024.pdf.p1-2.xml"),
        "ninh-thuan-2024.pdf p1: line 'b) Thông tin, tuyên truyền về năng suất, chất lượng:' is"
            + " at the foot of this page and again at the top of page 2");
    assertReported(
        defects("ninh-thuan-2024.pdf.p5-6.xml"),
        "ninh-thuan-2024.pdf p5: line 'PHỤ LỤC' is at the foot of this page and again at the top"
            + " of page 6");
    SyntheticPages twice = planPage1(new SyntheticPages());
    twice.line(85.1, 770, "Một dòng được vẽ hai lần.").line(85.1, 770, "Một dòng được vẽ hai lần.");
    appendixPage(page2Text(twice.page().number(2)));
    assertEquals(
        List.of("synthetic.pdf p1: line 'Một dòng được vẽ hai lần.' is drawn twice"), check(twice));
  }

  @Test
  void findsPagesThatBeginDifferentlyInThePdfAndTheDocx() throws Exception {
    Pagination pagination =
        LayoutChecker.compare(
            "ninh-thuan-2024",
            pages("ninh-thuan-2024.pdf.p1-2.xml"),
            pages("ninh-thuan-2024.lo.pdf.p1-2.xml"),
            expectations("ninh-thuan-2024.pdf"));
    assertEquals(List.of(1), pagination.same());
    assertEquals(
        List.of(
            "ninh-thuan-2024: 1 of 2 pages begin with the same line in both (50%, want 90%): p2"
                + " 'b) Thông tin, tuyên truyền về năng suất, chất lượng:' / '- Tổ chức Hội nghị"
                + " tuyên truyền triển khai Quyết định số …'"),
        pagination.defects(0.9).stream().map(Defect::toString).toList());
  }

  @Test
  void findsDifferentPageCounts() {
    PdfPages three = cleanPlan().parse("synthetic.pdf");
    SyntheticPages four = cleanPlan();
    four.page().number(2);
    Pagination pagination =
        LayoutChecker.compare("synthetic", three, four.parse("synthetic.docx"), SYNTHETIC);
    assertEquals(
        List.of(
            new Defect(
                Kind.PAGINATION,
                "synthetic",
                0,
                "kehoach's PDF has 3 pages, LibreOffice's rendering of the DOCX 4")),
        pagination.defects(0.5));
  }

  // ---------------------------------------------------------------------------------------------
  // What is right is not reported

  @Test
  void reportsNothingOnACleanPlan() {
    PdfPages clean = cleanPlan().parse("synthetic.pdf");
    assertEquals(List.of(), LayoutChecker.check(clean, SYNTHETIC));
    assertEquals(
        List.of(), LayoutChecker.compare("synthetic", clean, clean, SYNTHETIC).defects(0.9));
  }

  /**
   * Everything the checker reports on each saved page range, and nothing more: each is a real
   * defect of today's writers (checked by eye on the pages), so a line here that the checker stops
   * reporting, or a new one, is a change in the checker to look at.
   */
  private static final List<List<String>> FIXTURE_REPORTS =
      List.of(
          List.of(
              "ninh-thuan-2024.pdf.p1-2.xml",
              "ninh-thuan-2024.pdf p1: a line break splits '26/9/2023': '…ố 4009/KH-UBND ngày"
                  + " 26/9' ⏎ '/2023 của Ủy ban nhân dâ…'",
              "ninh-thuan-2024.pdf p1: line 'b) Thông tin, tuyên truyền về năng suất, chất"
                  + " lượng:' is at the foot of this page and again at the top of page 2",
              "ninh-thuan-2024.pdf p2: heading 'III. TỔ CHỨC THỰC HIỆN' is the last line of the"
                  + " page",
              "ninh-thuan-2024.pdf p2: a line break splits '26/9/2023': '… số 4009/KH-UBND ngày"
                  + " 26' ⏎ '/9/2023 của Ủy ban nhân …'"),
          List.of(
              "ninh-thuan-2024.pdf.p4-4.xml",
              "ninh-thuan-2024.pdf p4: heading '9. Ủy ban nhân dân các huyện, thành phố:' is the"
                  + " last line of the page",
              "ninh-thuan-2024.pdf p4: a line lies above the text area (85.0–552.8 × 56.7–785.2"
                  + " pt), by up to 11.8 pt: 'lượng như: áp dụng thực hành nông nghiệp tốt"
                  + " (GAP), thực …'"),
          List.of(
              "ninh-thuan-2024.pdf.p5-6.xml",
              "ninh-thuan-2024.pdf p5: line 'PHỤ LỤC' is at the foot of this page and again at"
                  + " the top of page 6",
              "ninh-thuan-2024.pdf p6: the first page of appendix 'PHỤ LỤC' shows '1' in the"
                  + " top margin; a first page shows no number",
              "ninh-thuan-2024.pdf p6: a line break splits '36/QĐ-TTg': '…n khai Quyết định"
                  + " 36/QĐ-' ⏎ 'TTg và Kế hoạch số 4009/…'",
              "ninh-thuan-2024.pdf p6: a line break splits '4009/KH-UBND': '… và Kế hoạch số"
                  + " 4009/KH-' ⏎ 'UBND.…'"),
          List.of(
              "ninh-thuan-2024.lo.pdf.p1-2.xml",
              "ninh-thuan-2024.lo.pdf p1: heading 'b) Thông tin, tuyên truyền về năng suất,"
                  + " chất lượng:' is the last line of the page"),
          List.of(
              "nam-dinh-2023.pdf.p2-2.xml",
              "nam-dinh-2023.pdf p2: heading '2. Hỗ trợ doanh nghiệp áp dụng các giải pháp nâng"
                  + " cao năn…' is the last line of the page",
              "nam-dinh-2023.pdf p2: a line lies below the text area (85.0–552.8 × 56.7–785.2"
                  + " pt), by up to 14.2 pt: '- Tìm kiếm và lựa chọn các hệ thống quản lý, mô"
                  + " hình, côn…'"),
          List.of(
              "nam-dinh-2023.lo.pdf.p4-4.xml",
              "nam-dinh-2023.lo.pdf p4: a line break splits '2021 - 2030': '… hàng hóa giai đoạn"
                  + " 2021' ⏎ '- 2030.…'"),
          List.of(
              "tay-ninh-2024.pdf.p4-5.xml",
              "tay-ninh-2024.pdf p4: table group row '2 Cử công chức tham gia hội nghị, hội"
                  + " thảo, các buổi chia…' is the last row of the page",
              "tay-ninh-2024.pdf p4: the first page of appendix 'PHỤ LỤC' shows '1' in the top"
                  + " margin; a first page shows no number"),
          List.of(
              "so-khcn-2024.pdf.xml",
              "so-khcn-2024.pdf p2: the page holds only the signature block (9 lines: Nơi nhận"
                  + " and the signature); the plan's text ends on the page before"),
          List.of(
              "so-khcn-2024.lo.pdf.xml",
              "so-khcn-2024.lo.pdf p2: the page holds only the signature block (9 lines: Nơi"
                  + " nhận and the signature); the plan's text ends on the page before"));

  @TestFactory
  Stream<DynamicTest> reportsNothingMoreOnTheFixtures() {
    return FIXTURE_REPORTS.stream()
        .map(
            expected ->
                DynamicTest.dynamicTest(
                    expected.get(0),
                    () ->
                        assertEquals(
                            String.join("\n", expected.subList(1, expected.size())),
                            String.join("\n", defects(expected.get(0))))));
  }

  @Test
  void everyFixtureHasItsReportAbove() throws Exception {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      assertEquals(
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".xml"))
              .sorted()
              .toList(),
          FIXTURE_REPORTS.stream().map(r -> r.get(0)).sorted().toList());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading pages and documents

  @Test
  void cutsALineThatPdftotextRanAcrossTwoTableCells() {
    // LibreOffice's Ninh Thuận appendix: "Sở, địa phương," ends one cell, "nghị triển khai" starts
    // the next; pdftotext made one line of them
    List<Word> words =
        List.of(
            new Word(378.000, 403.3, 393.984, 418.9, "Sở,"),
            new Word(396.984, 403.3, 411.600, 418.9, "địa"),
            new Word(414.672, 403.3, 454.464, 418.9, "phương,"),
            new Word(466.800, 403.3, 488.124, 418.9, "nghị"),
            new Word(491.100, 403.3, 513.084, 418.9, "triển"),
            new Word(516.084, 403.3, 536.712, 418.9, "khai"));
    assertEquals(
        List.of("Sở, địa phương,", "nghị triển khai"),
        PdfPages.splitAtWideGaps(words).stream().map(Line::text).toList());
    // a justified line's wide but even gaps are not column boundaries
    List<Word> justified =
        List.of(
            new Word(85, 56, 120, 74, "Kinh"),
            new Word(130, 56, 160, 74, "phí"),
            new Word(170, 56, 210, 74, "thực"),
            new Word(220, 56, 250, 74, "hiện"));
    assertEquals(1, PdfPages.splitAtWideGaps(justified).size());
  }

  @Test
  void readsWhatTheDocumentSaysEachLineIs() throws Exception {
    Expectations doc = expectations("ninh-thuan-2024.pdf");
    assertEquals(20 / 25.4 * 72, doc.margins().top(), 1e-9);
    assertEquals(30 / 25.4 * 72, doc.margins().left(), 1e-9);
    assertEquals(20 / 25.4 * 72, doc.landscapeMargins().right(), 1e-9);
    assertTrue(
        doc.headings()
            .contains(
                new Expectations.Heading("III. TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN", true)),
        doc.headings()::toString);
    // a numbered paragraph without a title: only its number is a heading's
    assertTrue(
        doc.headings().stream().anyMatch(h -> h.title().equals("1.") && h.whole().length() > 50));
    assertEquals(3, doc.groupRows().size());
    assertEquals("Nơi nhận:", doc.signature().get(0));
    assertEquals(
        List.of("PHỤ LỤC", "BIỂU CHI TIẾT"),
        doc.appendices().stream().map(Expectations.Appendix::name).toList());
    assertTrue(doc.tableHeaders().contains("Đơn vị phối hợp"), doc.tableHeaders()::toString);
    assertTrue(doc.text().contains("ngày 26/9/2023 của Ủy ban nhân dân tỉnh"));
  }

  // ---------------------------------------------------------------------------------------------
  // A made-up plan: three clean pages

  /** The document the made-up pages are a rendering of. */
  private static final Expectations SYNTHETIC = syntheticDocument();

  private static Expectations syntheticDocument() {
    String xhtml =
        """
        <html xmlns="http://www.w3.org/1999/xhtml"><head>
        <meta name="kehoach.margins" content="20 15 20 30"/>
        <meta name="kehoach.landscape-margins" content="20 20 20 30"/>
        <title>Kế hoạch</title></head><body><div class="document">
        <p class="h1"><span class="label-strong">I.</span> <span class="title-strong">MỤC ĐÍCH,\
         YÊU CẦU</span></p>
        <p class="basis">Căn cứ Quyết định số 36/QĐ-TTg ngày 11/01/2021 của Thủ tướng Chính phủ\
         giai đoạn 2021 - 2030 và Kế hoạch số 4009/KH-UBND ngày 26/9/2023, kinh phí 74.580.000\
         đồng.</p>
        <p class="h2"><span class="label-strong">1.</span> <span class="title-strong">Mục\
         tiêu:</span></p>
        <p class="text">Nội dung thực hiện.</p>
        <table class="layout signature"><tr><td class="recipients">
        <p class="recipients-label">Nơi nhận:</p><p class="recipient">- Các sở, ngành;</p>
        <p class="recipient">- Lưu: VT.</p></td><td class="signer">
        <p class="authority">TM. ỦY BAN NHÂN DÂN</p><p class="signer-name">Nguyễn Văn An</p>
        </td></tr></table></div>
        <div class="appendix"><p class="appendix-name">PHỤ LỤC</p>
        <p class="appendix-title">DANH MỤC NHIỆM VỤ</p>
        <table class="grid"><thead><tr class="header"><th>STT</th><th>Nội dung</th></tr></thead>
        <tbody><tr class="group"><td>I</td><td>Nhóm nhiệm vụ thứ nhất</td></tr>
        <tr class="item"><td>1</td><td>Khảo sát thực trạng</td></tr></tbody></table></div>
        </body></html>
        """;
    try {
      return Expectations.of(XhtmlDocument.parse(xhtml));
    } catch (kehoach.model.PlanException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Page 1: the header, a heading, a basis, a heading and body text to near the foot. */
  private static SyntheticPages planPage1(SyntheticPages pdf) {
    pdf.page()
        .line(116, 66, 13, "ỦY BAN NHÂN DÂN")
        .line(270, 66, 13, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .line(260, 140, "KẾ HOẠCH")
        .line(113.4, 170, "I. MỤC ĐÍCH, YÊU CẦU")
        .paragraph(
            193,
            "Căn cứ Quyết định số 36/QĐ-TTg ngày 11/01/2021 của Thủ tướng",
            "Chính phủ giai đoạn 2021 - 2030 và Kế hoạch số 4009/KH-UBND ngày",
            "26/9/2023, kinh phí 74.580.000 đồng.")
        .line(113.4, 260, "1. Mục tiêu:");
    for (int i = 0; i < 28; i++) {
      pdf.line(
          i == 0 ? 113.4 : 85.1, 283 + 16.8 * i, "Nội dung thực hiện dòng số " + (i + 1) + ".");
    }
    return pdf;
  }

  /** Three clean pages: page 1, the end of the text and the signature, an appendix. */
  private static SyntheticPages cleanPlan() {
    SyntheticPages pdf = planPage1(new SyntheticPages());
    return appendixPage(page2Text(pdf.page().number(2)));
  }

  /** The end of the text and the signature block, on the page begun. */
  private static SyntheticPages page2Text(SyntheticPages pdf) {
    return pdf.paragraph(
            60, "Tiếp tục nội dung thực hiện kế hoạch.", "Các đơn vị tổ chức thực hiện./.")
        .line(85.1, 120, 12, "Nơi nhận:")
        .line(355, 120, "TM. ỦY BAN NHÂN DÂN")
        .line(85.1, 135, 11, "- Các sở, ngành;")
        .line(85.1, 148, 11, "- Lưu: VT.")
        .line(380, 230, "Nguyễn Văn An");
  }

  /** The appendix's first page, without a number. */
  private static SyntheticPages appendixPage(SyntheticPages pdf) {
    return pdf.page()
        .line(287, 60, "PHỤ LỤC")
        .line(240, 77, "DANH MỤC NHIỆM VỤ")
        .line(95, 110, 12, "STT")
        .line(200, 110, 12, "Nội dung")
        .line(100, 130, 12, "I")
        .line(130, 130, 12, "Nhóm nhiệm vụ thứ nhất")
        .line(100, 146, 12, "1")
        .line(130, 146, 12, "Khảo sát thực trạng");
  }

  private static List<String> check(SyntheticPages pdf) {
    return LayoutChecker.check(pdf.parse("synthetic.pdf"), SYNTHETIC).stream()
        .map(Defect::toString)
        .toList();
  }
}
