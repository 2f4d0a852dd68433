package kehoach.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kehoach.excel.Cells;
import kehoach.load.Variants;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.office.CsvFile;
import kehoach.office.OfficeFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A table of variants, from an Excel workbook (its first sheet) or a CSV file: a header row of
 * field paths, then one row per plan. The column headed "file" names each plan's output files.
 */
public record VariantTable(String name, List<String> header, List<Row> rows) {
  /** The column that names each plan's files. */
  public static final String FILE_COLUMN = "file";

  /** A row: its number in the sheet (the header is 1) and its cells' text. */
  public record Row(int number, List<String> cells) {}

  public static VariantTable read(Path file) throws PlanException {
    String name = file.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      List<List<String>> all =
          lower.endsWith(".xlsx") || lower.endsWith(".xls") ? workbook(file) : csv(file);
      if (all.isEmpty()) {
        throw new PlanException(
            new Problem(
                Location.ofFile(name), "", "is empty; its first row names the field paths"));
      }
      List<Row> rows = new ArrayList<>();
      for (int i = 1; i < all.size(); i++) {
        if (all.get(i).stream().anyMatch(c -> !c.isBlank())) {
          rows.add(new Row(i + 1, all.get(i)));
        }
      }
      return new VariantTable(name, all.get(0).stream().map(String::strip).toList(), rows);
    } catch (IOException | RuntimeException e) {
      throw new PlanException(
          new Problem(Location.ofFile(name), "", "cannot be read as a table: " + e.getMessage()));
    }
  }

  private static List<List<String>> csv(Path file) throws IOException, PlanException {
    List<List<String>> out = new ArrayList<>();
    try (Reader in = new StringReader(CsvFile.text(file));
        CSVParser parser = CSVFormat.RFC4180.parse(in)) {
      for (CSVRecord r : parser) {
        List<String> cells = new ArrayList<>();
        r.forEach(cells::add);
        out.add(cells);
      }
    }
    return out;
  }

  /**
   * The first sheet's cells as text; a cell without a value to read (an error value, a formula
   * saved without its value) is a problem by its cell, rather than an empty value.
   */
  private static List<List<String>> workbook(Path file) throws IOException, PlanException {
    List<List<String>> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (Workbook book = OfficeFile.workbook(file)) {
      Sheet sheet = book.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        int width = row == null ? 0 : Math.max(0, row.getLastCellNum());
        for (int c = 0; c < width; c++) {
          Cell cell = row.getCell(c);
          Cells.unreadable(cell)
              .ifPresent(
                  why ->
                      problems.add(
                          new Problem(Location.ofFile(file.toString()), Cells.where(cell), why)));
          cells.add(Cells.text(cell));
        }
        out.add(cells);
      }
    }
    if (!problems.isEmpty()) {
      throw new PlanException(problems);
    }
    return out;
  }

  /** The row's cells for {@link Variants}, the file column left out. */
  List<Variants.Cell> cells(Row row) {
    List<Variants.Cell> cells = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      if (header.get(c).equalsIgnoreCase(FILE_COLUMN) || header.get(c).isBlank()) {
        continue;
      }
      String value = c < row.cells().size() ? row.cells().get(c) : "";
      cells.add(new Variants.Cell(row.number(), c + 1, header.get(c), value));
    }
    return cells;
  }

  /**
   * Refuses every file cell that is not a plain file name: a row's files go into the output folder
   * and nowhere else, so a cell such as {@code ../../x} or {@code /etc/x} is a mistake to report,
   * with its row and column, before anything is written.
   */
  void checkFileNames() throws PlanException {
    List<Problem> problems = new ArrayList<>();
    for (Row row : rows) {
      String file = fileName(row);
      if (!file.isEmpty() && !isPlainName(file)) {
        problems.add(
            new Problem(
                fileCell(row).orElseThrow(),
                FILE_COLUMN,
                "\""
                    + file
                    + "\" is not a file name: the column \"file\" names each row's files inside"
                    + " the output folder, without folders, and not starting with a dot"));
      }
    }
    if (!problems.isEmpty()) {
      throw new PlanException(problems);
    }
  }

  /** A name without folders, hidden-file dot or control characters, the same on every system. */
  private static boolean isPlainName(String name) {
    return !name.startsWith(".")
        && name.chars().noneMatch(c -> c < 0x20 || c == 0x7f || "/\\:".indexOf(c) >= 0);
  }

  /** Where the row's file cell is, if the table has a file column and the cell is filled. */
  Optional<Location> fileCell(Row row) {
    for (int c = 0; c < header.size() && c < row.cells().size(); c++) {
      if (header.get(c).equalsIgnoreCase(FILE_COLUMN) && !row.cells().get(c).isBlank()) {
        return Optional.of(new Location(name, row.number(), c + 1));
      }
    }
    return Optional.empty();
  }

  /** The row's file name, if the table has a file column and the cell is filled. */
  String fileName(Row row) {
    for (int c = 0; c < header.size() && c < row.cells().size(); c++) {
      if (header.get(c).equalsIgnoreCase(FILE_COLUMN) && !row.cells().get(c).isBlank()) {
        return row.cells().get(c).strip().replaceAll("\\.(docx|pdf|txt)$", "");
      }
    }
    return "";
  }
}
