package kehoach.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kehoach.budget.BudgetCalculator;
import kehoach.load.PlanLoader;
import kehoach.load.YamlEdit;
import kehoach.model.Block;
import kehoach.model.Block.Numbering;
import kehoach.model.BudgetRow;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.office.OfficeFile;
import kehoach.vi.VietnameseNumbers;
import kehoach.vi.VietnameseText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Brings budget sheets back into a plan model: the sheet kehoach exported, or one an accountant
 * made with the table's columns in the same order. Each sheet replaces the rows of the budget table
 * it is named after (or the plan's only one); the rest of the model file is kept as it was. A row's
 * depth comes from its number (I, 1, -, +, as the table numbers its rows); its amount is computed
 * again from quantity and unit price, so only lump sums are taken from the amount column. A row
 * that has a label of its own in the model ({@code stt: "9a"}, or {@code ""} for none) keeps it and
 * its depth; the other rows are numbered again, whatever numbers the sheet shows.
 *
 * <p>A figure the import needs (a quantity, a unit price, a lump sum) that is not a number, an
 * error value such as #DIV/0!, or a formula saved without its value is a problem named by its sheet
 * and cell, and then nothing is imported: a line must never lose a figure silently.
 */
public final class BudgetImport {
  private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
  private static final Pattern ARABIC = Pattern.compile("\\d+");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)+");
  private static final Pattern LETTER = Pattern.compile("[a-zđ]");
  private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(\\d+\\)");

  private BudgetImport() {}

  /**
   * What an import did.
   *
   * @param yaml the model's new text
   * @param tables the budget tables whose rows were replaced
   * @param unread the rows that could not be read, each with its sheet and row, left out
   */
  public record Result(String yaml, List<String> tables, List<String> unread) {}

  /** A row read from a sheet, before it finds its place. */
  private record Line(
      int depth,
      String content,
      String unit,
      Optional<BigDecimal> quantity,
      Optional<BigDecimal> price,
      Figure amount,
      String note,
      List<Line> rows) {}

  /**
   * A figure as read from its cell, or why it cannot be: the amount column's problems count only
   * where the amount is used, as a group's sum or a computed amount is not.
   */
  private record Figure(Optional<BigDecimal> value, Optional<Problem> problem) {}

  /**
   * Reads {@code workbook}'s budget sheets into {@code model}'s text; the file itself is not
   * written here.
   *
   * @throws PlanException when the model or the workbook cannot be read, or a figure cannot
   */
  public static Result into(Path model, Path workbook) throws PlanException, IOException {
    String name = model.toString();
    String text = YamlEdit.text(model);
    PlanLoader.Loaded loaded = PlanLoader.load(name, text);
    List<Block.BudgetTable> tables = loaded.plan().budgetTables();
    List<String> imported = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (Workbook book = OfficeFile.workbook(workbook)) {
      for (int s = 0; s < book.getNumberOfSheets(); s++) {
        Sheet sheet = book.getSheetAt(s);
        Optional<Block.BudgetTable> table =
            tableFor(sheet.getSheetName(), tables, book.getNumberOfSheets());
        if (table.isEmpty()) {
          unread.add(
              workbook
                  + ", sheet \""
                  + sheet.getSheetName()
                  + "\": no budget table has this id; left out");
          continue;
        }
        List<Line> lines = read(sheet, table.get(), workbook.toString(), unread, problems);
        usedAmounts(lines, oldRows(table.get()), problems);
        String rows =
            Yaml.rows(
                lines, oldRows(table.get()), YamlEdit.rows(name, text, table.get().id()).column());
        text = YamlEdit.replaceRows(name, text, table.get().id(), rows);
        text =
            YamlEdit.replaceTotal(
                name, text, table.get().id(), newTotal(name, text, table.get().id()));
        imported.add(table.get().id());
      }
    }
    if (!problems.isEmpty()) {
      throw new PlanException(problems);
    }
    return new Result(text, imported, unread);
  }

  /** The problems of the amounts the import uses: those of lines without quantity × price. */
  private static void usedAmounts(
      List<Line> lines, Map<String, BudgetRow> old, List<Problem> problems) {
    for (Line line : lines) {
      BudgetRow before = old.get(key(line.content()));
      boolean percent = before != null && before.percent().isPresent();
      boolean computed = line.quantity().isPresent() && line.price().isPresent();
      if (line.rows().isEmpty() && !percent && !computed) {
        line.amount().problem().ifPresent(problems::add);
      }
      usedAmounts(line.rows(), old, problems);
    }
  }

  private static Optional<Block.BudgetTable> tableFor(
      String sheet, List<Block.BudgetTable> tables, int sheets) {
    Optional<Block.BudgetTable> named =
        tables.stream().filter(t -> t.id().equals(sheet)).findFirst();
    if (named.isPresent() || tables.size() != 1 || sheets != 1) {
      return named;
    }
    return Optional.of(tables.get(0));
  }

  private static List<Line> read(
      Sheet sheet,
      Block.BudgetTable table,
      String book,
      List<String> unread,
      List<Problem> problems) {
    List<String> keys = table.columns().stream().map(Block.Column::key).toList();
    String contentHeader =
        table.columns().stream()
            .filter(c -> c.key().equals("content"))
            .map(Block.Column::header)
            .findFirst()
            .orElse("Nội dung");
    int content = keys.indexOf("content");
    int start = -1;
    for (int r = 0; r <= sheet.getLastRowNum() && start < 0; r++) {
      Row row = sheet.getRow(r);
      if (row != null
          && content >= 0
          && text(row.getCell(content)).equalsIgnoreCase(contentHeader)) {
        start = r + 1;
      }
    }
    if (start < 0) {
      unread.add(
          book
              + ", sheet \""
              + sheet.getSheetName()
              + "\": no header row with \""
              + contentHeader
              + "\"; nothing read");
      return List.of();
    }
    List<Numbering> scheme =
        Numbering.forTable(table.numbering(), table.rows().stream().anyMatch(BudgetRow::isGroup));
    List<Line> top = new ArrayList<>();
    List<List<Line>> stack = new ArrayList<>();
    stack.add(top);
    Map<String, Integer> ownLabelDepths = new HashMap<>();
    ownLabelDepths(table.rows(), 0, ownLabelDepths);
    int previousDepth = -1;
    for (int r = start; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      String where = book + ", sheet \"" + sheet.getSheetName() + "\", row " + (r + 1);
      String label = text(cell(row, keys, "stt"));
      String what = text(cell(row, keys, "content"));
      if (what.isEmpty() && label.isEmpty()) {
        continue;
      }
      if (COLUMN_NUMBER.matcher(label).matches() || COLUMN_NUMBER.matcher(what).matches()) {
        continue;
      }
      String upper = what.toUpperCase(VietnameseText.VI);
      if (upper.startsWith(table.totalLabel().toUpperCase(VietnameseText.VI))
          || upper.startsWith("TỔNG CỘNG")) {
        break;
      }
      if (what.isEmpty()) {
        unread.add(where + ": the line has no content; left out");
        continue;
      }
      Figure quantity = number(cell(row, keys, "quantity"), "quantity", book);
      Figure price = number(cell(row, keys, "price"), "unit price", book);
      Figure amount = number(cell(row, keys, "amount"), "amount", book);
      quantity.problem().ifPresent(problems::add);
      price.problem().ifPresent(problems::add);
      Integer own = ownLabelDepths.get(key(what));
      int depth = own != null ? own : depth(label, scheme, previousDepth);
      depth = Math.min(depth, stack.size() - 1 + (stack.get(stack.size() - 1).isEmpty() ? 0 : 1));
      while (stack.size() > depth + 1) {
        stack.remove(stack.size() - 1);
      }
      while (stack.size() < depth + 1) {
        List<Line> parent = stack.get(stack.size() - 1);
        stack.add(parent.get(parent.size() - 1).rows());
      }
      stack
          .get(depth)
          .add(
              new Line(
                  depth,
                  what,
                  text(cell(row, keys, "unit")),
                  quantity.value(),
                  price.value(),
                  amount,
                  text(cell(row, keys, "note")),
                  new ArrayList<>()));
      previousDepth = depth;
    }
    return top;
  }

  /**
   * Where the model's rows with a label of their own ({@code stt}) are, by content: such a label
   * ("9a", or none) does not tell a row's depth.
   */
  private static void ownLabelDepths(List<BudgetRow> rows, int depth, Map<String, Integer> out) {
    for (BudgetRow r : rows) {
      if (r.stt().isPresent()) {
        out.putIfAbsent(key(r.content()), depth);
      }
      ownLabelDepths(r.rows(), depth + 1, out);
    }
  }

  /** The depth of a row from its number, by the table's numbering; an unnumbered row is an item. */
  private static int depth(String label, List<Numbering> scheme, int previous) {
    Numbering kind =
        label.isEmpty()
            ? Numbering.NONE
            : label.equals("-")
                ? Numbering.DASH
                : label.equals("+")
                    ? Numbering.PLUS
                    : DECIMAL.matcher(label).matches()
                        ? Numbering.DECIMAL
                        : ARABIC.matcher(label).matches()
                            ? Numbering.ARABIC
                            : ROMAN.matcher(label).matches()
                                ? Numbering.ROMAN
                                : LETTER.matcher(label).matches()
                                    ? Numbering.LETTER
                                    : Numbering.NONE;
    int at = scheme.indexOf(kind);
    if (at >= 0) {
      return at;
    }
    return Math.max(0, previous < 0 ? 0 : previous);
  }

  private static Cell cell(Row row, List<String> keys, String key) {
    int c = keys.indexOf(key);
    return c < 0 ? null : row.getCell(c);
  }

  private static String text(Cell cell) {
    return Cells.text(cell);
  }

  /** A figure's cell: a number, Vietnamese text of one, or empty; anything else is a problem. */
  private static Figure number(Cell cell, String what, String book) {
    if (cell == null) {
      return new Figure(Optional.empty(), Optional.empty());
    }
    Optional<String> unreadable = Cells.unreadable(cell);
    if (unreadable.isPresent()) {
      return notANumber(book, cell, what + ": " + unreadable.get());
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC) {
      return new Figure(
          Optional.of(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()),
          Optional.empty());
    }
    String t = text(cell);
    if (t.isEmpty()) {
      return new Figure(Optional.empty(), Optional.empty());
    }
    Optional<BigDecimal> parsed = VietnameseNumbers.parse(t);
    return parsed.isPresent()
        ? new Figure(parsed, Optional.empty())
        : notANumber(book, cell, what + ": \"" + t + "\" is not a number");
  }

  private static Figure notANumber(String book, Cell cell, String why) {
    return new Figure(
        Optional.empty(),
        Optional.of(
            new Problem(
                Location.ofFile(book),
                Cells.where(cell),
                why + "; expected a number such as 1.500.000 or 7,5")));
  }

  private static Map<String, BudgetRow> oldRows(Block.BudgetTable table) {
    Map<String, BudgetRow> out = new HashMap<>();
    flatten(table.rows(), out);
    return out;
  }

  private static void flatten(List<BudgetRow> rows, Map<String, BudgetRow> out) {
    for (BudgetRow r : rows) {
      out.putIfAbsent(key(r.content()), r);
      flatten(r.rows(), out);
    }
  }

  static String key(String content) {
    return content.replace("*", "").strip().toLowerCase(Locale.ROOT);
  }

  /** The table's total as the new rows add up, for a stated total to follow them. */
  private static String newTotal(String name, String text, String id) throws PlanException {
    PlanLoader.Loaded loaded = PlanLoader.load(name, text);
    Block.BudgetTable t =
        loaded.plan().budgetTables().stream()
            .filter(b -> b.id().equals(id))
            .findFirst()
            .orElseThrow();
    Block.BudgetTable unstated =
        new Block.BudgetTable(
            t.id(),
            t.unit(),
            t.columns(),
            t.columnNumbers(),
            t.rows(),
            t.totalLabel(),
            Optional.empty(),
            t.numbering(),
            t.unitLine(),
            t.wordsLine());
    return VietnameseNumbers.format(
        BudgetCalculator.compute(unstated, "budget", loaded.sources(), loaded.plan().words())
            .total());
  }

  /** Writes rows as YAML, at the indentation of the rows they replace. */
  private static final class Yaml {
    private Yaml() {}

    static String rows(List<Line> lines, Map<String, BudgetRow> old, int column) {
      StringBuilder out = new StringBuilder();
      write(lines, old, column, out, true);
      return out.toString().stripTrailing();
    }

    private static void write(
        List<Line> lines,
        Map<String, BudgetRow> old,
        int column,
        StringBuilder out,
        boolean first) {
      String indent = " ".repeat(column);
      for (Line line : lines) {
        BudgetRow before = old.get(key(line.content()));
        // the model's own text keeps its bold and italic marks, which a sheet cannot carry
        String content = before != null ? before.content() : line.content();
        out.append(first ? "" : indent).append("- content: ").append(quote(content)).append('\n');
        first = false;
        String field = indent + "  ";
        if (before != null && before.id().isPresent()) {
          out.append(field).append("id: ").append(quote(before.id().get())).append('\n');
        }
        if (before != null && before.stt().isPresent()) {
          out.append(field).append("stt: ").append(quote(before.stt().get())).append('\n');
        }
        if (!line.unit().isEmpty()) {
          out.append(field).append("unit: ").append(quote(line.unit())).append('\n');
        }
        boolean percent = before != null && before.percent().isPresent() && line.rows().isEmpty();
        if (percent) {
          BudgetRow.Percentage p = before.percent().get();
          out.append(field)
              .append("percent: ")
              .append(quote(VietnameseNumbers.format(p.rate())))
              .append('\n');
          out.append(field)
              .append("of: [")
              .append(String.join(", ", p.of().stream().map(Yaml::quote).toList()))
              .append("]\n");
        } else {
          line.quantity()
              .ifPresent(
                  q ->
                      out.append(field)
                          .append("quantity: ")
                          .append(VietnameseNumbers.format(q))
                          .append('\n'));
          if (line.rows().isEmpty()) {
            line.price()
                .ifPresent(
                    p ->
                        out.append(field)
                            .append("price: ")
                            .append(VietnameseNumbers.format(p))
                            .append('\n'));
            if (line.quantity().isEmpty() || line.price().isEmpty()) {
              line.amount()
                  .value()
                  .ifPresent(
                      a ->
                          out.append(field)
                              .append("amount: ")
                              .append(VietnameseNumbers.format(a))
                              .append('\n'));
            }
          }
        }
        String note =
            !line.note().isEmpty() ? line.note() : before == null ? "" : before.note().orElse("");
        if (!note.isEmpty()) {
          out.append(field).append("note: ").append(quote(note)).append('\n');
        }
        if (!line.rows().isEmpty()) {
          out.append(field).append("rows:\n").append(field).append("  ");
          write(line.rows(), old, column + 4, out, true);
        }
      }
    }

    private static String quote(String text) {
      return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
  }
}
