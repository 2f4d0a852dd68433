package kehoach.excel;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Optional;
import kehoach.vi.VietnameseNumbers;
import kehoach.vi.VietnameseText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;

/** Spreadsheet cells read as a clerk would type their values into a model. */
public final class Cells {
  private Cells() {}

  /**
   * A cell's value as text: numbers in the Vietnamese form, so that 1500000 reads "1.500.000" and
   * 7.5 reads "7,5"; dates as 2024-05-07; a formula by its last computed value.
   */
  public static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().atOffset(ZoneOffset.UTC).toLocalDate().toString()
              : VietnameseNumbers.format(BigDecimal.valueOf(cell.getNumericCellValue()));
      case STRING -> VietnameseText.nfc(cell.getStringCellValue().strip());
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      default -> "";
    };
  }

  /** Where a cell is, as Excel names it in a formula: {@code budget!D7}. */
  public static String where(Cell cell) {
    return cell.getSheet().getSheetName()
        + "!"
        + new CellReference(cell.getRowIndex(), cell.getColumnIndex(), false, false)
            .formatAsString();
  }

  /**
   * Why a cell has no value to read, or empty when it has one: an error value (#DIV/0!, #REF!…), or
   * a formula saved without its value. A formula is read by the value Excel or LibreOffice saved
   * with it when they last computed it, as the clerk saw it on screen; a file written by another
   * program may carry none, and kehoach does not compute formulas itself, so that it never reads a
   * figure nobody has seen.
   */
  public static Optional<String> unreadable(Cell cell) {
    if (cell == null) {
      return Optional.empty();
    }
    boolean formula = cell.getCellType() == CellType.FORMULA;
    if (formula && cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
      return Optional.of(
          "the formula ="
              + cell.getCellFormula()
              + " has no saved value (the program that wrote the file did not compute it); open"
              + " and save the file in Excel or LibreOffice, or type the value");
    }
    CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type != CellType.ERROR) {
      return Optional.empty();
    }
    return Optional.of(
        errorCode(cell.getErrorCellValue())
            + " is an error value"
            + (formula ? " (from =" + cell.getCellFormula() + ")" : ""));
  }

  private static String errorCode(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#" + code;
    }
  }
}
