package kehoach.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * A piece of body or appendix content. Text may carry {@code **bold**} and {@code *italic*} marks
 * and placeholders such as {@code ${total}}, resolved when the plan is computed.
 */
public sealed interface Block {

  /**
   * A paragraph of running text, not numbered.
   *
   * @param text its text
   * @param align its alignment when not the stylesheet's (justified): "(Phân công nhiệm vụ theo Phụ
   *     lục đính kèm)" centred
   * @param indent whether its first line takes the stylesheet's indent
   * @param note whether it is a ghi chú after the text rather than text: a line such as "(Đã ký)"
   *     that a signed original has between the signer's title and name, kept by {@code import}. It
   *     prints where it stands, and the end mark "./." stays on the last sentence before it
   */
  record Paragraph(String text, Optional<Align> align, boolean indent, boolean note)
      implements Block {
    public Paragraph(String text) {
      this(text, Optional.empty(), true);
    }

    public Paragraph(String text, Optional<Align> align, boolean indent) {
      this(text, align, indent, false);
    }
  }

  /** How a paragraph is aligned, when not as the stylesheet says. */
  enum Align {
    LEFT,
    CENTER,
    RIGHT,
    JUSTIFY
  }

  /**
   * A numbered part: mục (I.), khoản (1.), điểm (a)) or deeper, numbered when the plan is computed.
   *
   * @param title its title, printed bold at the mục and khoản levels; empty for a numbered
   *     paragraph without a title
   * @param text text that follows the title in the same paragraph
   * @param numbering how its children are numbered, when not the decree's default for their level
   * @param role what the part is for, when it is one of the parts kehoach knows
   * @param content what it contains
   */
  record Heading(
      Optional<String> title,
      Optional<String> text,
      Optional<Numbering> numbering,
      Optional<Role> role,
      List<Block> content)
      implements Block {
    public Heading {
      content = List.copyOf(content);
    }
  }

  /** A list of "-" items; items inside an item take "+". */
  record BulletList(List<Bullet> items) implements Block {
    public BulletList {
      items = List.copyOf(items);
    }
  }

  /** One bullet and the bullets under it. */
  record Bullet(String text, List<Bullet> items) {
    public Bullet {
      items = List.copyOf(items);
    }
  }

  /**
   * A table of tasks or other text: each row has a cell per column key; rows may be grouped (I, II)
   * and are numbered in the STT column.
   *
   * @param columns the columns in order
   * @param columnNumbers the italic row of column numbers under the header, "(1)", "(2)"…; empty
   *     for none
   * @param rows the rows and groups
   * @param numbering how rows are numbered at each depth; empty for the default
   */
  record DataTable(
      List<Column> columns,
      List<String> columnNumbers,
      List<TableRow> rows,
      List<Numbering> numbering)
      implements Block {
    public DataTable {
      columns = List.copyOf(columns);
      columnNumbers = List.copyOf(columnNumbers);
      rows = List.copyOf(rows);
      numbering = List.copyOf(numbering);
    }
  }

  /**
   * A row of a {@link DataTable}: a group with a title and rows, or an item with its cells.
   *
   * @param group the group's title, for a group
   * @param stt số thứ tự: the row's own label in the STT column, "" for a row without a number;
   *     empty to number it automatically (see {@link RowNumbers})
   * @param cells the item's cells by column key, other than stt; a cell that a merged cell above or
   *     to its left covers is absent
   * @param spans ô gộp: the item's merged cells by column key, stt included: how far each reaches
   *     right and down (see {@link CellSpans}); a cell that is not merged is absent
   * @param aligns the item's cells aligned otherwise than their column, by column key, stt
   *     included: "left", "center", "right" or "justify"
   * @param rows the rows of a group
   */
  record TableRow(
      Optional<String> group,
      Optional<String> stt,
      Map<String, String> cells,
      Map<String, Span> spans,
      Map<String, String> aligns,
      List<TableRow> rows) {
    public TableRow {
      cells = Map.copyOf(cells);
      spans = Map.copyOf(spans);
      aligns = Map.copyOf(aligns);
      rows = List.copyOf(rows);
    }

    /** A row whose cells take their columns' alignment. */
    public TableRow(
        Optional<String> group,
        Optional<String> stt,
        Map<String, String> cells,
        Map<String, Span> spans,
        List<TableRow> rows) {
      this(group, stt, cells, spans, Map.of(), rows);
    }

    /** A row without merged cells. */
    public TableRow(
        Optional<String> group,
        Optional<String> stt,
        Map<String, String> cells,
        List<TableRow> rows) {
      this(group, stt, cells, Map.of(), rows);
    }

    /** How far the cell of {@code key} reaches: {@link Span#ONE} when it is not merged. */
    public Span span(String key) {
      return spans.getOrDefault(key, Span.ONE);
    }
  }

  /**
   * How far a merged cell (ô gộp) reaches, counting its own column and row: "Các sở, ngành theo
   * chức năng" across Chủ trì and Phối hợp is 2 columns; a task with two products is 2 rows in its
   * STT and Nhiệm vụ columns.
   *
   * @param columns the columns it covers, its own and those to its right
   * @param rows the rows it covers, its own and those below it
   */
  record Span(int columns, int rows) {
    public static final Span ONE = new Span(1, 1);

    public Span {
      if (columns < 1 || rows < 1) {
        throw new IllegalArgumentException("a cell spans at least itself: " + columns + "×" + rows);
      }
    }

    public boolean isMerged() {
      return columns > 1 || rows > 1;
    }
  }

  /**
   * A budget table (dự toán kinh phí): groups nested to any depth, items with quantity and unit
   * price, and a grand total (TỔNG CỘNG) computed from them.
   *
   * @param id how text refers to its total ({@code ${total:budget}})
   * @param unit the money unit of the amounts in the table
   * @param columns the columns in order, by key: stt, content, unit, quantity, price, amount, note
   * @param columnNumbers the row of column numbers under the header; empty for none
   * @param rows the top-level groups and items
   * @param totalLabel the label of the total row, before the list of groups ("TỔNG CỘNG")
   * @param statedTotal a total the author wrote, checked against the computed one
   * @param numbering how rows are numbered at each depth; empty for the default
   * @param unitLine whether "Đơn vị tính: …" is printed above the table
   * @param wordsLine whether "(Bằng chữ: …)" is printed under it
   */
  record BudgetTable(
      String id,
      MoneyUnit unit,
      List<Column> columns,
      List<String> columnNumbers,
      List<BudgetRow> rows,
      String totalLabel,
      Optional<BigDecimal> statedTotal,
      List<Numbering> numbering,
      boolean unitLine,
      boolean wordsLine)
      implements Block {
    public BudgetTable {
      columns = List.copyOf(columns);
      columnNumbers = List.copyOf(columnNumbers);
      rows = List.copyOf(rows);
      numbering = List.copyOf(numbering);
    }
  }

  /**
   * A column: its key, the header printed for it, and its width as the author gave it, if any: a
   * relative weight ("3", a share of what the columns with weights have between them) or a length
   * ("3.5cm", "35mm"). Columns without a width are sized by their content. Its alignment, "left",
   * "center" or "right", when the author gave one; otherwise the key's (numbers right, STT center).
   */
  record Column(String key, String header, Optional<String> width, Optional<String> align) {
    public Column(String key, String header) {
      this(key, header, Optional.empty(), Optional.empty());
    }

    public Column(String key, String header, Optional<String> width) {
      this(key, header, width, Optional.empty());
    }
  }

  /** How the parts of one level are numbered. */
  enum Numbering {
    /** I, II, III (mục). */
    ROMAN,
    /** 1, 2, 3 (khoản). */
    ARABIC,
    /** 2.1, 2.2: the parent's number, a dot and the child's. */
    DECIMAL,
    /** a), b), c), d), đ) (điểm). */
    LETTER,
    /** "-". */
    DASH,
    /** "+". */
    PLUS,
    /** No label. */
    NONE;

    /**
     * The bare label of the {@code n}-th part (from 1) under a parent labelled {@code parent}:
     * "IV", "4", "2.4", "d", "-", "+" or "". Punctuation such as "." or ")" is the caller's.
     */
    public String label(int n, String parent) {
      return switch (this) {
        case ROMAN -> kehoach.vi.RomanNumerals.of(n);
        case ARABIC -> Integer.toString(n);
        case DECIMAL -> parent.isEmpty() ? Integer.toString(n) : parent + "." + n;
        case LETTER -> kehoach.vi.PointLetters.of(n);
        case DASH -> "-";
        case PLUS -> "+";
        case NONE -> "";
      };
    }

    /**
     * The count a label stands for, when it is a label this numbering prints under {@code parent}:
     * "IX" is 9 in ROMAN, "2.9" is 9 in DECIMAL under "2", "đ" is 5 in LETTER. Empty for any other
     * label ("9a", "*", "") and for the numberings that do not count.
     */
    public OptionalInt countOf(String label, String parent) {
      return switch (this) {
        case ARABIC -> digits(label);
        case DECIMAL ->
            parent.isEmpty()
                ? digits(label)
                : label.startsWith(parent + ".")
                    ? digits(label.substring(parent.length() + 1))
                    : OptionalInt.empty();
        case ROMAN ->
            IntStream.rangeClosed(1, 3999)
                .filter(n -> kehoach.vi.RomanNumerals.of(n).equals(label))
                .findFirst();
        case LETTER -> {
          int at = kehoach.vi.PointLetters.SEQUENCE.indexOf(label);
          yield at < 0 ? OptionalInt.empty() : OptionalInt.of(at + 1);
        }
        case DASH, PLUS, NONE -> OptionalInt.empty();
      };
    }

    /** A number as written, leading zeros allowed: "09" among 1, 2 … is nine, and 10 follows. */
    private static OptionalInt digits(String label) {
      return label.matches("0*[1-9][0-9]{0,8}")
          ? OptionalInt.of(Integer.parseInt(label))
          : OptionalInt.empty();
    }

    /**
     * The numbering of a table's rows by depth: as given, or by default I, 1, -, + when the table
     * has groups and 1, -, + when it has none.
     */
    public static List<Numbering> forTable(List<Numbering> given, boolean grouped) {
      if (!given.isEmpty()) {
        return given;
      }
      return grouped ? List.of(ROMAN, ARABIC, DASH, PLUS) : List.of(ARABIC, DASH, PLUS);
    }

    /** Whether the label counts (I, 1, a) rather than marks (-, +). */
    public boolean counts() {
      return this != DASH && this != PLUS && this != NONE;
    }
  }

  /** The parts of a plan that kehoach knows by their purpose. */
  enum Role {
    /** Mục đích, yêu cầu / mục tiêu. */
    OBJECTIVES,
    /** Nhiệm vụ, giải pháp. */
    TASKS,
    /** Kinh phí thực hiện: its text takes the total from a budget table. */
    BUDGET,
    /** Tổ chức thực hiện: one khoản per agency with its duties. */
    ORGANISATION,
    /** Chế độ báo cáo. */
    REPORTING
  }
}
