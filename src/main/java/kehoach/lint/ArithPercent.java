package kehoach.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.lint.ArithTable.Line;

/**
 * arith.percent: a line priced as a rate of another ("Chi phí dự phòng 5% x TMĐT", "0,38% x TMĐT x
 * 70%", "2,13%xGtbtt") must state the amount its formula gives over the base it names: a row of the
 * table with that code, or for a total (TMĐT, tổng …) the table's total. A line is right when some
 * such base and some of its amount columns agree to the rounding estimates use (the thousand đồng);
 * a formula whose base the table does not have is not judged.
 */
final class ArithPercent {
  private static final String NUM = "\\d+(?:[.,]\\d+)?";
  private static final String PCT = NUM + "\\s*%";
  private static final String NAME = "[A-ZĐ][A-Za-zĐđ0-9]*?(?=\\s|$|[),;.]|[x×*](?=[\\d(\\sA-ZĐ]))";
  private static final String OP = "\\s*[x×*]\\s*";
  private static final Pattern FORMULA =
      Pattern.compile(
          "(?:" + NAME + OP + ")?" + PCT + "(?:" + OP + "(?:" + PCT + "|" + NUM + "|" + NAME
              + "))*");
  private static final Pattern TOKEN =
      Pattern.compile("(?<pct>" + PCT + ")|(?<num>" + NUM + ")|(?<name>[A-ZĐ][A-Za-zĐđ0-9]*)");

  private final ArithTable table;
  private final ArithTree tree;

  private ArithPercent(ArithTable table) {
    this.table = table;
    this.tree = new ArithTree(table.lines());
  }

  /** The percentage lines of {@code table} whose amount no base reproduces. */
  static List<Finding> check(ArithTable table) {
    ArithPercent percent = new ArithPercent(table);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < table.lines().size(); i++) {
      percent.line(i).ifPresent(findings::add);
    }
    return findings;
  }

  /** A formula: a rate (the product of its percentages and factors) times one named base. */
  record Formula(String text, BigDecimal rate, String base) {}

  /** The formula written in one of the row's cells other than its amounts, if any. */
  static Optional<Formula> formula(Line line, List<Integer> amountColumns) {
    for (var cell : line.cells()) {
      if (amountColumns.contains(cell.column())) {
        continue;
      }
      Matcher m = FORMULA.matcher(cell.text());
      while (m.find()) {
        Optional<Formula> f = parse(m.group().strip());
        if (f.isPresent()) {
          return f;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Formula> parse(String text) {
    BigDecimal rate = BigDecimal.ONE;
    String base = null;
    Matcher t = TOKEN.matcher(text);
    while (t.find()) {
      if (t.group("pct") != null) {
        rate = rate.multiply(number(t.group("pct").replace("%", "")).movePointLeft(2));
      } else if (t.group("num") != null) {
        rate = rate.multiply(number(t.group("num")));
      } else if (base == null) {
        base = t.group("name");
      } else {
        return Optional.empty();
      }
    }
    return base == null ? Optional.empty() : Optional.of(new Formula(text, rate, base));
  }

  /** A formula's figures use a decimal mark only: "0,38", "1,1", "1.5". */
  private static BigDecimal number(String text) {
    return new BigDecimal(text.strip().replace(',', '.'));
  }

  private Optional<Finding> line(int index) {
    Line line = table.lines().get(index);
    List<Integer> amounts = table.columns().amounts();
    if (line.total() || amounts.stream().allMatch(c -> line.figure(c).isEmpty())) {
      return Optional.empty();
    }
    Optional<Formula> formula = formula(line, amounts);
    if (formula.isEmpty()) {
      return Optional.empty();
    }
    List<BigDecimal> bases = bases(formula.get().base(), index);
    if (bases.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal rate = formula.get().rate();
    for (int col : amounts) {
      Optional<BigDecimal> stated = line.figure(col);
      BigDecimal perUnit = table.unitOf(col).orElse(FiguresUnit.DONG).dong();
      for (BigDecimal base : bases) {
        if (stated.isPresent()
            && Figures.roundsTo(
                rate.multiply(base).multiply(perUnit), stated.get().multiply(perUnit))) {
          return Optional.empty();
        }
      }
    }
    int col = amounts.stream().filter(c -> line.figure(c).isPresent()).findFirst().orElseThrow();
    BigDecimal base = bases.get(0);
    return Optional.of(
        new Finding(
            "arith.percent",
            Severity.ERROR,
            line.place(col),
            "row «%s»: %s is not %s; no %s in the table gives it"
                .formatted(line.name(), line.text(col), formula.get().text(), formula.get().base()),
            "%s with %s = %s, %s"
                .formatted(
                    formula.get().text(),
                    formula.get().base(),
                    Figures.print(base),
                    Figures.print(rate.multiply(base)))));
  }

  /**
   * The values the base may have: the amounts of the rows coded with its name (Gtb for Gtbtt,
   * "trước thuế"), or for a total (TMĐT, TDT, tổng …) the table's total, with and without this
   * line.
   */
  private List<BigDecimal> bases(String name, int index) {
    List<BigDecimal> bases = new ArrayList<>();
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < table.lines().size(); i++) {
      Line other = table.lines().get(i);
      String code = other.stt().strip().toLowerCase(Locale.ROOT);
      boolean named =
          code.equals(n)
              || (code.length() >= 2 && n.startsWith(code) && Character.isLetter(code.charAt(0)))
              || other.label().contains("(" + name + ")");
      if (i != index && !other.total() && named) {
        values(i).forEach(bases::add);
      }
    }
    if (bases.isEmpty() && n.startsWith("t")) {
      Line line = table.lines().get(index);
      for (int i = 0; i < table.lines().size(); i++) {
        if (table.lines().get(i).total()) {
          for (int col : table.columns().amounts()) {
            Optional<BigDecimal> total = table.lines().get(i).figure(col);
            total.ifPresent(bases::add);
            total.ifPresent(t -> line.figure(col).ifPresent(own -> bases.add(t.subtract(own))));
          }
        }
      }
    }
    return bases;
  }

  private List<BigDecimal> values(int row) {
    return table.columns().amounts().stream()
        .map(c -> tree.value(row, c))
        .flatMap(Optional::stream)
        .toList();
  }
}
