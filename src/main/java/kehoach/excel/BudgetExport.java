package kehoach.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kehoach.budget.BudgetLine;
import kehoach.budget.ComputedBudget;
import kehoach.document.Reproducible;
import kehoach.model.Block;
import kehoach.model.BudgetRow;
import kehoach.plan.ComputedAppendix;
import kehoach.plan.ComputedPlan;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes every budget table of a plan as a sheet laid out like its appendix, with live formulas:
 * amount = ROUND(quantity × unit price) as kehoach rounds it, a group = SUM of its lines, a
 * percentage line = its rate × the lines it names, the grand total = SUM of the top-level lines.
 */
public final class BudgetExport {
  /**
   * The number format: thousands grouped. Excel stores formats in its own syntax and shows them in
   * the reader's locale, so on a Vietnamese system 74580000 shows as 74.580.000 (#.##0).
   */
  static final String WHOLE = "#,##0";

  static final String DECIMAL = "#,##0.0##";

  private BudgetExport() {}

  public static byte[] workbook(ComputedPlan plan) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Styles styles = new Styles(book);
      for (Map.Entry<String, ComputedBudget> e : plan.budgets().entrySet()) {
        Block.BudgetTable table = table(plan, e.getKey());
        sheet(book, styles, plan, table, e.getValue());
      }
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      return bytes(book, plan);
    }
  }

  /**
   * The workbook's bytes, the same for the same plan on every machine: stamped, in {@code
   * docProps/core.xml} and on every zip entry, with the time the plan's DOCX and PDF carry ({@link
   * Reproducible#timestamp(String)}: the plan's date or {@code SOURCE_DATE_EPOCH}) instead of the
   * clock time POI would write. Shared by every export.
   */
  static byte[] bytes(XSSFWorkbook book, ComputedPlan plan) throws IOException {
    Instant stamp = Reproducible.timestamp(plan.header().isoDate());
    POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
    core.setCreated(Optional.of(Date.from(stamp)));
    core.setModified(Optional.of(Date.from(stamp)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return Reproducible.zip(out.toByteArray(), stamp, (name, content) -> content);
  }

  /** Adds the sheet of budget {@code id} to {@code book}, as {@link #workbook} writes it. */
  static void addSheet(XSSFWorkbook book, ComputedPlan plan, String id) {
    sheet(book, new Styles(book), plan, table(plan, id), plan.budgets().get(id));
  }

  /** The model's budget table with {@code id}. */
  static Block.BudgetTable table(ComputedPlan plan, String id) {
    return plan.model().budgetTables().stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static void sheet(
      XSSFWorkbook book,
      Styles styles,
      ComputedPlan plan,
      Block.BudgetTable table,
      ComputedBudget budget) {
    Sheet sheet =
        book.createSheet(table.id().length() > 31 ? table.id().substring(0, 31) : table.id());
    List<String> keys = table.columns().stream().map(Block.Column::key).toList();
    int r = 0;
    String heading = appendixHeading(plan, table.id());
    if (!heading.isEmpty()) {
      Row title = sheet.createRow(r++);
      text(title, 0, heading, styles.bold);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, keys.size() - 1));
      title.setHeightInPoints(height(heading, totalWidth(keys)));
    }
    text(
        sheet.createRow(r++),
        keys.size() - 1,
        "Đơn vị tính: " + budget.unit().label(),
        styles.italic);
    Row header = sheet.createRow(r++);
    for (int c = 0; c < keys.size(); c++) {
      text(header, c, table.columns().get(c).header(), styles.header);
    }
    if (!table.columnNumbers().isEmpty()) {
      Row numbers = sheet.createRow(r++);
      for (int c = 0; c < keys.size(); c++) {
        text(
            numbers,
            c,
            c < table.columnNumbers().size() ? table.columnNumbers().get(c) : "",
            styles.italic);
      }
    }
    // Where each line lands, so that formulas can point at it.
    Map<String, Integer> rowOf = new HashMap<>();
    List<BudgetLine> flat = new ArrayList<>();
    budget.forEachLine(flat::add);
    for (int i = 0; i < flat.size(); i++) {
      rowOf.put(flat.get(i).path(), r + i + 1);
    }
    Map<String, BudgetRow> model = new HashMap<>();
    index(table.rows(), flat.isEmpty() ? "" : parentPath(flat.get(0).path()), model);
    Map<String, String> pathOfId = new HashMap<>();
    model.forEach((path, row) -> row.id().ifPresent(id -> pathOfId.put(id, path)));
    int amount = keys.indexOf("amount");
    for (BudgetLine line : flat) {
      Row row = sheet.createRow(r++);
      row.setHeightInPoints(height(line.content(), width("content")));
      boolean group = line.isGroup();
      for (int column = 0; column < keys.size(); column++) {
        final int c = column;
        CellStyle style = group ? styles.boldCell : styles.cell;
        switch (keys.get(c)) {
          case "stt" -> text(row, c, line.label(), group ? styles.boldCenter : styles.center);
          case "content" -> text(row, c, line.content().replace("*", ""), style);
          case "unit" -> text(row, c, line.unit().orElse(""), styles.center);
          case "quantity" ->
              line.quantity()
                  .ifPresentOrElse(
                      q -> number(row, c, q, styles.number(q, group)),
                      () -> text(row, c, "", style));
          case "price" ->
              line.price()
                  .ifPresentOrElse(
                      p -> number(row, c, p, styles.number(p, group)),
                      () -> text(row, c, "", style));
          case "amount" ->
              amount(row, c, line, keys, rowOf, model.get(line.path()), pathOfId, budget, styles);
          case "note" -> text(row, c, line.note().orElse(""), style);
          default -> text(row, c, "", style);
        }
      }
      mergeSpan(sheet, row.getRowNum(), keys.indexOf("content"), line.span());
    }
    Row total = sheet.createRow(r);
    int labelColumn = Math.max(0, keys.indexOf("content"));
    text(total, labelColumn, budget.totalLabel(), styles.boldCell);
    if (amount >= 0) {
      List<String> tops = new ArrayList<>();
      for (BudgetLine line : budget.lines()) {
        tops.add(cell(amount, rowOf.get(line.path())));
      }
      total.createCell(amount).setCellFormula("SUM(" + String.join(",", tops) + ")");
      total.getCell(amount).setCellStyle(styles.number(budget.total(), true));
    }
    for (int c = 0; c < keys.size(); c++) {
      if (total.getCell(c) == null) {
        text(total, c, "", styles.boldCell);
      }
      sheet.setColumnWidth(c, 256 * width(keys.get(c)));
    }
    header.setHeightInPoints(height("Thành tiền (triệu đồng)", width("amount")));
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(new CellRangeAddress(header.getRowNum(), header.getRowNum(), -1, -1));
  }

  /**
   * A line whose content runs across the columns to its right ({@code span}: a group label over Đơn
   * vị tính, Số lượng and Đơn giá) is merged there as it is printed; the cells it covers are blank,
   * so no figure is lost.
   */
  private static void mergeSpan(Sheet sheet, int row, int content, int span) {
    if (content >= 0 && span > 1) {
      sheet.addMergedRegion(new CellRangeAddress(row, row, content, content + span - 1));
    }
  }

  /**
   * A row tall enough for {@code text} wrapped in a column {@code width} characters wide: Excel
   * does not grow rows by itself for text written by a program.
   */
  private static float height(String text, int width) {
    int lines = Math.max(1, (int) Math.ceil(text.length() / (double) Math.max(1, width - 2)));
    return 16f * lines;
  }

  private static int totalWidth(List<String> keys) {
    return keys.stream().mapToInt(BudgetExport::width).sum();
  }

  private static void amount(
      Row row,
      int c,
      BudgetLine line,
      List<String> keys,
      Map<String, Integer> rowOf,
      BudgetRow model,
      Map<String, String> pathOfId,
      ComputedBudget budget,
      Styles styles) {
    int scale = budget.unit().dongScale();
    int q = keys.indexOf("quantity");
    int p = keys.indexOf("price");
    int here = row.getRowNum() + 1;
    String formula = null;
    if (line.isGroup()) {
      List<String> children = new ArrayList<>();
      line.lines().forEach(child -> children.add(cell(c, rowOf.get(child.path()))));
      formula = "SUM(" + String.join(",", children) + ")";
    } else if (model != null && model.percent().isPresent()) {
      List<String> bases = new ArrayList<>();
      for (String id : model.percent().get().of()) {
        Integer at = rowOf.get(pathOfId.get(id));
        if (at != null) {
          bases.add(cell(c, at));
        }
      }
      formula =
          "ROUND("
              + model.percent().get().rate().toPlainString()
              + "/100*SUM("
              + String.join(",", bases)
              + "),"
              + scale
              + ")";
    } else if (line.quantity().isPresent() && line.price().isPresent() && q >= 0 && p >= 0) {
      formula = "ROUND(" + cell(q, here) + "*" + cell(p, here) + "," + scale + ")";
    }
    if (formula == null) {
      number(row, c, line.amount(), styles.number(line.amount(), false));
    } else {
      row.createCell(c).setCellFormula(formula);
      row.getCell(c).setCellStyle(styles.number(line.amount(), line.isGroup()));
    }
  }

  private static void index(List<BudgetRow> rows, String path, Map<String, BudgetRow> out) {
    for (int i = 0; i < rows.size(); i++) {
      String p = path + ".rows[" + i + "]";
      out.put(p, rows.get(i));
      index(rows.get(i).rows(), p, out);
    }
  }

  /** "x.budget.rows[0]" → "x.budget". */
  private static String parentPath(String firstLine) {
    return firstLine.substring(0, firstLine.lastIndexOf(".rows["));
  }

  private static String appendixHeading(ComputedPlan plan, String id) {
    for (ComputedAppendix a : plan.appendices()) {
      if (a.parts().stream()
          .anyMatch(
              p ->
                  p instanceof kehoach.plan.Part.Table t
                      && t.grid().budgetId().filter(id::equals).isPresent())) {
        return a.name().toUpperCase(kehoach.vi.VietnameseText.VI) + ": " + a.title();
      }
    }
    return "";
  }

  static String cell(int column, int row) {
    return new CellReference(row - 1, column).formatAsString(false);
  }

  private static void text(Row row, int c, String value, CellStyle style) {
    row.createCell(c).setCellValue(value);
    row.getCell(c).setCellStyle(style);
  }

  private static void number(Row row, int c, BigDecimal value, CellStyle style) {
    row.createCell(c).setCellValue(value.doubleValue());
    row.getCell(c).setCellStyle(style);
  }

  private static int width(String key) {
    return switch (key) {
      case "stt" -> 6;
      case "content" -> 60;
      case "unit" -> 12;
      case "quantity" -> 10;
      case "price", "amount" -> 16;
      default -> 20;
    };
  }

  /** The sheet's cell styles. */
  private static final class Styles {
    final CellStyle cell;
    final CellStyle boldCell;
    final CellStyle center;
    final CellStyle boldCenter;
    final CellStyle header;
    final CellStyle bold;
    final CellStyle italic;
    private final CellStyle whole;
    private final CellStyle wholeBold;
    private final CellStyle decimal;
    private final CellStyle decimalBold;

    Styles(XSSFWorkbook book) {
      Font regular = font(book, false, false);
      Font strong = font(book, true, false);
      Font slanted = font(book, false, true);
      cell = style(book, regular, HorizontalAlignment.LEFT, true, null);
      boldCell = style(book, strong, HorizontalAlignment.LEFT, true, null);
      center = style(book, regular, HorizontalAlignment.CENTER, true, null);
      boldCenter = style(book, strong, HorizontalAlignment.CENTER, true, null);
      header = style(book, strong, HorizontalAlignment.CENTER, true, null);
      bold = style(book, strong, HorizontalAlignment.LEFT, false, null);
      italic = style(book, slanted, HorizontalAlignment.RIGHT, false, null);
      whole = style(book, regular, HorizontalAlignment.RIGHT, true, WHOLE);
      wholeBold = style(book, strong, HorizontalAlignment.RIGHT, true, WHOLE);
      decimal = style(book, regular, HorizontalAlignment.RIGHT, true, DECIMAL);
      decimalBold = style(book, strong, HorizontalAlignment.RIGHT, true, DECIMAL);
    }

    CellStyle number(BigDecimal value, boolean bold) {
      boolean integral = value.stripTrailingZeros().scale() <= 0;
      return integral ? (bold ? wholeBold : whole) : (bold ? decimalBold : decimal);
    }

    private static CellStyle style(
        XSSFWorkbook book, Font font, HorizontalAlignment align, boolean border, String format) {
      CellStyle s = book.createCellStyle();
      s.setFont(font);
      s.setAlignment(align);
      s.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
      s.setWrapText(true);
      if (border) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
      }
      if (format != null) {
        s.setDataFormat(book.createDataFormat().getFormat(format));
      }
      return s;
    }
  }

  /** The sheets' font, Times New Roman 12 pt, as the printed tables; shared by every export. */
  static Font font(XSSFWorkbook book, boolean bold, boolean italic) {
    Font f = book.createFont();
    f.setFontName("Times New Roman");
    f.setFontHeightInPoints((short) 12);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
  }
}
