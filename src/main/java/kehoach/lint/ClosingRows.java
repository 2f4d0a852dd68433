package kehoach.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import kehoach.model.PlanException;
import kehoach.office.OfficeFile;
import kehoach.word.WordDocument;
import kehoach.word.WordTable;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word's "can't split" (w:cantSplit) on the closing table's rows, read from the file itself: the
 * records of {@code kehoach.word} do not carry it yet (asked of the reader in issue 12's contract).
 */
final class ClosingRows {
  private ClosingRows() {}

  /**
   * Whether every row of {@code table} is marked "can't split" in {@code document}'s file; false
   * when the file cannot be read again (a document built in memory).
   */
  static boolean held(WordDocument document, WordTable table) {
    if (document.file() == null || !Files.isRegularFile(document.file())) {
      return false;
    }
    try (XWPFDocument doc = OfficeFile.word(document.file())) {
      List<XWPFTable> tables = doc.getTables();
      if (table.index() >= tables.size()) {
        return false;
      }
      List<XWPFTableRow> rows = tables.get(table.index()).getRows();
      return !rows.isEmpty() && rows.stream().allMatch(XWPFTableRow::isCantSplitRow);
    } catch (PlanException | IOException e) {
      return false;
    }
  }
}
