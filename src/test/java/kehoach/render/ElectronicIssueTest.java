package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.document.Stylesheet.PageStyle;
import kehoach.pages.Mark;
import kehoach.pages.Page;
import kehoach.pages.PageLayout;
import kehoach.plan.ComputedAppendix;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, item 2: a plan issued electronically (NĐ 30 Điều 13, 15.3; Phụ lục I mục II.7) leaves
 * its number and date to the văn thư's signing tool, keeps clear areas for the signer's signature
 * image (ô 7c) and the agency's seal image (ô 8) where the decree puts them, and can carry empty
 * signature fields on them that a signing tool finds by name.
 */
class ElectronicIssueTest {
  private static final Path TAY_NINH = Path.of("samples/tay-ninh-2024.yaml");
  private static final RenderOptions ELECTRONIC =
      new RenderOptions(
          false, RenderOptions.Issue.ELECTRONIC, false, RenderOptions.Appendices.TOGETHER);
  private static final RenderOptions FIELDS =
      new RenderOptions(
          false, RenderOptions.Issue.ELECTRONIC, true, RenderOptions.Appendices.TOGETHER);

  @TempDir Path dir;

  static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("samples"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  // ---- number and date -------------------------------------------------------------------------

  @Test
  void theNumberAndTheDateAreLeftForTheSigningTool() throws Exception {
    ComputedPlan paper = Kehoach.compute(TAY_NINH);
    assertEquals("Số: 1500/KH-UBND", paper.header().numberLine(), "the sample has a number");
    Header h = renderer(ELECTRONIC).issued(paper).header();
    assertEquals("Số:      /KH-UBND", h.numberLine(), "blank as a draft prints it");
    assertEquals("Tây Ninh, ngày       tháng       năm 20…", h.placeAndDate());
    assertFalse(h.draft(), "an issued document shows no DỰ THẢO");
    assertTrue(h.electronic());
  }

  @Test
  void theAppendicesCiteThePlanWithBlanksToo() throws Exception {
    ComputedPlan paper = Kehoach.compute(TAY_NINH);
    assertTrue(attached(paper).contains("1500/KH-UBND"), attached(paper));
    ComputedPlan issued = renderer(ELECTRONIC).issued(paper);
    String cited = attached(issued);
    assertFalse(cited.contains("1500"), cited);
    assertFalse(cited.contains("2024"), cited);
    assertTrue(cited.contains("số      /KH-UBND ngày       tháng       năm 20…"), cited);
    String text = text(renderer(ELECTRONIC).bytes(paper, Format.TXT));
    assertFalse(text.contains("1500"), "nowhere in the plan: " + text);
    assertFalse(text.contains("07 tháng 5"), text);
  }

  @Test
  void aDraftIssuedElectronicallyShowsNoDraftMark() throws Exception {
    ComputedPlan draft =
        Kehoach.compute("draft.yaml", Models.minimal().replace("  number: 5\n", "  draft: true\n"));
    assertTrue(draft.header().draft(), "the model is a draft");
    assertTrue(text(renderer(RenderOptions.DEFAULT).bytes(draft, Format.TXT)).contains("DỰ THẢO"));
    assertFalse(text(renderer(ELECTRONIC).bytes(draft, Format.TXT)).contains("DỰ THẢO"));
  }

  @Test
  void whatTheModelStatesButIsNotPrintedIsNoted() throws Exception {
    ComputedPlan plan = Kehoach.compute(TAY_NINH);
    assertEquals(
        List.of(
            "document.number 1500 is not printed in electronic issue; the văn thư's signing tool"
                + " stamps it",
            "document.date 2024-05-07 is not printed in electronic issue; the văn thư's signing"
                + " tool stamps it"),
        renderer(ELECTRONIC).notes(plan));
    assertEquals(List.of(), renderer(RenderOptions.DEFAULT).notes(plan), "paper prints them");
    assertEquals(
        1,
        renderer(ELECTRONIC).notes(Kehoach.compute(Path.of("samples/ninh-thuan-2024.yaml"))).size(),
        "a model without a number has only its date noted");
  }

  @Test
  void theMetadataHasNoDateTheSigningToolHasNotGivenYet() throws Exception {
    ComputedPlan issued = renderer(ELECTRONIC).issued(Kehoach.compute(TAY_NINH));
    Metadata m = Metadata.of(issued, 1);
    assertEquals("", m.codeNumber());
    assertEquals("", m.issuedDate());
    assertEquals("2024-05-07", issued.header().isoDate(), "files are still stamped with it");
  }

  // ---- areas -----------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("samples")
  void theAreasLieWhereTheDecreePutsThem(Path sample) throws Exception {
    ComputedPlan plan = Kehoach.compute(sample);
    List<Page> pages = PageLayout.pages(renderer(ELECTRONIC).document(plan));
    int at = pageWithAreas(pages);
    Page page = pages.get(at);
    PageStyle style = page.style();
    List<Mark.Area> areas = page.areas();
    assertEquals(
        List.of("ChuKyNguoiKy", "ChuKyCoQuan"), areas.stream().map(Mark.Area::name).toList());
    Mark.Area signer = areas.get(0);
    Mark.Area seal = areas.get(1);
    List<String> lines = plan.signature();
    Mark.Text title = text(page, lines.get(lines.size() - 1));
    Mark.Text name = text(page, plan.signer());
    Mark.Text received = text(page, "Nơi nhận:");
    assertTrue(received.y() < title.y(), "the whole signature block is on the page");
    // ô 7c: between the title's baseline and the top of the name's line, centred on its column
    assertTrue(signer.y() >= title.y(), "below the title's baseline: " + signer + " " + title);
    double nameTop = name.y() - 0.8 * name.size();
    assertTrue(signer.y() + signer.height() <= nameTop, "above the name: " + signer + " " + name);
    assertTrue(signer.height() >= 85, "about 3 cm, four blank lines: " + signer.height());
    double column = style.left() + style.textWidth() * 3 / 4;
    assertEquals(column, signer.x() + signer.width() / 2, 0.5, "centred on the signer's column");
    // ô 8: a square at the seal's size over the left third of the signature
    assertEquals(seal.width(), seal.height(), 0.01);
    assertEquals(36 * 72 / 25.4, seal.width(), 0.01, "the stylesheet's 36 mm");
    assertTrue(seal.x() < signer.x(), "from the left");
    double overlap = seal.x() + seal.width() - signer.x();
    assertEquals(signer.width() / 3, overlap, 0.5, "covering a third of the signature");
    assertEquals(
        signer.y() + signer.height() / 2, seal.y() + seal.height() / 2, 0.01, "centred on it");
    for (Mark.Area a : areas) {
      assertTrue(a.x() >= style.left() - 0.01, a + " inside the text area");
      assertTrue(a.x() + a.width() <= style.left() + style.textWidth() + 0.01, a.toString());
      assertTrue(a.y() >= style.top() - 0.01, a.toString());
      assertTrue(a.y() + a.height() <= style.height() - style.bottom() + 0.01, a.toString());
      assertTrue(nothingDrawnIn(page, a) || a == seal, "nothing drawn in " + a);
    }
    assertTrue(nothingDrawnIn(page, signer), "the signer's area is clear");
  }

  @Test
  void aPaperPlanHasNoAreas() throws Exception {
    List<Page> pages =
        PageLayout.pages(renderer(RenderOptions.DEFAULT).document(Kehoach.compute(TAY_NINH)));
    assertTrue(pages.stream().allMatch(p -> p.areas().isEmpty()));
  }

  @Test
  void bothIssuesGiveTheSignatureTheSameRoom() throws Exception {
    ComputedPlan plan = Kehoach.compute(TAY_NINH);
    double paper = gap(PageLayout.pages(renderer(RenderOptions.DEFAULT).document(plan)), plan);
    double electronic = gap(PageLayout.pages(renderer(ELECTRONIC).document(plan)), plan);
    assertEquals(paper, electronic, 0.01, "title to name");
  }

  /**
   * The DOCX keeps the same room between the title and the name (its area is an empty paragraph as
   * tall as the area), as LibreOffice lays it out: the gap between the two baselines agrees with
   * the PDF's.
   */
  @Test
  void libreOfficeGivesTheDocxTheSameRoom() throws Exception {
    Tools.require("soffice");
    List<Path> files =
        new Renderer(Optional.empty(), ELECTRONIC)
            .render(TAY_NINH, java.util.EnumSet.of(Format.DOCX, Format.PDF), dir);
    Path converted = dir.resolve("libreoffice");
    Tools.convertWithLibreOffice(List.of(files.get(0)), converted, dir.resolve("profile"));
    double ours = bboxGap(files.get(1));
    double theirs = bboxGap(converted.resolve("tay-ninh-2024.pdf"));
    assertTrue(ours > 95, "the area's 3 cm and the title's line: " + ours);
    assertEquals(ours, theirs, 1.0, "title to name in kehoach's PDF and in LibreOffice's");
  }

  /** From the top of "PHÓ CHỦ TỊCH" to the top of the signer's name, as poppler reads the PDF. */
  private static double bboxGap(Path pdf) throws Exception {
    String words = Tools.run("pdftotext", "-bbox", pdf.toString(), "-");
    return top(words, "Trần") - top(words, "PHÓ");
  }

  private static double top(String bbox, String word) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("yMin=\"([0-9.]+)\"[^>]*>" + word + "</word>")
            .matcher(bbox);
    assertTrue(m.find(), word + " in the PDF");
    return Double.parseDouble(m.group(1));
  }

  @Test
  void anOfficeWithA42mmSealChangesOneLine() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    String sheet = Files.readString(Path.of("templates/page.ftlx"), StandardCharsets.UTF_8);
    String line = "table.layout div.agency-seal { width: 36mm; height: 36mm; }";
    assertTrue(sheet.contains(line), "the bundled stylesheet states the seal's size");
    Files.writeString(
        templates.resolve("page.ftlx"),
        sheet.replace(line, "table.layout div.agency-seal { width: 42mm; height: 42mm; }"));
    Renderer office = new Renderer(Optional.of(templates), ELECTRONIC);
    List<Page> pages = PageLayout.pages(office.document(Kehoach.compute(TAY_NINH)));
    Mark.Area seal = pages.get(pageWithAreas(pages)).areas().get(1);
    assertEquals(42 * 72 / 25.4, seal.width(), 0.01);
  }

  // ---- signature fields ------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("samples")
  void theFieldsLieOnTheAreasWithTheirNames(Path sample) throws Exception {
    ComputedPlan plan = Kehoach.compute(sample);
    Renderer renderer = renderer(FIELDS);
    List<Page> pages = PageLayout.pages(renderer.document(plan));
    int at = pageWithAreas(pages);
    PdfReader reader = new PdfReader(renderer.bytes(plan, Format.PDF));
    try {
      AcroFields form = reader.getAcroFields();
      assertEquals(
          Set.of("ChuKyNguoiKy", "ChuKyCoQuan"),
          Set.copyOf(form.getFieldNamesWithBlankSignatures()),
          "empty signature fields, for a signing tool to fill");
      for (Mark.Area a : pages.get(at).areas()) {
        assertEquals(AcroFields.FIELD_TYPE_SIGNATURE, form.getFieldType(a.name()), a.name());
        float[] p = form.getFieldPositions(a.name());
        double height = pages.get(at).style().height();
        assertEquals(at + 1, (int) p[0], "on the signature's page");
        assertEquals(a.x(), p[1], 0.01, a.name() + " left");
        assertEquals(height - a.y() - a.height(), p[2], 0.01, a.name() + " bottom");
        assertEquals(a.x() + a.width(), p[3], 0.01, a.name() + " right");
        assertEquals(height - a.y(), p[4], 0.01, a.name() + " top");
        PdfDictionary widget = form.getFieldItem(a.name()).getWidget(0);
        assertEquals(4, ((PdfNumber) widget.get(PdfName.F)).intValue(), "printed, as PDF/A asks");
        PdfDictionary appearance = widget.getAsDict(PdfName.AP);
        assertNotNull(appearance.get(PdfName.N), "an (empty) normal appearance");
      }
    } finally {
      reader.close();
    }
  }

  @Test
  void withoutFieldsAnElectronicPdfHasNoForm() throws Exception {
    PdfReader reader =
        new PdfReader(renderer(ELECTRONIC).bytes(Kehoach.compute(TAY_NINH), Format.PDF));
    try {
      assertTrue(reader.getAcroFields().getAllFields().isEmpty());
    } finally {
      reader.close();
    }
  }

  @Test
  void theSamePlanGivesTheSameBytesWithFields() throws Exception {
    ComputedPlan plan = Kehoach.compute(TAY_NINH);
    RenderOptions archival = FIELDS.withPdfA(true);
    assertArrayEquals(
        renderer(archival).bytes(plan, Format.PDF), renderer(archival).bytes(plan, Format.PDF));
    assertArrayEquals(
        renderer(FIELDS).bytes(plan, Format.PDF), renderer(FIELDS).bytes(plan, Format.PDF));
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static Renderer renderer(RenderOptions options) throws Exception {
    return new Renderer(Optional.empty(), options);
  }

  private static String attached(ComputedPlan plan) {
    StringBuilder all = new StringBuilder();
    for (ComputedAppendix a : plan.appendices()) {
      all.append(a.attachedTo().plain()).append('\n');
    }
    return all.toString();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static int pageWithAreas(List<Page> pages) {
    int found = -1;
    for (int i = 0; i < pages.size(); i++) {
      if (!pages.get(i).areas().isEmpty()) {
        assertEquals(-1, found, "one page has the areas");
        found = i;
      }
    }
    assertTrue(found >= 0, "a page has the signature areas");
    return found;
  }

  private static Mark.Text text(Page page, String start) {
    return page.marks().stream()
        .filter(m -> m instanceof Mark.Text t && t.text().startsWith(start))
        .map(m -> (Mark.Text) m)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no \"" + start + "\" on the page"));
  }

  /** From the title's baseline to the name's, on the page that holds the signature. */
  private static double gap(List<Page> pages, ComputedPlan plan) {
    Page last = pages.stream().filter(p -> hasText(p, plan.signer())).findFirst().orElseThrow();
    List<String> lines = plan.signature();
    return text(last, plan.signer()).y() - text(last, lines.get(lines.size() - 1)).y();
  }

  private static boolean hasText(Page page, String start) {
    return page.marks().stream()
        .anyMatch(m -> m instanceof Mark.Text t && t.text().startsWith(start));
  }

  /** Whether no text's baseline and no line falls inside the area. */
  private static boolean nothingDrawnIn(Page page, Mark.Area a) {
    for (Mark m : page.marks()) {
      if (m instanceof Mark.Text t
          && t.y() > a.y()
          && t.y() - 0.7 * t.size() < a.y() + a.height()
          && t.x() < a.x() + a.width()
          && t.x() > a.x() - 1
          && !t.text().isBlank()) {
        return false;
      }
      if (m instanceof Mark.Stroke s
          && Math.max(s.y1(), s.y2()) > a.y()
          && Math.min(s.y1(), s.y2()) < a.y() + a.height()
          && Math.max(s.x1(), s.x2()) > a.x()
          && Math.min(s.x1(), s.x2()) < a.x() + a.width()) {
        return false;
      }
    }
    return true;
  }
}
