package kehoach.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kehoach.Kehoach;
import kehoach.document.XhtmlDocument;
import kehoach.docx.DocxWriter;
import kehoach.model.PlanException;
import kehoach.render.Renderer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Column widths: as the model gives them (weights or lengths), else from the content; the same in
 * the PDF's layout and the DOCX's table grid.
 */
class ColumnWidthsTest {
  private static final double POINTS_PER_CM = 72 / 2.54;

  /** A plan whose appendix has a task table with the given column list. */
  private static String plan(String columns) throws Exception {
    String base = Files.readString(Path.of("src/test/resources/references/phutho-stttt-2011.yaml"));
    int at = base.indexOf("columns:");
    int end = base.indexOf('\n', at);
    // the reference lists its columns one a line under "columns:"; they are replaced whole
    while (base.startsWith("- {key", nextText(base, end + 1))) {
      end = base.indexOf('\n', end + 1);
    }
    return base.substring(0, at) + "columns: " + columns + base.substring(end);
  }

  private static int nextText(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static XhtmlDocument document(String yaml) throws PlanException {
    return new Renderer(Optional.empty()).document(Kehoach.compute("plan.yaml", yaml));
  }

  private static Element firstGrid(XhtmlDocument document) {
    NodeList tables = document.dom().getElementsByTagNameNS(XhtmlDocument.XHTML, "table");
    for (int i = 0; i < tables.getLength(); i++) {
      Element t = (Element) tables.item(i);
      if (XhtmlDocument.hasClass(t, "grid")) {
        return t;
      }
    }
    throw new AssertionError("no table");
  }

  /** The grid columns, in twips, of the DOCX's first bordered table. */
  private static List<Long> docxColumns(XhtmlDocument document) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxWriter.write(document, out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      for (XWPFTable t : doc.getTables()) {
        if ("KHGrid".equals(t.getStyleID())) {
          List<Long> widths = new ArrayList<>();
          t.getCTTbl()
              .getTblGrid()
              .getGridColList()
              .forEach(c -> widths.add(((Number) c.getW()).longValue()));
          return widths;
        }
      }
    }
    throw new AssertionError("no bordered table in the DOCX");
  }

  @Test
  void weightsShareTheTableAndTheDocxHasTheSameGrid() throws Exception {
    XhtmlDocument document =
        document(
            plan(
                "[{key: day, header: Ngày, width: 1}, {key: morning, header: Sáng, width: 3}, {key: afternoon, header: Chiều, width: 1}]"));
    List<Double> pdf = PageLayout.decisions(document).columns(firstGrid(document)).orElseThrow();
    double total = pdf.stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(0.2, pdf.get(0) / total, 0.001);
    assertEquals(0.6, pdf.get(1) / total, 0.001);
    List<Long> docx = docxColumns(document);
    for (int i = 0; i < 3; i++) {
      assertEquals(pdf.get(i) * 20, docx.get(i), 1.0, "column " + i + " in twips");
    }
  }

  @Test
  void aLengthIsKeptAndTheOthersShareTheRest() throws Exception {
    XhtmlDocument document =
        document(
            plan(
                "[{key: day, header: Ngày, width: 4cm}, {key: morning, header: Sáng, width: 2}, {key: afternoon, header: Chiều, width: 1}]"));
    List<Double> pdf = PageLayout.decisions(document).columns(firstGrid(document)).orElseThrow();
    assertEquals(4 * POINTS_PER_CM, pdf.get(0), 0.01);
    assertEquals(2, pdf.get(1) / pdf.get(2), 0.001);
  }

  @Test
  void withoutWidthsTheContentDecides() throws Exception {
    // Ninh Thuận's task table: STT, Nội dung, Đơn vị chủ trì, Đơn vị phối hợp, Kết quả
    XhtmlDocument document =
        new Renderer(Optional.empty())
            .document(Kehoach.compute(Path.of("samples/ninh-thuan-2024.yaml")));
    List<Double> w = PageLayout.decisions(document).columns(firstGrid(document)).orElseThrow();
    assertTrue(w.get(0) < 40, "the numbers' column is narrow: " + w);
    assertTrue(w.get(1) > w.get(2) && w.get(3) > w.get(2), "long text is given room: " + w);
    // the agency's name ("Sở Khoa học và Công nghệ", 140 pt on one line) takes two lines, not five
    assertTrue(w.get(2) >= 70, "a short-text column keeps its cells to two lines: " + w);
  }

  @Test
  void aWidthThatIsNeitherWeightNorLengthIsRefusedWithItsPlace() throws Exception {
    PlanException e =
        assertThrows(
            PlanException.class,
            () -> document(plan("[{key: day, header: Ngày, width: 3in}, morning]")));
    assertTrue(
        e.getMessage().contains("width") && e.getMessage().contains("3.5cm"), e.getMessage());
  }
}
