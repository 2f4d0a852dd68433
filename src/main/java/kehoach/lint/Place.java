package kehoach.lint;

import kehoach.word.WordParagraph;

/**
 * Where a finding is: a paragraph (its number and first words), a table's cell (table, row and
 * column, from 1 as a reader counts), the page set-up, or the document as a whole; the page where
 * it can be known (0 when not).
 *
 * @param paragraph the paragraph's number from 1, or 0
 * @param words the paragraph's first words, or ""
 * @param table the table's number from 1, or 0
 * @param row the row from 1, or 0
 * @param column the column from 1, or 0
 * @param page the page from 1, or 0 when it cannot be known
 */
public record Place(int paragraph, String words, int table, int row, int column, int page) {

  /** The whole document. */
  public static Place document() {
    return new Place(0, "", 0, 0, 0, 0);
  }

  /**
   * A paragraph; inside a table, its cell too; its page as Word last laid it out, when the file
   * says.
   */
  public static Place of(WordParagraph p) {
    if (p.table() != null) {
      return new Place(
          p.number(),
          p.firstWords(),
          p.table().table() + 1,
          p.table().row() + 1,
          p.table().column() + 1,
          p.page());
    }
    return new Place(p.number(), p.firstWords(), 0, 0, 0, p.page());
  }

  /**
   * A table's cell; {@code table}, {@code row} and {@code column} from 0 as the reader has them.
   */
  public static Place cell(int table, int row, int column) {
    return new Place(0, "", table + 1, row + 1, column + 1, 0);
  }

  /** As printed: "paragraph 12 «I. MỤC ĐÍCH…», table 2, row 5, column 4" or "document". */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (paragraph > 0) {
      s.append("paragraph ").append(paragraph);
      if (!words.isEmpty()) {
        s.append(" «").append(words).append('»');
      }
    }
    if (table > 0) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append("table ").append(table);
      if (row > 0) {
        s.append(", row ").append(row);
      }
      if (column > 0) {
        s.append(", column ").append(column);
      }
    }
    if (page > 0) {
      s.append(s.length() > 0 ? ", " : "").append("page ").append(page);
    }
    return s.length() == 0 ? "document" : s.toString();
  }
}
