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
import kehoach.word.Block;
import kehoach.word.WordDocument;
import kehoach.word.WordParagraph;
import kehoach.word.WordTable;

/**
 * Finds a document's budget tables: the tables (not the layout ones) whose header names an amount
 * column (thành tiền, kinh phí, dự toán …), and reads them as {@link ArithTable}s.
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
          open.builder.addPart(t, open.headerRow, i);
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
  private record Continuing(Builder builder, int headerRow, List<String> header) {}

  private static Continuing start(WordTable t, List<String> above, int block) {
    for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, t.rows().size()); r++) {
      Optional<Columns> columns = columns(t.rows().get(r));
      if (columns.isPresent()) {
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
        Builder b = new Builder(title.toString().strip(), columns.get(), unit);
        b.addPart(t, r, block);
        return new Continuing(b, r, texts(t.rows().get(r)));
      }
    }
    return null;
  }

  private static boolean sameHeader(Continuing open, WordTable t) {
    return t.rows().size() > open.headerRow
        && texts(t.rows().get(open.headerRow)).equals(open.header);
  }

  /** The columns a header row names, when it names an amount column. */
  private static Optional<Columns> columns(WordTable.Row header) {
    int stt = -1;
    int label = -1;
    int quantity = -1;
    int price = -1;
    List<Integer> amounts = new ArrayList<>();
    Map<Integer, FiguresUnit> units = new HashMap<>();
    for (WordTable.Cell c : header.cells()) {
      String h = norm(c.text());
      int col = c.column();
      if (h.matches("(stt|tt|số tt|số thứ tự|mã số|mã|số)")) {
        stt = stt < 0 ? col : stt;
      } else if (label < 0 && h.matches("(nội dung|hạng mục|danh mục|tên|công việc|khoản chi).*")) {
        label = col;
      } else if (h.matches("(số lượng|khối lượng|sl|kl|s\\. ?lượng)\\b.*") || h.equals("sl")) {
        quantity = single(c, quantity);
      } else if (h.matches("(đơn giá|mức chi|định mức)\\b.*")) {
        price = single(c, price);
      } else if (h.matches(".*(thành tiền|t\\. ?tiền|kinh phí|tổng cộng|dự toán|số tiền).*")) {
        if (c.colSpan() > 1) {
          return Optional.empty();
        }
        amounts.add(col);
      } else {
        continue;
      }
      FiguresUnit.in(c.text()).ifPresent(u -> units.put(col, u));
    }
    if (amounts.isEmpty() || quantity == -2 || price == -2) {
      return Optional.empty();
    }
    stt = Math.max(stt, 0);
    label = label < 0 ? stt + 1 : label;
    return Optional.of(new Columns(stt, label, quantity, price, amounts, units));
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

    void addPart(WordTable t, int headerRow, int block) {
      for (int r = headerRow + 1; r < t.rows().size(); r++) {
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
