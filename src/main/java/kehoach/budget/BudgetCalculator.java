package kehoach.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kehoach.model.Block.BudgetTable;
import kehoach.model.Block.Numbering;
import kehoach.model.BudgetRow;
import kehoach.model.PlanException;
import kehoach.model.Problem;
import kehoach.model.RowNumbers;
import kehoach.model.SourceMap;
import kehoach.vi.AmountInWords;
import kehoach.vi.VietnameseNumbers;
import kehoach.vi.WordStyle;

/**
 * Computes a budget table: every item's amount, every group's subtotal, the grand total, and checks
 * each figure the author stated against the computed one.
 */
public final class BudgetCalculator {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BudgetTable table;
  private final String path;
  private final SourceMap sources;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Row> byId = new HashMap<>();
  private final Map<String, BigDecimal> amounts = new HashMap<>();
  private final Set<String> computing = new HashSet<>();
  private final List<Numbering> numbering;

  /** A model row with the path it was written at. */
  private record Row(BudgetRow row, String path, int depth) {}

  private BudgetCalculator(BudgetTable table, String path, SourceMap sources) {
    this.table = table;
    this.path = path;
    this.sources = sources;
    this.numbering =
        Numbering.forTable(table.numbering(), table.rows().stream().anyMatch(BudgetRow::isGroup));
  }

  /**
   * Computes {@code table}, which the model holds at {@code path}.
   *
   * @throws PlanException listing every figure that is missing, unreadable or disagrees with the
   *     computed one
   */
  public static ComputedBudget compute(
      BudgetTable table, String path, SourceMap sources, WordStyle style) throws PlanException {
    return new BudgetCalculator(table, path, sources).compute(style);
  }

  private ComputedBudget compute(WordStyle style) throws PlanException {
    index(table.rows(), path + ".rows", 0);
    List<BudgetLine> lines = lines(table.rows(), path + ".rows", 0, "");
    BigDecimal total =
        lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    table
        .statedTotal()
        .filter(stated -> stated.compareTo(total) != 0)
        .ifPresent(
            stated ->
                problem(
                    path + ".total",
                    "the stated total "
                        + money(stated)
                        + " differs from the sum of the table, "
                        + money(total)));
    BigDecimal inDong = total.multiply(table.unit().inDong());
    if (inDong.compareTo(new BigDecimal(AmountInWords.MAX)) > 0) {
      problem(
          path,
          "the total " + money(total) + " is more than 10^15 đồng, the largest kehoach handles");
    }
    if (!problems.isEmpty()) {
      throw new PlanException(problems);
    }
    BigInteger dong = inDong.setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
    return new ComputedBudget(
        table.id(),
        table.unit(),
        lines,
        totalLabel(lines),
        total,
        dong,
        AmountInWords.of(dong, style));
  }

  private void index(List<BudgetRow> rows, String rowsPath, int depth) {
    for (int i = 0; i < rows.size(); i++) {
      BudgetRow row = rows.get(i);
      String p = rowsPath + "[" + i + "]";
      row.id()
          .ifPresent(
              id -> {
                if (byId.putIfAbsent(id, new Row(row, p, depth)) != null) {
                  problem(p + ".id", "the id \"" + id + "\" is used by another line already");
                }
              });
      index(row.rows(), p + ".rows", depth + 1);
    }
  }

  private List<BudgetLine> lines(List<BudgetRow> rows, String rowsPath, int depth, String parent) {
    Numbering numbering =
        depth < this.numbering.size() ? this.numbering.get(depth) : Numbering.PLUS;
    RowNumbers numbers = new RowNumbers(numbering, parent);
    List<BudgetLine> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      BudgetRow row = rows.get(i);
      String p = rowsPath + "[" + i + "]";
      String label = numbers.next(row.stt());
      List<BudgetLine> children = lines(row.rows(), p + ".rows", depth + 1, label);
      BudgetLine.Kind kind =
          row.isGroup()
              ? BudgetLine.Kind.GROUP
              : row.percent().isPresent() ? BudgetLine.Kind.PERCENTAGE : BudgetLine.Kind.ITEM;
      out.add(
          new BudgetLine(
              p,
              depth,
              label,
              kind,
              row.content(),
              row.unit(),
              row.quantity(),
              row.price(),
              amount(row, p),
              row.note(),
              children,
              row.span()));
    }
    return out;
  }

  /** The amount of a line, computed once; percentage lines may refer to lines computed later. */
  private BigDecimal amount(BudgetRow row, String p) {
    BigDecimal known = amounts.get(p);
    if (known != null) {
      return known;
    }
    if (!computing.add(p)) {
      problem(p + ".of", "this percentage line depends on itself through \"of\"");
      return BigDecimal.ZERO;
    }
    BigDecimal amount = row.isGroup() ? groupAmount(row, p) : itemAmount(row, p);
    computing.remove(p);
    amounts.put(p, amount);
    return amount;
  }

  private BigDecimal groupAmount(BudgetRow row, String p) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < row.rows().size(); i++) {
      sum = sum.add(amount(row.rows().get(i), p + ".rows[" + i + "]"));
    }
    if (row.price().isPresent()) {
      problem(
          p + ".price",
          "a group takes its amount from its rows; a unit price here would be ignored, so remove"
              + " it");
    }
    BigDecimal total = sum;
    row.amount()
        .filter(stated -> stated.compareTo(total) != 0)
        .ifPresent(
            stated ->
                problem(
                    p + ".amount",
                    "the stated amount "
                        + money(stated)
                        + " differs from the sum of the group's "
                        + row.rows().size()
                        + " lines, "
                        + money(total)));
    return sum;
  }

  private BigDecimal itemAmount(BudgetRow row, String p) {
    if (row.percent().isPresent()) {
      return percentageAmount(row, row.percent().get(), p);
    }
    if (row.quantity().isPresent() && row.price().isPresent()) {
      BigDecimal q = row.quantity().get();
      BigDecimal price = row.price().get();
      BigDecimal computed = toWholeDong(q.multiply(price));
      row.amount()
          .filter(stated -> stated.compareTo(computed) != 0)
          .ifPresent(
              stated ->
                  problem(
                      p + ".amount",
                      "the stated amount "
                          + money(stated)
                          + " differs from quantity × unit price = "
                          + VietnameseNumbers.format(q)
                          + " × "
                          + VietnameseNumbers.format(price)
                          + " = "
                          + money(computed)));
      return computed;
    }
    if (row.amount().isPresent()) {
      return row.amount().get();
    }
    String missing =
        row.quantity().isPresent()
            ? "a unit price (price)"
            : row.price().isPresent() ? "a quantity" : "quantity and price, or an amount";
    problem(p, "the line \"" + shorten(row.content()) + "\" has no amount: give it " + missing);
    return BigDecimal.ZERO;
  }

  private BigDecimal percentageAmount(BudgetRow row, BudgetRow.Percentage percent, String p) {
    BigDecimal base = BigDecimal.ZERO;
    for (int i = 0; i < percent.of().size(); i++) {
      String id = percent.of().get(i);
      Row target = byId.get(id);
      if (target == null) {
        problem(
            p + ".of[" + i + "]",
            "no line has the id \""
                + id
                + "\""
                + (byId.isEmpty() ? "; give the line an id" : "; the ids are " + byId.keySet()));
        continue;
      }
      base = base.add(amount(target.row(), target.path()));
    }
    BigDecimal computed = toWholeDong(base.multiply(percent.rate()).divide(HUNDRED));
    BigDecimal b = base;
    row.amount()
        .filter(stated -> stated.compareTo(computed) != 0)
        .ifPresent(
            stated ->
                problem(
                    p + ".amount",
                    "the stated amount "
                        + money(stated)
                        + " differs from "
                        + VietnameseNumbers.format(percent.rate())
                        + "% × "
                        + VietnameseNumbers.format(b)
                        + " = "
                        + money(computed)));
    return computed;
  }

  /** The one rounding rule: computed amounts are rounded half-up to a whole đồng. */
  private BigDecimal toWholeDong(BigDecimal amount) {
    int scale = table.unit().dongScale();
    return amount.scale() > scale ? amount.setScale(scale, RoundingMode.HALF_UP) : amount;
  }

  /**
   * "TỔNG CỘNG (1+2+3)": the label followed by the groups it adds up, when there are several and
   * each has a number to name it by.
   */
  private String totalLabel(List<BudgetLine> lines) {
    if (lines.size() < 2
        || !numbering.get(0).counts()
        || lines.stream().anyMatch(l -> l.label().isEmpty())) {
      return table.totalLabel();
    }
    return table.totalLabel()
        + " ("
        + String.join("+", lines.stream().map(BudgetLine::label).toList())
        + ")";
  }

  private String money(BigDecimal amount) {
    return VietnameseNumbers.format(amount) + " " + table.unit().label();
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }

  private void problem(String at, String message) {
    problems.add(sources.problem(at, message));
  }
}
