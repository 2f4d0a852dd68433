package kehoach.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import kehoach.model.PlanException;
import kehoach.word.PageSetup;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;
import kehoach.word.WordReader;
import kehoach.word.WordRun;
import kehoach.word.WordTable;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader meets kehoach's own DOCX and real drafters' files as Word shows them. */
class WordReaderTest {
  @TempDir Path dir;

  private static final double MM = 0.1;

  private static WordParagraph find(WordDocument d, String start) {
    return d.allParagraphs().stream()
        .filter(p -> p.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph starts with " + start));
  }

  private static List<WordTable> tables(WordDocument d) {
    return d.body().stream().filter(b -> b instanceof WordTable).map(b -> (WordTable) b).toList();
  }

  @Test
  void kehoachsOwnDocxReadsAsWritten() {
    WordDocument d = Docs.read(dir, Docs.sampleDocx("ninh-thuan-2024"));
    PageSetup page = d.sections().get(0);
    assertEquals(210, page.widthMm(), MM);
    assertEquals(297, page.heightMm(), MM);
    assertEquals(20, page.topMm(), MM);
    assertEquals(30, page.leftMm(), MM);
    assertTrue(page.titlePage());
    WordTable header = tables(d).get(0);
    assertTrue(header.layout(), "the header table has no borders");
    WordTable budget = tables(d).stream().filter(t -> !t.layout()).findFirst().orElseThrow();
    assertFalse(budget.layout());
    WordParagraph agency = find(d, "ỦY BAN NHÂN DÂN");
    assertEquals(new WordParagraph.CellPlace(0, 0, 0), agency.table());
    assertTrue(agency.bold());
    assertEquals(13, agency.runs().get(0).sizePt());
    WordParagraph body = find(d, "Căn cứ Quyết định số 36/QĐ-TTg");
    assertEquals("both", body.align());
    assertEquals(14, body.runs().get(0).sizePt());
    assertEquals("Times New Roman", body.runs().get(0).font());
    assertEquals(10, body.firstLineMm(), MM);
    assertTrue(d.headers().stream().anyMatch(h -> h.pageNumber() && h.kind().equals("default")));
    assertEquals(
        "center",
        d.headers().stream()
            .filter(h -> h.pageNumber())
            .findFirst()
            .orElseThrow()
            .pageNumberAlign());
  }

  @Test
  void paragraphsAreNumberedFromOneInReadingOrderTablesIncluded() {
    WordDocument d = Docs.read(dir, Docs.sampleDocx("tay-ninh-2024"));
    List<WordParagraph> all = d.allParagraphs();
    assertEquals(
        IntStream.rangeClosed(1, all.size()).boxed().toList(),
        all.stream().map(WordParagraph::number).toList());
    assertTrue(all.get(0).table() != null, "the first paragraph is the agency's, in the header");
  }

  @Test
  void kehoachsRulesAreEmptyParagraphsWithATopBorder() {
    WordDocument d = Docs.read(dir, Docs.sampleDocx("ninh-thuan-2024"));
    List<WordParagraph> all = d.allParagraphs();
    int motto = all.indexOf(find(d, "Độc lập"));
    assertTrue(all.get(motto + 1).topBorder());
    assertEquals("", all.get(motto + 1).text());
  }

  @Test
  void landscapeAppendixSectionIsItsOwnSection() {
    WordDocument d = Docs.read(dir, Docs.sampleDocx("tay-ninh-2024"));
    assertEquals(2, d.sections().size());
    PageSetup appendix = d.sections().get(1);
    assertTrue(appendix.landscape());
    assertEquals(297, appendix.widthMm(), MM);
    assertTrue(d.body().get(appendix.firstBlock()) instanceof WordParagraph);
  }

  @Test
  void realPlanPageAndHeader() {
    WordDocument d = Docs.read(Docs.real("lamdong-kh-cchc-2026-2030.docx"));
    PageSetup first = d.sections().get(0);
    assertEquals(210, first.widthMm(), MM);
    assertEquals(20, first.topMm(), MM);
    assertEquals(20, first.bottomMm(), MM);
    assertEquals(30, first.leftMm(), MM);
    assertEquals(20, first.rightMm(), MM);
    PageSetup appendix = d.sections().get(1);
    assertTrue(appendix.landscape());
    assertEquals(15, appendix.rightMm(), MM);
    assertTrue(tables(d).get(0).layout(), "header table: no borders, no style");
    assertTrue(tables(d).get(1).layout(), "Nơi nhận and signature");
    assertFalse(tables(d).get(2).layout(), "the appendix's grid");
    WordParagraph agency = find(d, "TỈNH LÂM ĐỒNG");
    assertTrue(agency.drawnLine(), "Word's line shape under the agency");
    assertTrue(find(d, "Độc lập - Tự do - Hạnh phúc").drawnLine());
    assertEquals(13, find(d, "CỘNG HÒA").runs().get(0).sizePt());
    assertTrue(find(d, "Lâm Đồng, ngày").italic());
  }

  @Test
  void realPlanFontsAndSizesResolvedThroughStyles() {
    WordDocument d = Docs.read(Docs.real("lamdong-kh-cchc-2026-2030.docx"));
    WordParagraph body = find(d, "Lấy người dân, doanh nghiệp làm trung tâm");
    for (WordRun r : body.runs()) {
      assertEquals("Times New Roman", r.font(), "from docDefaults");
      assertEquals(14, r.sizePt());
    }
    assertEquals(12.5, body.firstLineMm(), MM);
    assertEquals(6, body.spaceBeforePt());
  }

  @Test
  void mergedCellsReadAsSpans() {
    WordDocument d = Docs.read(Docs.real("lamdong-kh-cchc-2026-2030.docx"));
    WordTable grid = tables(d).get(2);
    assertEquals(7, grid.columns());
    List<WordTable.Cell> cells = grid.rows().stream().flatMap(r -> r.cells().stream()).toList();
    // 16 merge marks in the file: 4 gridSpan, 6 vMerge restart and the 6 continues below them
    assertEquals(4, cells.stream().filter(c -> c.colSpan() == 2).count());
    assertEquals(6, cells.stream().filter(c -> c.rowSpan() > 1).count());
    assertEquals(6, cells.stream().mapToInt(c -> c.rowSpan() - 1).sum());
    assertTrue(grid.rows().get(0).header());
    assertEquals("STT", grid.rows().get(0).cells().get(0).text());
  }

  @Test
  void pageNumberCentredWithATabOrAFrameReadsAsCentred() {
    WordDocument tab = Docs.read(Docs.real("lamdong-kh-thidua-cchc-2026.docx"));
    assertEquals("center", tab.headers().get(0).pageNumberAlign());
    WordDocument frame = Docs.read(Docs.real("lamdong-kh-tuyentruyen-cchc-2026.docx"));
    assertTrue(
        frame.headers().stream()
            .filter(h -> h.kind().equals("even"))
            .allMatch(h -> h.pageNumberAlign().equals("center")));
  }

  @Test
  void gridSpanVerticalMergeAndGridBeforePlaceCellsOnTheGrid() {
    XWPFDocument doc = new XWPFDocument();
    var table = doc.createTable(3, 3);
    String[][] texts = {{"A", "B", "C"}, {"", "F", "x"}, {"x", "D", "E"}};
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        table.getRow(r).getCell(c).setText(texts[r][c]);
      }
    }
    table
        .getRow(0)
        .getCell(0)
        .getCTTc()
        .addNewTcPr()
        .addNewVMerge()
        .setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
    table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
    table.getRow(1).removeCell(2);
    table
        .getRow(1)
        .getCell(1)
        .getCTTc()
        .addNewTcPr()
        .addNewGridSpan()
        .setVal(java.math.BigInteger.TWO);
    table.getRow(2).removeCell(0);
    table.getRow(2).getCtRow().addNewTrPr().addNewGridBefore().setVal(java.math.BigInteger.ONE);
    WordTable read = tables(Docs.read(dir, doc)).get(0);
    assertFalse(read.layout(), "POI's table has borders");
    assertEquals(3, read.columns());
    List<List<String>> cells =
        read.rows().stream()
            .map(
                row ->
                    row.cells().stream()
                        .map(
                            c ->
                                c.text() + "@" + c.column() + "×" + c.colSpan() + "×" + c.rowSpan())
                        .toList())
            .toList();
    assertEquals(
        List.of(
            List.of("A@0×1×2", "B@1×1×1", "C@2×1×1"),
            List.of("F@1×2×1"),
            List.of("D@1×1×1", "E@2×1×1")),
        cells);
  }

  @Test
  void aTableWhoseCellsSwitchTheirBordersOffIsLayout() {
    WordDocument d = Docs.read(Docs.real("lamdong-kh-pcmt-den-2030.docx"));
    assertTrue(tables(d).get(0).layout(), "tblBorders single, every tcBorders nil");
  }

  @Test
  void rowsKeptOnOnePageAndParagraphsKeptTogetherAreRead() {
    WordDocument own = Docs.read(dir, Docs.sampleDocx("ninh-thuan-2024"));
    WordTable signature = tables(own).get(1);
    assertTrue(signature.rows().stream().allMatch(WordTable.Row::cantSplit), "kehoach's own");
    WordDocument real = Docs.read(Docs.real("lamdong-kh-cchc-2026-2030.docx"));
    assertFalse(tables(real).get(1).rows().get(0).cantSplit(), "the drafter did not set it");
    XWPFDocument doc = new XWPFDocument();
    var p = doc.createParagraph();
    p.createRun().setText("Giữ các dòng");
    p.getCTP().addNewPPr().addNewKeepLines();
    doc.createParagraph().createRun().setText("Không giữ");
    List<WordParagraph> read = Docs.read(dir, doc).allParagraphs();
    assertTrue(read.get(0).keepLines());
    assertFalse(read.get(1).keepLines());
  }

  @Test
  void renderedPagesAreKnownForWordsFiles() {
    WordDocument d = Docs.read(Docs.real("lamdong-kh-cchc-2026-2030.docx"));
    assertEquals(1, d.allParagraphs().get(0).page());
    assertTrue(find(d, "PHỤ LỤC").page() > 5);
  }

  @Test
  void listLabelsFromNumbering() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    var numbering = doc.createNumbering();
    var abs =
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(java.math.BigInteger.ZERO);
    addLevel(abs, 0, "upperRoman", "%1.");
    addLevel(abs, 1, "lowerLetter", "%2)");
    var absId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abs));
    var numId = numbering.addNum(absId);
    String[][] items = {
      {"0", "Mục tiêu"}, {"1", "một"}, {"1", "hai"}, {"0", "Nhiệm vụ"}, {"1", "ba"}
    };
    for (String[] item : items) {
      var p = doc.createParagraph();
      p.setNumID(numId);
      p.setNumILvl(java.math.BigInteger.valueOf(Integer.parseInt(item[0])));
      p.createRun().setText(item[1]);
    }
    WordDocument d = Docs.read(dir, doc);
    assertEquals(
        List.of("I.", "a)", "b)", "II.", "a)"),
        d.allParagraphs().stream().map(WordParagraph::listLabel).toList());
    assertEquals("Mục tiêu", d.allParagraphs().get(0).text(), "the label is not in the text");
  }

  private static void addLevel(
      org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum abs,
      int ilvl,
      String format,
      String text) {
    var lvl = abs.addNewLvl();
    lvl.setIlvl(java.math.BigInteger.valueOf(ilvl));
    lvl.addNewStart().setVal(java.math.BigInteger.ONE);
    lvl.addNewNumFmt()
        .setVal(
            org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.Enum.forString(
                format));
    lvl.addNewLvlText().setVal(text);
  }

  @Test
  void textReadsAsItPrints() {
    XWPFDocument doc = new XWPFDocument();
    var p = doc.createParagraph();
    p.createRun().setText("Độc lập\u00A0-  Tự do");
    var r = p.createRun();
    r.addTab();
    r.setText("Hạnh phúc");
    var hidden = p.createRun();
    hidden.setText(" ẩn");
    hidden.setVanish(true);
    WordDocument d = Docs.read(dir, doc);
    assertEquals("Độc lập - Tự do Hạnh phúc", d.allParagraphs().get(0).text());
  }

  @Test
  void themeFontsAreNamedThroughTheTheme() throws Exception {
    XWPFDocument doc = Docs.open(Files.readAllBytes(Docs.real("lamdong-kh-thidua-cchc-2026.docx")));
    Docs.eachRun(
        doc,
        "KẾ HOẠCH",
        r -> {
          var fonts = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
          var f = fonts.sizeOfRFontsArray() > 0 ? fonts.getRFontsArray(0) : fonts.addNewRFonts();
          f.setAsciiTheme(
              org.openxmlformats.schemas.wordprocessingml.x2006.main.STTheme.MINOR_H_ANSI);
        });
    WordDocument d = Docs.read(dir, doc);
    assertEquals("Aptos", find(d, "KẾ HOẠCH").runs().get(0).font(), "theme1.xml's minor font");
    XWPFDocument bare = new XWPFDocument();
    var run = bare.createParagraph().createRun();
    run.setText("Chữ");
    run.getCTR()
        .addNewRPr()
        .addNewRFonts()
        .setAsciiTheme(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTheme.MAJOR_H_ANSI);
    assertEquals(
        "theme major font", Docs.read(dir, bare).allParagraphs().get(0).runs().get(0).font());
  }

  @Test
  void aForeignFileIsRefusedWithItsName() throws Exception {
    Path notWord = Files.writeString(dir.resolve("plan.docx"), "not a zip");
    PlanException e = assertThrows(PlanException.class, () -> WordReader.read(notWord));
    assertTrue(e.getMessage().contains("plan.docx"), e.getMessage());
  }
}
