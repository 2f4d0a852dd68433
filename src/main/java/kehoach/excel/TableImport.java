package kehoach.excel;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kehoach.load.PlanLoader;
import kehoach.load.YamlEdit;
import kehoach.model.Block;
import kehoach.model.Block.Numbering;
import kehoach.model.Location;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.model.RowNumbers;
import kehoach.office.CsvFile;
import kehoach.office.OfficeFile;
import kehoach.vi.VietnameseText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Brings a sheet (or a CSV file) back into one table of a plan model, replacing only that table's
 * rows: the rest of the model file is kept as it was. The sheet may be one export-table wrote or
 * one an office made by hand: its columns are found by their Vietnamese headers ("Nội dung", "Đơn
 * vị chủ trì", "Thời gian thực hiện"…), a row whose STT is a Roman numeral is a group, and a merged
 * region is a merged cell ({@code {text, span, rows}}). A row numbered as kehoach would number it
 * gets no {@code stt}; any other label is kept.
 *
 * <p>A cell that holds an error value (#DIV/0!, #REF!…) or a formula saved without its value is a
 * problem named by its sheet and cell, and then nothing is imported: a row must not lose a cell
 * silently.
 */
public final class TableImport {
  private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
  private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(\\d+\\)|");

  /** Header names an office uses, without accents and in lower case, by column key. */
  private static final Map<String, String> HEADERS =
      Map.ofEntries(
          Map.entry("stt", "stt"),
          Map.entry("tt", "stt"),
          Map.entry("so thu tu", "stt"),
          Map.entry("noi dung", "content"),
          Map.entry("nhiem vu", "content"),
          Map.entry("noi dung nhiem vu", "content"),
          Map.entry("ten nhiem vu", "content"),
          Map.entry("chu tri", "lead"),
          Map.entry("don vi chu tri", "lead"),
          Map.entry("co quan chu tri", "lead"),
          Map.entry("phoi hop", "partners"),
          Map.entry("don vi phoi hop", "partners"),
          Map.entry("co quan phoi hop", "partners"),
          Map.entry("thoi gian", "time"),
          Map.entry("thoi gian thuc hien", "time"),
          Map.entry("thoi gian hoan thanh", "time"),
          Map.entry("san pham", "result"),
          Map.entry("ket qua", "result"),
          Map.entry("ket qua dat duoc", "result"),
          Map.entry("ghi chu", "note"));

  private TableImport() {}

  /**
   * What an import did.
   *
   * @param yaml the model's new text
   * @param table the name of the table whose rows were replaced
   * @param unread what could not be read, each with its sheet, row and column, left out
   */
  public record Result(String yaml, String table, List<String> unread) {}

  /**
   * A sheet's text: rows of cells, its merged regions, and the cells without a value to read (by
   * row and column, as {@code Rows.at} keys them), which are problems where the table reads them.
   */
  private record Raw(
      String where,
      List<List<String>> cells,
      List<CellRangeAddress> merges,
      Map<Long, Problem> unreadable) {}

  /**
   * Reads {@code file} (.xlsx, .xls or .csv) into the table {@code ref} names (its number from 1,
   * budget id or appendix id), or the one its sheet is named after, or the model's only data table.
   * A budget table is read as import-budget reads it.
   */
  public static Result into(Path model, Path file, Optional<String> ref)
      throws PlanException, IOException {
    String name = model.toString();
    String text = YamlEdit.text(model);
    List<PlanTables.Table> tables = PlanTables.of(PlanLoader.load(name, text).plan());
    boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    List<String> unread = new ArrayList<>();
    if (csv) {
      PlanTables.Table table = choose(tables, ref, List.of(), file);
      Raw raw = csv(file);
      return into(name, text, table, raw, unread);
    }
    try (Workbook book = OfficeFile.workbook(file)) {
      List<String> sheets = new ArrayList<>();
      book.forEach(s -> sheets.add(s.getSheetName()));
      PlanTables.Table table = choose(tables, ref, sheets, file);
      if (table.budget().isPresent()) {
        BudgetImport.Result budget = BudgetImport.into(model, file);
        return new Result(budget.yaml(), table.name(), budget.unread());
      }
      Sheet sheet =
          book.getSheet(table.name()) != null ? book.getSheet(table.name()) : book.getSheetAt(0);
      Raw raw = sheet(sheet, file + ", sheet \"" + sheet.getSheetName() + "\"", file);
      return into(name, text, table, raw, unread);
    }
  }

  private static PlanTables.Table choose(
      List<PlanTables.Table> tables, Optional<String> ref, List<String> sheets, Path file) {
    if (ref.isPresent()) {
      return PlanTables.find(tables, ref.get())
          .orElseThrow(() -> new IllegalArgumentException(TableExport.noTable(ref.get(), tables)));
    }
    for (String s : sheets) {
      Optional<PlanTables.Table> named = PlanTables.find(tables, s);
      if (named.isPresent() && !s.matches("\\d+")) {
        return named.get();
      }
    }
    List<PlanTables.Table> data = tables.stream().filter(t -> t.data().isPresent()).toList();
    if (data.size() == 1) {
      return data.get(0);
    }
    throw new IllegalArgumentException(
        file + ": name the table to import with --table; " + TableExport.noTable("", tables));
  }

  private static Result into(
      String name, String text, PlanTables.Table table, Raw raw, List<String> unread)
      throws PlanException {
    Block.DataTable data = table.data().orElseThrow();
    int indent = YamlEdit.tableRows(name, text, table.index()).column();
    String rows = new Rows(data, raw, unread).yaml(indent);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(raw.where() + ": no rows to import");
    }
    return new Result(
        YamlEdit.replaceTableRows(name, text, table.index(), rows), table.name(), unread);
  }

  /** A sheet's cells as text, and the problems of the cells without a value to read. */
  private static Raw sheet(Sheet sheet, String where, Path file) {
    List<List<String>> cells = new ArrayList<>();
    Map<Long, Problem> problems = new HashMap<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      List<String> line = new ArrayList<>();
      Row row = sheet.getRow(r);
      for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
        Cell cell = row.getCell(c);
        long at = Rows.at(r, c);
        Cells.unreadable(cell)
            .ifPresent(
                why ->
                    problems.put(
                        at, new Problem(Location.ofFile(file.toString()), Cells.where(cell), why)));
        line.add(Cells.text(cell));
      }
      cells.add(line);
    }
    return new Raw(where, cells, sheet.getMergedRegions(), problems);
  }

  private static Raw csv(Path file) throws IOException, PlanException {
    String content = CsvFile.text(file);
    String first = content.lines().findFirst().orElse("");
    char delimiter = ',';
    if (count(first, ';') > count(first, delimiter)) {
      delimiter = ';';
    }
    if (count(first, '\t') > count(first, delimiter)) {
      delimiter = '\t';
    }
    List<List<String>> cells = new ArrayList<>();
    try (Reader in = new java.io.StringReader(content)) {
      for (CSVRecord record :
          CSVFormat.RFC4180.builder().setDelimiter(delimiter).build().parse(in)) {
        List<String> line = new ArrayList<>();
        record.forEach(v -> line.add(VietnameseText.nfc(v.strip())));
        cells.add(line);
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause(); // a quote left open, say
    }
    return new Raw(file.toString(), cells, List.of(), Map.of());
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }

  /**
   * A header without accents, in lower case, its spaces collapsed: "Đơn vị chủ trì" → "don vi chu
   * tri".
   */
  static String plainHeader(String header) {
    String s =
        Normalizer.normalize(header.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return s.replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }

  /** The rows of a sheet as the table's YAML rows. */
  private static final class Rows {
    private final Block.DataTable table;
    private final Raw raw;
    private final List<String> unread;
    private final List<String> keys;

    /** The column key of each sheet column; null for a column the table does not have. */
    private final List<String> keyOf = new ArrayList<>();

    private final Map<Long, CellRangeAddress> mergeAt = new HashMap<>();
    private final Set<Long> covered = new HashSet<>();

    Rows(Block.DataTable table, Raw raw, List<String> unread) {
      this.table = table;
      this.raw = raw;
      this.unread = unread;
      this.keys = table.columns().stream().map(Block.Column::key).toList();
      marked(table.rows());
      for (CellRangeAddress m : raw.merges()) {
        mergeAt.put(at(m.getFirstRow(), m.getFirstColumn()), m);
        for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
          for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
            if (r != m.getFirstRow() || c != m.getFirstColumn()) {
              covered.add(at(r, c));
            }
          }
        }
      }
    }

    /** The model's texts with bold or italic marks, by their text without them. */
    private final Map<String, String> withMarks = new HashMap<>();

    private final Set<String> unmarked = new HashSet<>();

    private void marked(List<Block.TableRow> rows) {
      for (Block.TableRow row : rows) {
        List<String> texts = new ArrayList<>(row.cells().values());
        row.group().ifPresent(texts::add);
        row.stt().ifPresent(texts::add);
        for (String t : texts) {
          if (!t.contains("*")) {
            unmarked.add(t);
          } else {
            withMarks.putIfAbsent(t.replace("\\*", "\0").replace("*", "").replace("\0", "*"), t);
          }
        }
        marked(row.rows());
      }
    }

    /**
     * A cell's text for the model: the model's own text where it only differs by its marks, which a
     * sheet does not carry; otherwise a star is a star, not a mark.
     */
    private String source(String value) {
      if (unmarked.contains(value)) {
        return value;
      }
      return withMarks.getOrDefault(value, value.replace("*", "\\*"));
    }

    static long at(int row, int column) {
      return ((long) row << 20) | column;
    }

    /** Refuses the sheet if a cell the table reads, below its header, has no value to read. */
    private void unreadableCells(int header) throws PlanException {
      List<Problem> problems = new ArrayList<>();
      for (int r = header + 1; r < raw.cells().size(); r++) {
        for (int c = 0; c < keyOf.size(); c++) {
          Problem p = raw.unreadable().get(at(r, c));
          if (p != null && keyOf.get(c) != null) {
            problems.add(p);
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new PlanException(problems);
      }
    }

    String yaml(int indent) throws PlanException {
      int header = headerRow();
      if (header < 0) {
        unread.add(
            raw.where()
                + ": no header row names the table's columns ("
                + String.join(", ", table.columns().stream().map(Block.Column::header).toList())
                + "); nothing read");
        return "";
      }
      unreadableCells(header);
      boolean grouped = false;
      for (int r = header + 1; r < raw.cells().size(); r++) {
        grouped |= isGroup(r);
      }
      List<Numbering> scheme = Numbering.forTable(table.numbering(), grouped);
      StringBuilder out = new StringBuilder();
      Level top = new Level(scheme.get(0), "");
      Level inner = null;
      String pad = " ".repeat(indent);
      boolean first = true;
      for (int r = header + 1; r < raw.cells().size(); r++) {
        if (blank(r) || columnNumbers(r)) {
          continue;
        }
        String lead = first ? "" : pad;
        first = false;
        if (isGroup(r)) {
          String label = label(r);
          String stt = top.decide(label);
          out.append(lead).append("- group: ").append(quote(source(title(r)))).append('\n');
          if (stt != null) {
            out.append(pad).append("  stt: ").append(stt).append('\n');
          }
          out.append(pad).append("  rows:\n");
          inner = new Level(scheme.size() > 1 ? scheme.get(1) : Numbering.PLUS, label);
          continue;
        }
        Level level = inner != null ? inner : top;
        String itemPad = inner != null ? pad + "    " : pad;
        out.append(inner != null ? itemPad : lead);
        item(r, level, itemPad, out);
      }
      return out.toString().stripTrailing();
    }

    private void item(int r, Level level, String pad, StringBuilder out) {
      boolean firstField = true;
      for (int c = 0; c < keyOf.size(); c++) {
        String key = keyOf.get(c);
        if (key == null || covered.contains(at(r, c))) {
          continue;
        }
        String value = source(cell(r, c));
        CellRangeAddress m = mergeAt.get(at(r, c));
        int span = m == null ? 1 : mappedColumns(m.getFirstColumn(), m.getLastColumn());
        int rows = m == null ? 1 : m.getLastRow() - m.getFirstRow() + 1;
        String yaml;
        if (key.equals("stt")) {
          String stt = level.decide(label(r));
          if (rows > 1 || span > 1) {
            yaml =
                "{"
                    + (stt == null ? "" : "text: " + stt + ", ")
                    + (span > 1 ? "span: " + span + ", " : "")
                    + (rows > 1 ? "rows: " + rows : "")
                    + "}";
            yaml = yaml.replace(", }", "}");
          } else {
            yaml = stt;
          }
        } else if (span > 1 || rows > 1) {
          yaml =
              "{text: "
                  + quote(value)
                  + (span > 1 ? ", span: " + span : "")
                  + (rows > 1 ? ", rows: " + rows : "")
                  + "}";
        } else {
          yaml = value.isEmpty() ? null : quote(value);
        }
        if (yaml == null) {
          continue;
        }
        out.append(firstField ? "- " : pad + "  ").append(key).append(": ").append(yaml);
        out.append('\n');
        firstField = false;
      }
      if (firstField) {
        out.append("- {}\n");
      }
    }

    private int mappedColumns(int from, int to) {
      int n = 0;
      for (int c = from; c <= to && c < keyOf.size(); c++) {
        n += keyOf.get(c) == null ? 0 : 1;
      }
      return Math.max(1, n);
    }

    /** The first row that names two of the table's columns (or its only one). */
    private int headerRow() {
      for (int r = 0; r < Math.min(raw.cells().size(), 20); r++) {
        List<String> found = new ArrayList<>();
        for (String h : raw.cells().get(r)) {
          found.add(keyFor(h));
        }
        long known = found.stream().filter(k -> k != null && keys.contains(k)).count();
        if (known >= Math.min(2, keys.size())) {
          for (int c = 0; c < found.size(); c++) {
            String k = found.get(c);
            if (k != null && !keys.contains(k)) {
              unread.add(
                  raw.where()
                      + ", column "
                      + CellReference.convertNumToColString(c)
                      + " (\""
                      + raw.cells().get(r).get(c)
                      + "\"): the table has no column "
                      + k
                      + "; left out");
              k = null;
            } else if (k != null && keyOf.contains(k)) {
              k = null; // a second column of the same name: the first one is read
            }
            keyOf.add(k);
          }
          return r;
        }
      }
      return -1;
    }

    private String keyFor(String header) {
      String plain = plainHeader(header);
      if (plain.isEmpty()) {
        return null;
      }
      for (Block.Column c : table.columns()) {
        if (plainHeader(c.header()).equals(plain) || c.key().equalsIgnoreCase(plain)) {
          return c.key();
        }
      }
      return HEADERS.get(plain);
    }

    private String cell(int r, int c) {
      List<String> row = raw.cells().get(r);
      return c < row.size() ? row.get(c) : "";
    }

    private String byKey(int r, String key) {
      int c = keyOf.indexOf(key);
      return c < 0 ? "" : cell(r, c);
    }

    /** The row's STT, without the dot or parenthesis a hand-made sheet may add: "1." → "1". */
    private String label(int r) {
      String l = byKey(r, "stt");
      return l.length() > 1 && (l.endsWith(".") || l.endsWith(")"))
          ? l.substring(0, l.length() - 1)
          : l;
    }

    private boolean isGroup(int r) {
      return r < raw.cells().size() && ROMAN.matcher(label(r)).matches() && !title(r).isEmpty();
    }

    /** A group's title: its content, or the first text after its STT. */
    private String title(int r) {
      String content = byKey(r, "content");
      if (!content.isEmpty()) {
        return content;
      }
      for (int c = 0; c < keyOf.size(); c++) {
        if (keyOf.get(c) != null && !keyOf.get(c).equals("stt") && !cell(r, c).isEmpty()) {
          return cell(r, c);
        }
      }
      return "";
    }

    private boolean blank(int r) {
      for (int c = 0; c < keyOf.size(); c++) {
        if (keyOf.get(c) != null && !cell(r, c).isEmpty() && !covered.contains(at(r, c))) {
          return false;
        }
      }
      for (int c = 0; c < keyOf.size(); c++) {
        if (keyOf.get(c) != null && covered.contains(at(r, c))) {
          return false; // a row that a merged cell above reaches into
        }
      }
      return true;
    }

    private boolean columnNumbers(int r) {
      boolean any = false;
      for (String v : raw.cells().get(r)) {
        if (!COLUMN_NUMBER.matcher(v).matches()) {
          return false;
        }
        any |= !v.isEmpty();
      }
      return any;
    }
  }

  /**
   * The rows of one level, numbered as kehoach numbers them: a row whose label is the one kehoach
   * would give it gets no stt.
   */
  private static final class Level {
    private final Numbering numbering;
    private final String parent;
    private final List<Optional<String>> given = new ArrayList<>();

    Level(Numbering numbering, String parent) {
      this.numbering = numbering;
      this.parent = parent;
    }

    /** The stt to write for a row labelled {@code label}, quoted; null to leave it out. */
    String decide(String label) {
      RowNumbers numbers = new RowNumbers(numbering, parent);
      given.forEach(numbers::next);
      Optional<String> stt =
          numbers.next(Optional.empty()).equals(label) ? Optional.empty() : Optional.of(label);
      given.add(stt);
      return stt.map(TableImport::quote).orElse(null);
    }
  }

  static String quote(String text) {
    return "\""
        + text.replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("\n", "\\n")
            .replace("\t", "\\t")
            .replace("\r", "")
        + "\"";
  }
}
