package kehoach.excel;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import kehoach.vi.VietnameseNumbers;
import kehoach.vi.VietnameseText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

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
}
