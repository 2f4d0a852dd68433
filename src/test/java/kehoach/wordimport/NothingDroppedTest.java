package kehoach.wordimport;

import static kehoach.wordimport.Words.bold;
import static kehoach.wordimport.Words.cell;
import static kehoach.wordimport.Words.italic;
import static kehoach.wordimport.Words.merged;
import static kehoach.wordimport.Words.row;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.lint.Lint;
import kehoach.plan.ComputedPlan;
import kehoach.render.Format;
import kehoach.render.Renderer;
import kehoach.word.Block;
import kehoach.word.TextBox;
import kehoach.word.WordNote;
import kehoach.word.WordParagraph;
import kehoach.word.WordReader;
import kehoach.word.WordTable;
import org.junit.jupiter.api.Test;

/**
 * What Word keeps outside the body's plain paragraphs, or where the model has no field for it,
 * still reaches the imported model: chú thích, text boxes, lines in the signature block, and a
 * table's second header row. Each is kept as text and reported, or read into the field it is.
 */
class NothingDroppedTest {
  private static final Path REAL = Path.of("src/test/resources/real-docx");

  private final Words w = new Words();
  private final WordParagraph numberLine = w.p("Số: 05/KH-UBND");
  private final WordParagraph basis = w.p("Căn cứ Luật Tổ chức chính quyền địa phương;");
  private final WordParagraph task = w.p("1. Rà soát thủ tục hành chính.");
  private List<WordParagraph> signature =
      List.of(w.b("KT. CHỦ TỊCH"), w.b("PHÓ CHỦ TỊCH"), w.p(""), w.b("Nguyễn Văn A"));
  private WordTable table;

  private List<Block> body() {
    List<Block> body = new ArrayList<>();
    body.add(w.header(numberLine));
    body.add(w.centred(bold("KẾ HOẠCH")));
    body.add(w.centred(bold("Cải cách hành chính năm 2026")));
    body.add(basis);
    body.add(w.p("UBND tỉnh ban hành Kế hoạch như sau:"));
    body.add(w.b("I. NHIỆM VỤ"));
    body.add(task);
    if (table != null) {
      body.add(table);
    }
    body.add(w.p("2. Tổ chức thực hiện."));
    body.add(
        Words.table(
            9,
            true,
            2,
            List.of(
                row(
                    cell(0, w.b("Nơi nhận:"), w.p("- Bộ Nội vụ;"), w.p("- Lưu: VT, NC.")),
                    cell(1, signature.toArray(WordParagraph[]::new))))));
    return body;
  }

  private WordImport.Imported imported(List<WordNote> notes, List<TextBox> boxes) {
    return WordImport.of(Words.document(body(), notes, boxes));
  }

  private static boolean anyContains(List<String> warnings, String... parts) {
    return warnings.stream().anyMatch(m -> List.of(parts).stream().allMatch(m::contains));
  }

  // ---- chú thích ----

  @Test
  void aFootnoteIsKeptAsTheParagraphAfterTheOneCitingItAndReported() {
    WordNote note =
        new WordNote("footnote", "1", basis.number(), 42, "Luật số 72/2025/QH15 sửa đổi.");
    WordImport.Imported i = imported(List.of(note), List.of());
    assertTrue(
        i.yaml().contains("Luật Tổ chức chính quyền địa phương;\n")
            && i.yaml().indexOf("Chú thích (1): Luật số 72/2025/QH15 sửa đổi.")
                > i.yaml().indexOf("Luật Tổ chức chính quyền địa phương;"),
        i.yaml());
    assertTrue(
        anyContains(i.warnings(), "paragraph " + basis.number(), "footnote 1", "Luật số 72"),
        i.warnings().toString());
    assertDoesNotThrow(() -> Kehoach.compute("notes.yaml", i.yaml()));
  }

  @Test
  void anEndnoteInASectionIsKeptThereToo() {
    WordNote note = new WordNote("endnote", "3", task.number(), 10, "Theo Quyết định số 1.");
    WordImport.Imported i = imported(List.of(note), List.of());
    int cited = i.yaml().indexOf("Rà soát thủ tục hành chính.");
    int kept = i.yaml().indexOf("Chú thích (3): Theo Quyết định số 1.");
    assertTrue(cited > 0 && kept > cited, i.yaml());
    assertTrue(anyContains(i.warnings(), "endnote 3", "paragraph " + task.number()));
  }

  @Test
  void theRealFootnoteIsKept() throws Exception {
    WordImport.Imported i = WordImport.read(REAL.resolve("lamdong-kh-thidua-cchc-2026.docx"));
    assertTrue(i.yaml().contains("Chú thích (1): Theo Quyết định: Thống nhất áp dụng"), i.yaml());
    assertTrue(anyContains(i.warnings(), "footnote 1"), i.warnings().toString());
  }

  // ---- text boxes ----

  @Test
  void aDraftStampInATextBoxMakesTheModelADraft() {
    TextBox stamp = new TextBox(numberLine.number(), List.of(w.b("Dự thảo lần 2")));
    WordImport.Imported i = imported(List.of(), List.of(stamp));
    assertTrue(i.yaml().contains("  draft: true\n"), i.yaml());
    assertFalse(i.yaml().contains("lần 2"), "the stamp is the draft flag, not text");
    assertTrue(anyContains(i.warnings(), "text box", "draft: true"), i.warnings().toString());
  }

  @Test
  void theRealDraftStampIsRead() throws Exception {
    WordImport.Imported i =
        WordImport.read(REAL.resolve("lamdong-kh-kiemtra-cchc-2026.draft.docx"));
    assertTrue(i.yaml().contains("  draft: true\n"), i.yaml());
  }

  @Test
  void otherTextBoxTextIsKeptAsTextAndReported() {
    TextBox box = new TextBox(task.number(), List.of(w.p("Ghi chú: làm trước ngày 15/3")));
    WordImport.Imported i = imported(List.of(), List.of(box));
    int cited = i.yaml().indexOf("Rà soát thủ tục hành chính.");
    int kept = i.yaml().indexOf("Ghi chú: làm trước ngày 15/3");
    assertTrue(cited > 0 && kept > cited, i.yaml());
    assertFalse(i.yaml().contains("draft"), i.yaml());
    assertTrue(
        anyContains(i.warnings(), "text box", "paragraph " + task.number(), "Ghi chú"),
        i.warnings().toString());
  }

  // ---- the signature block ----

  @Test
  void linesBetweenTheTitleAndTheNameAreKeptAtTheEndOfTheBody() {
    signature =
        List.of(
            w.b("KT. CHỦ TỊCH"),
            w.b("PHÓ CHỦ TỊCH"),
            w.p(""),
            w.centred(italic("(Đã ký)")),
            w.p(" "),
            w.b("Nguyễn Văn A"));
    WordImport.Imported i = imported(List.of(), List.of());
    assertTrue(i.yaml().contains("title: PHÓ CHỦ TỊCH\n  name: Nguyễn Văn A\n"), i.yaml());
    int kept = i.yaml().indexOf("(Đã ký)");
    assertTrue(kept > i.yaml().indexOf("Tổ chức thực hiện"), i.yaml());
    assertTrue(kept < i.yaml().indexOf("recipients:"), i.yaml());
    assertTrue(anyContains(i.warnings(), "signature", "(Đã ký)"), i.warnings().toString());
    assertEquals(
        1,
        i.warnings().stream().filter(m -> m.contains("(Đã ký)")).count(),
        i.warnings().toString());
    assertDoesNotThrow(() -> Kehoach.compute("signed.yaml", i.yaml()));
  }

  /**
   * "(Đã ký)" is a ghi chú after the text ({@code note: true}): the plan's end mark "./." stays on
   * the body's last sentence, not on the kept line.
   */
  @Test
  void theEndMarkStaysOnTheLastSentenceNotOnTheKeptLines() throws Exception {
    signature =
        List.of(
            w.b("KT. CHỦ TỊCH"),
            w.b("PHÓ CHỦ TỊCH"),
            w.centred(italic("(Đã ký)")),
            w.b("Nguyễn Văn A"));
    WordImport.Imported i = imported(List.of(), List.of());
    assertTrue(
        i.yaml().contains("text: (Đã ký)\n") && i.yaml().contains("align: right\n"), i.yaml());
    assertTrue(i.yaml().contains("note: true\n"), i.yaml());
    ComputedPlan plan = Kehoach.compute("signed.yaml", i.yaml());
    String text =
        new String(new Renderer(Optional.empty()).bytes(plan, Format.TXT), StandardCharsets.UTF_8);
    assertTrue(text.contains("Tổ chức thực hiện./."), text);
    assertFalse(text.contains("(Đã ký)./."), text);
    assertTrue(text.contains("(Đã ký)"), text);
    assertEquals(1, text.split("\\./\\.", -1).length - 1, text);
    // and lint takes the rendered plan's note for what it is: no "without ./." on "(Đã ký)"
    Path docx = Files.createTempFile("signed", ".docx");
    try {
      Files.write(docx, new Renderer(Optional.empty()).bytes(plan, Format.DOCX));
      assertEquals(
          List.of(),
          Lint.check(WordReader.read(docx)).stream()
              .filter(f -> f.rule().equals("structure.closing-mark"))
              .toList());
    } finally {
      Files.delete(docx);
    }
  }

  @Test
  void aSignatureWithoutExtraLinesKeepsNothingAndWarnsNothing() {
    WordImport.Imported i = imported(List.of(), List.of());
    assertEquals(List.of(), i.warnings());
  }

  // ---- tables ----

  @Test
  void aSecondHeaderRowUnderAMergedHeaderCellIsHeaderNotData() {
    table =
        Words.table(
            1,
            false,
            4,
            List.of(
                row(
                    merged(0, 1, 2, w.b("STT")),
                    merged(1, 1, 2, w.b("Nội dung")),
                    merged(2, 2, 1, w.b("Kinh phí"))),
                row(cell(2, w.b("NSTW")), cell(3, w.b("NSĐP"))),
                row(
                    cell(0, w.centred(italic("(1)"))),
                    cell(1, w.centred(italic("(2)"))),
                    cell(2, w.centred(italic("(3)"))),
                    cell(3, w.centred(italic("(4)")))),
                row(
                    cell(0, w.p("1")),
                    cell(1, w.p("Tập huấn")),
                    cell(2, w.p("10")),
                    cell(3, w.p("5")))));
    WordImport.Imported i = imported(List.of(), List.of());
    String yaml = i.yaml();
    assertTrue(yaml.contains("header: \"Kinh phí\\nNSTW\""), yaml);
    assertTrue(yaml.contains("header: \"Kinh phí\\nNSĐP\""), yaml);
    assertTrue(yaml.contains("columnNumbers: true"), yaml);
    assertFalse(yaml.contains("- c3: NSTW"), yaml);
    assertEquals(1, yaml.split("content: Tập huấn", -1).length - 1, yaml);
    assertTrue(anyContains(i.warnings(), "two header rows", "Kinh phí"), i.warnings().toString());
    assertDoesNotThrow(() -> Kehoach.compute("two-headers.yaml", yaml));
  }

  @Test
  void twoRowsWordRepeatsAsHeaderAreBothHeader() {
    table =
        Words.table(
            1,
            false,
            3,
            List.of(
                new WordTable.Row(
                    List.of(
                        cell(0, w.b("STT")), cell(1, w.b("Nội dung")), cell(2, w.b("Thời gian"))),
                    true,
                    false),
                new WordTable.Row(List.of(cell(2, w.centred(italic("(năm 2026)")))), true, false),
                row(cell(0, w.p("1")), cell(1, w.p("Tập huấn")), cell(2, w.p("Quý I")))));
    String yaml = imported(List.of(), List.of()).yaml();
    assertTrue(yaml.contains("header: \"Thời gian\\n(năm 2026)\""), yaml);
    assertEquals(yaml.indexOf("(năm 2026)"), yaml.lastIndexOf("(năm 2026)"), yaml);
    assertTrue(yaml.contains("- content: Tập huấn\n"), yaml);
  }

  @Test
  void anItalicRowOfPlainColumnNumbersIsTheNumbersRow() {
    table =
        Words.table(
            1,
            false,
            3,
            List.of(
                row(cell(0, w.b("STT")), cell(1, w.b("Nội dung")), cell(2, w.b("Chủ trì"))),
                row(
                    cell(0, w.centred(italic("1"))),
                    cell(1, w.centred(italic("2"))),
                    cell(2, w.centred(italic("3")))),
                row(cell(0, w.p("1")), cell(1, w.p("Tập huấn")), cell(2, w.p("Sở Nội vụ")))));
    String yaml = imported(List.of(), List.of()).yaml();
    assertTrue(yaml.contains("columnNumbers:\n"), yaml);
    assertFalse(yaml.contains("content: \"2\""), yaml);
    assertFalse(yaml.contains("content: '2'"), yaml);
    assertEquals(1, yaml.split("content: Tập huấn", -1).length - 1, yaml);
  }
}
