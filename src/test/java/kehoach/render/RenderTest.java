package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kehoach.Models;
import kehoach.model.PlanException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The structure of rendered plans: what must be where, in both outputs. */
class RenderTest {
  @TempDir Path out;

  private List<Path> render(String sample, Set<Format> formats) throws IOException, PlanException {
    return new Renderer(Optional.empty())
        .render(Path.of("samples", sample + ".yaml"), formats, out);
  }

  private static XWPFDocument docx(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XWPFDocument(in);
    }
  }

  @Test
  void writesEachFormatNamedAfterTheModelAndNothingElse() throws Exception {
    List<Path> files = render("tay-ninh-2024", EnumSet.allOf(Format.class));
    assertEquals(
        List.of("tay-ninh-2024.docx", "tay-ninh-2024.pdf", "tay-ninh-2024.txt"),
        files.stream().map(p -> p.getFileName().toString()).toList());
    try (Stream<Path> listing = Files.list(out)) {
      assertEquals(3, listing.count(), "no temporary file is left behind");
    }
  }

  @Test
  void aModelWithProblemsWritesNothing() throws IOException {
    Path model = out.resolve("bad.yaml");
    Files.writeString(model, Models.minimal().replace("quantity: 2", "quantity: -2"));
    Path folder = out.resolve("rendered");
    assertThrows(
        PlanException.class,
        () -> new Renderer(Optional.empty()).render(model, EnumSet.allOf(Format.class), folder));
    assertTrue(!Files.exists(folder) || Files.list(folder).findAny().isEmpty());
  }

  @Test
  void docxHasTheHeaderSignatureAndNamedStyles() throws Exception {
    XWPFDocument doc = docx(render("ninh-thuan-2024", Set.of(Format.DOCX)).get(0));
    XWPFTable header = doc.getTables().get(0);
    assertEquals("ỦY BAN NHÂN DÂN", header.getRow(0).getCell(0).getParagraphs().get(0).getText());
    assertEquals(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        header.getRow(0).getCell(1).getParagraphs().get(0).getText());
    assertEquals("KHNation", header.getRow(0).getCell(1).getParagraphs().get(0).getStyle());
    // the number line is one unit: kept on one line with no-break spaces and hyphen
    assertEquals(
        "Số:\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/KH\u2011UBND",
        header.getRow(1).getCell(0).getText());
    XWPFTable signature = doc.getTables().get(1);
    assertTrue(signature.getRow(0).getCell(0).getText().startsWith("Nơi nhận:"));
    assertTrue(signature.getRow(0).getCell(1).getText().contains("Nguyễn Long Biên"));
    assertTrue(signature.getRow(0).getCtRow().getTrPr().sizeOfCantSplitArray() > 0);
    assertTrue(doc.getStyles().styleExist("KHH1"), "paragraph styles an office can change");
    assertEquals("KH H1", doc.getStyles().getStyle("KHH1").getName());
  }

  @Test
  void docxTablesRepeatTheirHeaderAndKeepRowsWhole() throws Exception {
    XWPFDocument doc = docx(render("ninh-thuan-2024", Set.of(Format.DOCX)).get(0));
    XWPFTable budget = doc.getTables().get(doc.getTables().size() - 1);
    assertEquals("TT", budget.getRow(0).getCell(0).getText());
    assertTrue(budget.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray() > 0);
    var last = budget.getRow(budget.getNumberOfRows() - 1);
    assertEquals("TỔNG CỘNG (1+2+3)", last.getCell(1).getText());
    assertEquals("74.580.000", last.getCell(5).getText());
    assertTrue(last.getCtRow().getTrPr().sizeOfCantSplitArray() > 0);
  }

  @Test
  void eachAppendixIsASectionWithItsOwnNumberingAndOrientation() throws Exception {
    XWPFDocument doc = docx(render("tay-ninh-2024", Set.of(Format.DOCX)).get(0));
    CTSectPr appendix = doc.getDocument().getBody().getSectPr();
    assertEquals(STPageOrientation.LANDSCAPE, appendix.getPgSz().getOrient(), "7 columns");
    assertEquals("1", appendix.getPgNumType().getStart().toString());
    assertTrue(appendix.isSetTitlePg(), "no number on the appendix's first page");
    long sections =
        doc.getParagraphs().stream()
            .filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr())
            .count();
    assertEquals(1, sections, "the body's section ends before the appendix");
  }

  @Test
  void pdfEmbedsTheFontAndNumbersPagesFromTwo() throws Exception {
    Path pdf = render("ninh-thuan-2024", Set.of(Format.PDF)).get(0);
    String fonts = Tools.run("pdffonts", pdf.toString());
    List<String> rows = fonts.lines().skip(2).toList();
    assertEquals(4, rows.size(), fonts);
    for (String row : rows) {
      assertTrue(row.contains("LiberationSerif"), row);
      assertTrue(row.matches(".*\\byes\\s+yes\\s+yes\\b.*"), "embedded, subset, unicode: " + row);
    }
    List<String> pages = Tools.pdfPages(pdf);
    assertTrue(pages.get(0).strip().startsWith("ỦY BAN NHÂN DÂN"), "no number on page 1");
    assertEquals("2", pages.get(1).strip().lines().findFirst().orElseThrow());
  }

  @Test
  void textOutputReadsInOrderWithAlignedTables() throws Exception {
    Path txt = render("tay-ninh-2024", Set.of(Format.TXT)).get(0);
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith(
            "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nSố: 1500/KH-UBND\n"),
        text);
    assertTrue(text.contains("\nKẾ HOẠCH\n"));
    assertTrue(
        text.lines()
            .anyMatch(
                l -> l.matches("\\s*\\| Tổng cộng \\(I\\+II\\+III\\) +\\|.*\\| +140 \\| +\\|")),
        text);
  }

  @Test
  void textFromTheModelPrintsAsItself() throws Exception {
    Path model = out.resolve("amp.yaml");
    Files.writeString(
        model,
        Models.minimal()
            .replace(
                "title: Kiểm tra công tác cải cách hành chính năm 2026",
                "title: \"<b>Sở KH&CN</b> & kiểm tra\""));
    Path txt = new Renderer(Optional.empty()).render(model, Set.of(Format.TXT), out).get(0);
    assertTrue(Files.readString(txt).contains("<b>Sở KH&CN</b> & kiểm tra"));
  }

  @Test
  void aCharacterTheFontLacksIsAnErrorNamingIt() throws IOException {
    Path model = out.resolve("emoji.yaml");
    Files.writeString(model, Models.minimal().replace("title: Kiểm tra", "title: Kiểm tra 😀"));
    PlanException e =
        assertThrows(
            PlanException.class,
            () -> new Renderer(Optional.empty()).render(model, Set.of(Format.PDF), out));
    assertTrue(e.getMessage().contains("\"😀\" (U+1F600)"), e.getMessage());
    assertTrue(e.getMessage().contains("Kiểm tra 😀"), e.getMessage());
  }
}
