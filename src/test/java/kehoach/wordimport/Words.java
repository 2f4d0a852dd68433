package kehoach.wordimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kehoach.word.Block;
import kehoach.word.PageSetup;
import kehoach.word.TextBox;
import kehoach.word.WordDocument;
import kehoach.word.WordNote;
import kehoach.word.WordParagraph;
import kehoach.word.WordRun;
import kehoach.word.WordTable;

/** Word documents built as the reader gives them, to test the import on exactly what it reads. */
final class Words {
  private int number;

  /** A run of plain text. */
  static WordRun run(String text) {
    return new WordRun(text, "Times New Roman", 14, false, false, false, false);
  }

  static WordRun bold(String text) {
    return new WordRun(text, "Times New Roman", 14, true, false, false, false);
  }

  static WordRun italic(String text) {
    return new WordRun(text, "Times New Roman", 14, false, true, false, false);
  }

  /** A justified body paragraph of plain text. */
  WordParagraph p(String text) {
    return p("both", List.of(run(text)));
  }

  /** A paragraph of bold text. */
  WordParagraph b(String text) {
    return p("both", List.of(bold(text)));
  }

  WordParagraph centred(WordRun... runs) {
    return p("center", List.of(runs));
  }

  WordParagraph p(String align, List<WordRun> runs) {
    String text = String.join("", runs.stream().map(WordRun::text).toList()).strip();
    return new WordParagraph(
        ++number, text, "", runs, align, 0, 0, 1, 0, 0, false, false, "", null, false, false, false,
        0, false);
  }

  /**
   * A Lào Cai UBND plan's header table (ô 1 to 4) with {@code number} as its Số line; the
   * paragraphs are numbered in reading order, the Số line where it stands.
   */
  WordTable header(String number) {
    return header(() -> p(number));
  }

  /** The same header with a Số line made beforehand, to be found again by the test. */
  WordTable header(WordParagraph number) {
    return header(() -> number);
  }

  private WordTable header(java.util.function.Supplier<WordParagraph> number) {
    WordTable.Row names =
        row(
            cell(0, b("ỦY BAN NHÂN DÂN"), b("TỈNH LÀO CAI")),
            cell(1, b("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), b("Độc lập - Tự do - Hạnh phúc")));
    WordTable.Cell numberCell = cell(0, number.get());
    return table(
        0,
        true,
        2,
        List.of(names, row(numberCell, cell(1, p("Lào Cai, ngày 05 tháng 01 năm 2026")))));
  }

  /** A cell of one column's width and one row's height. */
  static WordTable.Cell cell(int column, WordParagraph... paragraphs) {
    return new WordTable.Cell(column, 1, 1, List.of(paragraphs));
  }

  static WordTable.Cell merged(int column, int colSpan, int rowSpan, WordParagraph... paragraphs) {
    return new WordTable.Cell(column, colSpan, rowSpan, List.of(paragraphs));
  }

  static WordTable.Row row(WordTable.Cell... cells) {
    return new WordTable.Row(List.of(cells), false, false);
  }

  /** A bordered table whose rows are texts, one cell per column: "**x**" is a bold cell. */
  WordTable grid(int index, String[]... rows) {
    List<WordTable.Row> out = new ArrayList<>();
    for (String[] r : rows) {
      List<WordTable.Cell> cells = new ArrayList<>();
      for (int c = 0; c < r.length; c++) {
        String t = r[c];
        WordParagraph p = t.startsWith("**") ? b(t.replace("**", "")) : p(t);
        cells.add(cell(c, p));
      }
      out.add(new WordTable.Row(cells, false, false));
    }
    return table(index, false, rows[0].length, out);
  }

  static WordTable table(int index, boolean layout, int columns, List<WordTable.Row> rows) {
    return new WordTable(index, rows, columns, layout, List.of());
  }

  static WordDocument document(List<Block> body) {
    return document(body, List.of(), List.of());
  }

  /** A document whose body cites {@code notes} and holds {@code boxes}. */
  static WordDocument document(List<Block> body, List<WordNote> notes, List<TextBox> boxes) {
    PageSetup a4 = new PageSetup(0, 0, 210, 297, 20, 20, 30, 15, false, false);
    return new WordDocument(
        Path.of("test.docx"), List.of(a4), body, List.of(), List.of(), notes, boxes);
  }
}
