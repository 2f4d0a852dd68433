package kehoach.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kehoach.word.WordDocument;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan whose appendices are issued as files of their own (NĐ 30 Phụ lục III, Mẫu 2.2), linted
 * with them: a real plan cut into its own file and one file per appendix lints as it does whole,
 * each finding in the file that holds its place; read alone, the plan's file names what it lacks.
 */
class PlanFilesTest {
  private static final String REAL = "lamdong-kh-kiemtra-cchc-2026.docx";

  @TempDir Path dir;

  @Test
  void aRealPlanCutIntoFilesLintsAsItDoesWhole() throws Exception {
    WordDocument whole = Docs.read(Docs.real(REAL));
    List<WordDocument> files = cut(REAL, "kh", c -> {});
    assertFalse(PlanFiles.isAppendixFile(files.get(0)));
    assertTrue(PlanFiles.isAppendixFile(files.get(1)));
    assertTrue(PlanFiles.isAppendixFile(files.get(2)));
    List<LintReport.FileFindings> together = Lint.files(files);
    assertEquals(List.of("", "kh.docx", "kh.docx"), appendixOf(together));
    // The cut leaves each file with the last section's page set-up and headers (a cut of this
    // test's own, not of a real file's): compare every finding but the page's.
    assertEquals(
        messages(Lint.check(whole).stream().filter(f -> !f.rule().startsWith("page.")).toList()),
        messages(all(together).stream().filter(f -> !f.rule().startsWith("page.")).toList()));
    List<Finding> appendixI = together.get(1).findings();
    assertEquals(
        List.of(StructureRules.APPENDIX_REFERENCE),
        appendixI.stream().map(Finding::rule).filter(r -> !r.startsWith("page.")).toList(),
        "Phụ lục I's «Kèm theo» line, read against the plan's header, is found in its own file");
    assertTrue(
        together.get(0).findings().stream().noneMatch(f -> f.rule().startsWith("structure.")),
        together.get(0).findings().toString());
  }

  @Test
  void thePlansFileAloneNamesTheAppendicesItLacksAndGuessesNoIssuer() throws Exception {
    List<WordDocument> files = cut(REAL, "kh", c -> {});
    List<Finding> alone = Lint.files(files.subList(0, 1)).get(0).findings();
    List<Finding> missing =
        alone.stream().filter(f -> f.rule().equals(StructureRules.APPENDIX_MISSING)).toList();
    assertEquals(4, missing.size(), alone.toString());
    assertTrue(missing.stream().allMatch(f -> f.severity() == Severity.ERROR), "a paper plan");
    // The plan signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" without "TM. ỦY BAN NHÂN DÂN": whole, its
    // appendix line shows the Ủy ban issues it, which is an error; its file alone cannot tell.
    assertTrue(alone.stream().noneMatch(f -> f.rule().equals("closing.signature")));
    assertEquals(
        1,
        Lint.files(files).get(0).findings().stream()
            .filter(f -> f.rule().equals("closing.signature"))
            .count());
  }

  @Test
  void anAppendixFileIsReadAgainstThePlanItGoesWith() throws Exception {
    List<WordDocument> files =
        cut(
            REAL,
            "kh",
            doc -> Docs.replaceText(doc, "Theo Phụ lục I kèm theo", "Theo danh sách kèm theo"));
    List<LintReport.FileFindings> together = Lint.files(files);
    List<Finding> appendixI = together.get(1).findings();
    assertTrue(
        appendixI.stream()
            .anyMatch(
                f ->
                    f.rule().equals(StructureRules.APPENDIX_CITED)
                        && f.message().startsWith("Phụ lục I ")),
        appendixI.toString());
  }

  @Test
  void anAppendixFileGoesWithThePlanItsNameStartsWith() throws Exception {
    List<WordDocument> first = cut(REAL, "kh-05", c -> {});
    List<WordDocument> second = cut(REAL, "kh-06", c -> {});
    List<WordDocument> given =
        List.of(first.get(0), second.get(0), second.get(1), first.get(2), first.get(1));
    List<LintReport.FileFindings> together = Lint.files(given);
    assertEquals(List.of("", "", "kh-06.docx", "kh-05.docx", "kh-05.docx"), appendixOf(together));
    assertEquals(
        List.of(
            "kh-05.docx",
            "kh-06.docx",
            "kh-06.phu-luc-I.docx",
            "kh-05.phu-luc-II.docx",
            "kh-05.phu-luc-I.docx"),
        together.stream().map(f -> Path.of(f.file()).getFileName().toString()).toList());
  }

  @Test
  void anAppendixFileAloneIsCheckedAsAnAppendix() throws Exception {
    List<WordDocument> files = cut(REAL, "kh", c -> {});
    LintReport.FileFindings alone = Lint.files(files.subList(1, 2)).get(0);
    assertEquals("", alone.appendixOf());
    assertTrue(
        alone.findings().stream()
            .noneMatch(f -> f.rule().startsWith("header.") || f.rule().startsWith("closing.")),
        alone.findings().toString());
  }

  @Test
  void theTotalsThePlansTextStatesAreReadAgainstItsAppendixFiles() throws Exception {
    List<Path> written = Docs.separateFiles(dir, "tay-ninh-2024");
    XWPFDocument plan = Docs.open(Files.readAllBytes(written.get(0)));
    assertEquals(
        1,
        Docs.replaceText(
            plan,
            "140.000.000 đồng (Một trăm bốn mươi triệu đồng)",
            "145.000.000 đồng (Một trăm bốn mươi lăm triệu đồng)"));
    Path changed = Docs.write(dir, "tay-ninh-2024.docx", plan);
    WordDocument appendix = Docs.read(written.get(1));
    List<Finding> together = Lint.files(List.of(Docs.read(changed), appendix)).get(0).findings();
    assertEquals(
        List.of("arith.text-total"),
        together.stream().map(Finding::rule).toList(),
        "the text's 145 million against the appendix file's total of 140 million");
    assertTrue(
        Lint.check(Docs.read(changed)).stream().noneMatch(f -> f.rule().startsWith("arith.")),
        "alone, the plan's file has no table to read its total against");
  }

  @Test
  void theReportSaysWhichPlanAnAppendixFileWasReadWith() throws Exception {
    List<LintReport.FileFindings> together = Lint.files(cut(REAL, "kh", c -> {}));
    String text = LintReport.text(together);
    assertTrue(text.contains("kh.phu-luc-I.docx (an appendix of "), text);
    assertTrue(LintReport.json(together).contains("\"appendixOf\""));
  }

  /**
   * {@code name} from the real files cut as an electronic plan's files are: the plan up to its
   * appendices as {@code stem.docx}, and each "Phụ lục" with what follows it up to the next as
   * {@code stem.phu-luc-I.docx}, … , each changed by {@code change} first.
   */
  private List<WordDocument> cut(String name, String stem, Consumer<XWPFDocument> change)
      throws Exception {
    byte[] original = Files.readAllBytes(Docs.real(name));
    List<Integer> starts = appendixStarts(Docs.open(original));
    List<WordDocument> out = new ArrayList<>();
    for (int part = 0; part <= starts.size(); part++) {
      XWPFDocument doc = Docs.open(original);
      change.accept(doc);
      int from = part == 0 ? 0 : starts.get(part - 1);
      int to = part < starts.size() ? starts.get(part) : doc.getBodyElements().size();
      for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
        if (i < from || i >= to) {
          doc.removeBodyElement(i);
        }
      }
      String file =
          part == 0
              ? stem + ".docx"
              : stem + ".phu-luc-" + kehoach.vi.RomanNumerals.of(part) + ".docx";
      out.add(Docs.read(Docs.write(dir, file, doc)));
    }
    return out;
  }

  /** The body elements where "Phụ lục I", "Phụ lục II", … start, after the signature. */
  private static List<Integer> appendixStarts(XWPFDocument doc) {
    List<Integer> starts = new ArrayList<>();
    List<IBodyElement> body = doc.getBodyElements();
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i) instanceof XWPFParagraph p && p.getText().strip().matches("Phụ lục [IVX]+")) {
        starts.add(i);
      }
    }
    assertEquals(2, starts.size(), "the real plan has Phụ lục I and II");
    return starts;
  }

  private static List<String> appendixOf(List<LintReport.FileFindings> files) {
    return files.stream()
        .map(f -> f.appendixOf().isEmpty() ? "" : Path.of(f.appendixOf()).getFileName().toString())
        .toList();
  }

  private static List<Finding> all(List<LintReport.FileFindings> files) {
    return files.stream().flatMap(f -> f.findings().stream()).toList();
  }

  private static Map<String, Long> messages(List<Finding> findings) {
    return findings.stream()
        .collect(
            Collectors.groupingBy(
                f -> f.rule() + " " + f.message(), TreeMap::new, Collectors.counting()));
  }
}
