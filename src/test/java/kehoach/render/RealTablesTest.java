package kehoach.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kehoach.Kehoach;
import kehoach.document.XhtmlDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Proof on real tables: task tables of real Word plans (UBND tỉnh Lâm Đồng, copied from
 * ../shared/real-docx into {@code src/test/resources/real-tables/}), written as kehoach models,
 * render to the same cells, merged the same way, in the same column proportions.
 */
class RealTablesTest {
  private static final Path FOLDER = Path.of("src/test/resources/real-tables");

  /**
   * How far a rendered column's share of the table width may be from the original's: two points of
   * the whole, room for kehoach widening a column to its longest word.
   */
  private static final double WIDTH_TOLERANCE = 0.02;

  /** The top and bottom margins of the bundled layout, 20 mm, in points. */
  private static final double TYPE_AREA_MARGIN = 20 / 25.4 * 72;

  /** The shortest piece of a cell looked for on its own: shorter ones would be found anywhere. */
  private static final int SHORTEST_PIECE = 10;

  private static XhtmlDocument document(String name) throws Exception {
    return new Renderer(Optional.empty()).document(Kehoach.compute(FOLDER.resolve(name + ".yaml")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lamdong-kh-cchc-2026-2030", "lamdong-kh-kiemtra-cchc-2026"})
  void theRenderedTableHasTheOriginalsCellsRowByRow(String name) throws Exception {
    List<List<String>> original = cells(originalTable(name));
    List<List<String>> rendered = cells(renderedTable(name));
    assertEquals(original.size(), rendered.size(), "rows");
    for (int i = 0; i < original.size(); i++) {
      assertEquals(original.get(i), rendered.get(i), "row " + (i + 1));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"lamdong-kh-cchc-2026-2030", "lamdong-kh-kiemtra-cchc-2026"})
  void theRenderedColumnsHaveTheOriginalsProportions(String name) throws Exception {
    List<Double> original = shares(originalTable(name));
    List<Double> rendered = shares(renderedTable(name));
    assertEquals(original.size(), rendered.size(), "columns");
    for (int i = 0; i < original.size(); i++) {
      double difference = Math.abs(original.get(i) - rendered.get(i));
      assertTrue(
          difference <= WIDTH_TOLERANCE,
          "column " + (i + 1) + ": original " + original + ", rendered " + rendered);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"lamdong-kh-cchc-2026-2030", "lamdong-kh-kiemtra-cchc-2026"})
  void thePdfHoldsTheTablesText(String name, @TempDir Path folder) throws Exception {
    Tools.require("pdftotext");
    Path pdf = folder.resolve(name + ".pdf");
    Files.write(pdf, Renderer.bytes(document(name), Format.PDF));
    // in drawing order (pdftotext -raw) a cell's lines come together, but for a row that a page
    // break cuts: the rest of each cell comes on the next page after the repeated header
    List<String> pages =
        Stream.of(Tools.pdfTypeAreaText(pdf, TYPE_AREA_MARGIN, true).split("\f"))
            .map(RealTablesTest::squeeze)
            .toList();
    List<String> missing = new ArrayList<>();
    for (List<String> row : cells(originalTable(name))) {
      for (String cell : row) {
        String words = cell.replaceAll(" \\[[^]]*]", "");
        if (!pdfHas(pages, words)) {
          missing.add(words);
        }
      }
    }
    assertEquals(List.of(), missing, "cells not found in the PDF");
  }

  /**
   * Whether a page's text (without spaces) holds the cell's text, or a page the words before a
   * point and the next page the words after it (a cell cut by a page break).
   */
  private static boolean pdfHas(List<String> pages, String cell) {
    if (pages.stream().anyMatch(p -> p.contains(squeeze(cell)))) {
      return true;
    }
    String[] words = cell.split(" ");
    for (int k = 1; k < words.length; k++) {
      String before = squeeze(String.join(" ", List.of(words).subList(0, k)));
      String after = squeeze(String.join(" ", List.of(words).subList(k, words.length)));
      if (before.length() < SHORTEST_PIECE || after.length() < SHORTEST_PIECE) {
        continue;
      }
      for (int p = 0; p + 1 < pages.size(); p++) {
        if (pages.get(p).contains(before) && pages.get(p + 1).contains(after)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String squeeze(String text) {
    return normalise(text).replace(" ", "");
  }

  /** The task table of the original: the one whose first cell is "STT". */
  private static XWPFTable originalTable(String name) throws IOException {
    try (InputStream in = Files.newInputStream(FOLDER.resolve(name + ".docx"))) {
      return firstTable(new XWPFDocument(in), t -> firstCell(t).equals("STT"));
    }
  }

  /** The task table kehoach rendered: its first bordered grid. */
  private static XWPFTable renderedTable(String name) throws Exception {
    byte[] docx = Renderer.bytes(document(name), Format.DOCX);
    return firstTable(
        new XWPFDocument(new ByteArrayInputStream(docx)), t -> "KHGrid".equals(t.getStyleID()));
  }

  private static XWPFTable firstTable(XWPFDocument doc, Predicate<XWPFTable> wanted) {
    return doc.getTables().stream().filter(wanted).findFirst().orElseThrow();
  }

  private static String firstCell(XWPFTable t) {
    return normalise(t.getRow(0).getCell(0).getText());
  }

  /**
   * Each row's cells, whitespace normalised: a merged cell once, in the row it starts, marked with
   * how many columns it spans ("[2 columns]") and whether it goes on below ("[rows]").
   */
  private static List<List<String>> cells(XWPFTable table) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        boolean continued =
            pr != null
                && pr.isSetVMerge()
                && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
        if (continued) {
          continue;
        }
        String text =
            normalise(
                cell.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .collect(Collectors.joining(" ")));
        if (pr != null && pr.isSetGridSpan()) {
          text += " [" + pr.getGridSpan().getVal() + " columns]";
        }
        if (pr != null && pr.isSetVMerge()) {
          text += " [rows]";
        }
        cells.add(text.strip());
      }
      rows.add(cells);
    }
    return rows;
  }

  /** Each grid column's share of the table's width. */
  private static List<Double> shares(XWPFTable table) {
    List<Double> widths = new ArrayList<>();
    table
        .getCTTbl()
        .getTblGrid()
        .getGridColList()
        .forEach(c -> widths.add(((Number) c.getW()).doubleValue()));
    double total = widths.stream().mapToDouble(Double::doubleValue).sum();
    return widths.stream().map(w -> w / total).toList();
  }

  /**
   * Text as a reader compares it: the no-break space and Word's non-breaking hyphen as the plain
   * ones, runs of white space as one space.
   */
  private static String normalise(String text) {
    return text.replace('\u00A0', ' ').replace('\u2011', '-').replaceAll("\\s+", " ").strip();
  }
}
