package kehoach.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Turns a plan written in the seeds' and references' text format into a Word file that looks made
 * by hand: one paragraph per line in Times New Roman 14 pt; TAB-separated lines as a table with
 * borders, cell paragraphs split on " / "; the two-column header and the Nơi nhận | signature block
 * as borderless layout tables; {@code <b>}, {@code <i>} and, in the seeds' markdown, {@code **} and
 * {@code *} as bold and italic, {@code #} headings bold and centred. In a table, a cell that reads
 * {@code <} is merged into the cell on its left, and one that reads {@code ^} into the cell above
 * (the merged headers of real budget tables).
 */
final class SeedDocx {
  private static final Pattern MARK =
      Pattern.compile("</?[bi]>|\\*\\*\\*|\\*\\*|(?<![\\s*])\\*|\\*(?![\\s*])");

  private SeedDocx() {}

  /** The test resource {@code lint/seeds/NAME} as a DOCX. */
  static XWPFDocument seed(String name) {
    try (var in = SeedDocx.class.getResourceAsStream("/lint/seeds/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource lint/seeds/" + name);
      }
      return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text as a DOCX document. */
  static XWPFDocument of(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    if (!lines.isEmpty() && lines.get(0).startsWith("SOURCE:")) {
      lines.remove(0);
    }
    boolean markdown = lines.stream().anyMatch(l -> l.startsWith("#") || l.contains("**"));
    XWPFDocument doc = new XWPFDocument();
    int i = 0;
    int seen = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.contains("\t")) {
        int end = i;
        while (end < lines.size() && lines.get(end).contains("\t")) {
          end++;
        }
        List<String> rows = lines.subList(i, end);
        table(doc, rows, layout(rows, seen), markdown);
        doc.createParagraph();
        i = end;
      } else {
        if (!line.isBlank()) {
          paragraph(doc.createParagraph(), line, markdown);
          seen++;
        }
        i++;
      }
    }
    return doc;
  }

  /**
   * Whether TAB lines are a layout block: two columns, and the header at the top or the Nơi nhận |
   * signature block (TM., KT., CHỦ TỊCH, GIÁM ĐỐC).
   */
  private static boolean layout(List<String> rows, int paragraphsBefore) {
    if (rows.stream().anyMatch(r -> r.split("\t", -1).length != 2)) {
      return false;
    }
    String all = String.join("\n", rows);
    return paragraphsBefore < 3
        || all.contains("Nơi nhận")
        || all.matches("(?s).*(TM\\.|KT\\.|CHỦ TỊCH|GIÁM ĐỐC).*");
  }

  private static final String MERGE_LEFT = "<";
  private static final String MERGE_UP = "^";

  private static void table(XWPFDocument doc, List<String> rows, boolean layout, boolean markdown) {
    int columns = rows.stream().mapToInt(r -> r.split("\t", -1).length).max().orElse(1);
    XWPFTable t = doc.createTable(rows.size(), columns);
    if (layout) {
      t.removeBorders();
    }
    for (int r = 0; r < rows.size(); r++) {
      String[] cells = rows.get(r).split("\t", -1);
      for (int c = 0; c < columns; c++) {
        XWPFTableCell cell = t.getRow(r).getCell(c);
        String text = c < cells.length ? cells[c] : "";
        if (text.equals(MERGE_LEFT) || text.equals(MERGE_UP)) {
          continue;
        }
        String[] parts = text.split(" / ");
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int k = 0; k < parts.length; k++) {
          paragraph(k == 0 ? first : cell.addParagraph(), parts[k], markdown);
        }
      }
    }
    merge(t, rows);
  }

  /**
   * Merges the cells marked {@code ^} into the cell above (w:vMerge) and then those marked {@code
   * <} into the cell on their left (w:gridSpan), right to left so that indexes hold.
   */
  private static void merge(XWPFTable t, List<String> rows) {
    for (int r = 1; r < rows.size(); r++) {
      String[] cells = rows.get(r).split("\t", -1);
      for (int c = 0; c < cells.length; c++) {
        if (cells[c].equals(MERGE_UP)) {
          var above = t.getRow(r - 1).getCell(c).getCTTc();
          var abovePr = above.isSetTcPr() ? above.getTcPr() : above.addNewTcPr();
          if (!abovePr.isSetVMerge()) {
            abovePr.addNewVMerge().setVal(STMerge.RESTART);
          }
          var own = t.getRow(r).getCell(c).getCTTc();
          (own.isSetTcPr() ? own.getTcPr() : own.addNewTcPr())
              .addNewVMerge()
              .setVal(STMerge.CONTINUE);
        }
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      String[] cells = rows.get(r).split("\t", -1);
      for (int c = cells.length - 1; c > 0; c--) {
        if (!cells[c].equals(MERGE_LEFT)) {
          continue;
        }
        int start = c;
        while (start > 0 && cells[start].equals(MERGE_LEFT)) {
          start--;
        }
        var first = t.getRow(r).getCell(start).getCTTc();
        (first.isSetTcPr() ? first.getTcPr() : first.addNewTcPr())
            .addNewGridSpan()
            .setVal(BigInteger.valueOf(c - start + 1));
        for (int k = c; k > start; k--) {
          t.getRow(r).removeCell(k);
        }
        c = start;
      }
    }
  }

  /** One paragraph with its runs bold or italic as the marks say. */
  private static void paragraph(XWPFParagraph p, String line, boolean markdown) {
    String text = line.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    if (markdown && text.startsWith("#")) {
      text = "**" + text.replaceFirst("^#+\\s*", "") + "**";
      p.setAlignment(ParagraphAlignment.CENTER);
    }
    boolean bold = false;
    boolean italic = false;
    Matcher m = MARK.matcher(text);
    int at = 0;
    while (m.find()) {
      String mark = m.group();
      if (!markdown && mark.startsWith("*")) {
        continue;
      }
      run(p, text.substring(at, m.start()), bold, italic);
      switch (mark) {
        case "<b>" -> bold = true;
        case "</b>" -> bold = false;
        case "<i>" -> italic = true;
        case "</i>" -> italic = false;
        case "***" -> {
          bold = !bold;
          italic = !italic;
        }
        case "**" -> bold = !bold;
        default -> italic = !italic;
      }
      at = m.end();
    }
    run(p, text.substring(at), bold, italic);
  }

  private static void run(XWPFParagraph p, String text, boolean bold, boolean italic) {
    if (text.isEmpty()) {
      return;
    }
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setFontFamily("Times New Roman");
    r.setFontSize(14);
    r.setBold(bold);
    r.setItalic(italic);
  }

  /** Writes the DOCX of {@code text} to {@code file}. */
  static Path write(XWPFDocument doc, Path file) {
    try (var out = Files.newOutputStream(file)) {
      doc.write(out);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
