package kehoach.wordimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.model.Block.Numbering;
import kehoach.vi.VietnameseNumbers;
import kehoach.word.WordParagraph;
import kehoach.word.WordTable;
import kehoach.word.WordTable.Cell;

/**
 * A Word table as a model's table: a budget ({@code budget}) when its columns are a budget's (số
 * lượng, đơn giá, thành tiền), its figures read as numbers and every figure the drafter wrote kept
 * as stated, so that {@code check} finds the original's own mistakes; otherwise a table of tasks or
 * text ({@code table}) with its merged cells and group rows.
 */
final class Tables {
  /** A column's number under the header, "(3)", or with how it is made, "(5) = (3) x (4)". */
  private static final Pattern COLUMN_NUMBER =
      Pattern.compile("\\(\\s*\\d+\\s*\\)(?:\\s*=\\s*[()\\d\\s+\\-x×*/:.]+)?");

  /** A column's number written bare, "3", or a letter, "A": only in an italic row. */
  private static final Pattern BARE_COLUMN_NUMBER = Pattern.compile("\\d{1,2}|[A-Z]");

  private static final Pattern UNIT_IN_HEADER =
      Pattern.compile("(?i)\\(?\\s*(?:đvt|đơn vị tính)\\s*:\\s*([^)]+)\\)?");
  private static final Pattern TOTAL = Pattern.compile("(?iu)^\\s*(tổng cộng|tổng số|tổng)\\b.*");
  private static final Map<String, String> BUDGET_KEYS = budgetKeys();
  private static final List<Map.Entry<String, String>> DATA_KEYS =
      List.of(
          Map.entry("nội dung", "content"),
          Map.entry("nhiệm vụ", "content"),
          Map.entry("chủ trì", "lead"),
          Map.entry("phối hợp", "partners"),
          Map.entry("thời gian", "time"),
          Map.entry("kết quả", "result"),
          Map.entry("sản phẩm", "result"),
          Map.entry("ghi chú", "note"));

  private Tables() {}

  /** The block for {@code table}; {@code unit} is the unit a line above it states, if any. */
  static Map<String, Object> of(WordTable table, Optional<String> unit, Warnings warnings) {
    List<String> headers = headers(table);
    if (headerRows(table) == 2) {
      warnings.add(
          "table "
              + (table.index() + 1)
              + ": its two header rows are read as one, each sub-column's header under its"
              + " group's (the model has one header row): "
              + headers.stream()
                  .filter(h -> h.contains("\n"))
                  .map(h -> h.replace("\n", " / "))
                  .toList());
    }
    Optional<List<String>> budgetKeys = budgetKeys(headers);
    if (budgetKeys.isPresent()) {
      return Map.of("budget", Budgets.of(table, headers, budgetKeys.get(), unit, warnings));
    }
    return Map.of("table", data(table, headers));
  }

  /**
   * The header's texts by grid column; "" for a column a merged header cell covers. Under a header
   * of two rows, a sub-column's header is its group's and its own on two lines: "Kinh phí\nNSTW".
   */
  static List<String> headers(WordTable table) {
    List<String> headers = new ArrayList<>();
    for (int c = 0; c < table.columns(); c++) {
      headers.add("");
    }
    if (table.rows().isEmpty()) {
      return headers;
    }
    for (Cell cell : table.rows().get(0).cells()) {
      if (cell.column() < headers.size()) {
        headers.set(cell.column(), cellText(cell, false));
      }
    }
    if (headerRows(table) == 2) {
      for (Cell sub : table.rows().get(1).cells()) {
        String own = cellText(sub, false);
        if (own.isEmpty() || sub.column() >= headers.size()) {
          continue;
        }
        String group =
            table.rows().get(0).cells().stream()
                .filter(top -> under(sub, top))
                .map(top -> cellText(top, false))
                .findFirst()
                .orElse("");
        headers.set(sub.column(), group.isEmpty() ? own : group + "\n" + own);
      }
    }
    return headers;
  }

  /**
   * How many rows the header takes: 2 when the first row's merged cells stand over sub-columns'
   * headers in the second ("Kinh phí" over "NSTW", "NSĐP"), and the second has nothing else; or
   * when Word repeats both as header rows. A row of column numbers is not a header row.
   */
  static int headerRows(WordTable table) {
    List<WordTable.Row> rows = table.rows();
    if (rows.size() < 2 || columnNumbers(rows.get(1))) {
      return 1;
    }
    if (rows.get(0).header() && rows.get(1).header()) {
      return 2;
    }
    List<Cell> groups = rows.get(0).cells().stream().filter(c -> c.colSpan() > 1).toList();
    if (groups.isEmpty() || groups.stream().anyMatch(g -> subHeaders(table, g).isEmpty())) {
      return 1;
    }
    boolean others =
        rows.get(1).cells().stream()
            .anyMatch(c -> !c.text().isEmpty() && groups.stream().noneMatch(g -> under(c, g)));
    return others ? 1 : 2;
  }

  /** The second row's cells with text under {@code group}, a merged cell of the first row. */
  private static List<Cell> subHeaders(WordTable table, Cell group) {
    if (group.colSpan() <= 1 || table.rows().size() < 2) {
      return List.of();
    }
    return table.rows().get(1).cells().stream()
        .filter(c -> under(c, group) && !c.text().isEmpty())
        .toList();
  }

  private static boolean under(Cell c, Cell group) {
    return c.column() >= group.column() && c.column() < group.column() + group.colSpan();
  }

  /** The rows after the header and the column numbers' row. */
  static List<WordTable.Row> dataRows(WordTable table) {
    int first = Math.min(headerRows(table), table.rows().size());
    if (first < table.rows().size() && columnNumbers(table.rows().get(first))) {
      first++;
    }
    return table.rows().subList(first, table.rows().size());
  }

  /**
   * A row of column numbers: every cell "(1)", "(2)" (or "(5) = (3) x (4)"), or, in an italic row
   * as kehoach prints it, bare numbers or letters "A", "B", "1", "2".
   */
  static boolean columnNumbers(WordTable.Row row) {
    if (row.cells().isEmpty()) {
      return false;
    }
    if (row.cells().stream().allMatch(c -> COLUMN_NUMBER.matcher(c.text()).matches())) {
      return true;
    }
    return row.cells().size() > 1
        && row.cells().stream()
            .allMatch(c -> italic(c) && BARE_COLUMN_NUMBER.matcher(c.text()).matches())
        && row.cells().stream().anyMatch(c -> c.text().matches("\\d+"));
  }

  private static boolean italic(Cell c) {
    var visible = c.paragraphs().stream().filter(p -> !p.text().isEmpty()).toList();
    return !visible.isEmpty() && visible.stream().allMatch(WordParagraph::italic);
  }

  /**
   * The row of column numbers under the header, if the table has one: {@code true} when it reads
   * (1), (2), (3)… as kehoach prints it, else its texts.
   */
  static Optional<Object> columnNumbersOf(WordTable table) {
    int at = headerRows(table);
    if (table.rows().size() <= at || !columnNumbers(table.rows().get(at))) {
      return Optional.empty();
    }
    List<String> texts = table.rows().get(at).cells().stream().map(Cell::text).toList();
    for (int i = 0; i < texts.size(); i++) {
      if (!texts.get(i).replace(" ", "").equals("(" + (i + 1) + ")")) {
        return Optional.of(texts);
      }
    }
    return Optional.of(new YamlText.Bare("true"));
  }

  /** A cell's paragraphs as lines of one text, marked with bold and italic if {@code marks}. */
  static String cellText(Cell cell, boolean marks) {
    List<String> lines = new ArrayList<>();
    for (WordParagraph p : cell.paragraphs()) {
      String line = marks ? Inlines.marked(p) : Inlines.plain(p.runs());
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return String.join("\n", lines);
  }

  /** The cell starting in grid column {@code column} of {@code row}, if one does. */
  static Optional<Cell> at(WordTable.Row row, int column) {
    return row.cells().stream().filter(c -> c.column() == column).findFirst();
  }

  static boolean isStt(String header) {
    String h = header.toLowerCase(Locale.ROOT).replace(".", "").strip();
    return h.equals("stt") || h.equals("tt") || h.equals("số tt") || h.equals("số thứ tự");
  }

  /** The unit a header states, "(ĐVT: triệu đồng)", if one does. */
  static Optional<String> unitIn(String text) {
    Matcher m = UNIT_IN_HEADER.matcher(text);
    return m.find() ? Optional.of(m.group(1).strip().replaceAll("[.;]$", "")) : Optional.empty();
  }

  static boolean isTotal(String text) {
    return TOTAL.matcher(text).matches();
  }

  /** A figure as the model writes it, "1.500.000", or empty when the text is not one. */
  static Optional<YamlText.Bare> figure(String text) {
    String t = text.strip().replace(" ", "");
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> value = VietnameseNumbers.parse(t);
    return value.map(v -> new YamlText.Bare(VietnameseNumbers.format(v)));
  }

  // ---- data tables ----

  private static Map<String, Object> data(WordTable table, List<String> headers) {
    List<String> keys = new ArrayList<>();
    List<Object> columns = new ArrayList<>();
    for (int c = 0; c < headers.size(); c++) {
      String h = headers.get(c);
      String key = c == 0 && isStt(h) ? "stt" : dataKey(h, keys).orElse("c" + (c + 1));
      keys.add(key);
      Map<String, Object> column = new LinkedHashMap<>();
      column.put("key", key);
      column.put("header", h.isEmpty() ? " " : h);
      columns.add(key.equals("stt") && h.equals("STT") ? "stt" : column);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("columns", columns);
    columnNumbersOf(table).ifPresent(n -> out.put("columnNumbers", n));
    List<WordTable.Row> rows = dataRows(table);
    boolean stt = keys.get(0).equals("stt");
    List<String> stts = rows.stream().map(r -> stt ? sttOf(r) : "").toList();
    List<Numbering> levels = new ArrayList<>();
    List<TableRows.Node> tree = TableRows.tree(rows, stts, levels);
    boolean groups = tree.stream().anyMatch(n -> isGroup(n, keys));
    TableRows.putNumbering(out, stt, levels, groups);
    out.put("rows", dataRows(tree, keys, stt));
    return out;
  }

  /**
   * The model's key for a task table's column by its header ("Chủ trì" is lead), unless an earlier
   * column took it; the header itself is kept as written.
   */
  private static Optional<String> dataKey(String header, List<String> taken) {
    String h = header.toLowerCase(Locale.ROOT);
    return DATA_KEYS.stream()
        .filter(e -> h.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .filter(k -> !taken.contains(k))
        .findFirst();
  }

  private static String sttOf(WordTable.Row row) {
    return at(row, 0).map(c -> c.text()).orElse("");
  }

  /** A group row: rows under it, and nothing but its title beside its number. */
  private static boolean isGroup(TableRows.Node n, List<String> keys) {
    if (n.children().isEmpty()) {
      return false;
    }
    long texts =
        n.row().cells().stream()
            .filter(c -> !(c.column() == 0 && keys.get(0).equals("stt")))
            .filter(c -> !c.text().isEmpty())
            .count();
    return texts == 1;
  }

  private static List<Object> dataRows(List<TableRows.Node> nodes, List<String> keys, boolean stt) {
    List<Object> out = new ArrayList<>();
    int count = 0;
    for (TableRows.Node n : nodes) {
      Map<String, Object> row = new LinkedHashMap<>();
      boolean group = isGroup(n, keys);
      Object label = null;
      if (stt) {
        if (n.numbered() && TableRows.same(n.stt(), TableRows.expected(n.kind(), count + 1))) {
          count++;
        } else {
          label = n.stt();
          if (n.kind() == Numbering.ARABIC) {
            count = Integer.parseInt(n.stt().replaceAll("\\D", ""));
          }
        }
      }
      if (group) {
        if (label != null) {
          row.put("stt", label);
        }
        String title =
            n.row().cells().stream()
                .filter(c -> !(c.column() == 0 && stt))
                .map(c -> cellText(c, false))
                .filter(t -> !t.isEmpty())
                .findFirst()
                .orElse("");
        row.put("group", title);
        row.put("rows", dataRows(n.children(), keys, stt));
        out.add(row);
        continue;
      }
      for (Cell c : n.row().cells()) {
        if (c.column() >= keys.size()) {
          continue;
        }
        String key = keys.get(c.column());
        Object value = key.equals("stt") ? label : cellText(c, true);
        Object cell = merged(c, value);
        if (cell != null && !(cell instanceof String s && s.isEmpty() && !key.equals("stt"))) {
          row.put(key, cell);
        }
      }
      if (row.isEmpty()) {
        row.put(keys.get(keys.size() - 1), "");
      }
      out.add(row);
      // rows numbered under a row that is not a group stay below it, their numbers as printed
      for (TableRows.Node child : flatten(n.children())) {
        out.addAll(dataRows(List.of(relabelled(child)), keys, stt));
      }
    }
    return out;
  }

  /** {@code value} as a merged cell {text, span, rows} when the cell covers more than itself. */
  private static Object merged(Cell c, Object value) {
    if (c.colSpan() <= 1 && c.rowSpan() <= 1) {
      return value;
    }
    Map<String, Object> cell = new LinkedHashMap<>();
    if (value != null) {
      cell.put("text", value);
    }
    if (c.colSpan() > 1) {
      cell.put("span", new YamlText.Bare(Integer.toString(c.colSpan())));
    }
    if (c.rowSpan() > 1) {
      cell.put("rows", new YamlText.Bare(Integer.toString(c.rowSpan())));
    }
    return cell;
  }

  private static List<TableRows.Node> flatten(List<TableRows.Node> nodes) {
    List<TableRows.Node> out = new ArrayList<>();
    for (TableRows.Node n : nodes) {
      out.add(n);
      out.addAll(flatten(n.children()));
    }
    return out;
  }

  /** A row printed with its own label, whatever number kehoach would give it. */
  private static TableRows.Node relabelled(TableRows.Node n) {
    return new TableRows.Node(n.row(), n.stt(), null, List.of());
  }

  // ---- budgets ----

  private static Map<String, String> budgetKeys() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("số lượng", "quantity");
    keys.put("đơn giá", "price");
    keys.put("thành tiền", "amount");
    keys.put("kinh phí", "amount");
    keys.put("số tiền", "amount");
    keys.put("đơn vị tính", "unit");
    keys.put("đvt", "unit");
    keys.put("ghi chú", "note");
    keys.put("nội dung", "content");
    keys.put("diễn giải", "content");
    keys.put("hạng mục", "content");
    return keys;
  }

  /**
   * The budget keys of the columns, when every column is one a budget has and the table has an
   * amount and quantity or price: a table of figures kehoach can compute.
   */
  private static Optional<List<String>> budgetKeys(List<String> headers) {
    List<String> keys = new ArrayList<>();
    for (int c = 0; c < headers.size(); c++) {
      String h = headers.get(c).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (c == 0 && isStt(h)) {
        keys.add("stt");
        continue;
      }
      Optional<String> key =
          BUDGET_KEYS.entrySet().stream()
              .filter(e -> h.contains(e.getKey()))
              .map(Map.Entry::getValue)
              .findFirst();
      if (key.isEmpty() || keys.contains(key.get())) {
        return Optional.empty();
      }
      keys.add(key.get());
    }
    boolean figures =
        keys.contains("amount") && (keys.contains("quantity") || keys.contains("price"));
    return figures && keys.contains("content") ? Optional.of(keys) : Optional.empty();
  }
}
