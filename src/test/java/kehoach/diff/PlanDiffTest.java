package kehoach.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import kehoach.Kehoach;
import kehoach.Models;
import kehoach.cli.Main;
import kehoach.diff.DiffResult.Change;
import kehoach.diff.DiffResult.LineChange;
import kehoach.render.Format;
import kehoach.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer's diff says what changed, in the plan's own terms. */
class PlanDiffTest {
  private static final Path SAMPLE = Path.of("samples/ninh-thuan-2024.yaml");
  private static final Path EDITED =
      Path.of("src/test/resources/edits/ninh-thuan-2024-edited.yaml");

  @TempDir Path out;

  private static DiffResult diff(Path a, Path b) throws Exception {
    return PlanDiff.compare(a, b, Optional.empty());
  }

  private static Change only(DiffResult d, String type, String place) {
    List<Change> found =
        d.changes().stream().filter(c -> c.type().equals(type) && c.place().equals(place)).toList();
    assertEquals(1, found.size(), () -> type + " at " + place + " in " + d.changes());
    return found.get(0);
  }

  @Test
  void aPlanIsTheSameAsItself() throws Exception {
    DiffResult d = diff(SAMPLE, SAMPLE);
    assertTrue(d.same());
    assertTrue(d.unchangedParagraphs() > 80);
  }

  @Test
  void textEditsAreShownWordByWordUnderTheirNumber() throws Exception {
    Change c = only(diff(SAMPLE, EDITED), "changed", "II.1");
    assertEquals(
        "1. Kinh phí thực hiện được [-đảm-] bảo {+đảm+} từ các nguồn: Ngân sách nhà nước và các"
            + " nguồn vốn huy động hợp pháp khác theo quy định của pháp luật.",
        c.words());
  }

  @Test
  void addedAndRemovedParagraphs() throws Exception {
    DiffResult d = diff(SAMPLE, EDITED);
    assertEquals(
        "Hướng dẫn các đơn vị lập dự toán kinh phí theo đúng định mức.",
        only(d, "added", "III.2").newText());
    assertTrue(only(d, "removed", "III.1").oldText().startsWith("- Định kỳ hoặc đột xuất"));
  }

  @Test
  void budgetLinesSubtotalsAndTheTotal() throws Exception {
    DiffResult.BudgetChange b = diff(SAMPLE, EDITED).budgets().get(0);
    assertEquals("Biểu chi tiết", b.table());
    LineChange car = b.lines().get(0);
    assertEquals(
        List.of("changed", "Tiền thuê xe", "5", "6", "5.000.000", "6.000.000", "+1.000.000 đồng"),
        List.of(
            car.type(),
            car.content(),
            car.oldQuantity(),
            car.newQuantity(),
            car.oldAmount(),
            car.newAmount(),
            car.difference()));
    LineChange projector = b.lines().get(1);
    assertEquals(
        List.of("added", "Thuê máy chiếu", "500.000"),
        List.of(projector.type(), projector.content(), projector.newAmount()));
    assertEquals(2, b.groups().size());
    assertEquals("+500.000 đồng", b.groups().get(1).difference());
    DiffResult.AmountChange total = b.total().get(0);
    assertEquals(
        List.of("TỔNG CỘNG (1+2+3)", "74.580.000", "76.080.000", "+1.500.000 đồng"),
        List.of(total.label(), total.oldAmount(), total.newAmount(), total.difference()));
    assertEquals("Bảy mươi sáu triệu, không trăm tám mươi ngàn đồng", b.words());
  }

  @Test
  void aMovedSectionIsAMoveNotARenumbering() throws Exception {
    DiffResult d =
        diff(
            Path.of("samples/nam-dinh-2023.yaml"),
            Path.of("src/test/resources/edits/nam-dinh-2023-moved.yaml"));
    assertEquals(2, d.changes().size(), d.changes()::toString);
    Change heading = d.changes().get(0);
    assertEquals(
        List.of("moved", "IV", "III", "IV. KINH PHÍ THỰC HIỆN"),
        List.of(heading.type(), heading.place(), heading.oldPlace(), heading.newText()));
  }

  @Test
  void docxFilesGiveTheSameDiffAsTheirModels() throws Exception {
    Renderer renderer = new Renderer(Optional.empty());
    Path oldDocx = renderer.render(SAMPLE, EnumSet.of(Format.DOCX), out.resolve("old")).get(0);
    Path newDocx = renderer.render(EDITED, EnumSet.of(Format.DOCX), out.resolve("new")).get(0);
    DiffResult fromModels = diff(SAMPLE, EDITED);
    DiffResult fromDocx = diff(oldDocx, newDocx);
    DiffResult mixed = diff(oldDocx, EDITED);
    assertEquals(fromModels.changes(), fromDocx.changes());
    assertEquals(fromModels.budgets(), fromDocx.budgets());
    assertEquals(fromModels.changes(), mixed.changes());
  }

  /**
   * The DOCX keeps units such as 36/QĐ-TTg and 2021 - 2030 on one line with Word's non-breaking
   * hyphen and no-break spaces; read back, they are the model's hyphens and spaces.
   */
  @Test
  void aModelIsTheSameAsItsOwnDocx() throws Exception {
    Path docx = new Renderer(Optional.empty()).render(SAMPLE, EnumSet.of(Format.DOCX), out).get(0);
    String xml;
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      xml =
          new String(
              zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
    }
    assertTrue(xml.contains("<w:noBreakHyphen/>"), "the DOCX has non-breaking hyphens");
    assertTrue(xml.contains("\u00A0"), "the DOCX has no-break spaces");
    DiffResult d = diff(SAMPLE, docx);
    assertEquals(List.of(), d.changes());
    assertTrue(d.same(), d.budgets()::toString);
    assertEquals(diff(SAMPLE, SAMPLE).unchangedParagraphs(), d.unchangedParagraphs());
    assertEquals(diff(SAMPLE, SAMPLE).unchangedRows(), d.unchangedRows());
    assertEquals(0, run("diff", SAMPLE.toString(), docx.toString()));
    assertEquals(0, run("diff", docx.toString(), SAMPLE.toString()));
  }

  /** The units of a model with {@link Models#MERGED_TASKS} and {@code edit} made to it. */
  private static List<Unit> mergedTasks(String from, String to) throws Exception {
    String yaml = Models.withTable(Models.MERGED_TASKS.replace(from, to));
    return Places.assign(
        Versions.fromDocument(
            new Renderer(Optional.empty()).document(Kehoach.compute("plan.yaml", yaml))));
  }

  @Test
  void aMergedCellComparesAsItsTextInTheRowItStartsIn() throws Exception {
    List<Unit> before = mergedTasks("", "");
    DiffResult d =
        PlanDiff.compare(
            "old.yaml",
            before,
            "new.yaml",
            mergedTasks("Các sở, ngành theo chức năng", "Các sở, ban, ngành theo chức năng"));
    assertEquals(1, d.changes().size(), d.changes()::toString);
    Change c = d.changes().get(0);
    assertEquals("changed", c.type());
    assertEquals(
        "1 | Rà soát thủ tục hành chính | Báo cáo rà soát | Các sở, {+ban,+} ngành theo chức năng",
        c.words());
    Unit below =
        before.stream().filter(u -> u.cells().contains("Lớp tập huấn")).findFirst().orElseThrow();
    assertEquals(
        List.of("Lớp tập huấn", "Sở Nội vụ", ""),
        below.cells(),
        "a row leaves out the cells a merged cell above covers, as HTML and Word's rows do");
  }

  @Test
  void aTaskMergedOverTwoRowsChangesInItsFirstRowOnly() throws Exception {
    DiffResult d =
        PlanDiff.compare(
            "old.yaml",
            mergedTasks("", ""),
            "new.yaml",
            mergedTasks("Tập huấn cán bộ về", "Tập huấn công chức về"));
    assertEquals(1, d.changes().size(), d.changes()::toString);
    assertTrue(
        d.changes().get(0).words().startsWith("2 | Tập huấn [-cán bộ-]{+công chức+} về"),
        d.changes()::toString);
  }

  @Test
  void aModelWithMergedCellsIsTheSameAsItsOwnDocx() throws Exception {
    Path model = out.resolve("merged.yaml");
    java.nio.file.Files.writeString(model, Models.withTable(Models.MERGED_TASKS));
    Path docx = new Renderer(Optional.empty()).render(model, EnumSet.of(Format.DOCX), out).get(0);
    DiffResult d = diff(model, docx);
    assertEquals(List.of(), d.changes());
    assertEquals(diff(model, model).unchangedRows(), d.unchangedRows());
  }

  @Test
  void exitStatusIsZeroWhenSameOneWhenDifferentTwoOnError() {
    assertEquals(0, run("diff", SAMPLE.toString(), SAMPLE.toString()));
    assertEquals(1, run("diff", SAMPLE.toString(), EDITED.toString()));
    assertEquals(1, run("diff", "--format", "json", SAMPLE.toString(), EDITED.toString()));
    assertEquals(2, run("diff", SAMPLE.toString(), "no/such.yaml"));
  }

  private static int run(String... args) {
    return Main.run(
        args,
        new java.io.PrintWriter(new StringWriter()),
        new java.io.PrintWriter(new StringWriter()));
  }
}
