package kehoach.excel;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import kehoach.plan.ComputedPlan;
import kehoach.plan.Grid;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a plan's tables as sheets laid out as printed: the header row, the column numbers if any,
 * then the rows with their STT as printed, group rows bold and merged cells (ô gộp) merged. A
 * budget table is written as {@link BudgetExport} writes it, with live formulas.
 */
public final class TableExport {
  private TableExport() {}

  /**
   * The workbook of the table {@code ref} names (its number from 1, budget id or appendix id), or
   * of every table of the plan, one sheet each; IllegalArgumentException when there is no such
   * table.
   */
  public static byte[] workbook(ComputedPlan plan, Optional<String> ref) throws IOException {
    List<PlanTables.Table> tables = PlanTables.of(plan.model());
    List<Grid> grids = PlanTables.grids(plan);
    if (tables.isEmpty()) {
      throw problem("the plan has no table to export");
    }
    List<PlanTables.Table> chosen =
        ref.isEmpty()
            ? tables
            : List.of(
                PlanTables.find(tables, ref.get())
                    .orElseThrow(() -> problem(noTable(ref.get(), tables))));
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Styles styles = new Styles(book);
      for (PlanTables.Table t : chosen) {
        if (t.budget().isPresent()) {
          BudgetExport.addSheet(book, plan, t.budget().get().id());
        } else {
          String name = sheetName(t.name());
          if (book.getSheet(name) != null) {
            name = "Bảng " + (t.index() + 1);
          }
          sheet(book.createSheet(name), styles, grids.get(t.index()));
        }
      }
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      return BudgetExport.bytes(book, plan);
    }
  }

  static String noTable(String ref, List<PlanTables.Table> tables) {
    return "no table \""
        + ref
        + "\": the plan's tables are "
        + String.join(
            ", ", tables.stream().map(t -> (t.index() + 1) + " (" + t.name() + ")").toList());
  }

  private static IllegalArgumentException problem(String message) {
    return new IllegalArgumentException(message);
  }

  private static String sheetName(String name) {
    String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
    return clean.length() > 31 ? clean.substring(0, 31) : clean;
  }

  private static void sheet(Sheet sheet, Styles styles, Grid grid) {
    int width = grid.columns().size();
    int r = 0;
    Row header = sheet.createRow(r++);
    for (int c = 0; c < width; c++) {
      text(header, c, grid.columns().get(c).header(), styles.header);
    }
    if (!grid.columnNumbers().isEmpty()) {
      Row numbers = sheet.createRow(r++);
      for (int c = 0; c < width; c++) {
        String n = c < grid.columnNumbers().size() ? grid.columnNumbers().get(c) : "";
        text(numbers, c, n, styles.italic);
      }
    }
    int first = r;
    for (Grid.Row row : grid.rows()) {
      Row line = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
      boolean bold = row.isGroup() || row.isTotal();
      for (int c = 0; c < width; c++) {
        if (line.getCell(c) == null) {
          text(line, c, "", styles.cell(false, false));
        }
      }
      for (Grid.Cell cell : row.cells()) {
        boolean center = grid.columns().get(cell.column()).align().equals("center");
        text(line, cell.column(), cell.plain(), styles.cell(bold, center));
        if (cell.colspan() > 1 || cell.rowspan() > 1) {
          sheet.addMergedRegion(
              new CellRangeAddress(
                  r, r + cell.rowspan() - 1, cell.column(), cell.column() + cell.colspan() - 1));
        }
      }
      r++;
    }
    // rows that a merged cell reaches into but that start no cell of their own are bordered too
    for (int i = first; i < r; i++) {
      for (int c = 0; c < width; c++) {
        if (sheet.getRow(i).getCell(c) == null) {
          text(sheet.getRow(i), c, "", styles.cell(false, false));
        }
      }
    }
    for (int c = 0; c < width; c++) {
      sheet.setColumnWidth(c, 256 * width(grid.columns().get(c).key()));
    }
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }

  private static void text(Row row, int c, String value, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static int width(String key) {
    return switch (key) {
      case "stt" -> 6;
      case "content" -> 50;
      case "time" -> 16;
      default -> 28;
    };
  }

  /** The sheet's cell styles. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle italic;
    private final CellStyle[] cells = new CellStyle[4];

    Styles(XSSFWorkbook book) {
      header = style(book, BudgetExport.font(book, true, false), HorizontalAlignment.CENTER);
      italic = style(book, BudgetExport.font(book, false, true), HorizontalAlignment.CENTER);
      Font regular = BudgetExport.font(book, false, false);
      Font strong = BudgetExport.font(book, true, false);
      cells[0] = style(book, regular, HorizontalAlignment.LEFT);
      cells[1] = style(book, regular, HorizontalAlignment.CENTER);
      cells[2] = style(book, strong, HorizontalAlignment.LEFT);
      cells[3] = style(book, strong, HorizontalAlignment.CENTER);
    }

    CellStyle cell(boolean bold, boolean center) {
      return cells[(bold ? 2 : 0) + (center ? 1 : 0)];
    }

    private static CellStyle style(XSSFWorkbook book, Font font, HorizontalAlignment align) {
      CellStyle s = book.createCellStyle();
      s.setFont(font);
      s.setAlignment(align);
      s.setVerticalAlignment(VerticalAlignment.CENTER);
      s.setWrapText(true);
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      return s;
    }
  }
}
