package kehoach.lint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kehoach.lint.ArithTable.Kind;
import kehoach.lint.ArithTable.Line;

/**
 * A budget table's own sums: each row's quantity × unit price against its amount (arith.row), each
 * group against its rows (arith.group), TỔNG CỘNG against the groups (arith.total) and the groups
 * its label names (arith.total-label), and an amount split over columns (nguồn vốn) against its
 * total column (arith.sources). Group and total sums are checked in every amount column, each
 * source column too.
 */
final class ArithTableChecks {
  /** "(1+2+3+4)", "(I+II+III)" in a total's label. */
  private static final Pattern LABEL_SUM = Pattern.compile("\\(([^()]*\\+[^()]*)\\)");

  private static final Pattern GROUP_NAME = Pattern.compile("[IVXLC]+|\\d+|[A-ZĐ]");

  private final ArithTable table;
  private final ArithTree tree;
  private final List<Finding> findings = new ArrayList<>();

  private ArithTableChecks(ArithTable table) {
    this.table = table;
    this.tree = new ArithTree(table.lines());
  }

  /** Every arithmetic finding inside {@code table}, row by row. */
  static List<Finding> check(ArithTable table) {
    ArithTableChecks checks = new ArithTableChecks(table);
    for (int i = 0; i < table.lines().size(); i++) {
      Line line = table.lines().get(i);
      checks.sources(line);
      if (line.total()) {
        checks.total(i);
      } else {
        checks.row(line);
        checks.group(i);
      }
    }
    return checks.findings;
  }

  /** arith.row: quantity × unit price = amount, each in its column's unit. */
  private void row(Line line) {
    var cols = table.columns();
    if (cols.quantity() < 0 || cols.price() < 0) {
      return;
    }
    List<Integer> wholes = cols.wholes();
    if (wholes.isEmpty()) {
      return;
    }
    int amountColumn =
        wholes.stream().filter(c -> c > cols.price()).findFirst().orElse(wholes.get(0));
    Optional<BigDecimal> q = line.figure(cols.quantity());
    Optional<BigDecimal> p = line.figure(cols.price());
    Optional<BigDecimal> a = line.figure(amountColumn);
    if (q.isEmpty() || p.isEmpty() || a.isEmpty()) {
      return;
    }
    BigDecimal product = q.get().multiply(p.get()).multiply(ratio(cols.price(), amountColumn));
    BigDecimal stated = a.get();
    BigDecimal compared =
        product.scale() > stated.scale()
            ? product.setScale(stated.scale(), RoundingMode.HALF_UP)
            : product;
    if (compared.compareTo(stated) != 0) {
      findings.add(
          new Finding(
              "arith.row",
              Severity.ERROR,
              line.place(amountColumn),
              "row «%s»: amount %s is not quantity × unit price"
                  .formatted(line.name(), line.text(amountColumn)),
              "%s × %s = %s"
                  .formatted(
                      line.text(cols.quantity()),
                      line.text(cols.price()),
                      Figures.print(product))));
    }
  }

  /**
   * arith.sources: a row's parts (ngân sách trung ương, địa phương, nguồn khác …) add up to its
   * total column, each in its column's unit; a blank part is nothing from that source.
   */
  private void sources(Line line) {
    for (ArithTable.Split split : table.columns().splits()) {
      if (split.total() < 0) {
        continue;
      }
      Optional<BigDecimal> stated = line.figure(split.total());
      BigDecimal sum = BigDecimal.ZERO;
      boolean any = false;
      for (int part : split.parts()) {
        Optional<BigDecimal> v = line.figure(part);
        if (v.isPresent()) {
          sum = sum.add(v.get().multiply(ratio(part, split.total())));
          any = true;
        }
      }
      if (stated.isEmpty() || !any || agrees(sum, stated.get(), line, split.total())) {
        continue;
      }
      findings.add(
          new Finding(
              "arith.sources",
              Severity.ERROR,
              line.place(split.total()),
              "row «%s»: %s is not the sum of its columns %s"
                  .formatted(
                      line.name(), line.text(split.total()), String.join(" + ", split.names())),
              "%s = %s"
                  .formatted(
                      String.join(
                          " + ",
                          split.parts().stream()
                              .map(p -> line.text(p).isEmpty() ? "0" : line.text(p))
                              .toList()),
                      Figures.print(sum))));
    }
  }

  /** arith.group: a group row's amount = the sum of its rows (its items, or its sub-groups). */
  private void group(int index) {
    Line line = table.lines().get(index);
    List<Integer> children = tree.children(index);
    if (children.isEmpty()) {
      return;
    }
    for (int col : table.columns().amounts()) {
      Optional<BigDecimal> stated = line.figure(col);
      Optional<BigDecimal> sum = tree.sum(children, col);
      if (stated.isPresent() && sum.isPresent() && !agrees(sum.get(), stated.get(), line, col)) {
        findings.add(
            new Finding(
                "arith.group",
                Severity.ERROR,
                line.place(col),
                "group «%s»: %s is not the sum of its %d rows"
                    .formatted(line.name(), line.text(col), children.size()),
                "the sum of its rows, " + Figures.print(sum.get())));
      }
    }
  }

  /** arith.total and arith.total-label for the total row at {@code index}. */
  private void total(int index) {
    Line line = table.lines().get(index);
    List<Integer> roots = tree.roots(index);
    if (roots.isEmpty()) {
      return;
    }
    boolean grouped = roots.stream().anyMatch(r -> !tree.children(r).isEmpty());
    for (int col : table.columns().amounts()) {
      Optional<BigDecimal> stated = line.figure(col);
      Optional<BigDecimal> sum = tree.sum(roots, col);
      if (stated.isPresent() && sum.isPresent() && !agrees(sum.get(), stated.get(), line, col)) {
        findings.add(
            new Finding(
                "arith.total",
                Severity.ERROR,
                line.place(col),
                "«%s» %s is not the sum of the %s"
                    .formatted(line.label(), line.text(col), grouped ? "groups" : "rows above it"),
                "the sum of the %s, %s"
                    .formatted(grouped ? "groups" : "rows", Figures.print(sum.get()))));
      }
    }
    label(line, roots);
  }

  /** arith.total-label: "TỔNG CỘNG (1+2+3+4)" must name exactly the groups the table has. */
  private void label(Line line, List<Integer> roots) {
    Matcher m = LABEL_SUM.matcher(line.label());
    if (!m.find()) {
      return;
    }
    List<String> named = List.of(m.group(1).replace(" ", "").split("\\+"));
    if (!named.stream().allMatch(n -> GROUP_NAME.matcher(n).matches())) {
      return;
    }
    Set<String> groups = new LinkedHashSet<>();
    for (int r : roots) {
      Line root = table.lines().get(r);
      String name = root.stt().strip().replaceAll("[.)]$", "");
      if (root.kind() == Kind.NONE || root.kind() == Kind.HEADING || name.isEmpty()) {
        return;
      }
      groups.add(name);
    }
    Set<String> extra = new LinkedHashSet<>(named);
    extra.removeAll(groups);
    Set<String> missing = new LinkedHashSet<>(groups);
    named.forEach(missing::remove);
    if (extra.isEmpty() && missing.isEmpty()) {
      return;
    }
    StringBuilder what = new StringBuilder();
    if (!extra.isEmpty()) {
      what.append("names ")
          .append(String.join(", ", extra))
          .append(", which the table does not have");
    }
    if (!missing.isEmpty()) {
      what.append(what.length() > 0 ? " and " : "")
          .append("leaves out ")
          .append(String.join(", ", missing));
    }
    String expectedSum = "(" + String.join("+", groups) + ")";
    findings.add(
        new Finding(
            "arith.total-label",
            Severity.ERROR,
            line.place(line.cells().get(0).column()),
            "«%s» %s".formatted(line.label(), what),
            "the groups present: " + expectedSum));
  }

  /** Sums agree exactly, or to the rounding a "(làm tròn)" label announces. */
  private boolean agrees(BigDecimal computed, BigDecimal stated, Line line, int column) {
    if (computed.compareTo(stated) == 0) {
      return true;
    }
    if (!line.rounded()) {
      return false;
    }
    BigDecimal perUnit = table.unitOf(column).orElse(FiguresUnit.DONG).dong();
    return Figures.roundsTo(computed.multiply(perUnit), stated.multiply(perUnit));
  }

  /** How many of {@code to}'s units one of {@code from}'s is (1 when either is unstated). */
  private BigDecimal ratio(int from, int to) {
    Optional<FiguresUnit> a = table.unitOf(from);
    Optional<FiguresUnit> b = table.unitOf(to);
    if (a.isEmpty() || b.isEmpty()) {
      return BigDecimal.ONE;
    }
    return a.get().dong().divide(b.get().dong());
  }
}
