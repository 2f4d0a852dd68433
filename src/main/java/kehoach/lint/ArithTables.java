package kehoach.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kehoach.lint.ArithTable.Columns;
import kehoach.lint.ArithTable.Kind;
import kehoach.lint.ArithTable.Line;
import kehoach.lint.ArithTable.Split;
import kehoach.word.Block;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;
import kehoach.word.WordTable;

/**
 * Finds a document's budget tables: the tables (not the layout ones) whose header names an amount
 * column (thành tiền, kinh phí, dự toán …), and reads them as {@link ArithTable}s. A header merged
 * over an amount's sources (two or three rows) is read down to its columns.
 */
final class ArithTables {
  /** How many rows from the top a header may start at (title rows above it). */
  private static final int HEADER_SEARCH_ROWS = 4;

  private static final Pattern ROMAN = Pattern.compile("(X{0,3})(IX|IV|V?I{0,3})");
  private static final Pattern COLUMN_NUMBERS =
      Pattern.compile("\\(?[0-9A-Z]{1,3}\\)?([=x×*+\\-/.]\\(?[0-9A-Z]{1,3}\\)?)*");
  private static final Pattern TOTAL =
      Pattern.compile(
          "(tổng cộng|tổng số|tổng dự toán|tổng kinh phí|tổng mức đầu tư|tổng chi phí)([\\s(:,].*)?"
              + "|tổng\\s*([(:].*)?");

  /** How many rows a header merged over its columns may take. */
  private static final int MAX_HEADER_ROWS = 3;

  private static final Pattern QUANTITY =
      Pattern.compile("(số lượng|khối lượng|sl|kl|s\\. ?lượng)\\b.*|sl");
  private static final Pattern PRICE = Pattern.compile("(đơn giá|mức chi|định mức)\\b.*");
  private static final Pattern AMOUNT =
      Pattern.compile(".*(thành tiền|t\\. ?tiền|kinh phí|tổng cộng|dự toán|số tiền).*");

  /** A header merged over an amount's parts: "Nguồn vốn", "Trong đó", "Chia ra", "Cơ cấu …". */
  private static final Pattern SOURCES =
      Pattern.compile("(nguồn|trong đó|chia ra|bao gồm|cơ cấu)\\b.*");

  private ArithTables() {}

  /** The document's budget tables in order. */
  static List<ArithTable> read(WordDocument document) {
    List<Builder> tables = new ArrayList<>();
    List<Block> body = document.body();
    List<String> above = new ArrayList<>();
    Continuing open = null;
    for (int i = 0; i < body.size(); i++) {
      Block block = body.get(i);
      if (block instanceof WordParagraph p) {
        if (!p.text().isBlank()) {
          above.add(p.text());
          open = null;
        }
      } else if (block instanceof WordTable t && !t.layout()) {
        if (open != null && sameHeader(open, t)) {
          open.builder.addPart(t, open.headerRow + open.headerRows, i);
        } else {
          open = start(t, above, i);
          if (open != null) {
            tables.add(open.builder);
          }
        }
        above.clear();
      } else {
        open = null;
      }
    }
    return tables.stream().map(Builder::build).toList();
  }

  /** A budget table being read, which the next table may continue after a page break. */
  private record Continuing(Builder builder, int headerRow, int headerRows, List<String> header) {}

  /** A header found: its columns and how many rows it takes (two or three under merged cells). */
  private record Header(Columns columns, int rows) {}

  private static Continuing start(WordTable t, List<String> above, int block) {
    for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, t.rows().size()); r++) {
      Optional<Header> header = header(t, r);
      if (header.isPresent()) {
        StringBuilder title = new StringBuilder();
        above.stream()
            .skip(Math.max(0, above.size() - 2))
            .forEach(s -> title.append(s).append('\n'));
        for (int k = 0; k < r; k++) {
          title.append(rowText(t.rows().get(k))).append('\n');
        }
        Optional<FiguresUnit> unit = FiguresUnit.stated(title.toString());
        if (unit.isEmpty()) {
          unit = FiguresUnit.stated(rowText(t.rows().get(r)));
        }
        int rows = header.get().rows();
        Builder b = new Builder(title.toString().strip(), header.get().columns(), unit);
        b.addPart(t, r + rows, block);
        return new Continuing(b, r, rows, texts(t.rows().get(r)));
      }
    }
    return null;
  }

  private static boolean sameHeader(Continuing open, WordTable t) {
    return t.rows().size() > open.headerRow
        && texts(t.rows().get(open.headerRow)).equals(open.header);
  }

  /**
   * The columns the header starting at row {@code r} names, when it names an amount column. An
   * amount header merged over several columns ("Kinh phí" over "Tổng số | NSTW | NSĐP | Khác", or
   * "Nguồn vốn" over the sources beside a "Tổng kinh phí" column) is read down to its columns in
   * the rows below it.
   */
  private static Optional<Header> header(WordTable t, int r) {
    WordTable.Row top = t.rows().get(r);
    List<WordTable.Cell> cells = new ArrayList<>();
    List<Split> splits = new ArrayList<>();
    Map<Integer, FiguresUnit> groupUnits = new HashMap<>();
    int rows = 1;
    boolean money = top.cells().stream().anyMatch(c -> AMOUNT.matcher(norm(c.text())).matches());
    for (WordTable.Cell c : top.cells()) {
      String h = norm(c.text());
      boolean sources = SOURCES.matcher(h).matches() && (money || h.matches(".*(vốn|ngân sách).*"));
      if (c.colSpan() > 1 && (AMOUNT.matcher(h).matches() || sources)) {
        Optional<List<WordTable.Cell>> leaves =
            leaves(t, r + 1, c.column(), c.column() + c.colSpan(), r + MAX_HEADER_ROWS);
        if (leaves.isEmpty()) {
          return Optional.empty();
        }
        int depth = leaves.get().stream().mapToInt(l -> rowOf(t, l)).max().orElse(r) - r + 1;
        rows = Math.max(rows, depth);
        boolean priced =
            leaves.get().stream()
                .map(l -> norm(l.text()))
                .anyMatch(l -> QUANTITY.matcher(l).matches() || PRICE.matcher(l).matches());
        if (priced) {
          cells.addAll(leaves.get());
          continue;
        }
        Optional<FiguresUnit> unit = FiguresUnit.in(c.text());
        int total = -1;
        List<Integer> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (WordTable.Cell leaf : leaves.get()) {
          if (total < 0 && norm(leaf.text()).matches("(tổng|cộng)\\b.*")) {
            total = leaf.column();
          } else {
            parts.add(leaf.column());
            names.add(leaf.text());
          }
          FiguresUnit own = FiguresUnit.in(leaf.text()).or(() -> unit).orElse(null);
          if (own != null) {
            groupUnits.put(leaf.column(), own);
          }
        }
        if (parts.size() < 2) {
          return Optional.empty();
        }
        splits.add(new Split(sources && total < 0 ? -2 : total, parts, names));
      } else {
        cells.add(c);
      }
    }
    int headerRows = rows;
    return columns(cells, splits, groupUnits).map(cols -> new Header(cols, headerRows));
  }

  /** The header row of a cell, found by identity among the table's rows. */
  private static int rowOf(WordTable t, WordTable.Cell cell) {
    for (int r = 0; r < t.rows().size(); r++) {
      if (t.rows().get(r).cells().contains(cell)) {
        return r;
      }
    }
    return -1;
  }

  /**
   * The one-column header cells covering grid columns {@code from} to {@code to} in row {@code row}
   * and, under a merged one, in the rows below it, until {@code limit}; empty when they do not
   * cover the span or a header cell is blank.
   */
  private static Optional<List<WordTable.Cell>> leaves(
      WordTable t, int row, int from, int to, int limit) {
    if (row >= t.rows().size() || row >= limit) {
      return Optional.empty();
    }
    List<WordTable.Cell> out = new ArrayList<>();
    int covered = 0;
    for (WordTable.Cell c : t.rows().get(row).cells()) {
      if (c.column() < from || c.column() >= to) {
        continue;
      }
      if (c.text().isBlank() || c.column() + c.colSpan() > to) {
        return Optional.empty();
      }
      covered += c.colSpan();
      if (c.colSpan() == 1) {
        out.add(c);
      } else {
        Optional<List<WordTable.Cell>> below =
            leaves(t, row + 1, c.column(), c.column() + c.colSpan(), limit);
        if (below.isEmpty()) {
          return Optional.empty();
        }
        out.addAll(below.get());
      }
    }
    return covered == to - from ? Optional.of(out) : Optional.empty();
  }

  /** The columns header cells name, when they name an amount column. */
  private static Optional<Columns> columns(
      List<WordTable.Cell> header, List<Split> splits, Map<Integer, FiguresUnit> groupUnits) {
    int stt = -1;
    int label = -1;
    int quantity = -1;
    int price = -1;
    List<Integer> amounts = new ArrayList<>();
    Map<Integer, FiguresUnit> units = new HashMap<>(groupUnits);
    for (WordTable.Cell c : header) {
      String h = norm(c.text());
      int col = c.column();
      if (h.matches("(stt|tt|số tt|số thứ tự|mã số|mã|số)")) {
        stt = stt < 0 ? col : stt;
      } else if (label < 0 && h.matches("(nội dung|hạng mục|danh mục|tên|công việc|khoản chi).*")) {
        label = col;
      } else if (QUANTITY.matcher(h).matches()) {
        quantity = single(c, quantity);
      } else if (PRICE.matcher(h).matches()) {
        price = single(c, price);
      } else if (AMOUNT.matcher(h).matches()) {
        if (c.colSpan() > 1) {
          return Optional.empty();
        }
        amounts.add(col);
      } else {
        continue;
      }
      FiguresUnit.in(c.text()).ifPresent(u -> units.put(col, u));
    }
    List<Integer> singles = List.copyOf(amounts);
    List<Split> resolved = new ArrayList<>();
    for (Split s : splits) {
      amounts.addAll(s.parts());
      int total = s.total();
      if (total >= 0) {
        amounts.add(total);
      } else if (total == -2) {
        // "Nguồn vốn" over the sources: their total is the one amount column beside them.
        total = singles.size() == 1 ? singles.get(0) : -1;
      }
      resolved.add(new Split(total, s.parts(), s.names()));
    }
    if (amounts.isEmpty() || quantity == -2 || price == -2) {
      return Optional.empty();
    }
    stt = Math.max(stt, 0);
    label = label < 0 ? stt + 1 : label;
    List<Integer> sorted = amounts.stream().distinct().sorted().toList();
    return Optional.of(new Columns(stt, label, quantity, price, sorted, units, resolved));
  }

  /** A figure column must be one grid column wide; -2 marks a header this reader will not guess. */
  private static int single(WordTable.Cell c, int previous) {
    return c.colSpan() > 1 ? -2 : previous < 0 ? c.column() : previous;
  }

  /** Builds one budget table from its parts. */
  private static final class Builder {
    final String title;
    final Columns columns;
    final Optional<FiguresUnit> unit;
    final List<WordTable.Row> rows = new ArrayList<>();
    final List<int[]> places = new ArrayList<>();
    int endBlock;

    Builder(String title, Columns columns, Optional<FiguresUnit> unit) {
      this.title = title;
      this.columns = columns;
      this.unit = unit;
    }

    void addPart(WordTable t, int firstRow, int block) {
      for (int r = firstRow; r < t.rows().size(); r++) {
        rows.add(t.rows().get(r));
        places.add(new int[] {t.index(), r});
      }
      endBlock = block;
    }

    ArithTable build() {
      List<String> cells = new ArrayList<>();
      for (WordTable.Row row : rows) {
        for (int col : figureColumns()) {
          row.cells().stream().filter(c -> c.column() == col).forEach(c -> cells.add(c.text()));
        }
      }
      Figures.Convention convention = Figures.convention(cells);
      List<Line> lines = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        WordTable.Row row = rows.get(i);
        if (columnNumbers(row) || subtotal(row)) {
          continue;
        }
        lines.add(line(row, places.get(i), convention));
      }
      return new ArithTable(title, columns, unit, lines, endBlock);
    }

    private List<Integer> figureColumns() {
      List<Integer> cols = new ArrayList<>(columns.amounts());
      if (columns.quantity() >= 0) {
        cols.add(columns.quantity());
      }
      if (columns.price() >= 0) {
        cols.add(columns.price());
      }
      return cols;
    }

    private Line line(WordTable.Row row, int[] place, Figures.Convention convention) {
      Map<Integer, BigDecimal> figures = new HashMap<>();
      for (int col : figureColumns()) {
        row.cells().stream()
            .filter(c -> c.column() == col && c.colSpan() == 1)
            .findFirst()
            .flatMap(c -> Figures.read(c.text(), convention))
            .ifPresent(v -> figures.put(col, v));
      }
      Optional<WordTable.Cell> sttCell = cellAt(row, columns.stt());
      String stt = sttCell.map(WordTable.Cell::text).orElse("");
      Kind kind = kind(stt, sttCell, columns.label());
      String label =
          kind == Kind.HEADING
              ? stt
              : cellAt(row, columns.label()).map(WordTable.Cell::text).orElse("");
      String first = norm(kind == Kind.NONE || kind == Kind.HEADING ? label : "");
      boolean total = TOTAL.matcher(first).matches();
      return new Line(
          place[0],
          place[1],
          kind == Kind.HEADING ? "" : stt,
          kind,
          label,
          total,
          norm(label).contains("làm tròn"),
          figures,
          row.cells());
    }
  }

  /** The kind of a row's number; a long text in the number column is a heading written there. */
  static Kind kind(String stt, Optional<WordTable.Cell> cell, int labelColumn) {
    String t = stt.strip().replaceAll("[.)]$", "");
    boolean spans = cell.map(c -> c.column() + c.colSpan() > labelColumn).orElse(false);
    if (t.isEmpty()) {
      return Kind.NONE;
    }
    if (spans || (t.length() > 6 && t.contains(" "))) {
      return Kind.HEADING;
    }
    if (ROMAN.matcher(t).matches()) {
      return Kind.ROMAN;
    }
    if (t.matches("\\d+")) {
      return Kind.ARABIC;
    }
    if (t.matches("\\d+\\.\\d+")) {
      return Kind.DOTTED;
    }
    if (t.matches("\\d+(\\.\\d+){2,}")) {
      return Kind.DOTTED2;
    }
    if (t.matches("[A-ZĐ][A-Za-zĐđ]*")) {
      return Kind.LETTER;
    }
    if (t.matches("[a-zđ]")) {
      return Kind.LOWER;
    }
    if (t.matches("[-–—•]")) {
      return Kind.DASH;
    }
    if (t.matches("[+*]")) {
      return Kind.PLUS;
    }
    return Kind.NONE;
  }

  /**
   * A "Cộng" row under a group's items: its sum is the group's, which the group row already states
   * or the group's rows give; it is left out rather than guessed at.
   */
  private static boolean subtotal(WordTable.Row row) {
    return row.cells().stream()
        .limit(2)
        .anyMatch(c -> norm(c.text()).matches("cộng\\s*(\\(.*|:.*)?"));
  }

  /** A row of column numbers under the header: (1) (2) (3) … */
  private static boolean columnNumbers(WordTable.Row row) {
    List<String> t = texts(row).stream().filter(s -> !s.isEmpty()).toList();
    return !t.isEmpty()
        && t.stream().allMatch(s -> COLUMN_NUMBERS.matcher(s.replace(" ", "")).matches())
        && t.stream().anyMatch(s -> s.startsWith("("));
  }

  private static Optional<WordTable.Cell> cellAt(WordTable.Row row, int column) {
    return row.cells().stream()
        .filter(c -> c.column() <= column && column < c.column() + c.colSpan())
        .findFirst();
  }

  private static List<String> texts(WordTable.Row row) {
    return row.cells().stream().map(WordTable.Cell::text).toList();
  }

  private static String rowText(WordTable.Row row) {
    return String.join(" ", texts(row));
  }

  /** Lower case, spaces collapsed, for matching header words. */
  static String norm(String text) {
    return kehoach.vi.VietnameseText.nfc(text)
        .toLowerCase(Locale.ROOT)
        .replace('\u00a0', ' ')
        .replaceAll("\\s+", " ")
        .strip();
  }
}
