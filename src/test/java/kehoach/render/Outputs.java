package kehoach.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads rendered files back as a reviewer's tools would. */
final class Outputs {
  private Outputs() {}

  /** The DOCX's paragraphs and table cells in reading order, read with Apache POI. */
  static List<String> docxText(Path docx) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          out.add(read(p));
        } else if (e instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              cell.getParagraphs().forEach(p -> out.add(read(p)));
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * A paragraph's text as it reads: Word's non-breaking hyphen, which POI gives as U+2011, as a
   * hyphen and the no-break space as a space (the DOCX writer keeps units on one line with them).
   */
  private static String read(XWPFParagraph p) {
    return p.getText().replace('\u2011', '-').replace('\u00A0', ' ');
  }
}
